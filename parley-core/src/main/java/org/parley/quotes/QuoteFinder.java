package org.parley.quotes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.ingest.CleanText;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Dependency;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.quotes.QuoteMarks.Quoted;

/**
 * The quote stage ("quotes"): finds direct, partial and indirect quotations and attributes each to
 * a speaker. Requires TOKENS, DEPENDENCIES and ACTORS; provides QUOTES and SPEAKERS (and adds the
 * pronouns it resolves to the actors' mentions).
 *
 * <p>Three passes over each sentence, in this order: reported speech from the dependency parse (a
 * cue verb with a clausal complement: "Moscow said that ...", "X told reporters ..."; a complement
 * that holds quote marks makes a partial quote, one that is all quote makes a direct quote);
 * "according to X"; then every quotation still unclaimed is attributed by the words around its marks
 * ("..., Lavrov said.", "said Lavrov", "Lavrov said: ..."), or continues the quote just before it
 * (split quotes), or is left without speaker when it is long enough to be a statement. Text inside
 * embedded social posts, the title and the dateline is never read for quotes.
 */
public final class QuoteFinder implements Stage {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTES, Layer.SPEAKERS);
  }

  @Override
  public Analysis apply(Analysis in) {
    return new Run(in).run();
  }

  /** One article's quote finding. */
  private static final class Run {
    final Analysis in;
    final String text;
    final List<Actor> actors;
    final List<Quoted> quoted = new ArrayList<>();
    final Set<Quoted> claimed = new HashSet<>();
    final List<Draft> drafts = new ArrayList<>();
    final Map<String, List<Span>> extraMentions = new LinkedHashMap<>();
    final List<Span> skip = new ArrayList<>();

    Run(Analysis in) {
      this.in = in;
      this.text = in.text();
      this.actors = in.actors();
      CleanText clean = in.clean();
      clean.title().ifPresent(skip::add);
      clean.dateline().ifPresent(skip::add);
      for (CleanText.Region r : clean.regions()) {
        if (r.kind() == CleanText.Region.Kind.EMBEDDED_POST) {
          skip.add(r.span());
        }
      }
      for (Quoted q : QuoteMarks.find(text)) {
        if (!skipped(q.outer())) {
          quoted.add(q);
        }
      }
    }

    boolean skipped(Span s) {
      for (Span k : skip) {
        if (k.overlaps(s)) {
          return true;
        }
      }
      return false;
    }

    Analysis run() {
      for (Sentence s : in.sentences()) {
        if (skipped(s.span())) {
          continue;
        }
        Tree tree = new Tree(s);
        reported(s, tree);
        accordingTo(s);
      }
      direct();
      drafts.sort((a, b) -> a.content.get(0).compareTo(b.content.get(0)));
      List<Quote> quotes = new ArrayList<>();
      for (Draft d : drafts) {
        quotes.add(d.toQuote("q" + (quotes.size() + 1)));
      }
      return in.withQuotes(quotes).withActors(withExtraMentions());
    }

    List<Actor> withExtraMentions() {
      List<Actor> out = new ArrayList<>();
      for (Actor a : actors) {
        List<Span> extra = extraMentions.get(a.id());
        if (extra == null) {
          out.add(a);
          continue;
        }
        java.util.TreeSet<Span> all = new java.util.TreeSet<>(a.mentions());
        all.addAll(extra);
        out.add(new Actor(a.id(), a.name(), a.kind(), a.country(), a.sectors(), a.code(), a.role(),
            a.organization(), a.anonymous(), List.copyOf(all), a.evidence()));
      }
      return out;
    }

    // --- pass 1: reported speech from the parse --------------------------------------------------

    void reported(Sentence s, Tree tree) {
      for (Token k : s.tokens()) {
        if (!k.isVerb() || !Cues.isCue(k.lemma()) || insideQuote(k.span())) {
          continue;
        }
        int c = tree.child(k.index(), "ccomp");
        if (c < 0) {
          continue;
        }
        int subj = tree.child(k.index(), "nsubj");
        int owner = k.index();
        if (subj < 0 && "conj".equals(tree.rel(k.index()))) {
          owner = tree.head(k.index());
          subj = tree.child(owner, "nsubj");
        }
        if (subj < 0) {
          continue;
        }
        Span source;
        int head = subj;
        if (RELATIVE.contains(s.token(subj).word().toLowerCase(Locale.ROOT))
            && "acl:relcl".equals(tree.rel(owner)) && tree.head(owner) >= 0) {
          head = tree.head(owner);
          source = tree.subtree(head, Set.of("acl:relcl"));
        } else {
          source = tree.subtree(subj, Set.of());
        }
        Span content = tree.subtree(c, Set.of("mark:that"));
        content = trimContent(content);
        if (content.isEmpty()) {
          continue;
        }
        Draft d = new Draft();
        d.rule = "reported:" + k.lemma() + "-ccomp";
        d.mode = Cues.mode(k.lemma());
        d.cue = k.span();
        d.source = source;
        d.kind = Quote.Kind.INDIRECT;
        d.content.add(content);
        List<Quoted> inside = quotedWithin(content);
        if (!inside.isEmpty()) {
          int covered = 0;
          for (Quoted q : inside) {
            covered += q.outer().length();
          }
          if (covered >= content.length() * 0.8 && inside.size() == 1) {
            d.kind = Quote.Kind.DIRECT;
            d.content.clear();
            d.content.addAll(inside.get(0).inner());
          } else {
            d.kind = Quote.Kind.PARTIAL;
          }
          claimed.addAll(inside);
        }
        d.speaker = resolve(source, s.token(head).span());
        if (Cues.ADDRESSEE_OBJECT.contains(k.lemma())) {
          int obj = tree.child(k.index(), "obj");
          if (obj < 0) {
            obj = tree.child(k.index(), "iobj");
          }
          if (obj >= 0) {
            Span a = tree.subtree(obj, Set.of());
            d.addressee = resolve(a, s.token(obj).span());
          }
        }
        relays(s, tree, d, head, owner);
        d.confidence = d.speaker == null ? 0.4 : 0.85;
        add(d);
      }
    }

    /** "AP cited officials who claimed": the subject of cite relays; "as cited by TASS" too. */
    void relays(Sentence s, Tree tree, Draft d, int speakerHead, int cue) {
      if (tree.head(speakerHead) >= 0 && "obj".equals(tree.rel(speakerHead))) {
        int v = tree.head(speakerHead);
        if (Cues.RELAY.contains(s.token(v).lemma())) {
          int subj = tree.child(v, "nsubj");
          if (subj >= 0) {
            addRelay(d, s.token(subj).span());
            for (int conj : tree.children(subj, "conj")) {
              addRelay(d, s.token(conj).span());
            }
          }
        }
      }
      relayWords(s, d, d.cue.end());
      // "a US official, who spoke on condition of anonymity to AP": an outlet inside the source
      if (d.source != null) {
        for (Actor a : actors) {
          if (a.kind() == Actor.Kind.MEDIA && a.id() != null && !a.id().equals(d.speaker)) {
            for (Span m : a.mentions()) {
              if (d.source.contains(m)) {
                addRelayId(d, a.id());
              }
            }
          }
        }
      }
    }

    /** "as cited by TASS", "as quoted by RIA", "in an interview with X" after the cue. */
    void relayWords(Sentence s, Draft d, int after) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 2 < t.size(); i++) {
        if (t.get(i).span().start() < after) {
          continue;
        }
        String w = t.get(i).lemma().toLowerCase(Locale.ROOT);
        if ((w.equals("cite") || w.equals("quote") || w.equals("report"))
            && t.get(i + 1).word().equalsIgnoreCase("by")) {
          int j = i + 2;
          int end = npEnd(t, j);
          if (end > j) {
            addRelay(d, s.span(j, end));
          }
        }
      }
    }

    void addRelay(Draft d, Span mention) {
      String id = resolve(mention, mention);
      if (id != null) {
        addRelayId(d, id);
      }
    }

    void addRelayId(Draft d, String id) {
      if (!d.relayedBy.contains(id) && !id.equals(d.speaker)) {
        d.relayedBy.add(id);
      }
    }

    // --- pass 2: according to X ------------------------------------------------------------------

    void accordingTo(Sentence s) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 2 < t.size(); i++) {
        if (!t.get(i).word().equalsIgnoreCase("according") || !t.get(i + 1).word().equalsIgnoreCase("to")) {
          continue;
        }
        int from = i + 2;
        int end = npEnd(t, from);
        if (end == from || insideQuote(t.get(i).span())) {
          continue;
        }
        Span source = s.span(from, end);
        Span content;
        if (i == 0 || i == 1 && t.get(0).isPunctuation()) {
          int c = end;
          while (c < t.size() && t.get(c).isPunctuation()) {
            c++;
          }
          if (c >= t.size()) {
            continue;
          }
          content = new Span(t.get(c).span().start(), s.span().end());
        } else {
          content = new Span(s.span().start(), t.get(i).span().start());
        }
        content = trimContent(content);
        if (content.isEmpty() || overlapsDraft(content)) {
          continue;
        }
        Draft d = new Draft();
        d.rule = "according-to";
        d.mode = "speech";
        d.cue = s.span(i, i + 2);
        d.source = source;
        d.kind = quotedWithin(content).isEmpty() ? Quote.Kind.INDIRECT : Quote.Kind.PARTIAL;
        claimed.addAll(quotedWithin(content));
        d.content.add(content);
        d.speaker = resolve(source, t.get(end - 1).span());
        d.confidence = d.speaker == null ? 0.4 : 0.8;
        add(d);
      }
    }

    // --- pass 3: quotations by their marks -------------------------------------------------------

    void direct() {
      Draft previous = null;
      for (Quoted q : quoted) {
        if (claimed.contains(q)) {
          previous = draftFor(q, previous);
          continue;
        }
        Sentence s = sentenceAt(q.outer().end() - 1);
        Draft d = s == null ? null : after(q, s);
        if (d == null) {
          Sentence first = sentenceAt(q.outer().start());
          d = first == null ? null : before(q, first);
        }
        if (d == null && previous != null && previous.speaker != null && adjacent(previous, q)) {
          d = new Draft();
          d.rule = "continuation";
          d.mode = previous.mode;
          d.source = previous.source;
          d.cue = previous.cue;
          d.speaker = previous.speaker;
          d.addressee = previous.addressee;
          d.relayedBy.addAll(previous.relayedBy);
          d.confidence = 0.7;
        }
        if (d == null) {
          if (words(q) < 6) {
            continue; // a scare quote or a title, not a statement
          }
          d = new Draft();
          d.rule = "unattributed";
          d.mode = "speech";
          d.confidence = 0.3;
        }
        d.kind = Quote.Kind.DIRECT;
        d.content.addAll(q.inner());
        d.end = Math.max(d.end, q.outer().end());
        add(d);
        claimed.add(q);
        previous = d;
      }
    }

    Draft draftFor(Quoted q, Draft fallback) {
      for (Draft d : drafts) {
        for (Span c : d.content) {
          if (c.overlaps(q.outer())) {
            return d;
          }
        }
      }
      return fallback;
    }

    /** "..., Lavrov said." / "..." said the minister. / "..." he told reporters. */
    Draft after(Quoted q, Sentence s) {
      List<Token> t = s.tokens();
      int i = s.tokenAt(q.outer().end());
      while (i < t.size() && (t.get(i).isPunctuation() && !t.get(i).word().equals("."))) {
        i++;
      }
      if (i >= t.size()) {
        return null;
      }
      int cue;
      Span source;
      int headTok;
      if (t.get(i).isVerb() && Cues.isCue(t.get(i).lemma())) {
        cue = i;
        int end = npEnd(t, i + 1);
        if (end == i + 1) {
          return null;
        }
        source = s.span(i + 1, end);
        headTok = end - 1;
      } else {
        int end = npEnd(t, i);
        if (end == i || end >= t.size()) {
          return null;
        }
        // "he said", "Lavrov said", "he added", also "Peskov told reporters"
        int v = end;
        if (t.get(v).pos().equals("MD") || t.get(v).lemma().equals("have") || t.get(v).lemma().equals("be")) {
          v++;
        }
        if (v >= t.size() || !t.get(v).isVerb() || !Cues.isCue(t.get(v).lemma())) {
          return null;
        }
        cue = v;
        source = s.span(i, end);
        headTok = end - 1;
      }
      Draft d = new Draft();
      d.rule = "direct:after";
      d.mode = Cues.mode(t.get(cue).lemma());
      d.cue = t.get(cue).span();
      d.source = source;
      d.speaker = resolve(source, t.get(headTok).span());
      addressee(s, d, cue);
      relayWords(s, d, d.cue.end());
      d.confidence = d.speaker == null ? 0.4 : pronoun(source) ? 0.85 : 0.95;
      d.end = s.span().end();
      return d;
    }

    /** "Lavrov said: "..."" and "Lavrov told reporters, "..."". */
    Draft before(Quoted q, Sentence s) {
      List<Token> t = s.tokens();
      int mark = s.tokenAt(q.outer().start());
      int stop = Math.max(0, mark - 10);
      for (int v = mark - 1; v >= stop; v--) {
        Token k = t.get(v);
        if (k.span().end() > q.outer().start()) {
          continue;
        }
        if (k.isVerb() && Cues.isCue(k.lemma())) {
          int start = v;
          while (start > 0 && np(t.get(start - 1))) {
            start--;
          }
          if (start == v) {
            return null;
          }
          // what lies between the cue and the mark must be an addressee and punctuation
          for (int j = v + 1; j < mark; j++) {
            if (!np(t.get(j)) && !t.get(j).isPunctuation() && !t.get(j).word().equals("that")) {
              return null;
            }
          }
          Draft d = new Draft();
          d.rule = "direct:before";
          d.mode = Cues.mode(k.lemma());
          d.cue = k.span();
          d.source = s.span(start, v);
          d.speaker = resolve(d.source, t.get(v - 1).span());
          addressee(s, d, v);
          d.confidence = d.speaker == null ? 0.4 : 0.9;
          return d;
        }
        if (k.isVerb()) {
          return null;
        }
      }
      return null;
    }

    void addressee(Sentence s, Draft d, int cue) {
      List<Token> t = s.tokens();
      if (!Cues.ADDRESSEE_OBJECT.contains(t.get(cue).lemma())) {
        return;
      }
      int from = cue + 1;
      int end = npEnd(t, from);
      if (end > from) {
        Span a = s.span(from, end);
        d.addressee = resolve(a, t.get(end - 1).span());
      }
    }

    boolean adjacent(Draft previous, Quoted q) {
      int from = previous.end;
      if (from > q.outer().start()) {
        return false;
      }
      String between = text.substring(from, q.outer().start());
      int breaks = 0;
      for (int i = 0; i < between.length(); i++) {
        char c = between.charAt(i);
        if (c == '\n') {
          breaks++;
        } else if (!Character.isWhitespace(c) && c != '*' && c != '_') {
          return false;
        }
      }
      return breaks <= 2;
    }

    // --- speakers --------------------------------------------------------------------------------

    /** The actor a mention refers to: a pronoun to the last compatible person, else by overlap. */
    String resolve(Span mention, Span head) {
      if (mention == null) {
        return null;
      }
      String m = mention.in(text).strip().toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(m)) {
        Actor a = antecedent(m, mention.start());
        if (a != null) {
          extraMentions.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(mention);
          return a.id();
        }
        return null;
      }
      Actor best = null;
      for (Actor a : actors) {
        for (Span s : a.mentions()) {
          if (s.overlaps(head) && mention.contains(s)) {
            if (best == null || rank(a) > rank(best)) {
              best = a;
            }
          }
        }
      }
      if (best != null) {
        return best.id();
      }
      int bestEnd = -1;
      for (Actor a : actors) {
        for (Span s : a.mentions()) {
          if (mention.contains(s) && (rank(a) > (best == null ? -1 : rank(best))
              || best != null && rank(a) == rank(best) && s.end() > bestEnd)) {
            best = a;
            bestEnd = s.end();
          }
        }
      }
      return best == null ? null : best.id();
    }

    int rank(Actor a) {
      return switch (a.kind()) {
        case PERSON -> 4;
        case GROUP -> 3;
        case GOVERNMENT -> 2;
        case ORGANIZATION -> 1;
        case MEDIA -> 0;
      };
    }

    Actor antecedent(String pronoun, int before) {
      boolean plural = pronoun.equals("they") || pronoun.equals("we");
      Actor best = null;
      int bestEnd = -1;
      for (Actor a : actors) {
        boolean person = a.kind() == Actor.Kind.PERSON;
        if (plural == person) {
          continue;
        }
        if (person && !genderFits(a, pronoun)) {
          continue;
        }
        for (Span s : a.mentions()) {
          if (s.end() <= before && s.end() > bestEnd) {
            best = a;
            bestEnd = s.end();
          }
        }
        List<Span> extra = extraMentions.get(a.id());
        if (extra != null) {
          for (Span s : extra) {
            if (s.end() <= before && s.end() > bestEnd) {
              best = a;
              bestEnd = s.end();
            }
          }
        }
      }
      return best;
    }

    static boolean genderFits(Actor a, String pronoun) {
      String role = a.role().orElse("").toLowerCase(Locale.ROOT);
      boolean female = role.contains("woman") || role.contains("queen") || role.contains("chairwoman");
      boolean male = !female && (role.contains("spokesman") || role.contains("king"));
      if (pronoun.equals("he")) {
        return !female;
      }
      if (pronoun.equals("she")) {
        return !male;
      }
      return true;
    }

    static boolean pronoun(Span s) {
      return s.length() <= 4;
    }

    // --- helpers ---------------------------------------------------------------------------------

    void add(Draft d) {
      if (overlapsDraft(d.content.get(0)) && !d.rule.startsWith("direct") && !d.rule.equals("continuation")
          && !d.rule.equals("unattributed")) {
        return;
      }
      drafts.add(d);
    }

    boolean overlapsDraft(Span content) {
      for (Draft d : drafts) {
        for (Span c : d.content) {
          if (c.overlaps(content)) {
            return true;
          }
        }
      }
      return false;
    }

    boolean insideQuote(Span s) {
      for (Quoted q : quoted) {
        for (Span inner : q.inner()) {
          if (inner.contains(s)) {
            return true;
          }
        }
      }
      return false;
    }

    List<Quoted> quotedWithin(Span content) {
      List<Quoted> out = new ArrayList<>();
      for (Quoted q : quoted) {
        if (q.outer().overlaps(content) && content.contains(q.inner().get(0))) {
          out.add(q);
        }
      }
      return out;
    }

    Sentence sentenceAt(int offset) {
      for (Sentence s : in.sentences()) {
        if (s.span().start() <= offset && offset < s.span().end()) {
          return s;
        }
      }
      return null;
    }

    int words(Quoted q) {
      int n = 0;
      for (Span s : q.inner()) {
        n += s.in(text).strip().split("\\s+").length;
      }
      return n;
    }

    Span trimContent(Span s) {
      int a = s.start();
      int b = s.end();
      while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == ',')) {
        a++;
      }
      while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",.;:".indexOf(text.charAt(b - 1)) >= 0)) {
        b--;
      }
      return new Span(a, b);
    }

    static boolean np(Token k) {
      String p = k.pos();
      return p.startsWith("NN") || p.equals("DT") || p.equals("JJ") || p.equals("POS")
          || p.equals("PRP") || p.equals("PRP$") || p.equals("CD") || p.equals("HYPH")
          || p.equals("NNP");
    }

    static int npEnd(List<Token> t, int from) {
      int i = from;
      while (i < t.size() && np(t.get(i))) {
        if (t.get(i).pos().equals("PRP") && i > from) {
          break;
        }
        i++;
        if (i - 1 >= from && t.get(i - 1).pos().equals("PRP") && !t.get(i - 1).word().equalsIgnoreCase("it")) {
          break; // a pronoun is a whole noun phrase
        }
      }
      return i;
    }
  }

  /** A quote under construction. */
  private static final class Draft {
    Quote.Kind kind = Quote.Kind.DIRECT;
    final List<Span> content = new ArrayList<>();
    Span cue;
    Span source;
    String speaker;
    String addressee;
    final List<String> relayedBy = new ArrayList<>();
    String mode = "speech";
    double confidence;
    String rule;
    int end;

    Quote toQuote(String id) {
      return new Quote(id, kind, content, Optional.ofNullable(cue), Optional.ofNullable(source),
          Optional.ofNullable(speaker), Optional.ofNullable(addressee), relayedBy, mode,
          false, confidence, rule);
    }
  }

  /** The dependency tree of one sentence, with children lists. */
  static final class Tree {
    final Sentence s;
    final int[] head;
    final String[] rel;
    final List<List<Integer>> kids;

    Tree(Sentence s) {
      this.s = s;
      int n = s.size();
      head = new int[n];
      rel = new String[n];
      java.util.Arrays.fill(head, -1);
      kids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        kids.add(new ArrayList<>(2));
      }
      for (Dependency d : s.dependencies()) {
        if (d.dependent() >= 0 && d.dependent() < n) {
          head[d.dependent()] = d.governor();
          rel[d.dependent()] = d.relation();
          if (d.governor() >= 0 && d.governor() < n) {
            kids.get(d.governor()).add(d.dependent());
          }
        }
      }
    }

    int head(int i) {
      return head[i];
    }

    String rel(int i) {
      return rel[i];
    }

    int child(int i, String relation) {
      for (int k : kids.get(i)) {
        if (relation.equals(rel[k]) || rel[k] != null && rel[k].startsWith(relation + ":")
            && !relation.equals("nsubj")) {
          return k;
        }
      }
      if (relation.equals("nsubj")) {
        for (int k : kids.get(i)) {
          if ("nsubj:pass".equals(rel[k])) {
            return -1;
          }
        }
      }
      return -1;
    }

    List<Integer> children(int i, String relation) {
      List<Integer> out = new ArrayList<>();
      for (int k : kids.get(i)) {
        if (relation.equals(rel[k])) {
          out.add(k);
        }
      }
      return out;
    }

    /**
     * The span of token {@code i} and its descendants, leaving out subtrees attached by the given
     * relations ("mark:that" leaves out a complementizer "that" only).
     */
    Span subtree(int i, Set<String> without) {
      int[] range = {i, i};
      visit(i, without, range, 0);
      // drop edge punctuation
      int a = range[0];
      int b = range[1];
      while (a < b && s.token(a).isPunctuation() && !isQuoteMark(s.token(a))) {
        a++;
      }
      while (b > a && s.token(b).isPunctuation() && !isQuoteMark(s.token(b))) {
        b--;
      }
      return s.span(a, b + 1);
    }

    private static boolean isQuoteMark(Token t) {
      return t.word().matches("[\"“”«»'`‘’]+");
    }

    private void visit(int i, Set<String> without, int[] range, int depth) {
      if (depth > 200) {
        return;
      }
      range[0] = Math.min(range[0], i);
      range[1] = Math.max(range[1], i);
      for (int k : kids.get(i)) {
        String r = rel[k];
        if (without.contains(r)) {
          continue;
        }
        if (without.contains("mark:that") && "mark".equals(r)
            && s.token(k).word().equalsIgnoreCase("that") && k < i) {
          continue;
        }
        visit(k, without, range, depth + 1);
      }
    }
  }
}
