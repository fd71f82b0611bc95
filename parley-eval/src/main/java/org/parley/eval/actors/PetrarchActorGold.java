package org.parley.eval.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sentences coded by PETRARCH with the Phoenix dictionaries (the shared {@code
 * PETR2_GSR_validation.jsonl}): each record has an id, a date (YYYYMMDD), the text and the expected
 * events with their source and target actor codes.
 */
public final class PetrarchActorGold {
  private PetrarchActorGold() {}

  /** One expected event: its source and target actor codes ("USAGOV", "---LEG") and CAMEO code. */
  public record GoldEvent(String source, String target, String cameo) {}

  /** One coded sentence. */
  public record GoldSentence(
      String id, Optional<LocalDate> date, String text, List<GoldEvent> events) {
    public GoldSentence {
      events = List.copyOf(events);
    }
  }

  /** Reads every record; a line that is not a record is an {@link IOException} naming the line. */
  public static List<GoldSentence> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldSentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o;
        try {
          o = json.readTree(line);
        } catch (IOException e) {
          throw new IOException(jsonl + " line " + n + ": not JSON: " + e.getMessage(), e);
        }
        if (!o.hasNonNull("text")) {
          throw new IOException(jsonl + " line " + n + ": no \"text\"");
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : o.path("expected_events")) {
          events.add(new GoldEvent(e.path("source").asText(""), e.path("target").asText(""),
              e.path("code").asText("")));
        }
        out.add(new GoldSentence(o.path("id").asText("line " + n), date(o.path("date").asText("")),
            o.get("text").asText(), events));
      }
    }
    return out;
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return s.matches("\\d{8}")
          ? Optional.of(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE))
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
