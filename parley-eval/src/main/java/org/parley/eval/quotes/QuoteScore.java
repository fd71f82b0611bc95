package org.parley.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.Span;

/**
 * PolNeAR's attribution protocol, summed over articles: contents paired one to one ({@link
 * ContentPairing}); a pair with Dice ≥ 0.5 is a lenient match, equal trimmed character sets an exact
 * one; the source is right when both sources overlap or both are absent; an attribution is right
 * when its content matches leniently and its source is right. Also cue accuracy and the figures by
 * kind (quoted content or not). Keeps the misses for error listings.
 */
public final class QuoteScore {
  private int gold;
  private int pred;
  private int lenient;
  private int exact;
  private int attributed;
  private int cueRight;
  private final int[] goldByKind = new int[2];
  private final int[] predByKind = new int[2];
  private final int[] goldMatchedByKind = new int[2];
  private final int[] predMatchedByKind = new int[2];
  private final int[] attributedByKind = new int[2];
  private final List<String> errors = new ArrayList<>();

  /** Scores one article; {@code text} is the raw text all spans point into. */
  public void add(String doc, String text, List<Attribution> g, List<Attribution> p) {
    gold += g.size();
    pred += p.size();
    for (Attribution a : g) {
      goldByKind[kind(a)]++;
    }
    for (Attribution a : p) {
      predByKind[kind(a)]++;
    }
    boolean[] goldMatched = new boolean[g.size()];
    boolean[] predMatched = new boolean[p.size()];
    for (ContentPairing.Pair x : ContentPairing.pair(text, contents(g), contents(p))) {
      if (!x.lenient()) {
        continue;
      }
      Attribution ga = g.get(x.gold());
      Attribution pa = p.get(x.pred());
      goldMatched[x.gold()] = true;
      predMatched[x.pred()] = true;
      lenient++;
      goldMatchedByKind[kind(ga)]++;
      predMatchedByKind[kind(pa)]++;
      if (x.exact()) {
        exact++;
      }
      if (sameSource(ga.source(), pa.source())) {
        attributed++;
        attributedByKind[kind(ga)]++;
      } else {
        errors.add(String.format(Locale.ROOT, "SOURCE\t%s\tgold=%s\tpred=%s\t%s%s", doc,
            show(text, ga.source()), show(text, pa.source()), clip(text, ga.content()), rule(pa)));
      }
      if (ga.cue().isPresent() && pa.cue().isPresent() && ga.cue().get().overlaps(pa.cue().get())) {
        cueRight++;
      }
      if (!x.exact()) {
        errors.add(String.format(Locale.ROOT, "BOUNDS\t%s\tgold=%s\tpred=%s%s", doc,
            clip(text, ga.content()), clip(text, pa.content()), rule(pa)));
      }
    }
    for (int i = 0; i < g.size(); i++) {
      if (!goldMatched[i]) {
        Attribution a = g.get(i);
        errors.add(String.format(Locale.ROOT, "MISSED\t%s\tsource=%s\tcue=%s\t%s", doc,
            show(text, a.source()), show(text, a.cue()), clip(text, a.content())));
      }
    }
    for (int i = 0; i < p.size(); i++) {
      if (!predMatched[i]) {
        Attribution a = p.get(i);
        errors.add(String.format(Locale.ROOT, "SPURIOUS\t%s\tsource=%s\tcue=%s\t%s%s", doc,
            show(text, a.source()), show(text, a.cue()), clip(text, a.content()), rule(a)));
      }
    }
  }

  /** The predicting rule as a last column of an error row, when the system names one. */
  private static String rule(Attribution a) {
    return a.rule().isEmpty() ? "" : "\trule=" + a.rule();
  }

  static boolean sameSource(Optional<Span> g, Optional<Span> p) {
    if (g.isEmpty() || p.isEmpty()) {
      return g.isEmpty() && p.isEmpty();
    }
    return g.get().overlaps(p.get());
  }

  static List<List<Span>> contents(List<Attribution> as) {
    return as.stream().map(Attribution::content).toList();
  }

  private static int kind(Attribution a) {
    return a.quoted() ? 1 : 0;
  }

  public int gold() {
    return gold;
  }

  public int predicted() {
    return pred;
  }

  public int lenient() {
    return lenient;
  }

  public int exact() {
    return exact;
  }

  public int attributed() {
    return attributed;
  }

  public double attributionF1() {
    return f1(attributed, pred, gold);
  }

  public double contentF1() {
    return f1(lenient, pred, gold);
  }

  public double sourceAccuracy() {
    return ratio(attributed, lenient);
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** The figures as a table, one row per measure; {@code name} heads the column. */
  public String report(String name) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-28s %s: gold %d, predicted %d%n", "", name, gold, pred));
    row(b, "content (lenient, Dice>=0.5)", lenient, pred, lenient, gold);
    row(b, "content (exact)", exact, pred, exact, gold);
    row(b, "attribution (lenient+source)", attributed, pred, attributed, gold);
    b.append(String.format(Locale.ROOT, "%-28s %5.1f %% of %d matched%n", "source right",
        100 * ratio(attributed, lenient), lenient));
    b.append(String.format(Locale.ROOT, "%-28s %5.1f %% of %d matched%n", "cue right",
        100 * ratio(cueRight, lenient), lenient));
    String[] kinds = {"not quoted", "quoted"};
    for (int k = 1; k >= 0; k--) {
      b.append(String.format(Locale.ROOT, "%-28s gold %d, predicted %d%n", "kind: " + kinds[k],
          goldByKind[k], predByKind[k]));
      row(b, "  content (lenient)", predMatchedByKind[k], predByKind[k], goldMatchedByKind[k],
          goldByKind[k]);
      b.append(String.format(Locale.ROOT, "%-28s R %5.1f  (source right %5.1f %% of matched)%n",
          "  attribution", 100 * ratio(attributedByKind[k], goldByKind[k]),
          100 * ratio(attributedByKind[k], goldMatchedByKind[k])));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String label, int tpP, int p, int tpR, int g) {
    double pr = ratio(tpP, p);
    double r = ratio(tpR, g);
    double f = pr + r == 0 ? 0 : 2 * pr * r / (pr + r);
    b.append(String.format(Locale.ROOT, "%-28s P %5.1f  R %5.1f  F1 %5.1f%n", label, 100 * pr,
        100 * r, 100 * f));
  }

  static double f1(int tp, int p, int g) {
    double pr = ratio(tp, p);
    double r = ratio(tp, g);
    return pr + r == 0 ? 0 : 2 * pr * r / (pr + r);
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static String show(String text, Optional<Span> s) {
    return s.map(x -> "[" + clean(x.in(text)) + "]").orElse("-");
  }

  static String clip(String text, List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (b.length() > 0) {
        b.append(" | ");
      }
      b.append(s.in(text));
    }
    String t = clean(b.toString());
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }

  private static String clean(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }
}
