package org.parley.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.io.AnalysisJson;
import org.parley.model.Analysis;

/**
 * An analysis as the store keeps it: its Analysis JSON with the article's raw text in
 * {@code "text"}, and the SHA-256 of that JSON (equal content, equal digest, so re-ingesting the
 * same article is a no-op whether it comes from the pipeline or from a JSONL file).
 *
 * <p>Design decision: the store's rows are built from the JSON, not from the {@link Analysis}
 * records. The JSON already holds everything a row needs (raw-text offsets, quote texts), and an
 * analysis made elsewhere (an earlier {@code parley analyze -f jsonl}, a Spark job) can then be
 * stored without analyzing again.
 */
public final class StoredAnalysis {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode json;
  private final String digest;

  private StoredAnalysis(ObjectNode json, String canonical) {
    this.json = json;
    this.digest = sha256(canonical);
  }

  /** The analysis of this process. */
  public static StoredAnalysis of(Analysis a) {
    StringWriter w = new StringWriter(8192);
    AnalysisJson.write(a, w, false, true);
    String line = w.toString();
    try {
      return new StoredAnalysis((ObjectNode) JSON.readTree(line), line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("AnalysisJson wrote JSON that does not parse", e);
    }
  }

  /**
   * One line of Analysis JSON (as {@code parley analyze -f jsonl} writes it). When the line has no
   * {@code "text"} (the input was itself the text), {@code texts} gives the raw text by article id.
   * Throws {@link IllegalArgumentException}, saying what is wrong, for a line that is not an
   * Analysis JSON v1 object, whose text cannot be found, or whose spans do not fit in the text.
   */
  public static StoredAnalysis parse(String line, Function<String, Optional<String>> texts) {
    JsonNode tree;
    try {
      tree = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    ObjectNode parsed = (ObjectNode) tree;
    if (!AnalysisJson.SCHEMA.equals(parsed.path("schema").asText(null))) {
      throw new IllegalArgumentException("not Analysis JSON: \"schema\" is "
          + parsed.get("schema") + ", expected \"" + AnalysisJson.SCHEMA + "\"");
    }
    String id = parsed.path("id").asText("");
    if (id.isBlank()) {
      throw new IllegalArgumentException("the analysis has no \"id\"");
    }
    ObjectNode a = parsed;
    if (!a.path("text").isTextual()) {
      String text = texts.apply(id).orElseThrow(() -> new IllegalArgumentException(
          "the analysis of article " + id + " (" + parsed.path("source").asText("no source")
              + ") has no \"text\" and no input given holds that article; pass its input too"));
      a = withText(a, text);
    }
    checkSpans(a, a.get("text").asText().length());
    try {
      return new StoredAnalysis(a, JSON.writeValueAsString(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The article id of a line of Analysis JSON, read without parsing the rest; empty when the line
   * has no top-level string "id" (or is not JSON).
   */
  public static Optional<String> id(String line) {
    try (JsonParser p = JSON.getFactory().createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("id")) {
          return value == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The article id. */
  public String id() {
    return json.get("id").asText();
  }

  /** The SHA-256 of the canonical JSON, in hex. */
  public String digest() {
    return digest;
  }

  JsonNode json() {
    return json;
  }

  /** The JSON with "text" where AnalysisJson writes it: right after "outlet". */
  private static ObjectNode withText(ObjectNode a, String text) {
    ObjectNode out = JSON.createObjectNode();
    boolean placed = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      out.set(f.getKey(), f.getValue());
      if (f.getKey().equals("outlet")) {
        out.put("text", text);
        placed = true;
      }
    }
    if (!placed) {
      out.put("text", text);
    }
    return out;
  }

  private static void checkSpans(ObjectNode a, int length) {
    span(a.get("titleSpan"), length, "titleSpan");
    span(a.get("datelineSpan"), length, "datelineSpan");
    for (JsonNode q : a.path("quotes")) {
      String where = "quote " + q.path("id").asText();
      if (!q.path("content").isArray() || q.path("content").isEmpty()) {
        throw new IllegalArgumentException(where + " has no content spans");
      }
      for (JsonNode s : q.path("content")) {
        span(s, length, where + " content");
      }
      span(q.get("cue"), length, where + " cue");
      span(q.get("source"), length, where + " source");
    }
    for (JsonNode x : a.path("actors")) {
      for (JsonNode s : x.path("mentions")) {
        span(s, length, "actor " + x.path("id").asText() + " mention");
      }
    }
    for (JsonNode e : a.path("events")) {
      span(e.get("trigger"), length, "event " + e.path("id").asText() + " trigger");
      if (e.get("evidence") == null || !e.get("evidence").isArray()) {
        throw new IllegalArgumentException("event " + e.path("id").asText() + " has no evidence");
      }
      span(e.get("evidence"), length, "event " + e.path("id").asText() + " evidence");
    }
    for (JsonNode d : a.path("dates")) {
      span(d.get("span"), length, "date " + d.path("text").asText());
      span(d.get("anchorSpan"), length, "date " + d.path("text").asText() + " anchor");
    }
  }

  private static void span(JsonNode s, int length, String what) {
    if (s == null || s.isNull()) {
      return;
    }
    if (!s.isArray() || s.size() != 2 || !s.get(0).isInt() || !s.get(1).isInt()) {
      throw new IllegalArgumentException(what + " is not a [start, end] pair: " + s);
    }
    int start = s.get(0).asInt();
    int end = s.get(1).asInt();
    if (start < 0 || end < start || end > length) {
      throw new IllegalArgumentException(what + " [" + start + ", " + end
          + "] does not fit in the article text of " + length + " chars");
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
