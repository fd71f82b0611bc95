package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes the rows of analyses through one prepared statement per table, in JDBC batches. The rows
 * are read from the Analysis JSON (with its {@code "text"}), whose spans are already raw-text
 * offsets, so that they point into {@code articles.text}; the same code stores an analysis made in
 * this process and one read from a JSONL file written by another.
 */
final class Rows implements AutoCloseable {
  /** Separates list items handed to DuckDB as one string (ASCII unit separator). */
  private static final String SEP = "\u001f";

  /**
   * The column types of each table, in order: V varchar, I integer, D double, B boolean, T date,
   * L a list of strings (joined with {@link #SEP}, empty items dropped), K a list of strings
   * (joined with {@link #SEP}, empty items kept, null for an empty list), P a list of [start,
   * end] pairs ("[[1, 2]]"), X bytes (base64).
   */
  private static final Map<String, String> TYPES = Map.of(
      "articles", "VVVTVVBVVIIIIV" + "IIII",
      "quotes", "VVVPIIIIIIVVLDVBVVV" + "VVVVVVTVK",
      "actors", "VVVVLVVVVBVVV",
      "actor_mentions", "VVII",
      "events", "VVVVVLLVVIIIIVBBBBVD" + "VKKKKVVVVVVVVV",
      "dates", "VIIVVVVVV" + "VII",
      "problems", "VVVVII",
      "posts", "VIIVVV",
      "analyses", "VX");

  /** Separates an actor's key from its name in {@code quotes.named} (ASCII record separator). */
  static final String KEY_NAME = "\u001e";

  private final Connection db;
  private final Map<String, DuckDBAppender> stages = new LinkedHashMap<>();
  private final Map<String, Integer> staged = new HashMap<>();
  private final List<PreparedStatement> deletes = new ArrayList<>();

