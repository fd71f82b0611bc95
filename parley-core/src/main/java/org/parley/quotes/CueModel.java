package org.parley.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * A learned cue detector: a logistic regression that tells, for a verb of a parsed sentence, how
 * likely it is to introduce an attribution in PolNeAR's sense (a statement, belief, intention,
 * knowledge or perception), from the verb itself and the shape of its clause: its lemma and form,
 * the relations of its dependents ("ccomp" with "that", "xcomp" with "to", an object), what kind
 * of subject it has (a person, a pronoun, a document, none) and the words next to it. Trained by
 * {@code parley train quotes} on PolNeAR's train split; the weights ship as {@code cue-model.tsv}.
 *
 * <p>Design decision: the rules keep their verb lists, which read well and are right most of the
 * time; the model only decides for the verbs outside them ("went on to discuss", "lashed out at",
 * "is widely expected to"), where a word list either misses the verb or takes every use of it.
 * The features are strings, the model a map from feature to weight: a reader can open the file
 * and see why "decried" is a cue and "visited" is not.
 */
public final class CueModel {
  /** Weights smaller than this are left out of the shipped file; they change no decision. */
  private static final double MIN_WEIGHT = 0.01;
  private static final Set<String> SKIP_RELATIONS = Set.of("aux", "aux:pass", "cop");

  private final Map<String, Float> weights;
  private final float bias;

  private CueModel(Map<String, Float> weights, float bias) {
    this.weights = weights;
    this.bias = bias;
  }

