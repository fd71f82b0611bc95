package org.parley.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Span;

/**
 * The events of analyses as tab-separated lines, one event a line, in the manner of ICEWS and
 * GDELT event files: who (name, code, country), what (CAMEO, PLOVER type and mode, flags), to
 * whom, when, where, and the evidence with its offsets in the raw input.
 *
 * <p>Design decision: an event with several sources or targets stays one line; their names and
 * codes are joined with {@code ;}. Tabs and line breaks inside a field become spaces, so every
 * line has the same columns; an absent value is an empty field; flags are {@code true}/{@code
 * false}.
 */
public final class EventsTsv {
  /** The column names, in order. */
  public static final List<String> COLUMNS = List.of(
      "article_id", "event_id", "date", "source_name", "source_code", "source_country", "cameo",
      "plover", "mode", "target_name", "target_code", "target_country", "place", "negated",
      "future", "hypothetical", "reported", "quote", "rule", "confidence", "evidence_start",
      "evidence_end", "evidence");

  private EventsTsv() {}

  /** The header line, with its line break. */
  public static String header() {
    return String.join("\t", COLUMNS) + "\n";
  }

  /** Writes one line per event of the analysis (nothing when it has none). */
  public static void write(Analysis a, Writer w) {
    try {
      for (Event e : a.events()) {
        w.write(line(a, e));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** One event's line, with its line break. */
  public static String line(Analysis a, Event e) {
    Span raw = a.toRaw(e.evidence());
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(a.article().id());
    f.add(e.id());
    f.add(e.date().orElse(""));
    addSide(a, e.source(), f);
    f.add(e.cameo());
    f.add(e.plover().orElse(""));
    f.add(e.mode().orElse(""));
    addSide(a, e.target(), f);
    f.add(e.place().orElse(""));
    f.add(Boolean.toString(e.negated()));
    f.add(Boolean.toString(e.future()));
    f.add(Boolean.toString(e.hypothetical()));
    f.add(Boolean.toString(e.reported()));
    f.add(e.quote().orElse(""));
    f.add(e.rule());
    f.add(Double.toString(e.confidence()));
    f.add(Integer.toString(raw.start()));
    f.add(Integer.toString(raw.end()));
    f.add(raw.in(a.article().raw())); // the input's own words at the offsets, as the store keeps them
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.size(); i++) {
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(clean(f.get(i)));
    }
    return sb.append('\n').toString();
  }

  private static void addSide(Analysis a, List<String> ids, List<String> f) {
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    for (String id : ids) {
      Optional<Actor> actor = a.findActor(id);
      names.add(actor.map(Actor::name).orElse(id));
      codes.add(actor.flatMap(Actor::code).orElse(""));
      countries.add(actor.flatMap(Actor::country).orElse(""));
    }
    f.add(String.join("; ", names));
    f.add(join(codes));
    f.add(join(countries));
  }

  /** Joins with ";", or empty when every value is empty. */
  private static String join(List<String> values) {
    return values.stream().allMatch(String::isEmpty) ? "" : String.join(";", values);
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
