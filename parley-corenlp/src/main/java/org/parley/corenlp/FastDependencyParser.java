package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Inference for CoreNLP's neural arc-standard dependency parser (the {@code depparse} model) that
 * gives the same parses as {@link DependencyParser#predict} about three times faster.
 *
 * <p>Design decision: CoreNLP's annotator spends most of its time on overhead around the network
 * rather than in it: boxed feature lists, string-named transitions, an LRU cache behind a lock,
 * a latency-bound dot product per transition, and five semantic graphs (enhanced, enhanced++ with
 * semgrex rewriting ...) per sentence of which Parley reads only the basic one. This class reuses
 * the loaded model's weights, its precomputed hidden-layer vectors and its arithmetic exactly
 * (same order of additions, same float/double roundings), so the scores and therefore the parses
 * are identical; it only (a) skips the network when a single transition is legal, (b) keeps the
 * parser state in int arrays, (c) multiplies by transposed weight matrices, so the inner loops are
 * element-wise and vectorize while every sum keeps CoreNLP's order: the output layer runs over W2
 * widened to double (exact) and zero-padded to the vector width, four hidden units per pass (Java
 * 17 does not vectorize float-to-double conversions; about 1.2x faster than over float, measured
 * by an A/B harness against the previous version, in the history at commit 8e0599d), and (d)
 * builds only the basic dependencies, with CoreNLP's one correction of them (passive subjects).
 *
 * <p>Design decision: the exact scores are needed only to rank the legal transitions. A fast pass
 * first runs the network in float (rows of the precomputed table rounded to float: half the
 * memory traffic; uncached W1 slices summed in float, which vectorizes, instead of CoreNLP's
 * double sum) and bounds, from the largest absolute values of the rows summed and of W2, how far
 * any of its scores can lie from CoreNLP's. When the best legal transition leads the second by
 * more than twice that bound, the exact ranking is the same and the transition is taken; else
 * (about 0.2% of the scored transitions on news) the exact scores decide. The parses stay
 * identical by construction; {@code FastDependencyParserTest} checks them against CoreNLP's and
 * against the exact-only computation on real news.
 */
final class FastDependencyParser {
  private static final int CACHE_SLOTS = 1 << 14;
  /**
   * With {@code -Dparley.depparse.exact=true}, every transition is scored by the exact computation
   * only (the parser before the fast pass): for A/B timing of the whole pipeline.
   */
  private static final boolean EXACT_ONLY = Boolean.getBoolean("parley.depparse.exact");

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> posIds;
  private final float[][] e;
  private final float[][] w1;
  private final float[] b1;
  private final float[][] w2;
  /** W1 transposed, so that the products run over contiguous rows (vectorizable). */
  private final float[][] w1t;
  /** Per column of W1: the largest absolute value in it. */
  private final double[] w1ColMax;
  /**
   * W2 transposed and widened to double (exactly), flat: row i (the weights of hidden unit i in
   * every transition's score) at i * outs, zero-padded from the number of transitions to outs, a
   * multiple of the vector width.
   */
  private final double[] w2d;
  private final int outs;
  private final double[][] saved;
  /** {@link #saved} rounded to float, for the fast first pass (half the memory traffic). */
  private final float[][] savedF;
  /** Per row of {@link #saved}: an upper bound of its absolute values. */
  private final double[] savedMax;
  /** W2 transposed to float, flat like {@link #w2d}. */
  private final float[] w2f;
  /** Per hidden unit i: the largest |W2[r][i]| over all transitions r. */
  private final double[] w2Max;
  private final float[] b1f;
  /**
   * The rows of {@link #saved} by feature index (token id * numTokens + position): for word
   * tokens in an open-addressing table of (index << 32 | row) entries, one memory access per
   * probe; for the few POS and label tokens (ids from {@link #denseBase}) in a direct table.
   */
  private final long[] preTable;
  private final int[] preDense;
  private final int denseBase;
  private final int numTokens;
  private final int embeddingSize;
  private final int hidden;
  /** Per transition: 0 left arc, 1 right arc, 2 shift; the label id of arcs. */
  private final int[] kind;
  private final int[] labelIdOf;
  private final boolean[] isRootLabel;
  /** Per transition: the label name of arcs. */
  private final String[] labelNames;
  private final int nullWord;
  private final int rootWord;
  private final int unknownWord;
  private final int nullPos;
  private final int rootPos;
  private final int unknownPos;
  private final int nullLabel;
  private final int unknownLabel;
  private final ThreadLocal<Work> work;

  /** One parse: 1-based heads (0 is the root) and labels, index 0 unused. */
  record Parse(int[] heads, String[] labels) {}

  @SuppressWarnings("unchecked")
  FastDependencyParser(String model, Properties props) {
    DependencyParser parser = DependencyParser.loadFromModelFile(model, props);
    try {
      Object classifier = field(DependencyParser.class, "classifier").get(parser);
      Class<?> cc = classifier.getClass();
      Object system = field(DependencyParser.class, "system").get(parser);
      Class<?> ps = Class.forName("edu.stanford.nlp.parser.nndep.ParsingSystem");
      this.wordIds = (Map<String, Integer>) field(DependencyParser.class, "wordIDs").get(parser);
      this.posIds = (Map<String, Integer>) field(DependencyParser.class, "posIDs").get(parser);
      Map<String, Integer> labelIds =
          (Map<String, Integer>) field(DependencyParser.class, "labelIDs").get(parser);
      this.e = (float[][]) field(cc, "E").get(classifier);
      this.w1 = (float[][]) field(cc, "W1").get(classifier);
      this.b1 = (float[]) field(cc, "b1").get(classifier);
      this.w2 = (float[][]) field(cc, "W2").get(classifier);
      double[][] s = (double[][]) field(cc, "saved").get(classifier);
      this.saved = s == null ? new double[0][] : s;
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(cc, "preMap").get(classifier);
      List<String> transitions = (List<String>) field(ps, "transitions").get(system);
      String rootLabel = (String) field(ps, "rootLabel").get(system);
      this.embeddingSize = e[0].length;
      this.hidden = w1.length;
      this.numTokens = w1[0].length / embeddingSize;
      this.w1t = transpose(w1);
      this.w1ColMax = new double[w1t.length];
      for (int c = 0; c < w1t.length; c++) {
        for (float x : w1t[c]) {
          w1ColMax[c] = Math.max(w1ColMax[c], Math.abs(x));
        }
      }
      this.outs = (w2.length + 7) & ~7;
      this.w2d = new double[outs * hidden];
      this.w2f = new float[outs * hidden];
      this.w2Max = new double[hidden];
      for (int r = 0; r < w2.length; r++) {
        for (int i = 0; i < hidden; i++) {
          w2d[i * outs + r] = w2[r][i];
          w2f[i * outs + r] = w2[r][i];
          w2Max[i] = Math.max(w2Max[i], Math.abs(w2[r][i]));
        }
      }
      this.b1f = b1.clone();
      this.savedF = new float[saved.length][];
      this.savedMax = new double[saved.length];
      for (int r = 0; r < saved.length; r++) {
        double[] row = saved[r];
        float[] f = new float[row.length];
        double max = 0;
        for (int i = 0; i < row.length; i++) {
          f[i] = (float) row[i];
          max = Math.max(max, Math.abs(row[i]));
        }
        savedF[r] = f;
        savedMax[r] = max;
      }
      int cap = Integer.highestOneBit(Math.max(16, preMap.size() * 2)) * 2;
      this.preTable = new long[cap];
      Arrays.fill(preTable, -1L);
      this.denseBase = Math.min(
          posIds.values().stream().min(Integer::compare).orElse(e.length),
          labelIds.values().stream().min(Integer::compare).orElse(e.length));
      this.preDense = new int[(e.length - denseBase) * numTokens];
      Arrays.fill(preDense, -1);
      if (s != null) {
        for (Map.Entry<Integer, Integer> en : preMap.entrySet()) {
          int key = en.getKey();
          if (key / numTokens >= denseBase) {
            preDense[key - denseBase * numTokens] = en.getValue();
            continue;
          }
          int slot = mix(key) & (cap - 1);
          while (preTable[slot] != -1L) {
            slot = (slot + 1) & (cap - 1);
          }
          preTable[slot] = ((long) key << 32) | (en.getValue() & 0xffffffffL);
        }
      }
      int n = transitions.size();
      this.kind = new int[n];
      this.labelIdOf = new int[n];
      this.isRootLabel = new boolean[n];
      this.labelNames = new String[n];
      for (int j = 0; j < n; j++) {
        String t = transitions.get(j);
        if (t.startsWith("L") || t.startsWith("R")) {
          String label = t.substring(2, t.length() - 1);
          kind[j] = t.startsWith("L") ? 0 : 1;
          labelIdOf[j] = labelIds.get(label);
          labelNames[j] = label;
          isRootLabel[j] = label.equals(rootLabel);
        } else {
          kind[j] = 2;
        }
      }
      this.nullWord = wordIds.get(Config.NULL);
      this.rootWord = wordIds.get(Config.ROOT);
      this.unknownWord = wordIds.get(Config.UNKNOWN);
      this.nullPos = posIds.get(Config.NULL);
      this.rootPos = posIds.get(Config.ROOT);
      this.unknownPos = posIds.get(Config.UNKNOWN);
      this.nullLabel = labelIds.get(Config.NULL);
      this.unknownLabel = labelIds.getOrDefault(Config.UNKNOWN, nullLabel); // never a feature: children have labels
    } catch (ReflectiveOperationException | ClassCastException ex) {
      throw new IllegalStateException("unsupported CoreNLP dependency parser version", ex);
    }
    this.work = ThreadLocal.withInitial(Work::new);
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  private static Field field(Class<?> c, String name) throws NoSuchFieldException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static int mix(int k) {
    int h = k * 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  /** Scratch arrays and the cache of hidden-layer slices of one thread. */
  private final class Work {
    final double[] hid = new double[hidden];
    final double[] scores = new double[outs];
    final double[] partial = new double[hidden];
    final float[] hidF = new float[hidden];
    final float[] scoresF = new float[outs];
    final float[][] rows = new float[numTokens][];
    final int[] feature = new int[numTokens];
    final int[] cacheKeys = new int[CACHE_SLOTS];
    final float[][] cacheVals = new float[CACHE_SLOTS][];
    /** Per cache slot: the largest absolute value of its row. */
    final float[] cacheMax = new float[CACHE_SLOTS];
    /** The largest absolute value of the row {@link #slice} returned last. */
    float sliceMax;
    /** The fast pass's own cache of approximate slices (float sums, any order). */
    final int[] approxKeys = new int[CACHE_SLOTS];
    final float[][] approxVals = new float[CACHE_SLOTS][];
    /** Per approximate slice: an upper bound of the absolute values of the exact slice. */
    final double[] approxMax = new double[CACHE_SLOTS];
    /** Per approximate slice: an upper bound of its distance to the exact slice, per element. */
    final double[] approxErr = new double[CACHE_SLOTS];
    /** Transitions decided by the fast pass, and those that needed the exact one. */
    long fast;
    long exact;

    Work() {
      Arrays.fill(cacheKeys, -1);
      Arrays.fill(approxKeys, -1);
    }
  }

  /** The parse of one sentence whose tokens carry words and POS tags. */
  Parse parse(List<CoreLabel> tokens) {
    return parse(tokens, !EXACT_ONLY);
  }

  /**
   * The parse of one sentence; without {@code fastPass}, every transition is scored by the exact
   * computation only (for tests and A/B timing: the parses must be the same).
   */
  Parse parse(List<CoreLabel> tokens, boolean fastPass) {
    Work w = work.get();
    int n = tokens.size();
    int[] word = new int[n + 1];
    int[] pos = new int[n + 1];
    word[0] = rootWord;
    pos[0] = rootPos;
    for (int i = 1; i <= n; i++) {
      CoreLabel t = tokens.get(i - 1);
      word[i] = t.word() == null ? unknownWord : wordIds.getOrDefault(t.word(), unknownWord);
      pos[i] = t.tag() == null ? unknownPos : posIds.getOrDefault(t.tag(), unknownPos);
    }
    int[] head = new int[n + 1];
    int[] label = new int[n + 1];
    int[] arcBy = new int[n + 1];
    Arrays.fill(head, Config.NONEXIST);
    Arrays.fill(label, unknownLabel);
    int[] stack = new int[n + 1];
    int sp = 1; // stack[0] = 0, the root
    int buf = 1; // next word on the buffer; empty when buf > n
    int[] legal = new int[kind.length];
    while (!(sp == 1 && buf > n)) {
      int nBuffer = n - buf + 1;
      int s0 = stack[sp - 1];
      int s1 = sp >= 2 ? stack[sp - 2] : Config.NONEXIST;
      int nLegal = 0;
      for (int j = 0; j < kind.length; j++) {
        boolean ok;
        if (kind[j] == 2) {
          ok = nBuffer > 0;
        } else {
          int h = kind[j] == 0 ? s0 : s1;
          if (h < 0 || (h == 0) != isRootLabel[j]) {
            ok = false;
          } else if (kind[j] == 0) {
            ok = sp > 2;
          } else {
            ok = sp > 2 || (sp == 2 && nBuffer == 0);
          }
        }
        if (ok) {
          legal[nLegal++] = j;
        }
      }
      int best;
      if (nLegal == 1) {
        best = legal[0];
      } else {
        features(w.feature, stack, sp, buf, n, head, label, word, pos);
        best = fastPass ? decideFast(w, legal, nLegal) : -1;
        if (best >= 0) {
          w.fast++;
        } else {
          w.exact++;
          best = decideExact(w, legal, nLegal);
        }
      }
      if (kind[best] == 0) {
        head[s1] = s0;
        label[s1] = labelIdOf[best];
        arcBy[s1] = best;
        stack[sp - 2] = s0;
        sp--;
      } else if (kind[best] == 1) {
        head[s0] = s1;
        label[s0] = labelIdOf[best];
        arcBy[s0] = best;
        sp--;
      } else {
        stack[sp++] = buf++;
      }
    }
    String[] labels = new String[n + 1];
    boolean[] passive = new boolean[n + 1];
    for (int i = 1; i <= n; i++) {
      labels[i] = head[i] == 0 ? "root" : head[i] < 0 ? null : labelNames[arcBy[i]];
      if (head[i] > 0 && "aux:pass".equals(labels[i])) {
        passive[head[i]] = true;
      }
    }
    // CoreNLP's UniversalEnglishGrammaticalStructure corrects the subjects of passive verbs in
    // its basic dependencies (correctSubjPass); so do we
    for (int i = 1; i <= n; i++) {
      if (head[i] > 0 && passive[head[i]]) {
        if ("nsubj".equals(labels[i])) {
          labels[i] = "nsubj:pass";
        } else if ("csubj".equals(labels[i])) {
          labels[i] = "csubj:pass";
        }
      }
    }
    return new Parse(head, labels);
  }

  /** The legal transition with the highest exact score, as CoreNLP picks it. */
  private int decideExact(Work w, int[] legal, int nLegal) {
    score(w);
    int best = -1;
    double opt = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < nLegal; k++) {
      if (w.scores[legal[k]] > opt) {
        opt = w.scores[legal[k]];
        best = legal[k];
      }
    }
    return best < 0 ? legal[0] : best; // all scores NaN; CoreNLP would fail here
  }

  /**
   * The legal transition with the highest score when the fast pass proves it, else -1. The fast
   * pass runs the network in float over rows rounded to float and bounds, from the rows' largest
   * values and W2's, how far each of its scores can be from the exact one; when the best legal
   * score leads the second by more than twice the bound, the exact scores rank the same.
   */
  private int decideFast(Work w, int[] legal, int nLegal) {
    double bound = scoreFast(w);
    float[] s = w.scoresF;
    int best = -1;
    float opt = Float.NEGATIVE_INFINITY;
    float second = Float.NEGATIVE_INFINITY;
    for (int k = 0; k < nLegal; k++) {
      float x = s[legal[k]];
      if (x > opt) {
        second = opt;
        opt = x;
        best = legal[k];
      } else if (x > second || x != x) {
        second = x != x ? Float.POSITIVE_INFINITY : x;
      }
    }
    return best >= 0 && (double) opt - second > 2 * bound ? best : -1;
  }

  /**
   * The fast pass: fills {@code w.scoresF} and returns a bound on |fast - exact| for every
   * transition's score (infinite or NaN when it cannot tell).
   *
   * <p>The bound, with u = 2^-24 (float rounding) and S the sum over the 48 rows of their largest
   * absolute value: each hidden sum differs from CoreNLP's by at most D = S (u + 47u + 47u^2...)
   * (rounding the precomputed rows to float, then float and double summation), taken as 50uS; the
   * bias adds u|y|; the cube turns an error d at y into at most 3d(|y|+d)^2 plus its own roundings
   * (2u|y|^3 in float); a score sums 1000 products whose roundings cost at most
   * 1001u(1+...) times the sum of |W2 h|, with |W2[r][i]| at most max_r |W2[r][i]|.
   */
  private double scoreFast(Work w) {
    float[] hid = w.hidF;
    float[][] rows = w.rows;
    int offset = 0;
    int h = hidden;
    double sumMax = 0;
    double sliceErr = 0;
    // the rows first, then their sum four at a time (any order: the bound holds for every order)
    for (int j = 0; j < numTokens; j++) {
      int tok = w.feature[j];
      int index = tok * numTokens + j;
      int pre = preLookup(index);
      if (pre >= 0) {
        rows[j] = savedF[pre];
        sumMax += savedMax[pre];
      } else {
        int slot = approxSlice(w, index, tok, offset);
        rows[j] = w.approxVals[slot];
        sumMax += w.approxMax[slot];
        sliceErr += w.approxErr[slot];
      }
      offset += embeddingSize;
    }
    int j = 0;
    {
      float[] a = rows[0];
      float[] b = rows[1];
      float[] c = rows[2];
      float[] d = rows[3];
      for (int i = 0; i < h; i++) {
        hid[i] = (a[i] + b[i]) + (c[i] + d[i]);
      }
      j = 4;
    }
    for (; j + 3 < numTokens; j += 4) {
      float[] a = rows[j];
      float[] b = rows[j + 1];
      float[] c = rows[j + 2];
      float[] d = rows[j + 3];
      for (int i = 0; i < h; i++) {
        hid[i] += (a[i] + b[i]) + (c[i] + d[i]);
      }
    }
    for (; j < numTokens; j++) {
      float[] a = rows[j];
      for (int i = 0; i < h; i++) {
        hid[i] += a[i];
      }
    }
    final double u = 0x1p-24;
    final double d0 = (50 * u * sumMax + sliceErr) * 1.01;
    final double gamma = 1.1 * (h + 1) * u;
    double bound = 0;
    float[] b = b1f;
    double[] wm = w2Max;
    for (int i = 0; i < h; i++) {
      float y = hid[i] + b[i];
      float c = y * y * y;
      hid[i] = c;
      double ay = Math.abs(y);
      double d = d0 + 1.01 * u * (ay + d0);
      double a = ay + d;
      double dh = 3 * d * a * a + 2.1 * u * a * a * a;
      bound += wm[i] * (dh + gamma * (Math.abs(c) + dh));
    }
    float[] s = w.scoresF;
    Arrays.fill(s, 0f);
    int n = outs;
    float[] m = w2f;
    int i = 0;
    for (int o = 0; i + 3 < h; i += 4, o += 4 * n) {
      float x0 = hid[i];
      float x1 = hid[i + 1];
      float x2 = hid[i + 2];
      float x3 = hid[i + 3];
      for (int r = 0; r < n; r++) {
        s[r] = (((s[r] + x0 * m[o + r]) + x1 * m[o + n + r]) + x2 * m[o + 2 * n + r])
            + x3 * m[o + 3 * n + r];
      }
    }
    for (int o = i * n; i < h; i++, o += n) {
      float x = hid[i];
      for (int r = 0; r < n; r++) {
        s[r] += x * m[o + r];
      }
    }
    return bound * 1.01;
  }

  /** Transitions decided by the fast pass and by the exact one, on this thread so far. */
  long[] counts() {
    Work w = work.get();
    return new long[] {w.fast, w.exact};
  }

  private void features(
      int[] f, int[] stack, int sp, int buf, int n, int[] head, int[] label, int[] word, int[] pos) {
    final int posOff = 18;
    final int depOff = 36;
    for (int j = 2; j >= 0; --j) {
      int idx = sp - 1 - j >= 0 ? stack[sp - 1 - j] : Config.NONEXIST;
      f[2 - j] = wordOf(idx, word, n);
      f[posOff + 2 - j] = posOf(idx, pos, n);
    }
    for (int j = 0; j <= 2; ++j) {
      int idx = buf + j <= n ? buf + j : Config.NONEXIST;
      f[3 + j] = wordOf(idx, word, n);
      f[posOff + 3 + j] = posOf(idx, pos, n);
    }
    for (int j = 0; j <= 1; ++j) {
      int k = sp - 1 - j >= 0 ? stack[sp - 1 - j] : Config.NONEXIST;
      int lc1 = leftChild(k, 1, head, n);
      int rc1 = rightChild(k, 1, head, n);
      int[] idx = {
        lc1, rc1, leftChild(k, 2, head, n), rightChild(k, 2, head, n),
        leftChild(lc1, 1, head, n), rightChild(rc1, 1, head, n)
      };
      for (int m = 0; m < 6; m++) {
        int at = 6 + j * 6 + m;
        f[at] = wordOf(idx[m], word, n);
        f[posOff + at] = posOf(idx[m], pos, n);
        f[depOff + j * 6 + m] = idx[m] <= 0 || idx[m] > n ? nullLabel : label[idx[m]];
      }
    }
  }

  private int wordOf(int k, int[] word, int n) {
    return k == 0 ? rootWord : k < 0 || k > n ? nullWord : word[k];
  }

  private int posOf(int k, int[] pos, int n) {
    return k == 0 ? rootPos : k < 0 || k > n ? nullPos : pos[k];
  }

  private static int leftChild(int k, int cnt, int[] head, int n) {
    if (k < 0 || k > n) {
      return Config.NONEXIST;
    }
    int c = 0;
    for (int i = 1; i < k; ++i) {
      if (head[i] == k && ++c == cnt) {
        return i;
      }
    }
    return Config.NONEXIST;
  }

  private static int rightChild(int k, int cnt, int[] head, int n) {
    if (k < 0 || k > n) {
      return Config.NONEXIST;
    }
    int c = 0;
    for (int i = n; i > k; --i) {
      if (head[i] == k && ++c == cnt) {
        return i;
      }
    }
    return Config.NONEXIST;
  }

  /** The network's scores of all transitions, computed as CoreNLP's Classifier does. */
  private void score(Work w) {
    double[] hid = w.hid;
    Arrays.fill(hid, 0.0);
    int offset = 0;
    int h = hidden;
    for (int j = 0; j < numTokens; j++) {
      int tok = w.feature[j];
      int index = tok * numTokens + j;
      int pre = preLookup(index);
      if (pre >= 0) {
        double[] v = saved[pre];
        for (int i = 0; i < h; i++) {
          hid[i] += v[i];
        }
      } else {
        float[] v = slice(w, index, tok, offset);
        for (int i = 0; i < h; i++) {
          hid[i] += v[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < h; i++) {
      double x = hid[i] + b1[i];
      hid[i] = x * x * x;
    }
    // Each score is summed over i in order, as CoreNLP's dot product does, four terms per pass
    // (the additions stay in order); the loop over transitions is element-wise and vectorizes.
    double[] s = w.scores;
    Arrays.fill(s, 0.0);
    int n = outs;
    double[] m = w2d;
    int i = 0;
    for (int b = 0; i + 3 < h; i += 4, b += 4 * n) {
      double x0 = hid[i];
      double x1 = hid[i + 1];
      double x2 = hid[i + 2];
      double x3 = hid[i + 3];
      for (int r = 0; r < n; r++) {
        s[r] = (((s[r] + x0 * m[b + r]) + x1 * m[b + n + r]) + x2 * m[b + 2 * n + r])
            + x3 * m[b + 3 * n + r];
      }
    }
    for (int b = i * n; i < h; i++, b += n) {
      double x = hid[i];
      for (int r = 0; r < n; r++) {
        s[r] += x * m[b + r];
      }
    }
  }

  /** The row of {@link #saved} for a feature index, or -1 when CoreNLP did not precompute it. */
  private int preLookup(int key) {
    if (key >= denseBase * numTokens) {
      return preDense[key - denseBase * numTokens];
    }
    long[] table = preTable;
    int mask = table.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      if ((int) (entry >>> 32) == key) {
        return (int) entry;
      }
      if (entry == -1L) {
        return -1;
      }
    }
  }

  /**
   * The cache slot of the fast pass's approximation of {@link #slice}: the same float products
   * summed in float (vectorized), so each element is within 52u times the sum over k of
   * |W1 column k| |e_k| of the exact slice (float summation of 50 terms, plus the exact slice's
   * own double summation and rounding to float).
   */
  private int approxSlice(Work w, int index, int tok, int offset) {
    int slot = mix(index) & (CACHE_SLOTS - 1);
    float[] v = w.approxVals[slot];
    if (v != null && w.approxKeys[slot] == index) {
      return slot;
    }
    if (v == null) {
      v = new float[hidden];
      w.approxVals[slot] = v;
    } else {
      Arrays.fill(v, 0f);
    }
    float[] vec = e[tok];
    double err = 0;
    for (int j = 0; j < vec.length; j++) {
      float x = vec[j];
      float[] col = w1t[offset + j];
      for (int i = 0; i < hidden; i++) {
        v[i] += col[i] * x;
      }
      err += w1ColMax[offset + j] * Math.abs(x);
    }
    float max = 0;
    for (int i = 0; i < hidden; i++) {
      max = Math.max(max, Math.abs(v[i]));
    }
    err = 52 * 0x1p-24 * err * 1.01;
    w.approxKeys[slot] = index;
    w.approxErr[slot] = err;
    w.approxMax[slot] = max + err;
    return slot;
  }

  /** W1's slice for one feature times its embedding, rounded to float as CoreNLP's cache does. */
  private float[] slice(Work w, int index, int tok, int offset) {
    int slot = mix(index) & (CACHE_SLOTS - 1);
    float[] v = w.cacheVals[slot];
    if (v != null && w.cacheKeys[slot] == index) {
      w.sliceMax = w.cacheMax[slot];
      return v;
    }
    if (v == null) {
      v = new float[hidden];
      w.cacheVals[slot] = v;
    }
    float[] vec = e[tok];
    double[] p = w.partial;
    Arrays.fill(p, 0.0);
    for (int j = 0; j < vec.length; j++) {
      float x = vec[j];
      float[] col = w1t[offset + j];
      for (int i = 0; i < hidden; i++) {
        p[i] += col[i] * x;
      }
    }
    float max = 0;
    for (int i = 0; i < hidden; i++) {
      v[i] = (float) p[i];
      max = Math.max(max, Math.abs(v[i]));
    }
    w.cacheKeys[slot] = index;
    w.cacheMax[slot] = max;
    w.sliceMax = max;
    return v;
  }
}
