package org.parley.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sentence of a PETRARCH record suite with the events its coders expect.
 *
 * @param date the story date, if the record has a readable one
 * @param expectNone the record says explicitly that no event is to be coded
 * @param error the error PETRARCH is expected to raise ("sentencediscard" ...), if any
 * @param config the PETRARCH options in effect for the record (require_dyad, comma_max ...)
 */
public record EventRecord(
    String id,
    String category,
    Optional<LocalDate> date,
    String text,
    List<Expected> expected,
    boolean expectNone,
    Optional<String> error,
    Map<String, String> config) {

  public EventRecord {
    expected = List.copyOf(expected);
    config = Map.copyOf(config);
  }

  /** One expected event: source and target actor codes ("USAGOV", "---REB") and a code. */
  public record Expected(String source, String target, String code) {}

  /** Reads a suite, one JSON record per line; fails with the file and line on a bad record. */
  public static List<EventRecord> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<EventRecord> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(parse(json.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + " line " + n + ": not an event record: " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  static EventRecord parse(JsonNode n) {
    if (!n.hasNonNull("text")) {
      throw new IllegalArgumentException("no \"text\" field");
    }
    List<Expected> expected = new ArrayList<>();
    for (JsonNode e : n.path("expected_events")) {
      expected.add(new Expected(e.path("source").asText(""), e.path("target").asText(""),
          e.path("code").asText("")));
    }
    Map<String, String> config = new LinkedHashMap<>();
    n.path("config_in_effect").fields().forEachRemaining(f -> config.put(f.getKey(), f.getValue().asText()));
    return new EventRecord(
        n.path("id").asText(""),
        n.path("category").asText(""),
        date(n.path("date").asText("")),
        n.get("text").asText(),
        expected,
        n.path("expect_no_events").asBoolean(false),
        n.hasNonNull("expected_error") ? Optional.of(n.get("expected_error").asText()) : Optional.empty(),
        config);
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return s.length() == 8 ? Optional.of(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
