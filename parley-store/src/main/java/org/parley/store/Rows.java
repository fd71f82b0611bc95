package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the rows of analyses through one prepared statement per table, in JDBC batches. The rows
 * are read from the Analysis JSON (with its {@code "text"}), whose spans are already raw-text
 * offsets, so that they point into {@code articles.text}; the same code stores an analysis made in
 * this process and one read from a JSONL file written by another.
 */
final class Rows implements AutoCloseable {
  /** Separates list items handed to DuckDB as one string (ASCII unit separator). */
  private static final String SEP = "\u001f";

  private static final String LIST = "list_filter(string_split(?, chr(31)), x -> x <> '')";

  private final PreparedStatement articles;
  private final PreparedStatement quotes;
  private final PreparedStatement actors;
  private final PreparedStatement mentions;
  private final PreparedStatement events;
  private final PreparedStatement dates;
  private final PreparedStatement problems;
  private final List<PreparedStatement> deletes = new ArrayList<>();

  Rows(Connection db) throws SQLException {
    articles = db.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?)");
    quotes = db.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, CAST(? AS INTEGER[][]), ?, ?,"
        + " ?, ?, ?, ?, ?, ?, " + LIST + ", ?, ?, ?, ?, ?, ?)");
    actors = db.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, " + LIST
        + ", ?, ?, ?, ?, ?, ?, ?, ?)");
    mentions = db.prepareStatement("INSERT INTO actor_mentions VALUES (?, ?, ?, ?)");
    events = db.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, " + LIST + ", " + LIST
        + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    dates = db.prepareStatement("INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    problems = db.prepareStatement("INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?)");
    for (String table : Schema.TABLES) {
      deletes.add(db.prepareStatement(
          "DELETE FROM " + table + " WHERE " + Schema.articleColumn(table) + " = ?"));
    }
  }

  /** Removes every row of the article. */
  void delete(String articleId) throws SQLException {
    for (PreparedStatement d : deletes) {
      d.setString(1, articleId);
      d.executeUpdate();
    }
  }

  /** Adds the rows of one analysis, given as Analysis JSON with its text, to the batches. */
  void add(JsonNode a, String digest) throws SQLException {
    String id = a.get("id").asText();
    JsonNode when = a.path("publishedEvidence");
    bind(articles, id, str(a, "source"), str(a, "title"), str(a, "published"),
        str(when, "reading"), str(when, "evidence"), bool(when, "flagged"), str(a, "outlet"),
        str(a, "text"), start(a, "titleSpan"), end(a, "titleSpan"), start(a, "datelineSpan"),
        end(a, "datelineSpan"), digest);
    articles.addBatch();
    for (JsonNode q : a.path("quotes")) {
      JsonNode content = q.path("content");
      StringBuilder pairs = new StringBuilder("[");
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (JsonNode s : content) {
        int from = s.get(0).asInt();
        int to = s.get(1).asInt();
        pairs.append(pairs.length() > 1 ? ", " : "").append('[').append(from).append(", ")
            .append(to).append(']');
        first = Math.min(first, from);
        last = Math.max(last, to);
      }
      pairs.append(']');
      bind(quotes, id, str(q, "id"), str(q, "kind"), pairs.toString(),
          content.isEmpty() ? null : first, content.isEmpty() ? null : last, start(q, "cue"),
          end(q, "cue"), start(q, "source"), end(q, "source"), str(q, "speaker"),
          str(q, "addressee"), list(q, "relayedBy"), num(q, "confidence"), str(q, "mode"),
          bool(q, "anonymous"), str(q, "text"), str(q, "sourceText"), str(q, "rule"));
      quotes.addBatch();
    }
    for (JsonNode x : a.path("actors")) {
      String actor = str(x, "id");
      bind(actors, id, actor, str(x, "name"), str(x, "country"), list(x, "sectors"),
          str(x, "code"), str(x, "role"), str(x, "kind"), str(x, "organization"),
          bool(x, "anonymous"), str(x, "evidence"), str(x, "codeSource"), str(x, "key"));
      actors.addBatch();
      for (JsonNode m : x.path("mentions")) {
        bind(mentions, id, actor, m.get(0).asInt(), m.get(1).asInt());
        mentions.addBatch();
      }
    }
    for (JsonNode e : a.path("events")) {
      bind(events, id, str(e, "id"), str(e, "plover"), str(e, "mode"), str(e, "cameo"),
          list(e, "source"), list(e, "target"), str(e, "date"), str(e, "place"),
          start(e, "trigger"), end(e, "trigger"), start(e, "evidence"), end(e, "evidence"),
          str(e, "quote"), bool(e, "negated"), bool(e, "future"), bool(e, "hypothetical"),
          bool(e, "reported"), str(e, "rule"), num(e, "confidence"));
      events.addBatch();
    }
    for (JsonNode d : a.path("dates")) {
      bind(dates, id, start(d, "span"), end(d, "span"), str(d, "text"), str(d, "value"),
          str(d, "type"), str(d, "start"), str(d, "end"), str(d, "rule"));
      dates.addBatch();
    }
    for (JsonNode p : a.path("problems")) {
      bind(problems, id, str(p, "stage"), str(p, "code"), str(p, "message"), start(p, "span"),
          end(p, "span"));
      problems.addBatch();
    }
  }

  /** Executes the batches. */
  void flush() throws SQLException {
    for (PreparedStatement s : List.of(articles, quotes, actors, mentions, events, dates,
        problems)) {
      s.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement s : List.of(articles, quotes, actors, mentions, events, dates,
        problems)) {
      s.close();
    }
    for (PreparedStatement d : deletes) {
      d.close();
    }
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Boolean bool(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asBoolean();
  }

  private static Double num(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static String list(JsonNode n, String field) {
    StringBuilder b = new StringBuilder();
    for (JsonNode v : n.path(field)) {
      b.append(b.length() > 0 ? SEP : "").append(v.asText());
    }
    return b.toString();
  }

  private static Integer start(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isArray() ? null : v.get(0).asInt();
  }

  private static Integer end(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isArray() ? null : v.get(1).asInt();
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        s.setNull(i + 1, Types.VARCHAR);
      } else {
        s.setObject(i + 1, v);
      }
    }
  }
}
