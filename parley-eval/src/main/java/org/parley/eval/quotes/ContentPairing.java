package org.parley.eval.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.parley.model.Span;

/**
 * Pairs gold and predicted contents one to one, greedily by character Dice overlap: each content
 * is the set of its characters after trimming quote marks, spaces and punctuation from the edges of
 * every fragment; the pair with the highest Dice is taken first, then the next among the rest.
 */
public final class ContentPairing {
  /** Dice at or above this is a lenient content match. */
  public static final double LENIENT = 0.5;

  /** One pairing of gold {@code gold} with prediction {@code pred}. */
  public record Pair(int gold, int pred, double dice, boolean exact) {
    public boolean lenient() {
      return dice >= LENIENT;
    }
  }

  private ContentPairing() {}

  /** The characters of a content after trimming each fragment's edges. */
  public static BitSet chars(String text, List<Span> fragments) {
    BitSet set = new BitSet();
    for (Span f : fragments) {
      int s = Math.max(0, f.start());
      int e = Math.min(text.length(), f.end());
      while (s < e && edge(text.charAt(s))) {
        s++;
      }
      while (e > s && edge(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        set.set(s, e);
      }
    }
    return set;
  }

  /** A space, a quote mark or a punctuation mark: what trimming removes from a fragment's edge. */
  static boolean edge(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return c == '`';
    }
  }

  public static double dice(BitSet a, BitSet b) {
    int total = a.cardinality() + b.cardinality();
    if (total == 0) {
      return 0;
    }
    BitSet both = (BitSet) a.clone();
    both.and(b);
    return 2.0 * both.cardinality() / total;
  }

  /** The one-to-one pairs with positive overlap, best first. */
  public static List<Pair> pair(String text, List<List<Span>> gold, List<List<Span>> pred) {
    List<BitSet> g = gold.stream().map(c -> chars(text, c)).toList();
    List<BitSet> p = pred.stream().map(c -> chars(text, c)).toList();
    List<Pair> all = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        if (g.get(i).intersects(p.get(j))) {
          all.add(new Pair(i, j, dice(g.get(i), p.get(j)), g.get(i).equals(p.get(j))));
        }
      }
    }
    all.sort(Comparator.comparingDouble(Pair::dice).reversed()
        .thenComparingInt(Pair::gold).thenComparingInt(Pair::pred));
    boolean[] usedG = new boolean[g.size()];
    boolean[] usedP = new boolean[p.size()];
    List<Pair> out = new ArrayList<>();
    for (Pair x : all) {
      if (!usedG[x.gold()] && !usedP[x.pred()]) {
        usedG[x.gold()] = true;
        usedP[x.pred()] = true;
        out.add(x);
      }
    }
    return out;
  }
}
