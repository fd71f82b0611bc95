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

  /** The events with each (article, event, actor id, role) row: a source or target actor. */
  private static final String ROLES = """
      roles AS (
        SELECT articleId, id, unnest(source) AS actorId, 'source' AS role FROM events
        UNION ALL
        SELECT articleId, id, unnest(target) AS actorId, 'target' AS role FROM events)""";

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
    Where w = new Where()
        .add("lower(a.outlet) = lower(?)", f.outlet())
        .add("a.published >= CAST(? AS DATE)", f.from())
        .add("a.published <= CAST(? AS DATE)", f.to())
        .add("contains(lower(coalesce(a.title, '') || ' ' || a.text), lower(?))", f.q());
    long total = count("SELECT count(*) FROM articles a" + w.sql(), w.params());
    // the page first, without the texts; then its counts and lengths by id (no join with the
    // whole table, whose texts would all be read)
    List<Map<String, Object>> items = db.rows("SELECT a.id, a.title,"
        + " CAST(a.published AS VARCHAR) AS published, a.outlet, a.source FROM articles a"
        + w.sql() + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        w.params(limit, offset));
    if (items.isEmpty()) {
      return new Page(total, limit, offset, items);
    }
    List<Object> ids = items.stream().map(r -> r.get("id")).toList();
    String in = " IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
    Map<Object, Map<String, Object>> counts = new HashMap<>();
    for (Map<String, Object> r : db.rows("SELECT id, length(text) AS length FROM articles WHERE id"
        + in, ids)) {
      counts.put(r.get("id"), r);
    }
    for (String table : List.of("quotes", "actors", "events")) {
      for (Map<String, Object> r : db.rows("SELECT articleId, count(*) AS n FROM " + table
          + " WHERE articleId" + in + " GROUP BY articleId", ids)) {
        Map<String, Object> c = counts.get(r.get("articleId"));
        if (c != null) {
          c.put(table, r.get("n"));
        }
      }
    }
    for (Map<String, Object> item : items) {
      Map<String, Object> c = counts.getOrDefault(item.get("id"), Map.of());
      for (String k : List.of("quotes", "actors", "events")) {
        item.put(k, c.getOrDefault(k, 0L));
      }
      item.put("length", c.get("length"));
    }
    return new Page(total, limit, offset, items);
  }

  /**
   * One article as the Analysis JSON v1 (field names and order of the writer in parley-io), with
   * its text; rebuilt from the tables. Embedded-post regions are not stored, so there is no
   * {@code posts} field.
   */
  Optional<Map<String, Object>> article(String id) throws SQLException {
    List<Map<String, Object>> rows = db.rows("""
        SELECT id, source, title, CAST(published AS VARCHAR) AS published, publishedReading,
          publishedEvidence, publishedFlagged, outlet, text, titleStart, titleEnd, datelineStart,
          datelineEnd
        FROM articles WHERE id = ?""", List.of(id));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> r = rows.get(0);
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("schema", "parley.analysis/1");
    a.put("id", r.get("id"));
    a.put("source", r.get("source"));
    a.put("title", r.get("title"));
    a.put("published", r.get("published"));
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("reading", r.get("publishedReading"));
    evidence.put("evidence", r.get("publishedEvidence"));
    evidence.put("flagged", r.get("publishedFlagged"));
    a.put("publishedEvidence", evidence);
    a.put("outlet", r.get("outlet"));
    a.put("text", r.get("text"));
    if (r.get("titleStart") != null) {
      a.put("titleSpan", List.of(r.get("titleStart"), r.get("titleEnd")));
    }
    if (r.get("datelineStart") != null) {
      a.put("datelineSpan", List.of(r.get("datelineStart"), r.get("datelineEnd")));
    }
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Map<String, Object> q : db.rows("""
        SELECT id, kind, content, cueStart, cueEnd, sourceStart, sourceEnd, speaker, addressee,
          relayedBy, confidence, mode, anonymous, text, sourceText, rule
        FROM quotes WHERE articleId = ? ORDER BY contentStart, id""", List.of(id))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", q.get("id"));
      m.put("kind", q.get("kind"));
      m.put("content", q.get("content"));
      m.put("cue", pair(q, "cueStart", "cueEnd"));
      m.put("source", pair(q, "sourceStart", "sourceEnd"));
      for (String k : List.of("speaker", "addressee", "relayedBy", "confidence", "mode",
          "anonymous", "text", "sourceText", "rule")) {
        m.put(k, q.get(k));
      }
      quotes.add(m);
    }
    a.put("quotes", quotes);
    Map<Object, List<List<Object>>> mentions = new HashMap<>();
    for (Map<String, Object> m : db.rows("""
        SELECT actorId, start, "end" FROM actor_mentions WHERE articleId = ?
        ORDER BY start""", List.of(id))) {
      mentions.computeIfAbsent(m.get("actorId"), k -> new ArrayList<>())
          .add(List.of(m.get("start"), m.get("end")));
    }
    List<Map<String, Object>> actors = new ArrayList<>();
    for (Map<String, Object> x : db.rows("""
        SELECT id, name, country, sectors, code, role, kind, organization, anonymous, evidence,
          codeSource, key
        FROM actors WHERE articleId = ? ORDER BY id""", List.of(id))) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String k : List.of("id", "name", "country", "sectors", "code", "role")) {
        m.put(k, x.get(k));
      }
      m.put("mentions", mentions.getOrDefault(x.get("id"), List.of()));
      for (String k : List.of("kind", "organization", "anonymous", "evidence", "codeSource",
          "key")) {
        m.put(k, x.get(k));
      }
      actors.add(m);
    }
    actors.sort(Comparator.comparing(m -> naturalKey(String.valueOf(m.get("id")))));
    a.put("actors", actors);
    List<Map<String, Object>> events = new ArrayList<>();
    for (Map<String, Object> e : db.rows("""
        SELECT id, plover, mode, cameo, source, target, date, place, triggerStart, triggerEnd,
          evidenceStart, evidenceEnd, quote, negated, future, hypothetical, reported, rule,
          confidence
        FROM events WHERE articleId = ?""", List.of(id))) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String k : List.of("id", "plover", "mode", "cameo", "source", "target", "date",
          "place")) {
        m.put(k, e.get(k));
      }
      m.put("trigger", pair(e, "triggerStart", "triggerEnd"));
      m.put("evidence", pair(e, "evidenceStart", "evidenceEnd"));
      for (String k : List.of("quote", "negated", "future", "hypothetical", "reported", "rule",
          "confidence")) {
        m.put(k, e.get(k));
      }
      events.add(m);
    }
    events.sort(Comparator.comparing(m -> naturalKey(String.valueOf(m.get("id")))));
    a.put("events", events);
    List<Map<String, Object>> dates = new ArrayList<>();
    for (Map<String, Object> d : db.rows("""
        SELECT spanStart, spanEnd, text, value, type, start, "end", rule
        FROM dates WHERE articleId = ? ORDER BY spanStart""", List.of(id))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("span", pair(d, "spanStart", "spanEnd"));
      for (String k : List.of("text", "value", "type", "start", "end", "rule")) {
        m.put(k, d.get(k));
      }
      dates.add(m);
    }
    a.put("dates", dates);
    List<Map<String, Object>> problems = new ArrayList<>();
    for (Map<String, Object> p : db.rows("""
        SELECT stage, code, message, spanStart, spanEnd FROM problems WHERE articleId = ?""",
        List.of(id))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stage", p.get("stage"));
      m.put("code", p.get("code"));
      m.put("message", p.get("message"));
      m.put("span", pair(p, "spanStart", "spanEnd"));
      problems.add(m);
    }
    a.put("problems", problems);
    return Optional.of(a);
  }

  /** Filters of {@link #quotes}. */
  record QuoteFilter(String speaker, String country, String outlet, String kind, String from,
      String to, String q, String article) {}

  Page quotes(QuoteFilter f, int limit, int offset) throws SQLException {
    Where w = new Where()
        .add("(contains(lower(s.name), lower(?)) OR s.key = ?)", f.speaker())
        .add("s.country = upper(?)", f.country())
        .add("lower(a.outlet) = lower(?)", f.outlet())
        .add("q.kind = lower(?)", f.kind())
        .add("a.published >= CAST(? AS DATE)", f.from())
        .add("a.published <= CAST(? AS DATE)", f.to())
        .add("contains(lower(q.text), lower(?))", f.q())
        .add("q.articleId = ?", f.article());
    // only a filter on the speaker needs its actor row for the count and the page: (articleId,
    // id) names at most one actor, and a NULL speaker fails both of its conditions
    String from = " FROM quotes q JOIN articles a ON a.id = q.articleId"
        + (f.speaker() != null || f.country() != null
            ? " JOIN actors s ON s.articleId = q.articleId AND s.id = q.speaker" : "");
    long total = count("SELECT count(*)" + from + w.sql(), w.params());
    // the page's keys first (no texts carried through the sort), then its rows
    List<Map<String, Object>> items = db.rows("WITH page AS MATERIALIZED (SELECT q.articleId AS pa,"
        + " q.id AS pi, a.published AS pp, q.contentStart AS pc" + from + w.sql()
        + " ORDER BY a.published DESC NULLS LAST, q.articleId, q.contentStart LIMIT ? OFFSET ?)"
        + """
        SELECT q.articleId, q.id, q.kind, q.text, q.speaker, s.name AS speakerName,
          s.key AS speakerKey, s.country, s.code, q.addressee, t.name AS addresseeName,
          t.key AS addresseeKey, q.relayedBy, q.confidence, a.title, a.outlet,
          CAST(a.published AS VARCHAR) AS published, q.contentStart, q.contentEnd
        FROM page p JOIN quotes q ON q.articleId = p.pa AND q.id = p.pi
        JOIN articles a ON a.id = p.pa
        LEFT JOIN actors s ON s.articleId = p.pa AND s.id = q.speaker
        LEFT JOIN actors t ON t.articleId = p.pa AND t.id = q.addressee
        ORDER BY p.pp DESC NULLS LAST, p.pa, p.pc""", w.params(limit, offset));
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
    private final Map<String, List<ActorRow>> sorted = new java.util.concurrent.ConcurrentHashMap<>();

    ActorTable(List<ActorRow> rows) {
      this.rows = rows;
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
   * articles, quotes and events: computed once, then kept until {@link #invalidate}.
   *
   * <p>Design decision: the aggregate scans every actor, quote and event (about 1 s over 10,000
   * articles), and only an ingest changes it, so the list endpoint filters and pages this table in
   * memory, sorted once per order in the orders of {@link #ACTOR_ORDERS}.
   */
  private ActorTable actorTable() throws SQLException {
    Snapshot s = snapshot;
    if (s.actors == null) {
      synchronized (this) {
        s = snapshot;
        if (s.actors == null) {
          List<ActorRow> rows = new ArrayList<>();
          for (Map<String, Object> r : db.rows("WITH " + ROLES + """
              ,
              ev AS (SELECT x.key, count(DISTINCT r.articleId || chr(31) || r.id) AS events
                FROM roles r JOIN actors x ON x.articleId = r.articleId AND x.id = r.actorId
                GROUP BY x.key),
              qc AS (SELECT s.key, count(*) AS quotes
                FROM quotes q JOIN actors s ON s.articleId = q.articleId AND s.id = q.speaker
                GROUP BY s.key),
              ac AS (SELECT key, mode(name) AS name, mode(country) AS country, mode(code) AS code,
                  mode(kind) AS kind, count(DISTINCT articleId) AS articles
                FROM actors GROUP BY key)
              SELECT ac.key, ac.name, ac.country, ac.code, ac.kind, ac.articles,
                coalesce(qc.quotes, 0) AS quotes, coalesce(ev.events, 0) AS events
              FROM ac LEFT JOIN qc ON qc.key = ac.key LEFT JOIN ev ON ev.key = ac.key""",
              List.of())) {
            rows.add(ActorRow.of(r));
          }
          s = new Snapshot(new ActorTable(List.copyOf(rows)), s.stats);
          snapshot = s;
        }
      }
    }
    return s.actors;
  }

  /** Aggregates kept between requests; {@code null} parts are computed on first use. */
  private record Snapshot(ActorTable actors, Map<String, Object> stats) {}

  private volatile Snapshot snapshot = new Snapshot(null, null);

  /** Computes the kept aggregates now (at start-up and after a write), so no request waits. */
  void warm() throws SQLException {
    actorTable().sorted("activity");
    stats();
  }

  /**
   * Forgets the kept aggregates: to be called after each write to the store. NOTE: they are
   * computed under the same lock, so one computed from the store before the write is never kept.
   */
  synchronized void invalidate() {
    snapshot = new Snapshot(null, null);
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
    List<Map<String, Object>> who = db.rows("""
        SELECT key, mode(name) AS name, list(DISTINCT name ORDER BY name) AS names,
          mode(country) AS country, mode(code) AS code, mode(kind) AS kind,
          list(DISTINCT role ORDER BY role) FILTER (WHERE role IS NOT NULL) AS roles,
          list(DISTINCT s ORDER BY s) FILTER (WHERE s IS NOT NULL) AS sectors,
          count(DISTINCT articleId) AS articles
        FROM (SELECT *, unnest(CASE WHEN len(sectors) = 0 THEN [NULL] ELSE sectors END) AS s
          FROM actors WHERE key = ?)
        GROUP BY key""", List.of(key));
    if (who.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> out = new LinkedHashMap<>(who.get(0));
    List<Map<String, Object>> statements = db.rows("""
        SELECT q.articleId, q.id, q.kind, q.text, CAST(a.published AS VARCHAR) AS date, a.title,
          a.outlet, t.name AS addresseeName, t.key AS addresseeKey
        FROM quotes q JOIN actors s ON s.articleId = q.articleId AND s.id = q.speaker
        JOIN articles a ON a.id = q.articleId
        LEFT JOIN actors t ON t.articleId = q.articleId AND t.id = q.addressee
        WHERE s.key = ?
        ORDER BY a.published NULLS LAST, q.articleId, q.contentStart LIMIT ?""",
        List.of(key, ACTOR_ROWS));
    List<Map<String, Object>> events = db.rows("""
        WITH me AS (SELECT articleId, id FROM actors WHERE key = ?),
        mine AS (SELECT DISTINCT articleId, id, role FROM (
          SELECT e.articleId, e.id, 'source' AS role FROM events e
            JOIN me x ON x.articleId = e.articleId WHERE list_contains(e.source, x.id)
          UNION ALL
          SELECT e.articleId, e.id, 'target' AS role FROM events e
            JOIN me x ON x.articleId = e.articleId WHERE list_contains(e.target, x.id)))
        SELECT e.articleId, e.id, m.role, e.plover, e.cameo, e.mode,
          coalesce(e.date, CAST(a.published AS VARCHAR)) AS date, a.title, a.outlet,
          e.negated, e.future, e.hypothetical, e.source, e.target
        FROM events e JOIN mine m ON m.articleId = e.articleId AND m.id = e.id
        JOIN articles a ON a.id = e.articleId
        ORDER BY date NULLS LAST, e.articleId, e.id LIMIT ?""", List.of(key, ACTOR_ROWS));
    Map<String, Map<String, Object>> cast = actorsOf(events);
    for (Map<String, Object> e : events) {
      for (String side : List.of("source", "target")) {
        List<Object> keys = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        for (Object id : list(e.remove(side))) {
          Map<String, Object> x = cast.get(e.get("articleId") + SEP + id);
          if (x != null) {
            keys.add(x.get("key"));
            names.add(x.get("name"));
          }
        }
        e.put(side + "Keys", keys);
        e.put(side + "Names", names);
      }
    }
    // the actors named inside its quotes: the quotes first, then the mentions within their
    // extent, then only those inside one of the quote's fragments
    List<Map<String, Object>> named = db.rows("""
        WITH mine AS (SELECT q.articleId, q.content, q.contentStart, q.contentEnd
            FROM quotes q JOIN actors s ON s.articleId = q.articleId AND s.id = q.speaker
            WHERE s.key = ?),
          inside AS (SELECT m.articleId, m.actorId, m.start, m."end", mine.content
            FROM mine JOIN actor_mentions m ON m.articleId = mine.articleId
              AND m.start >= mine.contentStart AND m."end" <= mine.contentEnd)
        SELECT x.key, mode(x.name) AS name, count(*) AS n
        FROM inside i JOIN actors x ON x.articleId = i.articleId AND x.id = i.actorId
        WHERE x.key <> ?
          AND len(list_filter(i.content, c -> c[1] <= i.start AND i."end" <= c[2])) > 0
        GROUP BY x.key ORDER BY n DESC, x.key LIMIT ?""", List.of(key, key, PARTNERS));
    List<Map<String, Object>> addressedBy = db.rows("""
        SELECT s.key, mode(s.name) AS name, count(*) AS n
        FROM quotes q JOIN actors t ON t.articleId = q.articleId AND t.id = q.addressee
        JOIN actors s ON s.articleId = q.articleId AND s.id = q.speaker
        WHERE t.key = ? AND s.key <> ?
        GROUP BY s.key ORDER BY n DESC, s.key LIMIT ?""", List.of(key, key, PARTNERS));
    out.put("statements", statements);
    out.put("events", events);
    out.put("timeline", timeline(statements, events));
    out.put("network", network(key, String.valueOf(out.get("name")), statements, events, named,
        addressedBy));
    return Optional.of(out);
  }

  /** Statements and events per day (the statement's publication date, the event's date). */
  private static List<Map<String, Object>> timeline(List<Map<String, Object>> statements,
      List<Map<String, Object>> events) {
    TreeMap<String, int[]> days = new TreeMap<>();
    for (Map<String, Object> s : statements) {
      day(s.get("date")).ifPresent(d -> days.computeIfAbsent(d, k -> new int[2])[0]++);
    }
    for (Map<String, Object> e : events) {
      day(e.get("date")).ifPresent(d -> days.computeIfAbsent(d, k -> new int[2])[1]++);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    days.forEach((d, n) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("date", d);
      m.put("statements", n[0]);
      m.put("events", n[1]);
      out.add(m);
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

  Page events(EventFilter f, int limit, int offset, TextCache texts) throws SQLException {
    String date = "coalesce(e.date, CAST(a.published AS VARCHAR))";
    Where w = new Where()
        .add("e.plover = upper(?)", f.plover())
        .add("starts_with(e.cameo, ?)", f.cameo())
        .add("EXISTS (SELECT 1 FROM actors x WHERE x.articleId = e.articleId"
            + " AND list_contains(e.source, x.id) AND x.country = upper(?))", f.sourceCountry())
        .add("EXISTS (SELECT 1 FROM actors x WHERE x.articleId = e.articleId"
            + " AND list_contains(e.target, x.id) AND x.country = upper(?))", f.targetCountry())
        .add("left(" + date + ", 10) >= ?", f.from())
        .add("left(" + date + ", 10) <= ?", f.to())
        .add("e.articleId = ?", f.article());
    String from = " FROM events e JOIN articles a ON a.id = e.articleId";
    long total = count("SELECT count(*)" + from + w.sql(), w.params());
    List<Map<String, Object>> rows = db.rows("SELECT e.articleId AS article_id, e.id AS event_id, "
        + date + " AS date, e.source, e.target, e.cameo, e.plover, e.mode, e.place, e.negated,"
        + " e.future, e.hypothetical, e.reported, e.quote, e.rule, e.confidence,"
        + " e.evidenceStart AS evidence_start, e.evidenceEnd AS evidence_end, a.title, a.outlet"
        + from + w.sql() + " ORDER BY " + date + " NULLS LAST, e.articleId, e.id LIMIT ? OFFSET ?",
        w.params(limit, offset));
    // the actors and texts of the page's articles, once, for the names and the evidence
    for (Map<String, Object> r : rows) {
      r.put("articleId", r.get("article_id"));
    }
    Map<String, Map<String, Object>> actors = actorsOf(rows);
    texts.load(rows.stream().map(r -> String.valueOf(r.get("article_id"))).distinct().toList());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("article_id", r.get("article_id"));
      e.put("event_id", r.get("event_id"));
      e.put("date", r.get("date"));
      side(e, "source", r, actors);
      for (String k : List.of("cameo", "plover", "mode")) {
        e.put(k, r.get(k));
      }
      side(e, "target", r, actors);
      for (String k : List.of("place", "negated", "future", "hypothetical", "reported", "quote",
          "rule", "confidence", "evidence_start", "evidence_end", "title", "outlet")) {
        e.put(k, r.get(k));
      }
      String text = texts.text(String.valueOf(r.get("article_id")));
      if (text != null && r.get("evidence_start") instanceof Number a
          && r.get("evidence_end") instanceof Number b && a.intValue() <= b.intValue()
          && b.intValue() <= text.length()) {
        e.put("evidence", text.substring(a.intValue(), b.intValue()));
      }
      items.add(e);
    }
    return new Page(total, limit, offset, items);
  }

  /** The name, code, country and key columns of one side (source or target) of an event. */
  private static void side(Map<String, Object> e, String side, Map<String, Object> row,
      Map<String, Map<String, Object>> actors) {
    List<Map<String, Object>> xs = new ArrayList<>();
    for (Object id : list(row.get(side))) {
      Map<String, Object> x = actors.get(row.get("article_id") + SEP + id);
      if (x != null) {
        xs.add(x);
      }
    }
    for (String k : List.of("name", "code", "country", "key")) {
      e.put(side + "_" + k, xs.isEmpty() ? null : xs.stream()
          .map(x -> x.get(k) == null ? "" : x.get(k).toString())
          .collect(java.util.stream.Collectors.joining(";")));
    }
  }

  private static final String SEP = "\u001f";

  /** The actors of the articles of {@code rows} (by their "articleId"), keyed article SEP id. */
  private Map<String, Map<String, Object>> actorsOf(List<Map<String, Object>> rows)
      throws SQLException {
    Map<String, Map<String, Object>> out = new HashMap<>();
    String ids = rows.stream().map(r -> String.valueOf(r.get("articleId"))).distinct()
        .collect(java.util.stream.Collectors.joining(SEP));
    if (ids.isEmpty()) {
      return out;
    }
    for (Map<String, Object> x : db.rows("""
        SELECT articleId, id, name, code, country, key FROM actors
        WHERE articleId IN (SELECT unnest(string_split(?, chr(31))))""", List.of(ids))) {
      out.put(x.get("articleId") + SEP + x.get("id"), x);
    }
    return out;
  }

  /** The texts of articles, read once per request. */
  final class TextCache {
    private final Map<String, String> texts = new HashMap<>();

    /** Reads the texts of these articles in one query. */
    void load(List<String> ids) throws SQLException {
      if (ids.isEmpty()) {
        return;
      }
      for (Map<String, Object> r : db.rows("""
          SELECT id, text FROM articles
          WHERE id IN (SELECT unnest(string_split(?, chr(31))))""",
          List.of(String.join(SEP, ids)))) {
        texts.put(String.valueOf(r.get("id")), String.valueOf(r.get("text")));
      }
    }

    String text(String id) throws SQLException {
      if (!texts.containsKey(id)) {
        Object v = db.value("SELECT text FROM articles WHERE id = ?", List.of(id));
        texts.put(id, v == null ? null : v.toString());
      }
      return texts.get(id);
    }
  }

  /** Counts per table, for the page's header (kept until {@link #invalidate}). */
  Map<String, Object> stats() throws SQLException {
    Snapshot s = snapshot;
    if (s.stats == null) {
      synchronized (this) {
        s = snapshot;
        if (s.stats == null) {
          s = new Snapshot(s.actors, Collections.unmodifiableMap(db.rows("""
              SELECT (SELECT count(*) FROM articles) AS articles,
                (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM actors) AS actors,
                (SELECT count(*) FROM events) AS events""", List.of()).get(0)));
          snapshot = s;
        }
      }
    }
    return s.stats;
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
