package org.parley.web;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The rows the list endpoints and the actor view read, held in memory: every article's list
 * item, every quote and every event, each table in the order its endpoint lists it, with
 * postings (positions in that order) by article, speaker, addressee, actor and PLOVER type.
 *
 * <p>Design decision: a DuckDB query reads a whole column (2,048-row vectors) for any filter,
 * so an uncached list page over 140,000 quotes cost 3 to 30 ms of CPU, and a point read of one
 * article's stored JSON 4 ms (its vector of 2,048 JSON blobs is read); the API could not hold
 * 200 distinct requests per second on two cores. The rows are read once (a few seconds over
 * 10,000 articles, about 25 MB of heap per 1,000 articles), then a page is a walk over a
 * posting list (microseconds), and they are read again after each write of this server, as the
 * kept aggregates were already. The tables stay the truth: {@code parley sql} and
 * {@code export} read them, and a filter this model cannot answer exactly as DuckDB would (a
 * text filter, non-ASCII text whose lower case Java and DuckDB may not agree on) goes to SQL.
 */
final class ReadModel {
  /** One article as the article list shows it. */
  record ArticleRow(String id, String published, String lowerOutlet, Map<String, Object> item,
      byte[] analysis) {}

  /** One quote with what its filters, list item and actor-view statement read. */
  record QuoteRow(String articleId, String id, String kind, String text, String speaker,
      String speakerName, String lowerSpeakerName, String speakerKey, String country,
      String code, String addressee, String addresseeName, String addresseeKey,
      List<Object> relayedBy, Double confidence, String outlet, String lowerOutlet,
      String published, Integer contentStart, Integer contentEnd, List<String> named) {}

  /** One event with what its filters, list item and actor-view item read. */
  record EventRow(String articleId, String id, String day, String sourceName, String sourceCode,
      String sourceCountry, String sourceKey, String cameo, String plover, String mode,
      String targetName, String targetCode, String targetCountry, String targetKey, String place,
      Boolean negated, Boolean future, Boolean hypothetical, Boolean reported, String quote,
      String rule, Double confidence, Integer evidenceStart, Integer evidenceEnd,
      String evidence, List<Object> sourceKeys, List<Object> sourceNames, List<Object> targetKeys,
      List<Object> targetNames, List<String> sourceCountries, List<String> targetCountries) {}

  final List<ArticleRow> articles;
  final Map<String, ArticleRow> articleById;
  final List<QuoteRow> quotes;
  final List<EventRow> events;
  private final Map<String, int[]> quotesByArticle;
  private final Map<String, int[]> quotesBySpeaker;
  private final Map<String, int[]> statementsBySpeaker;
  private final Map<String, int[]> quotesByAddressee;
  private final Map<String, int[]> eventsByArticle;
  private final Map<String, int[]> eventsByActor;
  private final Map<String, int[]> eventsByPlover;
  private final Map<String, int[]> quotesByCountry;
  private final Map<String, int[]> quotesByOutlet;
  private final Map<String, int[]> quotesByKind;
  private final Map<String, int[]> articlesByOutlet;
  private final Map<String, int[]> eventsBySourceCountry;
  private final Map<String, int[]> eventsByTargetCountry;

