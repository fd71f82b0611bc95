package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** The dependency tree of one sentence, indexed for constant-time head and child look-ups. */
final class Graph {
  final Sentence sentence;
  final int n;
  final int[] head;
  final String[] rel;
  private final List<List<Integer>> kids;
  private final String[] lemmas;
  private final String[] lowers;

  Graph(Sentence s) {
    this.sentence = s;
    this.n = s.size();
    this.head = new int[n];
    this.rel = new String[n];
    this.kids = new ArrayList<>(n);
    this.lemmas = new String[n];
    this.lowers = new String[n];
    for (int i = 0; i < n; i++) {
      lemmas[i] = s.token(i).lemma().toLowerCase(Locale.ROOT);
      lowers[i] = s.token(i).word().toLowerCase(Locale.ROOT);
      head[i] = -1;
      rel[i] = "root";
      kids.add(new ArrayList<>(2));
    }
    for (Dependency d : s.dependencies()) {
      int dep = d.dependent();
      if (dep < 0 || dep >= n) {
        continue;
      }
      head[dep] = d.governor();
      rel[dep] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        kids.get(d.governor()).add(dep);
      }
    }
    for (List<Integer> k : kids) {
      k.sort(null);
    }
  }

  Token tok(int i) {
    return sentence.token(i);
  }

  String lemma(int i) {
    return lemmas[i];
  }

  String lower(int i) {
    return lowers[i];
  }

  /** The relation without its subtype: "obl" for "obl:tmod". */
  String base(int i) {
    String r = rel[i];
    int c = r.indexOf(':');
    return c < 0 ? r : r.substring(0, c);
  }

  List<Integer> kids(int i) {
    return kids.get(i);
  }

  /** Children of {@code i} whose relation (or its base) is one of {@code rels}. */
  List<Integer> kids(int i, String... rels) {
    List<Integer> out = new ArrayList<>(2);
    for (int k : kids.get(i)) {
      for (String r : rels) {
        if (rel[k].equals(r) || base(k).equals(r) && !r.contains(":")) {
          out.add(k);
          break;
        }
      }
    }
    return out;
  }

  boolean hasKid(int i, String relation, String lowerWord) {
    for (int k : kids.get(i)) {
      if ((rel[k].equals(relation) || base(k).equals(relation)) && lower(k).equals(lowerWord)) {
        return true;
      }
    }
    return false;
  }

  /** The preposition(s) introducing {@code i}: its case children, lower-cased, with fixed parts. */
  List<String> cases(int i) {
    List<String> out = new ArrayList<>(1);
    for (int k : kids.get(i)) {
      if (base(k).equals("case")) {
        out.add(lower(k));
        for (int f : kids.get(k)) {
          if (rel[f].equals("fixed")) {
            out.add(lower(f));
          }
        }
      }
    }
    String r = rel[i];
    int c = r.indexOf(':');
    if (c > 0 && (r.startsWith("obl") || r.startsWith("nmod")) && !r.endsWith("poss")
        && !r.endsWith("tmod") && !r.endsWith("npmod")) {
      out.add(r.substring(c + 1));
    }
    return out;
  }

  /** Whether {@code i} is an oblique or nominal modifier introduced by {@code prep}. */
  boolean isPrep(int i, String prep) {
    String b = base(i);
    return (b.equals("obl") || b.equals("nmod")) && cases(i).contains(prep);
  }

  /** Whether {@code anc} is {@code i} or one of its ancestors. */
  boolean dominates(int anc, int i) {
    for (int c = i, steps = 0; c >= 0 && steps <= n; c = head[c], steps++) {
      if (c == anc) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks the subtree of {@code i} in {@code out}, not descending into children whose relation base
   * is in {@code stop}.
   */
  void subtree(int i, boolean[] out, java.util.Set<String> stop) {
    out[i] = true;
    for (int k : kids.get(i)) {
      if (!out[k] && !stop.contains(base(k))) {
        subtree(k, out, stop);
      }
    }
  }
}