  /** The model shipped with the quote stage ({@code cue-model.tsv}), loaded once. */
  public static CueModel shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final CueModel SHIPPED = load("cue-model.tsv");
  }

  /** Whether a token is one the model decides on: a verb that is not an auxiliary or a copula. */
  static boolean candidate(Sentence s, int[] head, String[] rel, int i) {
    Token t = s.token(i);
    return t.isVerb() && (rel[i] == null || !SKIP_RELATIONS.contains(rel[i]));
  }

  /** The probability that verb {@code i} introduces an attribution. */
  double probability(Sentence s, QuoteFinder.Tree tree, int i) {
    return probability(features(s, tree.head, tree.rel, tree.kids, i));
  }

  /** The probability for a feature list made by {@link #features}. */
  public double probability(List<String> features) {
    double z = bias;
    for (String f : features) {
      Float w = weights.get(f);
      if (w != null) {
        z += w;
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The features of verb {@code i}: its lemma, form and part of speech; its relation to its head
   * and the head's lemma; the relations of its dependents, alone and with the lemma; the kind of
   * its subject; the words around it.
   */
  public static List<String> features(
      Sentence s, int[] head, String[] rel, List<List<Integer>> kids, int i) {
    Set<String> f = new LinkedHashSet<>();
    Token t = s.token(i);
    String lemma = norm(t.lemma());
    String r = rel[i] == null ? "root" : rel[i];
    f.add("l=" + lemma);
    f.add("w=" + norm(t.word()));
    f.add("p=" + t.pos());
    f.add("r=" + r);
    f.add("l|r=" + lemma + "|" + r);
    if (head[i] >= 0) {
      String h = norm(s.token(head[i]).lemma());
      f.add("h=" + h);
      f.add("h|r=" + h + "|" + r);
      f.add("h|l=" + h + "|" + lemma);
    }
    boolean subject = false;
    boolean passive = false;
    for (int k : kids.get(i)) {
      String kr = rel[k] == null ? "?" : rel[k];
      Token kt = s.token(k);
      if (kr.equals("punct") || kr.equals("det")) {
        continue;
      }
      String side = k < i ? "<" : ">";
      f.add("c=" + kr + side);
      f.add("l|c=" + lemma + "|" + kr + side);
      switch (kr) {
        case "nsubj" -> {
          subject = true;
          String kind = subjectKind(kt);
          f.add("s=" + kind);
          f.add("l|s=" + lemma + "|" + kind);
        }
        case "nsubj:pass", "aux:pass" -> passive = true;
        case "ccomp", "advcl", "xcomp", "acl" -> {
          int first = first(kids, k);
          String w = s.token(first).word().toLowerCase(Locale.ROOT);
          if (first > i && (w.equals("that") || w.equals("to") || w.equals("if")
              || w.equals("whether") || w.equals("how") || w.equals("why") || w.equals("what"))) {
            f.add("m=" + kr + "|" + w);
            f.add("l|m=" + lemma + "|" + kr + "|" + w);
          }
        }
        case "obl", "obl:tmod", "obl:npmod" -> {
        }
        case "compound:prt" -> f.add("l|prt=" + lemma + "|" + norm(kt.word()));
        case "aux" -> {
          String w = kt.word().toLowerCase(Locale.ROOT);
          if (kt.pos().equals("MD")) {
            f.add("md");
          } else if (w.equals("to")) {
            f.add("aux=to");
          }
        }
        default -> {
        }
      }
      if (kr.startsWith("obl")) {
        for (int g : kids.get(k)) {
          if ("case".equals(rel[g])) {
            String prep = norm(s.token(g).word());
            f.add("obl=" + prep);
            f.add("l|obl=" + lemma + "|" + prep);
          }
        }
      }
    }
    if (!subject) {
      f.add(passive ? "s=pass" : "s=none");
      f.add("l|s=" + lemma + "|" + (passive ? "pass" : "none"));
    }
    String prev = i > 0 ? norm(s.token(i - 1).word()) : "<s>";
    String next = i + 1 < s.size() ? norm(s.token(i + 1).word()) : "</s>";
    f.add("pw=" + prev);
    f.add("nw=" + next);
    f.add("l|nw=" + lemma + "|" + next);
    f.add("bias");
    return new ArrayList<>(f);
  }

  /** A word as a feature value: lower case, with no white space (a token may hold some). */
  private static String norm(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < w.length(); i++) {
      if (Character.isWhitespace(w.charAt(i))) {
        return w.replaceAll("\\s+", "_");
      }
    }
    return w;
  }

  private static String subjectKind(Token t) {
    String w = norm(t.word());
    if (t.pos().startsWith("PRP") || t.pos().equals("WP") || t.pos().equals("WDT")) {
      return "pron:" + w;
    }
    if (t.hasEntity()) {
      return "ner:" + t.ner();
    }
    return "noun:" + norm(t.lemma());
  }

  private static int first(List<List<Integer>> kids, int i) {
    int best = i;
    List<Integer> stack = new ArrayList<>(List.of(i));
    int steps = 0;
    while (!stack.isEmpty() && steps++ < 10_000) {
      int x = stack.remove(stack.size() - 1);
      best = Math.min(best, x);
      stack.addAll(kids.get(x));
    }
    return best;
  }

  /**
   * The candidate verbs of a sentence with their features, by token index, in token order (for
   * training).
   */
  public static Map<Integer, List<String>> candidates(Sentence s, java.util.BitSet quoted) {
    QuoteFinder.Tree tree = new QuoteFinder.Tree(s);
    Map<Integer, List<String>> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < s.size(); i++) {
      if (candidate(s, tree.head, tree.rel, i) && !quoted.get(s.token(i).span().start())) {
        out.put(i, features(s, tree.head, tree.rel, tree.kids, i));
      }
    }
    return out;
  }

  /** The characters of a text inside quotation marks, where the quote stage reads no cue. */
  public static java.util.BitSet insideQuotes(String text) {
    java.util.BitSet inside = new java.util.BitSet();
    for (QuoteMarks.Quoted q : QuoteMarks.find(text)) {
      for (org.parley.model.Span x : q.inner()) {
        inside.set(x.start(), x.end());
      }
    }
    return inside;
  }

  /**
   * Trains a logistic regression by stochastic gradient descent with L2 regularization, examples
   * in a seeded random order (reproducible).
   *
   * @param features the feature lists of the examples
   * @param labels whether each example is a cue
   */
  public static CueModel train(List<List<String>> features, List<Boolean> labels, int epochs,
      double l2, long seed) {
    if (features.size() != labels.size()) {
      throw new IllegalArgumentException("features and labels differ in size: "
          + features.size() + " vs " + labels.size());
    }
    Map<String, Integer> index = new HashMap<>();
    int[][] x = new int[features.size()][];
    for (int e = 0; e < x.length; e++) {
      List<String> fs = features.get(e);
      x[e] = new int[fs.size()];
      for (int j = 0; j < fs.size(); j++) {
        x[e][j] = index.computeIfAbsent(fs.get(j), k -> index.size());
      }
    }
    double[] w = new double[index.size()];
    int[] order = new int[x.length];
    for (int e = 0; e < order.length; e++) {
      order[e] = e;
    }
    Random random = new Random(seed);
    double rate = 0.1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int e = order.length - 1; e > 0; e--) {
        int j = random.nextInt(e + 1);
        int tmp = order[e];
        order[e] = order[j];
        order[j] = tmp;
      }
      double eta = rate / (1 + epoch);
      for (int e : order) {
        double z = 0;
        for (int j : x[e]) {
          z += w[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double g = (labels.get(e) ? 1 : 0) - p;
        for (int j : x[e]) {
          w[j] += eta * (g - l2 * w[j]);
        }
      }
    }
    Map<String, Float> weights = new HashMap<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      double v = w[e.getValue()];
      if (Math.abs(v) >= MIN_WEIGHT) {
        weights.put(e.getKey(), (float) v);
      }
    }
    Float b = weights.remove("bias");
    return new CueModel(weights, b == null ? 0 : b);
  }

  /** The model as TSV lines (feature, weight), the bias first, heaviest weights next. */
  public List<String> lines(String header) {
    return lines(header, MIN_WEIGHT);
  }

  /**
   * The model as TSV lines, leaving out the weights smaller than {@code minWeight} (a smaller file
   * that changes few decisions).
   */
  public List<String> lines(String header, double minWeight) {
    List<String> out = new ArrayList<>();
    out.add("# " + header);
    out.add(String.format(Locale.ROOT, "bias\t%.4f", bias));
    List<Map.Entry<String, Float>> all = new ArrayList<>(weights.entrySet());
    all.removeIf(e -> Math.abs(e.getValue()) < minWeight);
    all.sort((a, b) -> Math.abs(a.getValue()) != Math.abs(b.getValue())
        ? Float.compare(Math.abs(b.getValue()), Math.abs(a.getValue()))
        : a.getKey().compareTo(b.getKey()));
    for (Map.Entry<String, Float> e : all) {
      out.add(String.format(Locale.ROOT, "%s\t%.4f", e.getKey(), e.getValue()));
    }
    return out;
  }

  static CueModel load(String resource) {
    try (InputStream in = CueModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the quote stage's " + resource + " is missing from the"
            + " class path; run `parley train quotes` to make it");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** A model from the lines {@link #lines} wrote; {@code name} is for error messages. */
  static CueModel read(BufferedReader r, String name) throws IOException {
    Map<String, Float> m = new HashMap<>();
    float bias = 0;
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("# ")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException(name + " line " + n + ": no tab in '" + line + "'");
      }
      String key = line.substring(0, tab);
      float v = Float.parseFloat(line.substring(tab + 1));
      if (key.equals("bias")) {
        bias = v;
      } else {
        m.put(key, v);
      }
    }
    return new CueModel(Map.copyOf(m), bias);
  }
}
