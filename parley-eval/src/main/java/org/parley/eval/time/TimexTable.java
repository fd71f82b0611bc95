package org.parley.eval.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The TempEval-3 style table: one block of rows (all, then each type) per system. */
public final class TimexTable {
  private TimexTable() {}

  /** The table for these systems, in the map's order; percentages with one decimal. */
  public static String format(Map<String, TimexScorer> systems) {
    List<String> rows = new ArrayList<>();
    rows.add(String.format(Locale.ROOT,
        "%-8s %-8s %5s %5s | %5s %5s %5s | %5s %5s %5s | %6s %6s | %7s",
        "system", "type", "gold", "pred", "strP", "strR", "strF1", "relP", "relR", "relF1",
        "valAcc", "typAcc", "valueF1"));
    for (Map.Entry<String, TimexScorer> e : systems.entrySet()) {
      List<String> types = new ArrayList<>();
      types.add("all");
      types.addAll(TimexScorer.TYPES);
      for (String type : types) {
        TimexScorer.Scores s = e.getValue().scores(type);
        rows.add(String.format(Locale.ROOT,
            "%-8s %-8s %5d %5d | %5.1f %5.1f %5.1f | %5.1f %5.1f %5.1f | %6.1f %6.1f | %7.1f",
            e.getKey(), type, s.gold(), s.system(),
            100 * s.strictP(), 100 * s.strictR(), 100 * s.strictF1(),
            100 * s.relaxedP(), 100 * s.relaxedR(), 100 * s.relaxedF1(),
            100 * s.valueAccuracy(), 100 * s.typeAccuracy(), 100 * s.valueF1()));
      }
    }
    return String.join("\n", rows) + "\n";
  }
}
