package org.parley.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Attributions whose cue is not a verb: a noun that names what someone said, thought or wants and
 * governs its content ("Clinton's support for the deal", "criticism of the ruling from
 * Democrats", "his view that the war is lost"), and a framing phrase at the edge of a sentence
 * ("In a Fox News poll, Cruz had 38 percent", "..., in Mr. Connolly's view"), and a name held
 * by no one named ("the island was known as the Poorhouse of the Caribbean").
 *
 * <p>Design decision: nouns are an open class and most nouns with an "of" or "for" phrase report
 * nothing ("the price of oil"), so a learned model ({@link CueModel}'s logistic regression, with
 * features of its own: the noun, the shape of its content, who holds it, the verb it hangs on;
 * trained by {@code parley train quotes} into {@code noun-cue-model.tsv}) decides for each noun
 * whether it is a cue; the framing phrases are a closed class and stay readable rules. This class
 * only reads the parse: it says where cue, content and source are, and the quote stage makes the
 * statements (a noun inside another statement's content, or whose content one already holds, is
 * left alone).
 */
public final class NounCues {
  /**
   * The lowest probability of the noun model at which a noun is read as a cue; chosen on PolNeAR
   * train articles 180-300 with a model that did not learn from them (0.35 to 0.5 differ by less
   * than 0.2 points of content F1).
   */
  static final double THRESHOLD = 0.4;

  /** Prepositions that introduce what a noun of saying or thinking is about. */
  private static final Set<String> CONTENT_PREPOSITIONS =
      Set.of("of", "for", "on", "about", "against", "over", "to", "toward", "towards",
          "regarding", "concerning", "with", "in");
  /** Prepositions that introduce who holds a statement: "criticism from Democrats". */
  private static final Set<String> SOURCE_PREPOSITIONS = Set.of("from", "by", "among");
  /**
   * Nouns that frame a whole sentence as someone's view or finding after "in": "In a new poll,
   * ...", "..., in Mr. Connolly's view" (a statement or interview is left to its verb, "said in
   * a statement").
   */
  static final Set<String> FRAMES =
      Set.of("poll", "survey", "view", "opinion", "eye", "mind", "word", "estimation",
          "judgment", "judgement", "estimate", "assessment", "study", "analysis", "book",
          "memoir", "report", "telling", "account", "version", "projection", "forecast");
  /** Frames whose holder is a possessor: "in his view", "in Trump's mind". */
  private static final Set<String> HELD_FRAMES =
      Set.of("view", "opinion", "eye", "mind", "word", "estimation", "judgment", "judgement",
          "telling", "account", "version");
  /** Relative pronouns, whose antecedent is the source: "critics who voiced concerns". */
  private static final Set<String> RELATIVE = Set.of("who", "whose", "which", "that");
  /** Words that name no source: "it drew criticism", "this raised questions". */
  private static final Set<String> EMPTY =
      Set.of("it", "this", "there", "what", "these", "those", "something", "nothing");

  private NounCues() {}

  /**
   * One statement found: its cue, content fragments, source mention (null for none) and the
   * token heading the source (-1 for none), the mode and the rule that found it.
   */
  public record Found(String rule, String mode, Span cue, List<Span> content, Span source,
      int sourceHead) {}

  /**
   * A candidate noun of the learned model: the noun, the last token of its cue (the preposition
   * or complementizer that links it to its content), the content, and the source if the parse
   * names one.
   */
  public record Shape(int noun, int cueEnd, Span content, String kind, Span source,
      int sourceHead, String sourceKind) {}

  /** The model shipped with the quote stage ({@code noun-cue-model.tsv}), loaded once. */
  static CueModel model() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final CueModel MODEL = CueModel.load("noun-cue-model.tsv");
  }

  /**
   * The statements of a sentence whose cue is a framing phrase, a noun or "known as" (in this
   * order; the quote stage keeps the first of two that share their content).
   */
  static List<Found> find(Sentence s, QuoteFinder.Tree tree) {
    List<Found> out = new ArrayList<>();
    frames(s, tree, out);
    if (s.tokens().stream().noneMatch(Token::isVerb)) {
      return out; // a heading or a caption ("Claims about the complex costs"): no statement
    }
    for (int n = 0; n < s.size(); n++) {
      Shape sh = shape(s, tree, n);
      if (sh == null || model().probability(features(s, tree, sh)) < THRESHOLD) {
        continue;
      }
      Token t = s.token(n);
      String mode = Cues.nounMode(t.lemma().toLowerCase(Locale.ROOT));
      // a noun outside the lists names what someone thinks or wants more often than words
      out.add(new Found("noun:" + t.lemma().toLowerCase(Locale.ROOT),
          mode != null ? mode : sh.kind().startsWith("p:") ? "stance"
              : sh.kind().equals("to") ? "intention" : "belief",
          s.span(n, sh.cueEnd() + 1), List.of(sh.content()), sh.source(), sh.sourceHead()));
    }
    knownAs(s, tree, out);
    return out;
  }

  /**
   * "The island was known as the Poorhouse of the Caribbean", "the club, now known as Trump
   * National": a name or a reputation held by no one named. PolNeAR marks the thing named and its
   * name as the two fragments of the content, the verb group as the cue, and no source.
   */
  static void knownAs(Sentence s, QuoteFinder.Tree tree, List<Found> out) {
    for (int k = 1; k + 1 < s.size(); k++) {
      Token t = s.token(k);
      if (!t.pos().equals("VBN") || !t.lemma().equalsIgnoreCase("know")) {
        continue;
      }
      int name = -1;
      for (int kid : tree.kids.get(k)) {
        int cs = kid > k && tree.rel(kid) != null && tree.rel(kid).startsWith("obl")
            ? tree.child(kid, "case") : -1;
        if (cs == k + 1 && s.token(cs).word().equalsIgnoreCase("as")) {
          name = kid;
          break;
        }
      }
      if (name < 0) {
        continue;
      }
      Span named;
      int subj = tree.child(k, "nsubj:pass");
      if (subj >= 0 && subj < k) {
        named = tree.subtree(subj, Set.of());
      } else if ("acl".equals(tree.rel(k)) && tree.head(k) >= 0 && tree.head(k) < k) {
        named = tree.subtree(tree.head(k), Set.of("acl", "acl:relcl", "punct", "case"));
      } else {
        continue;
      }
      Span what = tree.subtree(name, Set.of("case"));
      int from = k;
      while (from - 1 >= 0 && tree.head(from - 1) == k && ("aux:pass".equals(tree.rel(from - 1))
          || "aux".equals(tree.rel(from - 1)) || "advmod".equals(tree.rel(from - 1)))) {
        from--;
      }
      if (named.end() > s.token(from).span().start() || what.isEmpty()
          || s.token(k - 1).word().equalsIgnoreCase("also")) {
        continue; // "Burma, also known as Myanmar": another name, not what people call it
      }
      out.add(new Found("known-as", "belief", s.span(from, k + 2), List.of(named, what), null,
          -1));
    }
  }

  /**
   * The candidate nouns of a sentence outside quotation marks, with their shapes and features, by
   * token index (for training).
   */
  public static List<Candidate> candidates(Sentence s, BitSet quoted) {
    QuoteFinder.Tree tree = new QuoteFinder.Tree(s);
    List<Candidate> out = new ArrayList<>();
    for (int n = 0; n < s.size(); n++) {
      if (quoted.get(s.token(n).span().start())) {
        continue;
      }
      Shape sh = shape(s, tree, n);
      if (sh != null) {
        out.add(new Candidate(sh, features(s, tree, sh)));
      }
    }
    return out;
  }

  /** A training example: a candidate noun's shape and its features. */
  public record Candidate(Shape shape, List<String> features) {}

  /**
   * The shape of noun {@code n} if it may be a cue: a common noun with a clause ("the claim that
   * ...", "his plan to ...") or a prepositional phrase ("support for X") after it; else null.
   */
  static Shape shape(Sentence s, QuoteFinder.Tree tree, int n) {
    Token t = s.token(n);
    if (!t.pos().equals("NN") && !t.pos().equals("NNS")) {
      return null;
    }
    int cueEnd = -1;
    Span content = null;
    String kind = null;
    for (int kid : tree.kids.get(n)) {
      String r = tree.rel(kid);
      if (kid <= n || r == null) {
        continue;
      }
      int first = tree.first(kid);
      String w = s.token(first).word().toLowerCase(Locale.ROOT);
      if ((r.equals("acl") || r.equals("ccomp")) && first == n + 1
          && (w.equals("that") || w.equals("to")) && "mark".equals(tree.rel(first))) {
        // "the claim that ...", not "the bags that he used" (a relative pronoun)
        cueEnd = n;
        content = tree.subtree(kid, Set.of());
        kind = w;
        break;
      }
      if (r.equals("nmod") || r.startsWith("nmod:") && !r.equals("nmod:poss")
          && !r.equals("nmod:tmod") && !r.equals("nmod:npmod")) {
        int cs = tree.child(kid, "case");
        if (cs < 0 || cs != first) {
          continue;
        }
        String p = s.token(cs).word().toLowerCase(Locale.ROOT);
        if (!CONTENT_PREPOSITIONS.contains(p) || cs + 1 > kid) {
          continue;
        }
        Span sub = tree.subtree(kid, Set.of());
        if (s.token(cs + 1).span().start() >= sub.end()) {
          continue;
        }
        cueEnd = cs;
        content = new Span(s.token(cs + 1).span().start(), sub.end());
        kind = "p:" + p;
        break;
      }
    }
    if (content == null) {
      return null;
    }
    Span source = null;
    int head = -1;
    String sourceKind = "none";
    int poss = tree.child(n, "nmod:poss");
    if (poss >= 0 && poss < n) {
      head = poss;
      source = tree.subtree(poss, Set.of());
      sourceKind = "poss";
    }
    if (source == null) {
      for (int kid : tree.kids.get(n)) {
        if (kid < n && "compound".equals(tree.rel(kid)) && s.token(kid).pos().startsWith("NNP")) {
          head = kid;
          source = tree.subtree(kid, Set.of());
          sourceKind = "compound";
          break;
        }
      }
    }
    if (source == null) {
      for (int kid : tree.kids.get(n)) {
        String r = tree.rel(kid);
        int cs = r != null && r.startsWith("nmod") ? tree.child(kid, "case") : -1;
        if (kid > n && cs >= 0 && SOURCE_PREPOSITIONS.contains(
            s.token(cs).word().toLowerCase(Locale.ROOT))) {
          head = kid;
          source = tree.subtree(kid, Set.of("case"));
          sourceKind = "from";
          break;
        }
      }
    }
    int v = tree.head(n);
    String rel = tree.rel(n);
    int subject = tree.child(n, "cop") >= 0 ? tree.child(n, "nsubj") : -1;
    if (source == null && subject >= 0 && subject < n) {
      // "Clinton is an outspoken supporter of Roe v. Wade"
      head = subject;
      source = tree.subtree(subject, Set.of());
      sourceKind = "copula";
    }
    if (source == null && v >= 0 && s.token(v).isVerb() && rel != null
        && (rel.equals("obj") || rel.startsWith("obl"))) {
      for (int kid : tree.kids.get(v)) {
        String r = tree.rel(kid);
        int cs = r != null && r.startsWith("obl") ? tree.child(kid, "case") : -1;
        if (kid != n && cs >= 0 && SOURCE_PREPOSITIONS.contains(
            s.token(cs).word().toLowerCase(Locale.ROOT))) {
          head = kid;
          source = tree.subtree(kid, Set.of("case"));
          sourceKind = "vfrom";
          break;
        }
      }
      int subj = tree.subject(v);
      if (source == null && subj >= 0 && subj < v) {
        head = subj;
        source = tree.subtree(subj, Set.of());
        sourceKind = "subj";
      }
    }
    if (sourceKind.equals("poss") && s.token(poss).pos().equals("PRP$") && v >= 0
        && s.token(v).isVerb() && rel != null && (rel.equals("obj") || rel.startsWith("obl"))) {
      // "Trump continued his attacks on Curiel": PolNeAR gives the attribution to the subject
      int subj = tree.subject(v);
      if (subj >= 0 && subj < v) {
        head = subj;
        source = tree.subtree(subj, Set.of());
      }
    }
    if (head >= 0 && RELATIVE.contains(s.token(head).word().toLowerCase(Locale.ROOT))) {
      // "critics who voiced concerns about ...": the people the relative clause describes
      int clause = tree.head(head);
      int antecedent = clause >= 0 && "acl:relcl".equals(tree.rel(clause)) ? tree.head(clause) : -1;
      if (antecedent >= 0 && antecedent < head) {
        // the noun and its relative pronoun: PolNeAR marks "who", readers want the noun
        source = s.span(tree.first(antecedent), antecedent + 1).union(s.token(head).span());
        head = antecedent;
      } else {
        source = null;
        head = -1;
      }
    } else if (head >= 0 && EMPTY.contains(s.token(head).word().toLowerCase(Locale.ROOT))) {
      source = null;
      head = -1;
    }
    if (source == null) {
      sourceKind = "none";
    }
    if (source != null && (source.overlaps(content) || source.end() > content.start()
        && head > n)) {
      source = null;
      head = -1;
      sourceKind = "none";
    }
    return new Shape(n, cueEnd, content, kind, source, head, sourceKind);
  }

  /**
   * The features of a candidate noun: its lemma, form and number; the shape of its content, alone
   * and with the lemma; who holds it (a possessor, a name before it, "from X", the subject of the
   * verb it is the object of) and what kind of word that is; the verb or noun it hangs on; its
   * determiner and adjectives; the words around it; what the content is (a name, a clause).
   */
  public static List<String> features(Sentence s, QuoteFinder.Tree tree, Shape sh) {
    Set<String> f = new LinkedHashSet<>();
    int n = sh.noun();
    Token t = s.token(n);
    String lemma = norm(t.lemma());
    f.add("l=" + lemma);
    f.add("w=" + norm(t.word()));
    f.add("p=" + t.pos());
    f.add("k=" + sh.kind());
    f.add("l|k=" + lemma + "|" + sh.kind());
    f.add("src=" + sh.sourceKind());
    f.add("l|src=" + lemma + "|" + sh.sourceKind());
    f.add("k|src=" + sh.kind() + "|" + sh.sourceKind());
    if (sh.sourceHead() >= 0) {
      String kind = holderKind(s.token(sh.sourceHead()));
      f.add("sk=" + kind);
      f.add("src|sk=" + sh.sourceKind() + "|" + kind);
    }
    String r = tree.rel(n) == null ? "root" : tree.rel(n);
    f.add("r=" + r);
    f.add("l|r=" + lemma + "|" + r);
    int h = tree.head(n);
    if (h >= 0) {
      String hl = norm(s.token(h).lemma());
      f.add("h=" + hl);
      f.add("h|r=" + hl + "|" + r);
      f.add("h|l=" + hl + "|" + lemma);
      f.add("h|k=" + hl + "|" + sh.kind());
    }
    for (int kid : tree.kids.get(n)) {
      String kr = tree.rel(kid);
      if (kid > n || kr == null) {
        continue;
      }
      if (kr.equals("det")) {
        f.add("det=" + norm(s.token(kid).word()));
      } else if (kr.equals("amod")) {
        f.add("amod=" + norm(s.token(kid).lemma()));
      }
    }
    int c = s.tokenAt(sh.content().start());
    if (c >= 0) {
      Token ct = s.token(c);
      f.add("c0=" + (ct.hasEntity() ? "ner:" + ct.ner() : ct.pos()));
      f.add("k|c0=" + sh.kind() + "|" + (ct.hasEntity() ? "ner:" + ct.ner() : ct.pos()));
    }
    int words = 0;
    for (int i = Math.max(c, 0); i < s.size() && s.token(i).span().end() <= sh.content().end();
        i++) {
      words++;
    }
    f.add("len=" + (words <= 1 ? "1" : words <= 3 ? "2-3" : words <= 7 ? "4-7" : "8+"));
    f.add("pw=" + (n > 0 ? norm(s.token(n - 1).word()) : "<s>"));
    f.add("nw=" + (n + 1 < s.size() ? norm(s.token(n + 1).word()) : "</s>"));
    f.add("bias");
    return new ArrayList<>(f);
  }

  private static String holderKind(Token t) {
    if (t.pos().startsWith("PRP") || t.pos().equals("WP")) {
      return "pron";
    }
    if (t.hasEntity()) {
      return "ner:" + t.ner();
    }
    return t.pos().startsWith("NNP") ? "name" : "noun";
  }

  private static String norm(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
  }

  // --- framing phrases ---------------------------------------------------------------------------

  /**
   * "In a Fox News poll, Cruz had 38 percent", "In his view, the deal is dead", "..., in Mr.
   * Connolly's view": a phrase with "in" that opens or closes its sentence, set off by a comma,
   * whose noun is a poll, a study or someone's view. The content is the rest of the sentence, the
   * source the phrase's noun (PolNeAR marks "a CBS News poll" and "their eyes"). The same shape
   * with "for" and "to" ("For many voters, the choice is clear") was tried and left out: on
   * PolNeAR train articles it found one attribution for five it made up.
   */
  static void frames(Sentence s, QuoteFinder.Tree tree, List<Found> out) {
    List<Token> t = s.tokens();
    int a = 0;
    while (a < t.size() && (t.get(a).isPunctuation() || QuoteFinder.Tree.isQuoteMark(t.get(a)))) {
      a++;
    }
    int b = t.size();
    while (b > a && t.get(b - 1).isPunctuation()) {
      b--;
    }
    if (b - a < 4) {
      return;
    }
    // a phrase opening the sentence: "In a poll released Monday, ..."
    int comma = -1;
    for (int i = a + 1; i < b && i < a + 25; i++) {
      if (t.get(i).word().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma > 0 && comma + 3 < b) {
      Found f = frame(s, tree, a, comma, new Span(t.get(comma + 1).span().start(),
          t.get(b - 1).span().end()));
      if (f != null) {
        out.add(f);
        return;
      }
    }
    // a phrase closing the sentence: "..., in Mr. Connolly's view."
    for (int i = b - 2; i > a + 2 && i > b - 12; i--) {
      if (t.get(i).word().equals(",")) {
        Found f = frame(s, tree, i + 1, b, new Span(t.get(a).span().start(),
            t.get(i - 1).span().end()));
        if (f != null) {
          out.add(f);
        }
        return;
      }
    }
  }

  /** The frame in tokens [from, to) if it is one, with the given content. */
  private static Found frame(Sentence s, QuoteFinder.Tree tree, int from, int to, Span content) {
    Token p = s.token(from);
    String prep = p.word().toLowerCase(Locale.ROOT);
    if (!prep.equals("in") || !"case".equals(tree.rel(from))) {
      return null;
    }
    int noun = tree.head(from);
    if (noun <= from || noun >= to || tree.first(noun) != from) {
      return null;
    }
    // the phrase must be the whole stretch (a poll may run on: "a poll released Monday")
    Span phrase = tree.subtree(noun, Set.of());
    if (phrase.end() > s.token(to - 1).span().end()) {
      return null;
    }
    Token n = s.token(noun);
    String lemma = n.lemma().toLowerCase(Locale.ROOT);
    if (!n.isNoun() || !FRAMES.contains(lemma)) {
      return null;
    }
    int poss = tree.child(noun, "nmod:poss");
    if (HELD_FRAMES.contains(lemma) && (poss < 0 || poss > noun)) {
      return null; // "in other words", "in the eyes of the law"
    }
    Span source = s.span(from + 1, to);
    int head = HELD_FRAMES.contains(lemma) ? poss : noun;
    return new Found("frame:in", HELD_FRAMES.contains(lemma) ? "belief" : "knowledge", p.span(),
        List.of(content), source, head);
  }
}