  private ReadModel(List<ArticleRow> articles, List<QuoteRow> quotes, int[] statementOrder,
      List<EventRow> events) {
    this.articles = articles;
    this.quotes = quotes;
    this.events = events;
    Map<String, ArticleRow> byId = new HashMap<>();
    for (ArticleRow a : articles) {
      byId.put(a.id(), a);
    }
    this.articleById = byId;
    Postings byArticle = new Postings();
    Postings bySpeaker = new Postings();
    Postings byAddressee = new Postings();
    Postings byCountry = new Postings();
    Postings byOutlet = new Postings();
    Postings byKind = new Postings();
    for (int i = 0; i < quotes.size(); i++) {
      QuoteRow q = quotes.get(i);
      byArticle.add(q.articleId(), i);
      bySpeaker.add(q.speakerKey(), i);
      byAddressee.add(q.addresseeKey(), i);
      byCountry.add(q.country(), i);
      byOutlet.add(q.lowerOutlet(), i);
      byKind.add(q.kind(), i);
    }
    this.quotesByCountry = byCountry.done();
    this.quotesByOutlet = byOutlet.done();
    this.quotesByKind = byKind.done();
    Postings articleOutlet = new Postings();
    for (int i = 0; i < articles.size(); i++) {
      articleOutlet.add(articles.get(i).lowerOutlet(), i);
    }
    this.articlesByOutlet = articleOutlet.done();
    Postings statements = new Postings();
    for (int i : statementOrder) {
      statements.add(quotes.get(i).speakerKey(), i);
    }
    this.quotesByArticle = byArticle.done();
    this.quotesBySpeaker = bySpeaker.done();
    this.quotesByAddressee = byAddressee.done();
    this.statementsBySpeaker = statements.done();
    Postings eventArticle = new Postings();
    Postings eventActor = new Postings();
    Postings eventPlover = new Postings();
    Postings eventSource = new Postings();
    Postings eventTarget = new Postings();
    for (int i = 0; i < events.size(); i++) {
      EventRow e = events.get(i);
      eventArticle.add(e.articleId(), i);
      eventPlover.add(e.plover(), i);
      for (String c : e.sourceCountries()) {
        eventSource.add(c, i);
      }
      for (String c : e.targetCountries()) {
        eventTarget.add(c, i);
      }
      for (Object k : e.sourceKeys()) {
        eventActor.add((String) k, i);
      }
      for (Object k : e.targetKeys()) {
        eventActor.add((String) k, i);
      }
    }
    this.eventsByArticle = eventArticle.done();
    this.eventsByActor = eventActor.done();
    this.eventsByPlover = eventPlover.done();
    this.eventsBySourceCountry = eventSource.done();
    this.eventsByTargetCountry = eventTarget.done();
  }

  /** Positions by key, ascending, each once. */
  private static final class Postings {
    private final Map<String, int[]> lists = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();

    void add(String key, int position) {
      if (key == null) {
        return;
      }
      int[] l = lists.get(key);
      int n = sizes.getOrDefault(key, 0);
      if (n > 0 && l[n - 1] == position) {
        return;
      }
      if (l == null) {
        l = new int[2];
      } else if (n == l.length) {
        l = Arrays.copyOf(l, n * 2);
      }
      l[n] = position;
      lists.put(key, l);
      sizes.put(key, n + 1);
    }

    Map<String, int[]> done() {
      Map<String, int[]> out = new HashMap<>(lists.size() * 2);
      lists.forEach((k, l) -> out.put(k, Arrays.copyOf(l, sizes.get(k))));
      return out;
    }
  }

  private static final int[] NONE = {};

  /** The quotes of an article, in list order. */
  int[] quotesOfArticle(String id) {
    return quotesByArticle.getOrDefault(id, NONE);
  }

  /** The quotes of a speaker, in list order (newest first). */
  int[] quotesOfSpeaker(String key) {
    return quotesBySpeaker.getOrDefault(key, NONE);
  }

  /** The quotes of a speaker, oldest first (the actor view's order). */
  int[] statementsOf(String key) {
    return statementsBySpeaker.getOrDefault(key, NONE);
  }

  /** The quotes addressed to an actor, in list order. */
  int[] quotesTo(String key) {
    return quotesByAddressee.getOrDefault(key, NONE);
  }

  /** The events of an article, in list order. */
  int[] eventsOfArticle(String id) {
    return eventsByArticle.getOrDefault(id, NONE);
  }

  /** The events with an actor on either side, in list order. */
  int[] eventsOfActor(String key) {
    return eventsByActor.getOrDefault(key, NONE);
  }

  /** The events of a PLOVER type, in list order. */
  int[] eventsOfType(String plover) {
    return eventsByPlover.getOrDefault(plover, NONE);
  }

  /** The quotes of a speaker's country (upper case), in list order. */
  int[] quotesOfCountry(String country) {
    return quotesByCountry.getOrDefault(country, NONE);
  }

  /** The quotes of an outlet (lower case), in list order. */
  int[] quotesOfOutlet(String lowerOutlet) {
    return quotesByOutlet.getOrDefault(lowerOutlet, NONE);
  }

  /** The quotes of a kind, in list order. */
  int[] quotesOfKind(String kind) {
    return quotesByKind.getOrDefault(kind, NONE);
  }

  /** The articles of an outlet (lower case), in list order. */
  int[] articlesOfOutlet(String lowerOutlet) {
    return articlesByOutlet.getOrDefault(lowerOutlet, NONE);
  }

  /** The events with a country among those of their source side, in list order. */
  int[] eventsFrom(String country) {
    return eventsBySourceCountry.getOrDefault(country, NONE);
  }

  /** The events with a country among those of their target side, in list order. */
  int[] eventsTo(String country) {
    return eventsByTargetCountry.getOrDefault(country, NONE);
  }

