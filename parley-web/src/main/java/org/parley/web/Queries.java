package org.parley.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The read side of the API: each method answers one endpoint from the store's tables, as maps and
 * lists ready for JSON. Spans are raw-text offsets, as in the tables and the Analysis JSON.
 */
final class Queries {
  /** Statements, events and partners listed for one actor. */
  static final int ACTOR_ROWS = 500;

  static final int PARTNERS = 24;

  private final Db db;

  Queries(Db db) {
    this.db = db;
  }

  /** A page of items with the total count of matches. */
  record Page(long total, int limit, int offset, List<Map<String, Object>> items) {
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("total", total);
      m.put("limit", limit);
      m.put("offset", offset);
      m.put("items", items);
      return m;
    }
  }

  /** Filters of {@link #articles}. */
  record ArticleFilter(String outlet, String from, String to, String q) {}

  Page articles(ArticleFilter f, int limit, int offset) throws SQLException {
    if (f.q() != null || !ascii(f.outlet())) {
      return articlesBySql(f, limit, offset);
    }
    ReadModel m = model();
    String outlet = lower(f.outlet());
    long[] total = new long[1];
    int[] range = ReadModel.dateRange(m.articles.size(), i -> m.articles.get(i).published(), true,
        f.from(), f.to());
    int[] candidates = outlet == null ? null : m.articlesOfOutlet(outlet);
    int[] page = ReadModel.page(candidates, range, i -> {
      ReadModel.ArticleRow a = m.articles.get(i);
      return (outlet == null || outlet.equals(a.lowerOutlet()))
          && (f.from() == null || a.published() != null && a.published().compareTo(f.from()) >= 0)
          && (f.to() == null || a.published() != null && a.published().compareTo(f.to()) <= 0);
    }, limit, offset, total);
    List<Map<String, Object>> items = new ArrayList<>(page.length);
    for (int i : page) {
      items.add(m.articles.get(i).item());
    }
    return new Page(total[0], limit, offset, items);
  }

  /** The article list with a text filter, which only DuckDB answers (a scan of every text). */
  private Page articlesBySql(ArticleFilter f, int limit, int offset) throws SQLException {
    Where w = new Where()
        .add("lower(a.outlet) = lower(?)", f.outlet())
        .add("a.published >= CAST(? AS DATE)", f.from())
        .add("a.published <= CAST(? AS DATE)", f.to())
        .add("contains(lower(coalesce(a.title, '') || ' ' || a.text), lower(?))", f.q());
    long total = count("SELECT count(*) FROM articles a" + w.sql(), w.params());
    // the counts and the length were written at ingest: no other table is read
    List<Map<String, Object>> items = db.rows("SELECT a.id, a.title,"
        + " CAST(a.published AS VARCHAR) AS published, a.outlet, a.source, a.quoteCount AS quotes,"
        + " a.actorCount AS actors, a.eventCount AS events, a.length FROM articles a"
        + w.sql() + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        w.params(limit, offset));
    return new Page(total, limit, offset, items);
  }

  /** One article as the Analysis JSON v1 with its text: the bytes the writer gave, kept at ingest. */
  Optional<byte[]> article(String id) throws SQLException {
    ReadModel.ArticleRow a = model().articleById.get(id);
    byte[] gz = a == null ? null : a.analysis();
    if (gz == null) {
      return Optional.empty();
    }
    try (java.util.zip.GZIPInputStream in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return Optional.of(in.readAllBytes());
    } catch (java.io.IOException e) {
      throw new SQLException("the stored Analysis JSON of " + id + " does not unzip", e);
    }
  }

  /** Whether a filter value (null for none) is ASCII, where Java's case mapping is DuckDB's. */
  private static boolean ascii(String v) {
    return v == null || ReadModel.ascii(v);
  }

  /** Filters of {@link #quotes}. */
  record QuoteFilter(String speaker, String country, String outlet, String kind, String from,
      String to, String q, String article) {}

  Page quotes(QuoteFilter f, int limit, int offset) throws SQLException {
    // a speaker that is a key and inside no actor's name (the usual case: the page links by key)
    // is looked up by key alone
    boolean keyOnly = f.speaker() != null && !actorTable().inSomeName(f.speaker());
    if (f.q() != null || !ascii(f.speaker()) || !ascii(f.country()) || !ascii(f.outlet())) {
      return quotesBySql(f, keyOnly, limit, offset);
    }
    ReadModel m = model();
    String speaker = f.speaker();
    String lowerSpeaker = lower(speaker);
    String country = f.country() == null ? null : f.country().toUpperCase(Locale.ROOT);
    String outlet = lower(f.outlet());
    String kind = lower(f.kind());
    int[] candidates = ReadModel.shortest(
        f.article() == null ? null : m.quotesOfArticle(f.article()),
        keyOnly ? m.quotesOfSpeaker(speaker) : null,
        country == null ? null : m.quotesOfCountry(country),
        outlet == null ? null : m.quotesOfOutlet(outlet),
        kind == null ? null : m.quotesOfKind(kind));
    int[] range = ReadModel.dateRange(m.quotes.size(), i -> m.quotes.get(i).published(), true,
        f.from(), f.to());
    long[] total = new long[1];
    int[] page = ReadModel.page(candidates, range, i -> {
      ReadModel.QuoteRow q = m.quotes.get(i);
      return (speaker == null || speaker.equals(q.speakerKey()) || !keyOnly
              && q.lowerSpeakerName() != null && q.lowerSpeakerName().contains(lowerSpeaker))
          && (country == null || country.equals(q.country()))
          && (outlet == null || outlet.equals(q.lowerOutlet()))
          && (kind == null || kind.equals(q.kind()))
          && (f.from() == null || q.published() != null && q.published().compareTo(f.from()) >= 0)
          && (f.to() == null || q.published() != null && q.published().compareTo(f.to()) <= 0)
          && (f.article() == null || f.article().equals(q.articleId()));
    }, limit, offset, total);
    List<Map<String, Object>> items = new ArrayList<>(page.length);
    for (int i : page) {
      ReadModel.QuoteRow q = m.quotes.get(i);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("articleId", q.articleId());
      r.put("id", q.id());
      r.put("kind", q.kind());
      r.put("text", q.text());
      r.put("speaker", q.speaker());
      r.put("speakerName", q.speakerName());
      r.put("speakerKey", q.speakerKey());
      r.put("country", q.country());
      r.put("code", q.code());
      r.put("addressee", q.addressee());
      r.put("addresseeName", q.addresseeName());
      r.put("addresseeKey", q.addresseeKey());
      r.put("relayedBy", q.relayedBy());
      r.put("confidence", q.confidence());
      r.put("title", title(m, q.articleId()));
      r.put("outlet", q.outlet());
      r.put("published", q.published());
      r.put("contentStart", q.contentStart());
      r.put("contentEnd", q.contentEnd());
      items.add(r);
    }
    return new Page(total[0], limit, offset, items);
  }

  private static Object title(ReadModel m, String articleId) {
    ReadModel.ArticleRow a = m.articleById.get(articleId);
    return a == null ? null : a.item().get("title");
  }

  /** The quotes with a text filter or non-ASCII values, answered by DuckDB. */
  private Page quotesBySql(QuoteFilter f, boolean keyOnly, int limit, int offset)
      throws SQLException {
    // the speaker's and addressee's key, name, country and code and the article's date and
    // outlet are columns of quotes (written at ingest): filters, count and sort read one table
    Where w = new Where()
        .add(keyOnly ? "q.speakerKey = ?"
            : "(contains(lower(q.speakerName), lower(?)) OR q.speakerKey = ?)", f.speaker())
        .add("q.speakerCountry = upper(?)", f.country())
        .add("lower(q.outlet) = lower(?)", f.outlet())
        .add("q.kind = lower(?)", f.kind())
        .add("q.published >= CAST(? AS DATE)", f.from())
        .add("q.published <= CAST(? AS DATE)", f.to())
        .add("contains(lower(q.text), lower(?))", f.q())
        .add("q.articleId = ?", f.article());
    long total = count("SELECT count(*) FROM quotes q" + w.sql(), w.params());
    List<Map<String, Object>> items = db.rows("""
        SELECT p.articleId, p.id, p.kind, p.text, p.speaker, p.speakerName, p.speakerKey,
          p.country, p.code, p.addressee, p.addresseeName, p.addresseeKey, p.relayedBy,
          p.confidence, a.title, p.outlet, CAST(p.published AS VARCHAR) AS published,
          p.contentStart, p.contentEnd
        FROM (SELECT q.articleId, q.id, q.kind, q.text, q.speaker, q.speakerName, q.speakerKey,
            q.speakerCountry AS country, q.speakerCode AS code, q.addressee, q.addresseeName,
            q.addresseeKey, q.relayedBy, q.confidence, q.outlet, q.published, q.contentStart
            , q.contentEnd
          FROM quotes q""" + w.sql() + """
          ORDER BY q.published DESC NULLS LAST, q.articleId, q.contentStart LIMIT ? OFFSET ?) p
        JOIN articles a ON a.id = p.articleId
        ORDER BY p.published DESC NULLS LAST, p.articleId, p.contentStart""",
        w.params(limit, offset));
    return new Page(total, limit, offset, items);
  }

  /** Filters of {@link #actors}, and its order (a key of {@link #ACTOR_ORDERS}). */
  record ActorFilter(String q, String country, String kind, String sort) {}

  /** The orders of the actor list, by name: the SQL is chosen here, never taken from a request. */
  static final Map<String, String> ACTOR_ORDERS = Map.of(
      "activity", "quotes + events DESC, articles DESC, key",
      "quotes", "quotes DESC, articles DESC, key",
      "events", "events DESC, articles DESC, key",
      "articles", "articles DESC, quotes + events DESC, key",
      "name", "lower(name), key");

  Page actors(ActorFilter f, int limit, int offset) throws SQLException {
    String q = f.q() == null ? null : f.q().toLowerCase(Locale.ROOT);
    String country = f.country() == null ? null : f.country().toUpperCase(Locale.ROOT);
    String kind = f.kind() == null ? null : f.kind().toLowerCase(Locale.ROOT);
    List<Map<String, Object>> items = new ArrayList<>();
    long total = 0;
    for (ActorRow c : actorTable().sorted(f.sort() == null ? "activity" : f.sort())) {
      if ((q == null || c.lowerName != null && c.lowerName.contains(q))
          && (country == null || country.equals(c.country))
          && (kind == null || kind.equals(c.kind))) {
        if (total >= offset && items.size() < limit) {
          items.add(c.json);
        }
        total++;
      }
    }
    return new Page(total, limit, offset, items);
  }

  /** One row of the actor list, with the values its filters and orders read. */
  private record ActorRow(Map<String, Object> json, String key, String lowerName, String country,
      String kind, long articles, long quotes, long events) {
    static ActorRow of(Map<String, Object> m) {
      return new ActorRow(Collections.unmodifiableMap(m), (String) m.get("key"),
          lower(m.get("name")), (String) m.get("country"), (String) m.get("kind"),
          n(m, "articles"), n(m, "quotes"), n(m, "events"));
    }
  }

  /** The actor rows, and each order of them once asked for. */
  private static final class ActorTable {
    private final List<ActorRow> rows;
    private final Map<String, Map<String, Object>> who;
    private final Map<String, List<ActorRow>> sorted = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<String> lowerNames;

    /** The ASCII chars found in some name: a text with any other is inside no name. */
    private final boolean[] inNames = new boolean[128];

    ActorTable(List<ActorRow> rows, Map<String, Map<String, Object>> who,
        List<String> lowerNames) {
      this.rows = rows;
      this.who = who;
      this.lowerNames = lowerNames;
      for (String n : lowerNames) {
        for (int i = 0; i < n.length(); i++) {
          if (n.charAt(i) < 128) {
            inNames[n.charAt(i)] = true;
          }
        }
      }
    }

    /**
     * Whether {@code s} may be inside an actor's name, case aside (DuckDB's lower): true for any
     * text beyond ASCII, whose lower case Java and DuckDB may not agree on.
     */
    boolean inSomeName(String s) {
      if (!s.chars().allMatch(ch -> ch < 128)) {
        return true;
      }
      String lower = s.toLowerCase(Locale.ROOT);
      for (int i = 0; i < lower.length(); i++) {
        if (!inNames[lower.charAt(i)]) {
          return false;
        }
      }
      for (String n : lowerNames) {
        if (n.contains(lower)) {
          return true;
        }
      }
      return false;
    }

    int size() {
      return rows.size();
    }

    /** Who the actor with this key is (the head of its actor view), or null. */
    Map<String, Object> who(String key) {
      return who.get(key);
    }

    List<ActorRow> sorted(String order) {
      return sorted.computeIfAbsent(order, o -> {
        List<ActorRow> l = new ArrayList<>(rows);
        l.sort(ACTOR_COMPARATORS.get(o));
        return List.copyOf(l);
      });
    }
  }

  /**
   * Every actor key with its most frequent name, country, code and kind and its counts of
   * articles, quotes and events, and the head of its actor view (names, roles, sectors): computed
   * once, then kept until {@link #refresh}.
   *
   * <p>Design decision: the aggregates scan every actor, quote and event (1 to 3 s over 10,000
   * articles), and only an ingest changes them, so the list endpoint filters and pages this table
   * in memory, sorted once per order in the orders of {@link #ACTOR_ORDERS}, and the actor view
   * of the most frequent actor (7,000 actor rows) costs no more than that of a rare one.
   */
  private ActorTable actorTable() throws SQLException {
    Snapshot s = snapshot;
    if (s.actors == null) {
      synchronized (this) {
        s = snapshot;
        if (s.actors == null) {
          s = new Snapshot(buildActorTable(), s.stats, s.model);
          snapshot = s;
        }
      }
    }
    return s.actors;
  }

  private ActorTable buildActorTable() throws SQLException {
    List<ActorRow> rows = new ArrayList<>();
    // the events' side keys and the quotes' speaker keys were written at ingest
    for (Map<String, Object> r : db.rows("""
        WITH ev AS (SELECT key, count(DISTINCT articleId || chr(31) || id) AS events
          FROM (SELECT articleId, id, unnest(list_concat(sourceKeys, targetKeys)) AS key
            FROM events)
          GROUP BY key),
        qc AS (SELECT speakerKey AS key, count(*) AS quotes FROM quotes
          WHERE speakerKey IS NOT NULL GROUP BY speakerKey),
        ac AS (SELECT key, mode(name) AS name, mode(country) AS country, mode(code) AS code,
            mode(kind) AS kind, count(DISTINCT articleId) AS articles
          FROM actors GROUP BY key)
        SELECT ac.key, ac.name, ac.country, ac.code, ac.kind, ac.articles,
          coalesce(qc.quotes, 0) AS quotes, coalesce(ev.events, 0) AS events
        FROM ac LEFT JOIN qc ON qc.key = ac.key LEFT JOIN ev ON ev.key = ac.key""",
        List.of())) {
      rows.add(ActorRow.of(r));
    }
    Map<String, Map<String, Object>> who = new HashMap<>();
    for (Map<String, Object> r : db.rows("""
        SELECT key, mode(name) AS name, list(DISTINCT name ORDER BY name) AS names,
          mode(country) AS country, mode(code) AS code, mode(kind) AS kind,
          list(DISTINCT role ORDER BY role) FILTER (WHERE role IS NOT NULL) AS roles,
          list(DISTINCT s ORDER BY s) FILTER (WHERE s IS NOT NULL) AS sectors,
          count(DISTINCT articleId) AS articles
        FROM (SELECT key, name, country, code, kind, role, articleId,
            unnest(CASE WHEN len(sectors) = 0 THEN [NULL] ELSE sectors END) AS s
          FROM actors WHERE key IS NOT NULL)
        GROUP BY key""", List.of())) {
      who.put((String) r.get("key"), Collections.unmodifiableMap(r));
    }
    List<String> names = new ArrayList<>();
    for (Map<String, Object> r : db.rows("SELECT DISTINCT lower(name) AS n FROM actors"
        + " WHERE name IS NOT NULL", List.of())) {
      names.add((String) r.get("n"));
    }
    return new ActorTable(List.copyOf(rows), who, List.copyOf(names));
  }

  /** Aggregates kept between requests; {@code null} parts are computed on first use. */
  private record Snapshot(ActorTable actors, Map<String, Object> stats, ReadModel model) {}

  private volatile Snapshot snapshot = new Snapshot(null, null, null);

  /** The rows of the list endpoints, read once and kept until {@link #refresh}. */
  private ReadModel model() throws SQLException {
    Snapshot s = snapshot;
    if (s.model == null) {
      synchronized (this) {
        s = snapshot;
        if (s.model == null) {
          s = new Snapshot(s.actors, s.stats, db.with(ReadModel::load));
          snapshot = s;
        }
      }
    }
    return s.model;
  }

  /** What the kept rows hold, for the server's log. */
  String describe() throws SQLException {
    ReadModel m = model();
    return String.format(Locale.ROOT, "%d articles, %d quotes, %d events and %d actor keys",
        m.articles.size(), m.quotes.size(), m.events.size(), actorTable().size());
  }

  /** Computes the kept rows and aggregates now (at start-up), so no request waits. */
  void warm() throws SQLException {
    model();
    actorTable().sorted("activity");
    stats();
  }

  /**
   * Reads the kept rows and aggregates again and puts them in place at once: to be called after
   * each write to the store, before answering it. Requests meanwhile read the ones from before
   * the write, whole; none waits. NOTE: the lazy first computations hold the same lock, so none
   * computed from the store before the write is kept after this.
   */
  synchronized void refresh() throws SQLException {
    ReadModel m = db.with(ReadModel::load);
    ActorTable a = buildActorTable();
    a.sorted("activity");
    snapshot = new Snapshot(a, buildStats(), m);
  }

  /** The SQL orders of {@link #ACTOR_ORDERS} in Java, over the rows of {@link #actorTable}. */
  private static final Map<String, Comparator<ActorRow>> ACTOR_COMPARATORS = Map.of(
      "activity", desc(r -> r.quotes + r.events).thenComparing(desc(ActorRow::articles))
          .thenComparing(Queries::byKey),
      "quotes", desc(ActorRow::quotes).thenComparing(desc(ActorRow::articles))
          .thenComparing(Queries::byKey),
      "events", desc(ActorRow::events).thenComparing(desc(ActorRow::articles))
          .thenComparing(Queries::byKey),
      "articles", desc(ActorRow::articles).thenComparing(desc(r -> r.quotes + r.events))
          .thenComparing(Queries::byKey),
      "name", Comparator.comparing(ActorRow::lowerName,
          Comparator.nullsLast(Queries::compareUtf8)).thenComparing(Queries::byKey));

  private static Comparator<ActorRow> desc(java.util.function.ToLongFunction<ActorRow> f) {
    return (a, b) -> Long.compare(f.applyAsLong(b), f.applyAsLong(a));
  }

  private static long n(Map<String, Object> m, String k) {
    return m.get(k) instanceof Number x ? x.longValue() : 0;
  }

  private static String lower(Object v) {
    return v == null ? null : v.toString().toLowerCase(Locale.ROOT);
  }

  private static int byKey(ActorRow a, ActorRow b) {
    return Comparator.nullsLast(Queries::compareUtf8).compare(a.key, b.key);
  }

  /** Strings in code point order, which is DuckDB's (UTF-8 byte) order for VARCHAR. */
  private static int compareUtf8(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * One actor across articles: who it is, its statements and events over time, and its partners
   * (whom it addresses, acts on, or names in its quotes, and who does so to it).
   */
  Optional<Map<String, Object>> actor(String key) throws SQLException {
    Map<String, Object> who = actorTable().who(key);
    if (who == null) {
      return Optional.empty();
    }
    Map<String, Object> out = new LinkedHashMap<>(who);
    ReadModel m = model();
    // oldest first, as many as ACTOR_ROWS
    List<Map<String, Object>> statements = new ArrayList<>();
    int[] said = m.statementsOf(key);
    for (int j = 0; j < said.length && statements.size() < ACTOR_ROWS; j++) {
      ReadModel.QuoteRow q = m.quotes.get(said[j]);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("articleId", q.articleId());
      r.put("id", q.id());
      r.put("kind", q.kind());
      r.put("text", q.text());
      r.put("date", q.published());
      r.put("title", title(m, q.articleId()));
      r.put("outlet", q.outlet());
      r.put("addresseeName", q.addresseeName());
      r.put("addresseeKey", q.addresseeKey());
      statements.add(r);
    }
    // in the events list's order, an event where the actor is on both sides twice (source first)
    List<Map<String, Object>> events = new ArrayList<>();
    int[] acts = m.eventsOfActor(key);
    for (int j = 0; j < acts.length && events.size() < ACTOR_ROWS; j++) {
      ReadModel.EventRow e = m.events.get(acts[j]);
      for (String role : List.of("source", "target")) {
        List<Object> side = role.equals("source") ? e.sourceKeys() : e.targetKeys();
        if (side == null || !side.contains(key) || events.size() >= ACTOR_ROWS) {
          continue;
        }
        ReadModel.ArticleRow a = m.articleById.get(e.articleId());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("articleId", e.articleId());
        r.put("id", e.id());
        r.put("role", role);
        r.put("plover", e.plover());
        r.put("cameo", e.cameo());
        r.put("mode", e.mode());
        r.put("date", e.day());
        r.put("title", a == null ? null : a.item().get("title"));
        r.put("outlet", a == null ? null : a.item().get("outlet"));
        r.put("negated", e.negated());
        r.put("future", e.future());
        r.put("hypothetical", e.hypothetical());
        r.put("sourceKeys", e.sourceKeys());
        r.put("sourceNames", e.sourceNames());
        r.put("targetKeys", e.targetKeys());
        r.put("targetNames", e.targetNames());
        events.add(r);
      }
    }
    // the actors named inside all its quotes, and who addresses it: counted, most frequent first
    Map<String, Map<String, Integer>> namedNames = new HashMap<>();
    for (int i : said) {
      for (String v : m.quotes.get(i).named()) {
        int sep = v.indexOf('\u001e');
        String k = sep < 0 ? v : v.substring(0, sep);
        if (!k.equals(key)) {
          namedNames.computeIfAbsent(k, x -> new HashMap<>())
              .merge(sep < 0 ? "" : v.substring(sep + 1), 1, Integer::sum);
        }
      }
    }
    Map<String, Map<String, Integer>> addresserNames = new HashMap<>();
    for (int i : m.quotesTo(key)) {
      ReadModel.QuoteRow q = m.quotes.get(i);
      if (q.speakerKey() != null && !q.speakerKey().equals(key)) {
        addresserNames.computeIfAbsent(q.speakerKey(), x -> new HashMap<>())
            .merge(q.speakerName() == null ? "" : q.speakerName(), 1, Integer::sum);
      }
    }
    out.put("statements", statements);
    out.put("events", events);
    out.put("timeline", timeline(m, said, acts));
    out.put("network", network(key, String.valueOf(out.get("name")), statements, events,
        counted(namedNames), counted(addresserNames)));
    return Optional.of(out);
  }

  /**
   * Keys with their most frequent name (the empty name stands for none) and their count, most
   * frequent first then by key, at most {@link #PARTNERS}.
   */
  private static List<Map<String, Object>> counted(Map<String, Map<String, Integer>> byKey) {
    List<Map<String, Object>> out = new ArrayList<>();
    byKey.forEach((k, names) -> {
      int n = 0;
      String best = null;
      int most = -1;
      for (Map.Entry<String, Integer> e : new TreeMap<>(names).entrySet()) {
        n += e.getValue();
        if (!e.getKey().isEmpty() && e.getValue() > most) {
          most = e.getValue();
          best = e.getKey();
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", k);
      m.put("name", best == null || best.isEmpty() ? null : best);
      m.put("n", n);
      out.add(m);
    });
    out.sort(Comparator.comparing((Map<String, Object> x) -> -((Integer) x.get("n")))
        .thenComparing(x -> (String) x.get("key"), Queries::compareUtf8));
    return out.subList(0, Math.min(PARTNERS, out.size()));
  }

  /**
   * Statements and events per day, over all the actor's quotes (their publication date) and
   * events (their date), not only those listed.
   */
  private static List<Map<String, Object>> timeline(ReadModel m, int[] said, int[] acts) {
    TreeMap<String, int[]> days = new TreeMap<>();
    for (int i : said) {
      day(m.quotes.get(i).published())
          .ifPresent(d -> days.computeIfAbsent(d, k -> new int[2])[0]++);
    }
    for (int i : acts) {
      day(m.events.get(i).day()).ifPresent(d -> days.computeIfAbsent(d, k -> new int[2])[1]++);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    days.forEach((d, n) -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("date", d);
      r.put("statements", n[0]);
      r.put("events", n[1]);
      out.add(r);
    });
    return out;
  }

  /** A full ISO day at the start of a date value ("2016-02-11", "2016-02-11/2016-02-12"). */
  private static Optional<String> day(Object v) {
    if (v == null) {
      return Optional.empty();
    }
    String s = v.toString();
    return s.length() >= 10 && s.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
        ? Optional.of(s.substring(0, 10)) : Optional.empty();
  }

  /**
   * The actor's partners as a small graph: nodes (the actor first) and directed, counted edges of
   * four kinds: "addresses" (a quote's addressee), "names" (an actor named inside its quotes),
   * "acts on" (an event's source to its target), and the same seen from the other side.
   */
  private static Map<String, Object> network(String key, String name,
      List<Map<String, Object>> statements, List<Map<String, Object>> events,
      List<Map<String, Object>> named, List<Map<String, Object>> addressedBy) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(key, name);
    Map<List<String>, Integer> edges = new LinkedHashMap<>();
    for (Map<String, Object> s : statements) {
      Object to = s.get("addresseeKey");
      if (to != null && !to.equals(key)) {
        names.putIfAbsent(to.toString(), String.valueOf(s.get("addresseeName")));
        edges.merge(List.of(key, to.toString(), "addresses"), 1, Integer::sum);
      }
    }
    for (Map<String, Object> n : named) {
      names.putIfAbsent(n.get("key").toString(), String.valueOf(n.get("name")));
      edges.merge(List.of(key, n.get("key").toString(), "names"),
          ((Number) n.get("n")).intValue(), Integer::sum);
    }
    for (Map<String, Object> n : addressedBy) {
      names.putIfAbsent(n.get("key").toString(), String.valueOf(n.get("name")));
      edges.merge(List.of(n.get("key").toString(), key, "addresses"),
          ((Number) n.get("n")).intValue(), Integer::sum);
    }
    for (Map<String, Object> e : events) {
      List<?> sk = list(e.get("sourceKeys"));
      List<?> sn = list(e.get("sourceNames"));
      List<?> tk = list(e.get("targetKeys"));
      List<?> tn = list(e.get("targetNames"));
      for (int i = 0; i < sk.size(); i++) {
        for (int j = 0; j < tk.size(); j++) {
          String from = String.valueOf(sk.get(i));
          String to = String.valueOf(tk.get(j));
          if (from.equals(to) || !(from.equals(key) || to.equals(key))) {
            continue;
          }
          names.putIfAbsent(from, String.valueOf(sn.get(i)));
          names.putIfAbsent(to, String.valueOf(tn.get(j)));
          String kind = e.get("plover") == null ? "acts on"
              : e.get("plover").toString().toLowerCase(java.util.Locale.ROOT);
          edges.merge(List.of(from, to, kind), 1, Integer::sum);
        }
      }
    }
    // keep the actor and its busiest partners
    Map<String, Integer> weight = new HashMap<>();
    edges.forEach((k, n) -> {
      weight.merge(k.get(0), n, Integer::sum);
      weight.merge(k.get(1), n, Integer::sum);
    });
    List<String> partners = new ArrayList<>(names.keySet());
    partners.remove(key);
    partners.sort(Comparator.comparing((String k) -> -weight.getOrDefault(k, 0))
        .thenComparing(k -> k));
    List<String> keep = new ArrayList<>(partners.subList(0, Math.min(PARTNERS, partners.size())));
    keep.add(0, key);
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (String k : keep) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", k);
      m.put("name", names.get(k));
      m.put("weight", weight.getOrDefault(k, 0));
      nodes.add(m);
    }
    List<Map<String, Object>> links = new ArrayList<>();
    edges.forEach((k, n) -> {
      if (keep.contains(k.get(0)) && keep.contains(k.get(1))) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", k.get(0));
        m.put("to", k.get(1));
        m.put("kind", k.get(2));
        m.put("count", n);
        links.add(m);
      }
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodes", nodes);
    out.put("edges", links);
    return out;
  }

  /** Filters of {@link #events}, named as the events-tsv columns. */
  record EventFilter(String plover, String cameo, String sourceCountry, String targetCountry,
      String from, String to, String article) {}

  Page events(EventFilter f, int limit, int offset) throws SQLException {
    if (!ascii(f.plover()) || !ascii(f.sourceCountry()) || !ascii(f.targetCountry())) {
      return eventsBySql(f, limit, offset);
    }
    ReadModel m = model();
    String plover = f.plover() == null ? null : f.plover().toUpperCase(Locale.ROOT);
    String source = f.sourceCountry() == null ? null
        : f.sourceCountry().toUpperCase(Locale.ROOT);
    String target = f.targetCountry() == null ? null
        : f.targetCountry().toUpperCase(Locale.ROOT);
    int[] candidates = ReadModel.shortest(
        f.article() == null ? null : m.eventsOfArticle(f.article()),
        plover == null ? null : m.eventsOfType(plover),
        source == null ? null : m.eventsFrom(source),
        target == null ? null : m.eventsTo(target));
    int[] range = ReadModel.dateRange(m.events.size(), i -> {
      String d = m.events.get(i).day();
      return d == null ? null : d.substring(0, Math.min(10, d.length()));
    }, false, f.from(), f.to());
    long[] total = new long[1];
    int[] page = ReadModel.page(candidates, range, i -> {
      ReadModel.EventRow e = m.events.get(i);
      String day = e.day() == null ? null : e.day().substring(0, Math.min(10, e.day().length()));
      return (plover == null || plover.equals(e.plover()))
          && (f.cameo() == null || e.cameo() != null && e.cameo().startsWith(f.cameo()))
          && (source == null || e.sourceCountries().contains(source))
          && (target == null || e.targetCountries().contains(target))
          && (f.from() == null || day != null && compareUtf8(day, f.from()) >= 0)
          && (f.to() == null || day != null && compareUtf8(day, f.to()) <= 0)
          && (f.article() == null || f.article().equals(e.articleId()));
    }, limit, offset, total);
    List<Map<String, Object>> items = new ArrayList<>(page.length);
    for (int i : page) {
      ReadModel.EventRow e = m.events.get(i);
      ReadModel.ArticleRow a = m.articleById.get(e.articleId());
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("article_id", e.articleId());
      r.put("event_id", e.id());
      r.put("date", e.day());
      r.put("source_name", e.sourceName());
      r.put("source_code", e.sourceCode());
      r.put("source_country", e.sourceCountry());
      r.put("source_key", e.sourceKey());
      r.put("cameo", e.cameo());
      r.put("plover", e.plover());
      r.put("mode", e.mode());
      r.put("target_name", e.targetName());
      r.put("target_code", e.targetCode());
      r.put("target_country", e.targetCountry());
      r.put("target_key", e.targetKey());
      r.put("place", e.place());
      r.put("negated", e.negated());
      r.put("future", e.future());
      r.put("hypothetical", e.hypothetical());
      r.put("reported", e.reported());
      r.put("quote", e.quote());
      r.put("rule", e.rule());
      r.put("confidence", e.confidence());
      r.put("evidence_start", e.evidenceStart());
      r.put("evidence_end", e.evidenceEnd());
      r.put("title", a == null ? null : a.item().get("title"));
      r.put("outlet", a == null ? null : a.item().get("outlet"));
      if (e.evidence() != null) {
        r.put("evidence", e.evidence());
      }
      items.add(r);
    }
    return new Page(total[0], limit, offset, items);
  }

  /** The events filtered by non-ASCII values, answered by DuckDB. */
  private Page eventsBySql(EventFilter f, int limit, int offset) throws SQLException {
    // the day, each side's names, codes, countries and keys, and the evidence text are columns
    // of events (written at ingest): filters, count and sort read one table
    Where w = new Where()
        .add("e.plover = upper(?)", f.plover())
        .add("starts_with(e.cameo, ?)", f.cameo())
        .add("list_contains(string_split(e.sourceCountry, ';'), upper(?))", f.sourceCountry())
        .add("list_contains(string_split(e.targetCountry, ';'), upper(?))", f.targetCountry())
        .add("left(e.day, 10) >= ?", f.from())
        .add("left(e.day, 10) <= ?", f.to())
        .add("e.articleId = ?", f.article());
    long total = count("SELECT count(*) FROM events e" + w.sql(), w.params());
    List<Map<String, Object>> rows = db.rows("""
        SELECT p.*, a.title, a.outlet
        FROM (SELECT e.articleId AS article_id, e.id AS event_id, e.day AS date,
            e.sourceName AS source_name, e.sourceCode AS source_code,
            e.sourceCountry AS source_country, e.sourceKey AS source_key, e.cameo, e.plover,
            e.mode, e.targetName AS target_name, e.targetCode AS target_code,
            e.targetCountry AS target_country, e.targetKey AS target_key, e.place, e.negated,
            e.future, e.hypothetical, e.reported, e.quote, e.rule, e.confidence,
            e.evidenceStart AS evidence_start, e.evidenceEnd AS evidence_end,
            e.evidenceText AS evidence
          FROM events e""" + w.sql() + """
          ORDER BY e.day NULLS LAST, e.articleId, e.id LIMIT ? OFFSET ?) p
        JOIN articles a ON a.id = p.article_id
        ORDER BY p.date NULLS LAST, p.article_id, p.event_id""", w.params(limit, offset));
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> e = new LinkedHashMap<>();
      for (String k : List.of("article_id", "event_id", "date", "source_name", "source_code",
          "source_country", "source_key", "cameo", "plover", "mode", "target_name",
          "target_code", "target_country", "target_key", "place", "negated", "future",
          "hypothetical", "reported", "quote", "rule", "confidence", "evidence_start",
          "evidence_end", "title", "outlet")) {
        e.put(k, r.get(k));
      }
      if (r.get("evidence") != null) {
        e.put("evidence", r.get("evidence"));
      }
      items.add(e);
    }
    return new Page(total, limit, offset, items);
  }

  /** Counts per table, for the page's header (kept until {@link #refresh}). */
  Map<String, Object> stats() throws SQLException {
    Snapshot s = snapshot;
    if (s.stats == null) {
      synchronized (this) {
        s = snapshot;
        if (s.stats == null) {
          s = new Snapshot(s.actors, buildStats(), s.model);
          snapshot = s;
        }
      }
    }
    return s.stats;
  }

  private Map<String, Object> buildStats() throws SQLException {
    return Collections.unmodifiableMap(db.rows("""
        SELECT (SELECT count(*) FROM articles) AS articles,
          (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM actors) AS actors,
          (SELECT count(*) FROM events) AS events""", List.of()).get(0));
  }

  private long count(String sql, List<Object> params) throws SQLException {
    Object v = db.value(sql, params);
    return v == null ? 0 : ((Number) v).longValue();
  }

  private static Object pair(Map<String, Object> row, String start, String end) {
    Object s = row.get(start);
    return s == null ? null : List.of(s, row.get(end));
  }

  private static List<?> list(Object v) {
    return v instanceof List<?> l ? l : List.of();
  }

  /** Ids like "a2" and "a10" sorted as the writer numbered them. */
  private static String naturalKey(String id) {
    String digits = id.replaceAll("\\D", "");
    String prefix = id.replaceAll("\\d", "");
    return prefix + String.format(java.util.Locale.ROOT, "%09d",
        digits.isEmpty() || digits.length() > 9 ? 0 : Integer.parseInt(digits));
  }
}
