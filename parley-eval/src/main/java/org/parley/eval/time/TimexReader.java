package org.parley.eval.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;

/**
 * Reads TIMEX3 gold in JSON lines: {@code doc_id}, {@code dct} (YYYY-MM-DD), {@code text}, {@code
 * timexes: [{start, end, type, value}]} with end-exclusive offsets into {@code text}.
 */
public final class TimexReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TimexReader() {}

  /** Every document of the file; a malformed line fails with its line number. */
  public static List<TimexDocument> read(Path file) throws IOException {
    List<TimexDocument> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          docs.add(parse(line));
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + ":" + n + ": not a TIMEX3 gold record (" + e.getMessage() + ")", e);
        }
      }
    }
    return docs;
  }

  /** One record. */
  public static TimexDocument parse(String line) throws IOException {
    JsonNode doc = JSON.readTree(line);
    String text = doc.path("text").asText();
    List<Timex> gold = new ArrayList<>();
    for (JsonNode t : doc.path("timexes")) {
      Span span = new Span(t.path("start").asInt(), t.path("end").asInt());
      if (span.end() > text.length()) {
        throw new UncheckedIOException(new IOException("timex " + span + " beyond the text"));
      }
      gold.add(new Timex(span, t.path("type").asText(), t.path("value").asText()));
    }
    return new TimexDocument(
        doc.path("doc_id").asText(), LocalDate.parse(doc.path("dct").asText()), text, gold);
  }
}
