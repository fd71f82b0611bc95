package org.parley.eval.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted time expressions against gold the TempEval-3 way, one document at a time.
 *
 * <p>Each gold expression is paired with at most one prediction: an exact match first, else the
 * first overlapping one. Strict counts exact pairs, relaxed any pair; a pair's value is right when
 * the values are equal. Value F1 is relaxed F1 times value accuracy, which equals the F1 of
 * value-right pairs over all predictions and all gold. By type, recall counts gold of that type and
 * precision predictions of that type, so a gold DATE found as a DURATION counts in both rows.
 */
public final class TimexScorer {
  /** The types reported, in order. */
  public static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final List<Error> errors = new ArrayList<>();

  /** What went wrong with one expression; {@code gold} or {@code predicted} is null when unpaired. */
  public record Error(String doc, Timex gold, Timex predicted, String text) {
    /** MISS (gold not found), EXTRA (prediction with no gold), VALUE (value wrong), EXTENT. */
    public String kind() {
      if (predicted == null) {
        return "MISS";
      }
      if (gold == null) {
        return "EXTRA";
      }
      return gold.value().equals(predicted.value()) ? "EXTENT" : "VALUE";
    }
  }

  public TimexScorer() {
    counts.put("all", new int[Field.values().length]);
    for (String t : TYPES) {
      counts.put(t, new int[Field.values().length]);
    }
  }

  private enum Field { GOLD, SYSTEM, STRICT_G, STRICT_S, RELAXED_G, RELAXED_S, VALUE_G, VALUE_S, TYPE_G }

  /** Adds one document: its text (for the error list), gold and predictions. */
  public void add(String doc, String text, List<Timex> gold, List<Timex> predicted) {
    int[] pairOf = new int[gold.size()];
    boolean[] used = new boolean[predicted.size()];
    java.util.Arrays.fill(pairOf, -1);
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        if (!used[p] && predicted.get(p).span().equals(gold.get(g).span())) {
          pairOf[g] = p;
          used[p] = true;
          break;
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size() && pairOf[g] < 0; p++) {
        if (!used[p] && predicted.get(p).span().overlaps(gold.get(g).span())) {
          pairOf[g] = p;
          used[p] = true;
        }
      }
    }
    for (Timex g : gold) {
      bump(g.type(), Field.GOLD);
    }
    for (Timex p : predicted) {
      bump(p.type(), Field.SYSTEM);
    }
    for (int g = 0; g < gold.size(); g++) {
      Timex gt = gold.get(g);
      if (pairOf[g] < 0) {
        errors.add(new Error(doc, gt, null, gt.span().in(text)));
        continue;
      }
      Timex pt = predicted.get(pairOf[g]);
      boolean strict = pt.span().equals(gt.span());
      boolean value = pt.value().equals(gt.value());
      bump(gt.type(), Field.RELAXED_G);
      bump(pt.type(), Field.RELAXED_S);
      if (strict) {
        bump(gt.type(), Field.STRICT_G);
        bump(pt.type(), Field.STRICT_S);
      }
      if (value) {
        bump(gt.type(), Field.VALUE_G);
        bump(pt.type(), Field.VALUE_S);
      }
      if (pt.type().equals(gt.type())) {
        bump(gt.type(), Field.TYPE_G);
      }
      if (!value || !strict) {
        errors.add(new Error(doc, gt, pt, gt.span().in(text) + " | " + pt.span().in(text)));
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        errors.add(new Error(doc, null, predicted.get(p), predicted.get(p).span().in(text)));
      }
    }
  }

  private void bump(String type, Field f) {
    counts.get("all")[f.ordinal()]++;
    int[] c = counts.get(type);
    if (c != null) {
      c[f.ordinal()]++;
    }
  }

  /** The scores over every type ({@code "all"}) or one of {@link #TYPES}. */
  public Scores scores(String type) {
    int[] c = counts.get(type);
    if (c == null) {
      throw new IllegalArgumentException("no such type: " + type + " (expected all or " + TYPES + ")");
    }
    return new Scores(
        c[Field.GOLD.ordinal()], c[Field.SYSTEM.ordinal()],
        c[Field.STRICT_G.ordinal()], c[Field.STRICT_S.ordinal()],
        c[Field.RELAXED_G.ordinal()], c[Field.RELAXED_S.ordinal()],
        c[Field.VALUE_G.ordinal()], c[Field.VALUE_S.ordinal()],
        c[Field.TYPE_G.ordinal()]);
  }

  /** Every miss, extra, wrong value and wrong extent, in document order. */
  public List<Error> errors() {
    return List.copyOf(errors);
  }

  /**
   * Counts for one row. {@code *Gold} counts paired gold expressions of the row's type, {@code
   * *System} paired predictions of the row's type (equal on the "all" row).
   */
  public record Scores(
      int gold, int system,
      int strictGold, int strictSystem,
      int relaxedGold, int relaxedSystem,
      int valueGold, int valueSystem,
      int typeGold) {

    public double strictP() {
      return ratio(strictSystem, system);
    }

    public double strictR() {
      return ratio(strictGold, gold);
    }

    public double strictF1() {
      return f1(strictP(), strictR());
    }

    public double relaxedP() {
      return ratio(relaxedSystem, system);
    }

    public double relaxedR() {
      return ratio(relaxedGold, gold);
    }

    public double relaxedF1() {
      return f1(relaxedP(), relaxedR());
    }

    /** Share of the paired gold expressions whose value is right. */
    public double valueAccuracy() {
      return ratio(valueGold, relaxedGold);
    }

    /** Share of the paired gold expressions whose type is right. */
    public double typeAccuracy() {
      return ratio(typeGold, relaxedGold);
    }

    /** Relaxed F1 counting a pair only when its value is right. */
    public double valueF1() {
      return f1(ratio(valueSystem, system), ratio(valueGold, gold));
    }

    private static double ratio(int n, int d) {
      return d == 0 ? 0 : (double) n / d;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