  /**
   * Design decision: rows go to per-connection TEMP tables of strings through DuckDB's appender,
   * then into the tables with one INSERT ... SELECT per table, inside the caller's transaction.
   * JDBC batches run one INSERT per row (about 10,000 rows/s here); the appender is some 100
   * times faster. NOTE: the appender commits on its own, outside the transaction, so the staging
   * tables hold only what no reader sees (they vanish with the connection) and are emptied
   * before each batch.
   */
  Rows(Connection db) throws SQLException {
    this.db = db;
    try (Statement s = db.createStatement()) {
      for (String table : Schema.TABLES) {
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < TYPES.get(table).length(); i++) {
          cols.append(i > 0 ? ", " : "").append('c').append(i).append(" VARCHAR");
        }
        s.execute("CREATE TEMP TABLE IF NOT EXISTS stage_" + table + " (" + cols + ")");
        s.execute("DELETE FROM stage_" + table);
      }
    }
    db.commit();
    for (String table : Schema.TABLES) {
      stages.put(table, db.unwrap(DuckDBConnection.class).createAppender("main", "stage_" + table));
      staged.put(table, 0);
    }
    for (String table : Schema.TABLES) {
      deletes.add(db.prepareStatement(
          "DELETE FROM " + table + " WHERE " + Schema.articleColumn(table) + " IN "
              + SearchIndex.IDS));
    }
  }

  /** Removes every row of these articles. */
  void delete(List<String> articleIds) throws SQLException {
    if (articleIds.isEmpty()) {
      return;
    }
    for (PreparedStatement d : deletes) {
      d.setString(1, String.join(SEP, articleIds));
      d.executeUpdate();
    }
  }

  /** Adds the rows of one analysis, given as Analysis JSON with its text, to the batches. */
  void add(JsonNode a, String digest) throws SQLException {
    String id = a.get("id").asText();
    JsonNode when = a.path("publishedEvidence");
    String text = str(a, "text");
    row("articles", id, str(a, "source"), str(a, "title"), str(a, "published"),
        str(when, "reading"), str(when, "evidence"), bool(when, "flagged"), str(a, "outlet"),
        text, start(a, "titleSpan"), end(a, "titleSpan"), start(a, "datelineSpan"),
        end(a, "datelineSpan"), digest,
        text == null ? null : text.codePointCount(0, text.length()), a.path("quotes").size(),
        a.path("actors").size(), a.path("events").size());
    Map<String, JsonNode> actors = new HashMap<>();
    for (JsonNode x : a.path("actors")) {
      actors.putIfAbsent(str(x, "id"), x);
    }
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
      row("quotes", id, str(q, "id"), str(q, "kind"), pairs.toString(),
          content.isEmpty() ? null : first, content.isEmpty() ? null : last, start(q, "cue"),
          end(q, "cue"), start(q, "source"), end(q, "source"), str(q, "speaker"),
          str(q, "addressee"), list(q, "relayedBy"), num(q, "confidence"), str(q, "mode"),
          bool(q, "anonymous"), str(q, "text"), str(q, "sourceText"), str(q, "rule"),
          field(actors, str(q, "speaker"), "key"), field(actors, str(q, "speaker"), "name"),
          field(actors, str(q, "speaker"), "country"), field(actors, str(q, "speaker"), "code"),
          field(actors, str(q, "addressee"), "key"), field(actors, str(q, "addressee"), "name"),
          str(a, "published"), str(a, "outlet"), named(content, a.path("actors")));
    }
    for (JsonNode x : a.path("actors")) {
      String actor = str(x, "id");
      row("actors", id, actor, str(x, "name"), str(x, "country"), list(x, "sectors"),
          str(x, "code"), str(x, "role"), str(x, "kind"), str(x, "organization"),
          bool(x, "anonymous"), str(x, "evidence"), str(x, "codeSource"), str(x, "key"));
      for (JsonNode m : x.path("mentions")) {
        row("actor_mentions", id, actor, m.get(0).asInt(), m.get(1).asInt());
      }
    }
    for (JsonNode e : a.path("events")) {
      row("events", id, str(e, "id"), str(e, "plover"), str(e, "mode"), str(e, "cameo"),
          list(e, "source"), list(e, "target"), str(e, "date"), str(e, "place"),
          start(e, "trigger"), end(e, "trigger"), start(e, "evidence"), end(e, "evidence"),
          str(e, "quote"), bool(e, "negated"), bool(e, "future"), bool(e, "hypothetical"),
          bool(e, "reported"), str(e, "rule"), num(e, "confidence"),
          str(e, "date") != null ? str(e, "date") : str(a, "published"),
          sideList(e, "source", actors, "key"), sideList(e, "source", actors, "name"),
          sideList(e, "target", actors, "key"), sideList(e, "target", actors, "name"),
          side(e, "source", actors, "name"), side(e, "source", actors, "code"),
          side(e, "source", actors, "country"), side(e, "source", actors, "key"),
          side(e, "target", actors, "name"), side(e, "target", actors, "code"),
          side(e, "target", actors, "country"), side(e, "target", actors, "key"),
          evidence(text, start(e, "evidence"), end(e, "evidence")));
    }
    for (JsonNode d : a.path("dates")) {
      row("dates", id, start(d, "span"), end(d, "span"), str(d, "text"), str(d, "value"),
          str(d, "type"), str(d, "start"), str(d, "end"), str(d, "rule"), str(d, "anchor"),
          start(d, "anchorSpan"), end(d, "anchorSpan"));
    }
    for (JsonNode p : a.path("problems")) {
      row("problems", id, str(p, "stage"), str(p, "code"), str(p, "message"), start(p, "span"),
          end(p, "span"));
    }
    for (JsonNode p : a.path("posts")) {
      row("posts", id, start(p, "span"), end(p, "span"), str(p, "author"), str(p, "handle"),
          str(p, "date"));
    }
    row("analyses", id, java.util.Base64.getEncoder().encodeToString(gzip(a)));
  }

  /** The JSON as gzip-compressed UTF-8 bytes. */
  private static byte[] gzip(JsonNode a) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(JSON.writeValueAsBytes(a));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** A field of the actor with this id in the article, or null. */
  private static String field(Map<String, JsonNode> actors, String actorId, String field) {
    JsonNode x = actorId == null ? null : actors.get(actorId);
    return x == null ? null : str(x, field);
  }

  /**
   * The actors named inside a quote: "key RS name" (name left out when null) for each mention of
   * an actor with a key that lies inside one of the quote's fragments, one item per mention.
   */
  private static String named(JsonNode content, JsonNode actors) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : actors) {
      String key = str(x, "key");
      if (key == null) {
        continue;
      }
      String name = str(x, "name");
      for (JsonNode m : x.path("mentions")) {
        int from = m.get(0).asInt();
        int to = m.get(1).asInt();
        for (JsonNode c : content) {
          if (c.get(0).asInt() <= from && to <= c.get(1).asInt()) {
            out.add(name == null ? key : key + KEY_NAME + name);
            break;
          }
        }
      }
    }
    return out.isEmpty() ? null : String.join(SEP, out);
  }

  /** One field of the actors of an event's side (ids with no actor left out), as a K list. */
  private static String sideList(JsonNode e, String side, Map<String, JsonNode> actors,
      String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode id : e.path(side)) {
      JsonNode x = actors.get(id.asText());
      if (x != null) {
        String v = str(x, field);
        out.add(v == null ? "" : v);
      }
    }
    return out.isEmpty() ? null : String.join(SEP, out);
  }

  /**
   * One field of the actors of an event's side joined with ";" (a null field as ""), as the
   * events-tsv columns and the API write it; null when no id of the side names an actor.
   */
  private static String side(JsonNode e, String side, Map<String, JsonNode> actors, String field) {
    String items = sideList(e, side, actors, field);
    return items == null ? null : items.replace(SEP, ";");
  }

  /** The evidence text at raw offsets, or null when the offsets do not fit the text. */
  private static String evidence(String text, Integer start, Integer end) {
    return text == null || start == null || end == null || start < 0 || start > end
        || end > text.length() ? null : text.substring(start, end);
  }

  /** Moves the staged rows into the tables, in the caller's transaction. */
  void flush() throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String table : Schema.TABLES) {
        DuckDBAppender appender = stages.get(table);
        appender.flush();
        if (staged.get(table) == 0) {
          continue;
        }
        String types = TYPES.get(table);
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < types.length(); i++) {
          String c = "c" + i;
          cols.append(i > 0 ? ", " : "").append(switch (types.charAt(i)) {
            case 'V' -> c;
            case 'I' -> "CAST(" + c + " AS INTEGER)";
            case 'D' -> "CAST(" + c + " AS DOUBLE)";
            case 'B' -> "CAST(" + c + " AS BOOLEAN)";
            case 'T' -> "CAST(" + c + " AS DATE)";
            case 'L' -> "list_filter(string_split(coalesce(" + c + ", ''), chr(31)), x -> x <> '')";
            case 'K' -> "CASE WHEN " + c + " IS NULL THEN CAST([] AS VARCHAR[]) ELSE"
                + " string_split(" + c + ", chr(31)) END";
            case 'P' -> "CAST(" + c + " AS INTEGER[][])";
            case 'X' -> "from_base64(" + c + ")";
            default -> throw new IllegalStateException("type " + types.charAt(i));
          });
        }
        s.execute("INSERT INTO " + table + " SELECT " + cols + " FROM stage_" + table);
        staged.put(table, 0);
      }
    }
  }

  /** Empties the staging tables (after the caller's commit or rollback). */
  void clear() throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String table : Schema.TABLES) {
        s.execute("DELETE FROM stage_" + table);
      }
    }
    db.commit();
  }

  @Override
  public void close() throws SQLException {
    for (DuckDBAppender a : stages.values()) {
      a.close();
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

  private void row(String table, Object... values) throws SQLException {
    DuckDBAppender a = stages.get(table);
    a.beginRow();
    for (Object v : values) {
      a.append(v == null ? null : v.toString());
    }
    a.endRow();
    staged.merge(table, 1, Integer::sum);
  }
}