  /** The shortest of some postings (nulls are filters not given), or null when none is given. */
  static int[] shortest(int[]... postings) {
    int[] best = null;
    for (int[] p : postings) {
      if (p != null && (best == null || p.length < best.length)) {
        best = p;
      }
    }
    return best;
  }

  /**
   * The positions [start, end) of a table sorted on a date, newest first ({@code descending})
   * or oldest first, with nulls last, whose date (as {@code day} gives it) lies in [from, to];
   * a bound that is null is open, and rows without a date are kept only when both are.
   */
  static int[] dateRange(int size, java.util.function.IntFunction<String> day, boolean descending,
      String from, String to) {
    if (from == null && to == null) {
      return new int[] {0, size};
    }
    int start;
    int end;
    if (descending) {
      start = to == null ? 0 : first(size, i -> day.apply(i) == null
          || day.apply(i).compareTo(to) <= 0);
      end = first(size, i -> day.apply(i) == null || from != null
          && day.apply(i).compareTo(from) < 0);
    } else {
      start = from == null ? 0 : first(size, i -> day.apply(i) == null
          || day.apply(i).compareTo(from) >= 0);
      end = first(size, i -> day.apply(i) == null || to != null
          && day.apply(i).compareTo(to) > 0);
    }
    return new int[] {start, Math.max(start, end)};
  }

  /** The first position where a predicate that turns from false to true once is true. */
  private static int first(int size, IntPredicate p) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (p.test(mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Walks the positions of {@code candidates} (ascending; null for every row) that lie in
   * {@code range} ([start, end)), counts those {@code keep} accepts and collects the positions of
   * those from {@code offset} on, at most {@code limit}; the count goes to {@code total[0]}.
   */
  static int[] page(int[] candidates, int[] range, IntPredicate keep, int limit, int offset,
      long[] total) {
    int[] out = new int[Math.min(limit, 1024)];
    int n = 0;
    long count = 0;
    int from;
    int end;
    if (candidates == null) {
      from = range[0];
      end = range[1];
    } else {
      from = Arrays.binarySearch(candidates, range[0]);
      from = from < 0 ? -from - 1 : from;
      end = Arrays.binarySearch(candidates, range[1]);
      end = end < 0 ? -end - 1 : end;
    }
    for (int j = from; j < end; j++) {
      int i = candidates == null ? j : candidates[j];
      if (keep.test(i)) {
        if (count >= offset && n < limit) {
          if (n == out.length) {
            out = Arrays.copyOf(out, Math.min(limit, n * 2));
          }
          out[n++] = i;
        }
        count++;
      }
    }
    total[0] = count;
    return Arrays.copyOf(out, n);
  }

  /** Reads the rows from the store's tables, in one transaction's snapshot each. */
  static ReadModel load(Connection c) throws SQLException {
    Interner in = new Interner();
    List<ArticleRow> articles = new ArrayList<>();
    Map<String, byte[]> analyses = new HashMap<>();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT articleId, json FROM analyses")) {
        while (r.next()) {
          java.sql.Blob b = r.getBlob(2);
          analyses.put(r.getString(1), b == null ? null : b.getBytes(1, (int) b.length()));
        }
      }
      try (ResultSet r = s.executeQuery("""
          SELECT id, title, CAST(published AS VARCHAR), outlet, source, quoteCount, actorCount,
            eventCount, length
          FROM articles ORDER BY published DESC NULLS LAST, id""")) {
        while (r.next()) {
          Map<String, Object> m = new LinkedHashMap<>();
          String id = r.getString(1);
          String outlet = in.of(r.getString(4));
          String published = in.of(r.getString(3));
          m.put("id", id);
          m.put("title", r.getString(2));
          m.put("published", published);
          m.put("outlet", outlet);
          m.put("source", r.getString(5));
          m.put("quotes", integer(r, 6));
          m.put("actors", integer(r, 7));
          m.put("events", integer(r, 8));
          m.put("length", integer(r, 9));
          articles.add(new ArticleRow(id, published, in.of(lower(outlet)),
              Collections.unmodifiableMap(m), analyses.get(id)));
        }
      }
      List<QuoteRow> quotes = new ArrayList<>();
      List<Long> up = new ArrayList<>();
      try (ResultSet r = s.executeQuery("""
          SELECT articleId, id, kind, text, speaker, speakerName, speakerKey, speakerCountry,
            speakerCode, addressee, addresseeName, addresseeKey, relayedBy, confidence, outlet,
            CAST(published AS VARCHAR), contentStart, contentEnd, named,
            row_number() OVER (ORDER BY published NULLS LAST, articleId, contentStart) - 1
          FROM quotes ORDER BY published DESC NULLS LAST, articleId, contentStart""")) {
        while (r.next()) {
          String name = in.of(r.getString(6));
          String outlet = in.of(r.getString(15));
          quotes.add(new QuoteRow(in.of(r.getString(1)), in.of(r.getString(2)),
              in.of(r.getString(3)), r.getString(4), in.of(r.getString(5)), name,
              in.of(lower(name)), in.of(r.getString(7)), in.of(r.getString(8)),
              in.of(r.getString(9)), in.of(r.getString(10)), in.of(r.getString(11)),
              in.of(r.getString(12)), in.list(r.getArray(13)), dbl(r, 14), outlet,
              in.of(lower(outlet)), in.of(r.getString(16)), integer(r, 17), integer(r, 18),
              strings(in.list(r.getArray(19)))));
          up.add(r.getLong(20));
        }
      }
      int[] statementOrder = new int[quotes.size()];
      for (int i = 0; i < statementOrder.length; i++) {
        statementOrder[(int) (long) up.get(i)] = i;
      }
      List<EventRow> events = new ArrayList<>();
      try (ResultSet r = s.executeQuery("""
          SELECT articleId, id, day, sourceName, sourceCode, sourceCountry, sourceKey, cameo,
            plover, mode, targetName, targetCode, targetCountry, targetKey, place, negated,
            future, hypothetical, reported, quote, rule, confidence, evidenceStart, evidenceEnd,
            evidenceText, sourceKeys, sourceNames, targetKeys, targetNames
          FROM events ORDER BY day NULLS LAST, articleId, id""")) {
        while (r.next()) {
          String sourceCountry = in.of(r.getString(6));
          String targetCountry = in.of(r.getString(13));
          events.add(new EventRow(in.of(r.getString(1)), in.of(r.getString(2)),
              in.of(r.getString(3)), in.of(r.getString(4)), in.of(r.getString(5)), sourceCountry,
              in.of(r.getString(7)), in.of(r.getString(8)), in.of(r.getString(9)),
              in.of(r.getString(10)), in.of(r.getString(11)), in.of(r.getString(12)),
              targetCountry, in.of(r.getString(14)), in.of(r.getString(15)), bool(r, 16),
              bool(r, 17), bool(r, 18), bool(r, 19), in.of(r.getString(20)),
              in.of(r.getString(21)), dbl(r, 22), integer(r, 23), integer(r, 24),
              r.getString(25), in.list(r.getArray(26)), in.list(r.getArray(27)),
              in.list(r.getArray(28)), in.list(r.getArray(29)), in.split(sourceCountry),
              in.split(targetCountry)));
        }
      }
      return new ReadModel(List.copyOf(articles), List.copyOf(quotes), statementOrder,
          List.copyOf(events));
    } finally {
      c.commit();
      c.setAutoCommit(auto);
    }
  }

