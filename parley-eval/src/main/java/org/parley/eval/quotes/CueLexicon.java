package org.parley.eval.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;

/**
 * A cue lexicon learned from PolNeAR's train split: for each word form, how often it is written in
 * the articles outside attributed content, and how often inside an annotated cue. The ratio is the
 * chance that the word, where it occurs in the writer's own voice, signals an attribution ("says"
 * 0.9, "highlighted" 0.4, "the" 0.0); words inside content are left out because annotations do
 * not nest, so "want" in a quoted "I want" is not evidence against it.
 *
 * <p>Design decision: word forms, not lemmas, so learning needs no NLP and runs in seconds; the
 * quote stage looks tokens up by their lower-cased form. Only forms seen at least {@link #MIN_CUE}
 * times as a cue are kept: the lexicon is a few hundred lines a reader can check.
 */
public final class CueLexicon {
  /** Fewest times a form must be part of a cue to be kept. */
  public static final int MIN_CUE = 4;
  /** Lowest kept ratio of cue occurrences to all occurrences. */
  public static final double MIN_RATIO = 0.15;

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[’']\\p{L}+)*");

  /** One learned form: times inside a cue, times written, and their ratio. */
  public record Entry(String form, int cue, int total) {
    public double ratio() {
      return total == 0 ? 0 : (double) cue / total;
    }
  }

  private CueLexicon() {}

  /** Learns the lexicon from articles with gold attributions, best ratio first. */
  public static List<Entry> learn(List<Polnear.Doc> docs) {
    Map<String, int[]> counts = new HashMap<>();
    for (Polnear.Doc doc : docs) {
      Set<Integer> cueWords = new HashSet<>();
      BitSet content = new BitSet();
      for (Attribution a : doc.gold()) {
        for (Span c : a.content()) {
          content.set(c.start(), c.end());
        }
        a.cue().ifPresent(c -> {
          Matcher m = WORD.matcher(doc.text());
          m.region(c.start(), c.end());
          while (m.find()) {
            cueWords.add(m.start());
          }
        });
      }
      Matcher m = WORD.matcher(doc.text());
      while (m.find()) {
        if (content.get(m.start())) {
          continue; // words of what is attributed are no cue of it
        }
        int[] n = counts.computeIfAbsent(m.group().toLowerCase(Locale.ROOT), k -> new int[2]);
        n[1]++;
        if (cueWords.contains(m.start())) {
          n[0]++;
        }
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      Entry x = new Entry(e.getKey(), e.getValue()[0], e.getValue()[1]);
      if (x.cue() >= MIN_CUE && x.ratio() >= MIN_RATIO) {
        out.add(x);
      }
    }
    out.sort((a, b) -> a.ratio() != b.ratio() ? Double.compare(b.ratio(), a.ratio())
        : a.form().compareTo(b.form()));
    return out;
  }

  /** The lexicon as TSV lines: form, cue count, total count, ratio; a header comment first. */
  public static List<String> lines(List<Entry> entries, int articles) {
    List<String> out = new ArrayList<>();
    out.add("# cue word forms learned from PolNeAR train (" + articles + " articles) by"
        + " `parley train quotes`; form, times in a cue, times written, ratio");
    for (Entry e : entries) {
      out.add(String.format(Locale.ROOT, "%s\t%d\t%d\t%.3f", e.form(), e.cue(), e.total(),
          e.ratio()));
    }
    return out;
  }
}
