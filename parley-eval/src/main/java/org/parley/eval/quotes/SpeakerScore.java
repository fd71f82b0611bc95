package org.parley.eval.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Span;

/**
 * Who said it, scored on the resolved name: contents paired as in {@link ContentPairing}; a pair
 * counts when the predicted speaker's name matches the gold name (same last word, or one name
 * inside the other), and for gold speakers that are not persons an absent speaker counts too.
 * Figures overall and by how the text names the speaker (name, pronoun, nominal, none); a matched
 * prediction takes its gold's kind, an unmatched one the kind its own source mention reads as.
 */
public final class SpeakerScore {
  static final List<String> KINDS = List.of("name", "pronoun", "nominal", "none");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "who");

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final List<String> errors = new ArrayList<>();

  public SpeakerScore() {
    counts.put("all", new int[4]);
    for (String k : KINDS) {
      counts.put(k, new int[4]);
    }
  }

  // counts: [gold, predicted, content matched, speaker right]

  public void add(String doc, String text, List<Attribution> g, List<Attribution> p) {
    boolean[] predMatched = new boolean[p.size()];
    boolean[] goldMatched = new boolean[g.size()];
    for (Attribution a : g) {
      bump(a.mention(), 0);
    }
    for (ContentPairing.Pair x :
        ContentPairing.pair(text, QuoteScore.contents(g), QuoteScore.contents(p))) {
      if (!x.lenient()) {
        continue;
      }
      Attribution ga = g.get(x.gold());
      Attribution pa = p.get(x.pred());
      predMatched[x.pred()] = true;
      goldMatched[x.gold()] = true;
      bump(ga.mention(), 1);
      bump(ga.mention(), 2);
      if (right(ga, pa)) {
        bump(ga.mention(), 3);
      } else {
        errors.add(String.format(Locale.ROOT, "SPEAKER\t%s\t%s\tgold=%s\tpred=%s (mention %s)\t%s",
            doc, ga.mention(), ga.speaker().orElse("-"), pa.speaker().orElse("-"),
            QuoteScore.show(text, pa.source()), QuoteScore.clip(text, ga.content())));
      }
    }
    for (int i = 0; i < p.size(); i++) {
      if (!predMatched[i]) {
        bump(kindOf(text, p.get(i).source()), 1);
        errors.add(String.format(Locale.ROOT, "SPURIOUS\t%s\t%s\t%s", doc,
            QuoteScore.show(text, p.get(i).source()), QuoteScore.clip(text, p.get(i).content())));
      }
    }
    for (int i = 0; i < g.size(); i++) {
      if (!goldMatched[i]) {
        Attribution a = g.get(i);
        errors.add(String.format(Locale.ROOT, "MISSED\t%s\t%s\t%s\t%s", doc, a.mention(),
            a.speaker().orElse("-"), QuoteScore.clip(text, a.content())));
      }
    }
  }

  private void bump(String kind, int field) {
    counts.get("all")[field]++;
    counts.computeIfAbsent(KINDS.contains(kind) ? kind : "none", k -> new int[4])[field]++;
  }

  /** Whether the predicted speaker is the gold one (by name), or rightly none for a non-person. */
  static boolean right(Attribution gold, Attribution pred) {
    if (pred.speaker().isEmpty()) {
      return !gold.person() || gold.speaker().isEmpty();
    }
    return gold.speaker().isPresent() && sameName(gold.speaker().get(), pred.speaker().get());
  }

  /** "Justin Trudeau" and "Trudeau", or "Trudeau" and "Prime Minister Justin Trudeau". */
  static boolean sameName(String a, String b) {
    String x = normal(a);
    String y = normal(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    String lx = x.substring(x.lastIndexOf(' ') + 1);
    String ly = y.substring(y.lastIndexOf(' ') + 1);
    return lx.equals(ly) || (" " + x + " ").contains(" " + y + " ")
        || (" " + y + " ").contains(" " + x + " ");
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ")
        .trim();
  }

  /** How a predicted source mention names its speaker. */
  static String kindOf(String text, Optional<Span> source) {
    if (source.isEmpty()) {
      return "none";
    }
    String s = source.get().in(text).trim();
    if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
      return "pronoun";
    }
    for (String w : s.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        return "name";
      }
    }
    return "nominal";
  }

  public double endToEndF1(String kind) {
    int[] c = counts.get(kind);
    return QuoteScore.f1(c[3], c[1], c[0]);
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-9s %6s %6s  %-23s  %-9s  %-23s%n", "mention", "gold",
        "pred", "quote P / R / F1", "speaker", "end-to-end P / R / F1"));
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      b.append(String.format(Locale.ROOT,
          "%-9s %6d %6d  %5.1f / %5.1f / %5.1f    %5.1f %%   %5.1f / %5.1f / %5.1f%n",
          e.getKey().equals("nominal") ? "role noun" : e.getKey(), c[0], c[1],
          100 * QuoteScore.ratio(c[2], c[1]), 100 * QuoteScore.ratio(c[2], c[0]),
          100 * QuoteScore.f1(c[2], c[1], c[0]), 100 * QuoteScore.ratio(c[3], c[2]),
          100 * QuoteScore.ratio(c[3], c[1]), 100 * QuoteScore.ratio(c[3], c[0]),
          100 * QuoteScore.f1(c[3], c[1], c[0])));
    }
    return b.toString();
  }
}
