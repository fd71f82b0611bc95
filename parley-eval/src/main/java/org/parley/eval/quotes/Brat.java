package org.parley.eval.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Span;

/**
 * Reads PolNeAR's BRAT standoff: {@code T} lines are spans (a type, {@code start end} pieces joined
 * by {@code ;}), {@code E} lines tie an attribution to its content, cue and source spans. Lines
 * that start with no {@code T}, {@code E} or {@code #} id (a span text running over a newline) are
 * skipped; span text is never read from the file, only offsets.
 */
public final class Brat {
  private Brat() {}

  /** The attributions of one annotation file over {@code text}. */
  public static List<Attribution> read(String ann, String text) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : ann.split("\r?\n")) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[0].isEmpty()) {
        continue;
      }
      char kind = cols[0].charAt(0);
      if (kind == 'T') {
        spans.put(cols[0], pieces(cols[1], line));
      } else if (kind == 'E') {
        events.add(cols[1].trim().split("\\s+"));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] args : events) {
      List<Span> content = new ArrayList<>();
      Optional<Span> source = Optional.empty();
      Optional<Span> cue = Optional.empty();
      for (String arg : args) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        List<Span> s = spans.get(arg.substring(colon + 1));
        if (s == null) {
          throw new IllegalArgumentException("BRAT event refers to unknown span " + arg);
        }
        if (role.startsWith("Content")) {
          content.addAll(s);
        } else if (role.equals("Source")) {
          source = Optional.of(s.get(0).union(s.get(s.size() - 1)));
        } else if (role.equals("Cue")) {
          cue = Optional.of(s.get(0).union(s.get(s.size() - 1)));
        }
      }
      if (!content.isEmpty()) {
        content.sort(null);
        out.add(Attribution.of(content, source, cue, Attribution.hasQuoteMarks(text, content)));
      }
    }
    return out;
  }

  /** "Content 12 40;45 60" → [12,40), [45,60). */
  static List<Span> pieces(String typeAndOffsets, String line) {
    int space = typeAndOffsets.indexOf(' ');
    if (space < 0) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    for (String piece : typeAndOffsets.substring(space + 1).split(";")) {
      String[] se = piece.trim().split(" ");
      if (se.length != 2) {
        throw new IllegalArgumentException("bad BRAT offsets in: " + line);
      }
      out.add(Span.of(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
    }
    return out;
  }
}
