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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.parley.model.Span;

/**
 * Reads TIMEX3 gold in JSON lines: {@code doc_id}, {@code dct} (YYYY-MM-DD), {@code text}, {@code
 * timexes: [{start, end, type, value}]} with end-exclusive offsets into {@code text}.
 *
 * <p>Stand-off gold, whose articles may not be copied, names its text instead: {@code text_id},
 * the {@code id} of a record of a texts file (see {@link #texts}); each timex's {@code text}, when given, must equal the text at its offsets, so a changed
 * texts file fails loudly instead of scoring the wrong words.
 */
public final class TimexReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TimexReader() {}

  /** Every document of the file; a malformed line fails with its line number. */
  public static List<TimexDocument> read(Path file) throws IOException {
    return read(file, Map.of());
  }

  /**
   * Every document of the file, stand-off records taking their text from {@code texts} (id to
   * text, see {@link #texts}); a malformed line fails with its line number.
   */
  public static List<TimexDocument> read(Path file, Map<String, String> texts)
      throws IOException {
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
          docs.add(parse(line, texts));
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + ":" + n + ": not a TIMEX3 gold record (" + e.getMessage() + ")", e);
        }
      }
    }
    return docs;
  }

  /** One record with its own text. */
  public static TimexDocument parse(String line) throws IOException {
    return parse(line, Map.of());
  }

  /** One record; a stand-off one takes its text from {@code texts}. */
  public static TimexDocument parse(String line, Map<String, String> texts) throws IOException {
    JsonNode doc = JSON.readTree(line);
    String text;
    if (doc.hasNonNull("text")) {
      text = doc.path("text").asText();
    } else if (doc.hasNonNull("text_id")) {
      text = texts.get(doc.path("text_id").asText());
      if (text == null) {
        throw new IOException("no text with id " + doc.path("text_id").asText()
            + (texts.isEmpty() ? " (stand-off gold: give the texts file, --texts)"
                : " in the texts file"));
      }
    } else {
      throw new IOException("neither text nor text_id");
    }
    List<Timex> gold = new ArrayList<>();
    for (JsonNode t : doc.path("timexes")) {
      Span span = new Span(t.path("start").asInt(), t.path("end").asInt());
      if (span.end() > text.length()) {
        throw new UncheckedIOException(new IOException("timex " + span + " beyond the text"));
      }
      if (t.hasNonNull("text") && !t.path("text").asText().equals(
          text.substring(span.start(), span.end()))) {
        throw new IOException("timex " + span + " reads '" + text.substring(span.start(),
            span.end()) + "', not '" + t.path("text").asText() + "': not the text it was made on");
      }
      gold.add(new Timex(span, t.path("type").asText(), t.path("value").asText()));
    }
    return new TimexDocument(
        doc.path("doc_id").asText(), LocalDate.parse(doc.path("dct").asText()), text, gold);
  }

  /** The ids of the texts the stand-off records of {@code gold} name. */
  public static Set<String> textIds(Path gold) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode id = JSON.readTree(line).path("text_id");
        if (id.isTextual()) {
          ids.add(id.asText());
        }
      }
    }
    return ids;
  }

  /**
   * The texts whose id is wanted, id to text, from a JSON-lines file ({@code .gz} read through
   * gzip) of records with an {@code id} and a {@code text}, or from a {@code .json} file holding one
   * object keyed by id whose records carry {@code text} or {@code articleBody} (the article
   * extraction benchmark's {@code ground-truth.json}).
   */
  public static Map<String, String> texts(Path file, Set<String> wanted) throws IOException {
    if (file.getFileName().toString().endsWith(".json")) {
      return keyedTexts(file, wanted);
    }
    Map<String, String> out = new HashMap<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader lines = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && out.size() < wanted.size()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode rec = JSON.readTree(line);
        String id = rec.path("id").asText();
        if (wanted.contains(id) && rec.hasNonNull("text")) {
          out.put(id, rec.path("text").asText());
        }
      }
    }
    return out;
  }

  private static Map<String, String> keyedTexts(Path file, Set<String> wanted) throws IOException {
    JsonNode all = JSON.readTree(file.toFile());
    if (!all.isObject()) {
      throw new IOException(file + ": a .json texts file must hold one object keyed by id");
    }
    Map<String, String> out = new HashMap<>();
    for (String id : wanted) {
      JsonNode rec = all.path(id);
      JsonNode text = rec.hasNonNull("text") ? rec.get("text") : rec.get("articleBody");
      if (text != null && text.isTextual()) {
        out.put(id, text.asText());
      }
    }
    return out;
  }
}