  /** One copy of each repeated string (keys, names, codes, dates) and list. */
  private static final class Interner {
    private final Map<Object, Object> seen = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T of(T v) {
      if (v == null) {
        return null;
      }
      Object old = seen.putIfAbsent(v, v);
      return old == null ? v : (T) old;
    }

    List<Object> list(Array a) throws SQLException {
      if (a == null) {
        return null;
      }
      Object[] items = (Object[]) a.getArray();
      List<Object> out = new ArrayList<>(items.length);
      for (Object x : items) {
        out.add(x instanceof String s ? of(s) : x);
      }
      return of(Collections.unmodifiableList(out));
    }

    List<String> split(String s) {
      return s == null ? List.of() : of(List.of(s.split(";", -1)));
    }
  }

  private static List<String> strings(List<Object> l) {
    if (l == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(l.size());
    for (Object o : l) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static Integer integer(ResultSet r, int i) throws SQLException {
    int v = r.getInt(i);
    return r.wasNull() ? null : v;
  }

  private static Double dbl(ResultSet r, int i) throws SQLException {
    double v = r.getDouble(i);
    return r.wasNull() ? null : v;
  }

  private static Boolean bool(ResultSet r, int i) throws SQLException {
    boolean v = r.getBoolean(i);
    return r.wasNull() ? null : v;
  }

  /** Whether every char is ASCII, so that Java's and DuckDB's lower and upper case agree. */
  static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
