package org.parley.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Span;

/**
 * The Gender Gap Tracker's speaker set (JSONL, one article a line): each quote's content, source
 * mention, cue and the resolved speaker's name, with how the text names the speaker.
 */
public final class Ggt {
  /** One article with its gold quotes. */
  public record Doc(String id, String text, List<Attribution> gold) {}

  private Ggt() {}

  public static List<Doc> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no GGT speaker file at " + file);
    }
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        docs.add(doc(json.readTree(line), file + ":" + n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  static Doc doc(JsonNode d, String where) {
    String text = d.path("text").asText();
    List<Attribution> gold = new ArrayList<>();
    for (JsonNode q : d.path("quotes")) {
      List<Span> content = new ArrayList<>();
      for (JsonNode c : q.path("content")) {
        content.add(span(c, where));
      }
      if (content.isEmpty()) {
        continue;
      }
      String speaker = q.path("speaker").asText("");
      gold.add(new Attribution(content, optionalSpan(q.get("source"), where),
          optionalSpan(q.get("cue"), where), Attribution.hasQuoteMarks(text, content),
          speaker.isBlank() ? Optional.empty() : Optional.of(speaker),
          q.path("speaker_is_person").asBoolean(true), q.path("source_type").asText("none")));
    }
    return new Doc(d.path("doc_id").asText(where), text, gold);
  }

  private static Optional<Span> optionalSpan(JsonNode n, String where) {
    return n == null || n.isNull() || !n.isArray() ? Optional.empty() : Optional.of(span(n, where));
  }

  private static Span span(JsonNode n, String where) {
    if (!n.isArray() || n.size() != 2) {
      throw new IllegalArgumentException("bad span " + n + " at " + where);
    }
    return Span.of(n.get(0).asInt(), n.get(1).asInt());
  }
}
