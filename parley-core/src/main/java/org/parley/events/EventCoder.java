package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Gazetteer;
import org.parley.events.Lexicon.Condition;
import org.parley.events.Lexicon.Entry;
import org.parley.ingest.CleanText;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.time.TimeExpression;

/**
 * The event stage ("events"): codes who did what to whom, when and where. Requires TOKENS,
 * ENTITIES, DEPENDENCIES, ACTORS and QUOTES (dates are used when an earlier stage found them);
 * provides EVENTS.
 *
 * <p>Two sources of events. Clauses: a trigger verb or event noun of the {@link Lexicon} with its
 * source (subject, passive "by" agent, coordinated subjects) and target (object, recipient, "with
 * X", "on X" ... as the lexicon line says), both mapped to actors through the actors' mention
 * spans; nouns fire under a light verb ("held talks"), a verb of occurrence ("talks began") or with
 * their own agent ("a meeting by X"). Statements: every attributed quote is an event of its
 * speaker, typed by what its content does (appeal, accusation, rejection, offer, comment), unless a
 * clause of its content already is the speaker's own event ("We are ready to discuss ...").
 *
 * <p>Design decision: the flags follow the trigger's clause chain (the trigger, its light verb,
 * and the governors it is the complement of): "will"/"is due to" make it future, "could"/"if"
 * hypothetical, "not"/"no" negated, a quote or a cue verb's complement reported. Cooperation that
 * is only intended or in the future is coded AGREE, as PLOVER asks ("ready to discuss" is AGREE
 * 036, not CONSULT); refused cooperation is REJECT. The date is a time expression of the trigger's
 * own clause, else the article's date; the place a LOCATION named "in"/"at" in that clause. Each
 * sentence is read once, so the stage is linear in the text.
 */
public final class EventCoder implements Stage {
  private static final Set<String> CLAUSE_STOP =
      Set.of("ccomp", "advcl", "parataxis", "acl", "csubj", "conj", "punct", "list", "dep");
  private static final Set<String> PHRASE_STOP =
      Set.of("acl", "advcl", "ccomp", "conj", "cc", "punct", "parataxis", "case", "det");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "me", "our", "my");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  private static final Set<String> NOT_DATE_CASES =
      Set.of("until", "till", "through", "since", "by", "before", "after");
  private static final Set<String> VENUES =
      Set.of("conference", "summit", "forum", "talk", "meeting", "session", "negotiation");
  /** Verbs by which one party takes part in a gathering of several ("attended the summit"). */
  private static final Set<String> ATTEND = Set.of("attend", "join", "host");
  private static final Set<String> VERBAL_ATTACK = Set.of("attack", "hit", "slam", "blast");
  /** Sectors of actors who bear arms. */
  private static final Set<String> ARMED = Set.of("MIL", "REB", "COP", "INS", "UAF", "SPY", "IMG");
  private static final Set<String> UNTIL = Set.of("until", "till", "through", "thru");

  private final Plover plover;
  private final Lexicon lexicon;

  public EventCoder() {
    this(Plover.builtIn(), Lexicon.builtIn());
  }

  public EventCoder(Plover plover, Lexicon lexicon) {
    this.plover = plover;
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.ENTITIES, Layer.DEPENDENCIES, Layer.ACTORS, Layer.QUOTES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public Analysis apply(Analysis in) {
    Run run = new Run(in);
    List<Event> events = run.run();
    if (run.nominal.isEmpty()) {
      return in.withEvents(events);
    }
    List<Actor> all = new ArrayList<>(in.actors());
    all.addAll(run.nominal);
    return in.withActors(all).withEvents(events);
  }

  /** An event being built. */
  private static final class Draft {
    String cameo;
    String rule;
    Span trigger;
    Span evidence;
    Set<String> source = new LinkedHashSet<>();
    Set<String> target = new LinkedHashSet<>();
    String date;
    String place;
    String quote;
    boolean negated;
    boolean future;
    boolean hypothetical;
    boolean reported;
    boolean inferredSource;
    boolean verb;
    boolean statement;
    Optional<String> mode = Optional.empty();
  }

  /** One article's coding. */
  private final class Run {
    final Analysis in;
    final String text;
    final List<Actor> actors;
    /** The actors by id (a linear search per look-up would make the stage quadratic). */
    final java.util.Map<String, Actor> byId = new java.util.HashMap<>();
    final List<Span> skip = new ArrayList<>();
    final String pubDate;
    final List<Draft> drafts = new ArrayList<>();
    /** Clause events dropped for a missing target ("eight people were killed by X"). */
    final List<Draft> unplausible = new ArrayList<>();
    /** For each sentence, the actor id of each token (null where none). */
    final List<String[]> tokenActors = new ArrayList<>();
    final List<Graph> graphs = new ArrayList<>();
    /** Words the NER tagged LOCATION somewhere in the article ("Munich" of "in Munich"). */
    final Set<String> articleLocations = new HashSet<>();
    /** Actors this stage adds for event arguments the actor stage left unnamed ("Israeli shelling"). */
    final List<Actor> nominal = new ArrayList<>();
    final java.util.Map<String, String> nominalByKey = new java.util.HashMap<>();

    Run(Analysis in) {
      this.in = in;
      this.text = in.text();
      this.actors = in.actors();
      for (Actor a : actors) {
        byId.putIfAbsent(a.id(), a);
      }
      CleanText clean = in.clean();
      clean.title().ifPresent(skip::add);
      clean.dateline().ifPresent(skip::add);
      for (CleanText.Region r : clean.regions(CleanText.Region.Kind.EMBEDDED_POST)) {
        skip.add(r.span());
      }
      this.pubDate = in.publication().date().map(LocalDate::toString)
          .or(() -> in.article().published().map(LocalDate::toString)).orElse(null);
    }

    List<Event> run() {
      mapTokensToActors();
      for (int si = 0; si < in.sentences().size(); si++) {
        Sentence s = in.sentences().get(si);
        if (skipped(s.span())) {
          continue;
        }
        codeSentence(si, graphs.get(si));
      }
      for (Quote q : in.quotes()) {
        codeStatement(q);
      }
      return finish();
    }

    boolean skipped(Span span) {
      for (Span sk : skip) {
        if (sk.overlaps(span)) {
          return true;
        }
      }
      return false;
    }

    // ------------------------------------------------------------------ actors of tokens

    void mapTokensToActors() {
      List<Object[]> mentions = new ArrayList<>();
      for (Actor a : actors) {
        for (Span m : a.mentions()) {
          mentions.add(new Object[] {m, a.id()});
        }
      }
      mentions.sort((x, y) -> ((Span) x[0]).compareTo((Span) y[0]));
      int from = 0;
      for (Sentence s : in.sentences()) {
        graphs.add(new Graph(s));
        String[] ids = new String[s.size()];
        for (Token t : s.tokens()) {
          if (t.ner().equals("LOCATION") && t.isProperNoun()) {
            articleLocations.add(t.word());
          }
        }
        while (from < mentions.size() && ((Span) mentions.get(from)[0]).end() <= s.span().start()) {
          from++;
        }
        for (int m = from; m < mentions.size(); m++) {
          Span ms = (Span) mentions.get(m)[0];
          if (ms.start() >= s.span().end()) {
            break;
          }
          for (Token t : s.tokens()) {
            if (ids[t.index()] == null && t.span().overlaps(ms)) {
              ids[t.index()] = (String) mentions.get(m)[1];
            }
          }
        }
        tokenActors.add(ids);
      }
    }

    Optional<Actor> actor(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    // ------------------------------------------------------------------ clause triggers

    void codeSentence(int si, Graph g) {
      int before = drafts.size();
      boolean[] fired = new boolean[g.n];
      for (int i = 0; i < g.n; i++) {
        Token t = g.tok(i);
        if (!t.isVerb()) {
          continue;
        }
        String b = g.base(i);
        if (b.equals("amod") || g.rel[i].equals("acl") && !t.pos().equals("VBG") || b.equals("compound")) {
          continue;
        }
        for (Entry e : lexicon.verbs(g.lemma(i))) {
          if (matches(si, e, g, i, i)) {
            fired[i] = true;
            code(si, g, e, i, i);
            break;
          }
        }
      }
      for (int i = 0; i < g.n; i++) {
        Token t = g.tok(i);
        if (!t.isNoun() || lexicon.nouns(g.lemma(i)).isEmpty()) {
          continue;
        }
        int gov = g.head[i];
        if (gov >= 0 && fired[gov]) {
          continue;
        }
        int host = nounHost(si, g, i);
        if (host == -2 || idiom(g, i)) {
          continue;
        }
        for (Entry e : lexicon.nouns(g.lemma(i))) {
          if (matches(si, e, g, i, host < 0 ? i : host)) {
            if (host < 0 && !ownAgentAllowed(e, g, i)) {
              break;
            }
            fired[i] = true;
            code(si, g, e, i, host < 0 ? i : host);
            break;
          }
        }
      }
      dropGenericIntents(g, fired, before);
    }

    /** Whether the agent of an act is the one who announces it, in a quote or a clause of saying. */
    boolean ownWords(Graph g, int si, int top, Draft d, Quote inQuote) {
      if (inQuote != null && inQuote.speaker().isPresent() && d.source.contains(inQuote.speaker().get())) {
        return true;
      }
      if (!g.base(top).equals("ccomp") || g.head[top] < 0 || !lexicon.in("CUE", g.lemma(g.head[top]))) {
        return false;
      }
      for (int sj : g.kids(g.head[top], "nsubj")) {
        String id = phraseActor(g, si, sj, 0);
        if (id != null && d.source.contains(id)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a clause speaks of force, sanctions or consequences ("would face consequences"). */
    boolean menacing(Graph g, int clause) {
      boolean[] sub = new boolean[g.n];
      g.subtree(clause, sub, Set.of("punct", "parataxis"));
      for (int k = 0; k < g.n; k++) {
        if (sub[k] && (inClass(g, k, "FORCE") || inClass(g, k, "SANCTIONS") || inClass(g, k, "MENACE"))) {
          return true;
        }
      }
      return false;
    }

    /** A trigger noun in a set phrase that is no event: "a great deal of", "a plea deal". */
    boolean idiom(Graph g, int i) {
      if (!g.lemma(i).equals("deal")) {
        return false;
      }
      for (int k : g.kids(i)) {
        if (Set.of("great", "good", "plea", "big", "whole").contains(g.lower(k))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Drops the generic offer of a verb whose complement is coded itself: "pledged to expel" is
     * the expulsion, promised; "agreed to restore relations" the restoration, intended.
     */
    void dropGenericIntents(Graph g, boolean[] fired, int from) {
      for (int i = 0; i < g.n; i++) {
        if (!fired[i] || !g.tok(i).isVerb()) {
          continue;
        }
        boolean codedComplement = false;
        for (int x : g.kids(i, "xcomp", "ccomp")) {
          List<Integer> acts = new ArrayList<>(List.of(x));
          acts.addAll(g.kids(x, "obj")); // "agreed to extend sanctions": the noun is the act
          for (int y : acts) {
            for (int d = from; d < drafts.size() && fired[y]; d++) {
              codedComplement |= drafts.get(d).trigger.equals(g.tok(y).span());
            }
          }
        }
        if (!codedComplement) {
          continue;
        }
        Span ts = g.tok(i).span();
        for (int d = drafts.size() - 1; d >= from; d--) {
          Draft dr = drafts.get(d);
          if (dr.trigger.equals(ts) && dr.cameo.equals("030")) {
            drafts.remove(d);
          }
        }
      }
    }

    /**
     * The verb a noun trigger takes its subject and flags from: a light verb whose object it is, a
     * verb of occurrence whose subject it is; -1 when the noun stands on its own agent; -2 when it
     * must not fire.
     */
    int nounHost(int si, Graph g, int i) {
      int gov = g.head[i];
      String r = g.rel[i];
      if (gov >= 0 && g.tok(gov).isVerb()) {
        String gl = g.lemma(gov);
        if ((r.equals("obj") || r.equals("nsubj:pass")) && lexicon.in("LIGHT", gl)) {
          return gov;
        }
        if (g.base(i).equals("obl") && lexicon.in("LIGHT", gl)
            && (g.cases(i).contains("on") || g.cases(i).contains("into") || g.cases(i).contains("in"))) {
          return gov;
        }
        if (r.equals("nsubj") && lexicon.in("OCCUR", gl)) {
          return gov;
        }
      }
      if (r.equals("conj") && gov >= 0 && g.tok(gov).isNoun()) {
        int h = nounHost(si, g, gov);
        if (h >= 0) {
          return h;
        }
      }
      for (int k : g.kids(i)) {
        // "the conference, which will take place ...", "talks held in Geneva"
        if (g.rel[k].equals("acl:relcl") && lexicon.in("OCCUR", g.lemma(k))
            && g.kids(k, "nsubj").stream().anyMatch(sj -> RELATIVE.contains(g.lower(sj)))
            || g.rel[k].equals("acl") && g.lemma(k).equals("hold") && g.tok(k).pos().equals("VBN")) {
          return k;
        }
      }
      for (int k : g.kids(i)) {
        if (g.isPrep(k, "by") || g.isPrep(k, "between") || g.rel[k].equals("nmod:poss")
            || ((g.base(k).equals("compound") || g.base(k).equals("amod"))
                && (tokenActors.get(si)[k] != null || countryOf(g, k) != null))) {
          return -1;
        }
      }
      return -2;
    }

    /** Whether a noun without a light verb may stand on a possessive or modifier agent. */
    boolean ownAgentAllowed(Entry e, Graph g, int i) {
      for (int k : g.kids(i)) {
        if (g.isPrep(k, "by") || g.isPrep(k, "between")) {
          return true;
        }
      }
      int root = Integer.parseInt(e.cameo().substring(0, 2));
      return root == 4 || root >= 13;
    }

    boolean matches(int si, Entry e, Graph g, int t, int p) {
      for (Condition c : e.when()) {
        boolean ok = false;
        switch (c.type()) {
          case PRT -> ok = g.hasKid(t, "compound:prt", c.word()) || g.hasKid(t, "compound", c.word())
              || hasPrepKid(g, t, c.word());
          case PREP -> {
            ok = c.wordClass() == null && (g.hasKid(t, "compound:prt", c.word()) && !g.kids(t, "obj").isEmpty()
                || markedClause(g, t, c.word()) >= 0);
            for (int q : new int[] {t, p}) {
              for (int k : g.kids(q)) {
                if (g.isPrep(k, c.word()) && (c.wordClass() == null || inClass(g, k, c.wordClass()))
                    && !inTime(g, k)) { // "called McConnell weak on Monday" calls on no one
                  ok = true;
                }
              }
            }
          }
          case THEME -> {
            for (int k : themes(g, t)) {
              if (inClass(g, k, c.wordClass())) {
                ok = true;
              }
            }
          }
          case MOD -> {
            for (int k : g.kids(t)) {
              String b = g.base(k);
              if ((b.equals("compound") || b.equals("amod")) && (g.lemma(k).equals(c.word())
                  || g.lower(k).equals(c.word()))) {
                ok = true;
              }
            }
            ok = ok || t > 0 && g.lower(t - 1).equals(c.word());
          }
          case LIGHT -> ok = p != t && g.lemma(p).equals(c.word());
          case NOPHRASE -> ok = g.kids(t, "obj", "ccomp", "xcomp").isEmpty();
          case COMP -> ok = !g.kids(t, "ccomp", "xcomp").isEmpty();
          case ACTOR -> {
            for (int k : themes(g, t)) {
              if (phraseActor(g, si, k, 0) != null) {
                ok = true;
              }
            }
          }
          case PERSON -> {
            for (int k : themes(g, t)) {
              // the head itself, not a modifier: "released U.S. cables" releases no one
              if (tokenActors.get(si)[k] != null || isPerson(g, k)) {
                ok = true;
              }
            }
          }
          default -> ok = false;
        }
        if (ok == c.negated()) {
          return false;
        }
      }
      return true;
    }

    /**
     * The subject of a subjectless present participle: after a comma it is the main clause's
     * ("France sent warships, offering support to Lebanon"); hung directly off a noun, that noun
     * ("troops offering support").
     */
    List<Integer> participleSubject(Graph g, int v) {
      boolean comma = v > 0 && g.tok(v - 1).isPunctuation();
      if (!comma && g.rel[v].equals("acl") && g.tok(g.head[v]).isNoun()) {
        return List.of(g.head[v]);
      }
      if (!comma) {
        return List.of();
      }
      for (int c = g.head[v], steps = 0; c >= 0 && steps < g.n; c = g.head[c], steps++) {
        List<Integer> s = g.kids(c, "nsubj");
        if (g.tok(c).isVerb() && !s.isEmpty()) {
          return s;
        }
      }
      return List.of();
    }

    /** A clausal complement introduced by {@code word} with its own subject, or -1. */
    int markedClause(Graph g, int t, String word) {
      for (int k : g.kids(t)) {
        if ((g.base(k).equals("advcl") || g.base(k).equals("xcomp")) && g.hasKid(k, "mark", word)
            && !g.kids(k, "nsubj").isEmpty()) {
          return k;
        }
      }
      return -1;
    }

    boolean hasPrepKid(Graph g, int t, String word) {
      for (int k : g.kids(t)) {
        if (g.lower(k).equals(word) && (g.base(k).equals("advmod") || g.base(k).equals("case"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a phrase names people though no actor was resolved for it: a person's name, a role
     * noun ("the mayor", "rebels") or a word for people ("prisoners", "civilians").
     */
    boolean isPerson(Graph g, int k) {
      Token t = g.tok(k);
      if (t.ner().equals("PERSON")) {
        return true;
      }
      if (!t.isNoun() || t.isProperNoun()) {
        return false;
      }
      Gazetteer gz = gazetteer();
      return inClass(g, k, "VICTIMS") || inClass(g, k, "PERSONS") || inClass(g, k, "PRISONERS")
          || inClass(g, k, "OFFICIAL") || gz != null && (gz.role(t.word()).isPresent() || gz.role(g.lemma(k)).isPresent());
    }

    boolean inClass(Graph g, int k, String cls) {
      return lexicon.in(cls, g.lemma(k)) || lexicon.in(cls, g.lower(k));
    }

    /** The object, or the passive subject, of a verb (with coordinated ones). */
    List<Integer> themes(Graph g, int v) {
      List<Integer> out = new ArrayList<>(g.kids(v, "obj", "nsubj:pass"));
      if (out.isEmpty() && !g.kids(v, "aux:pass").isEmpty() && g.kids(v, "nsubj").isEmpty()
          && g.head[v] >= 0 && Set.of("dep", "conj", "parataxis").contains(g.base(v))) {
        // a subjectless passive the parser hung off another verb: "talks hosted ... have been suspended"
        out.addAll(g.kids(g.head[v], "nsubj", "nsubj:pass"));
      }
      if (out.isEmpty()) {
        for (int x : g.kids(v, "xcomp")) {
          if (g.tok(x).isNoun()) {
            out.add(x);
          }
        }
      }
      return out;
    }

    // ------------------------------------------------------------------ arguments and flags

    void code(int si, Graph g, Entry e, int t, int p) {
      Draft d = new Draft();
      d.cameo = e.cameo();
      d.rule = e.rule();
      d.verb = e.kind() == Lexicon.Kind.VERB;
      d.trigger = g.tok(t).span();
      Quote inQuote = quoteAt(d.trigger);

      // the clause chain: trigger, its host verb, and the governors it is the complement of
      List<Integer> chain = new ArrayList<>();
      chain.add(t);
      if (p != t) {
        chain.add(p);
      }
      int top = p;
      boolean intent = false;
      boolean decided = false;
      boolean refuse = false;
      boolean would = false;
      while (g.head[top] >= 0 && (g.base(top).equals("xcomp")
          || (g.rel[top].equals("advcl") || g.rel[top].equals("ccomp")) && g.hasKid(top, "mark", "to")
          && isModalGovernor(g, g.head[top]))) {
        top = g.head[top];
        chain.add(top);
        String gl = g.lemma(top);
        if (lexicon.in("INTENT", gl)) {
          intent = true;
          decided |= lexicon.in("DECIDE", gl);
        }
        if (lexicon.in("FUTURE", gl)) {
          d.future = true;
        }
        if (lexicon.in("REFUSE", gl)) {
          refuse = true;
        }
        if (lexicon.in("HYPOTHETICAL", gl)) {
          d.hypothetical = true;
        }
        if (lexicon.in("THREATS", gl) && !lexicon.in("INTENT", gl)) {
          return; // "threatened to cut gas supplies": the threat, coded on its verb, says it all
        }
      }
      // "announced it would free prisoners": "would" of reported speech is a future, not a condition
      boolean reportedWould = g.base(top).equals("ccomp") && g.head[top] >= 0
          && lexicon.in("CUE", g.lemma(g.head[top])) && !g.hasKid(top, "mark", "if");
      for (int c : chain) {
        for (int k : g.kids(c)) {
          String b = g.base(k);
          String w = g.lower(k);
          if ((b.equals("advmod") || b.equals("neg") || b.equals("det")) && lexicon.in("NEGATION", w)) {
            d.negated = true;
          }
          if (b.equals("aux")) {
            if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("wo")
                || reportedWould && (w.equals("would") || w.equals("'d"))) {
              d.future = true;
            } else if (lexicon.in("HYPOTHETICAL", w)) {
              d.hypothetical = true;
              would |= w.equals("would");
            }
          }
          if (b.equals("mark") && (w.equals("if") || w.equals("whether"))) {
            d.hypothetical = true;
          }
          if (b.equals("advcl") && (g.hasKid(k, "mark", "if") || g.hasKid(k, "mark", "unless"))) {
            d.hypothetical = true; // "would attack Ukraine if provoked"
          }
          if (w.equals("about") && k + 1 < g.n && g.lower(k + 1).equals("to") && k < c) {
            d.future = true; // "is about to resume talks", however the parser hangs "about"
          }
          if (c == t && b.equals("amod") && lexicon.in("HYPOTHETICAL", g.lemma(k))) {
            d.hypothetical = true;
          }
        }
      }
      boolean cueAncestor = false;
      for (int c = g.head[top], steps = 0; c >= 0 && steps < g.n; c = g.head[c], steps++) {
        if (g.hasKid(c, "mark", "if") || g.hasKid(c, "mark", "whether")) {
          d.hypothetical = true;
        }
        if (g.tok(c).isVerb() && lexicon.in("CUE", g.lemma(c))) {
          cueAncestor = true;
        }
      }
      if (g.hasKid(top, "mark", "if") || g.hasKid(top, "mark", "whether")) {
        d.hypothetical = true;
      }
      if (g.head[top] >= 0 && lexicon.in("DENY", g.lemma(g.head[top]))
          && Set.of("ccomp", "xcomp", "dep", "advcl").contains(g.base(top))) {
        d.negated = true; // "denied that its forces attacked the convoy"
      }
      d.reported = inQuote != null || cueAncestor;
      if (inQuote != null) {
        d.quote = inQuote.id();
      }

      // source: subject of the host (or of the controlling verb), passive agent, noun agent
      String[] ids = tokenActors.get(si);
      List<Integer> agents = new ArrayList<>();
      List<Integer> targets = new ArrayList<>();
      int thatClause = -1;
      boolean passive = !g.kids(p, "nsubj:pass", "aux:pass").isEmpty();
      if (p == t && e.kind() == Lexicon.Kind.NOUN) {
        for (int k : g.kids(t)) {
          if (g.isPrep(k, "by") || g.isPrep(k, "between") || g.rel[k].equals("nmod:poss")
              || (g.base(k).equals("compound") || g.base(k).equals("amod"))
              && (ids[k] != null || countryOf(g, k) != null)) {
            agents.add(k);
          }
        }
      } else if (passive) {
        for (int k : g.kids(p)) {
          if (g.rel[k].equals("obl:agent") || g.isPrep(k, "by")) {
            agents.add(k);
          }
        }
        if (agents.isEmpty() && e.kind() == Lexicon.Kind.VERB && e.cameo().compareTo("18") >= 0) {
          // "were killed in Israeli shelling": the agent of the attack the victims died in
          for (int k : g.kids(p)) {
            if (g.base(k).equals("obl") && g.cases(k).contains("in") && forceNoun(g, k)) {
              List<Integer> by = new ArrayList<>();
              for (int kk : g.kids(k)) {
                if (g.isPrep(kk, "by")) {
                  by.add(kk); // "killed in an air strike by government forces"
                }
              }
              agents.addAll(by.isEmpty() ? List.of(k) : by);
            }
          }
        }
        if (e.targets().contains("obj")) {
          targets.addAll(g.kids(p, "nsubj:pass"));
        }
      } else {
        int c = p;
        List<Integer> subj = g.kids(c, "nsubj");
        while (subj.isEmpty() && g.head[c] >= 0
            && (g.base(c).equals("xcomp") || g.base(c).equals("conj") || g.rel[c].equals("advcl")
                || g.rel[c].equals("ccomp") && g.hasKid(c, "mark", "to"))) {
          boolean control = g.base(c).equals("xcomp");
          // "accused Israel of attacking", "blamed Russia for shelling": the object did it
          boolean ofFor = g.rel[c].startsWith("advcl") && (g.hasKid(c, "mark", "of") || g.hasKid(c, "mark", "for")
              || g.hasKid(c, "case", "of") || g.hasKid(c, "case", "for"));
          c = g.head[c];
          List<Integer> obj = g.kids(c, "obj");
          if (ofFor && !obj.isEmpty() && c != t) {
            subj = obj;
            d.reported = true; // known only through the accusation or praise
          } else if (control && !obj.isEmpty() && c != t) {
            subj = obj; // object control: "called on Russia to withdraw", "urged Iran to talk"
            if (lexicon.in("APPEAL_CONTROL", g.lemma(c))) {
              d.hypothetical = true; // asked for, not done: "persuaded them to back X"
            }
            for (Entry ge : lexicon.verbs(g.lemma(c))) {
              if (ge.cameo().startsWith("02") || ge.cameo().startsWith("10")) {
                d.hypothetical = true; // asked for, not done
              }
            }
          } else {
            subj = g.kids(c, "nsubj");
          }
        }
        if (subj.isEmpty() && g.tok(c).pos().equals("VBG") && g.head[c] >= 0) {
          subj = participleSubject(g, c);
        }
        for (int sj : subj) {
          if (RELATIVE.contains(g.lower(sj)) && g.rel[c].equals("acl:relcl") && g.head[c] >= 0) {
            agents.add(g.head[c]);
          } else {
            agents.add(sj);
          }
        }
        if (e.targets().contains("obj")) {
          for (int k : g.kids(p, "obj")) {
            if (k != t) {
              targets.add(k);
            }
          }
        }
      }
      if (p != t && e.kind() == Lexicon.Kind.NOUN) {
        for (int k : g.kids(t)) {
          if (g.isPrep(k, "by") || g.isPrep(k, "between")) {
            agents.add(k);
          }
        }
      }
      for (int q : p == t ? new int[] {t} : new int[] {t, p}) {
        for (int k : g.kids(q)) {
          if ((g.base(k).equals("advcl") || g.base(k).equals("xcomp")) && g.tok(k).isVerb()) {
            for (int m : g.kids(k, "mark")) {
              if (e.targets().contains(g.lower(m))) {
                targets.addAll(g.kids(k, "nsubj")); // "called on Russia to ..." parsed as a clause
              }
            }
          }
          if (g.base(k).equals("ccomp") && e.targets().contains("that")) {
            targets.addAll(g.kids(k, "nsubj", "nsubj:pass")); // "alleged that France ..."
            thatClause = k;
          }
          if (g.rel[k].equals("compound:prt") && e.targets().contains(g.lower(k))) {
            targets.addAll(g.kids(q, "obj")); // "called on Russia" parsed with a particle
          }
          if (e.targets().contains("iobj") && g.rel[k].equals("iobj")) {
            targets.add(k);
          }
          String b = g.base(k);
          if (b.equals("obl") || b.equals("nmod")) {
            for (String prep : g.cases(k)) {
              if (e.targets().contains(prep) && !prep.equals("between")) {
                targets.add(k);
                break;
              }
            }
          }
        }
      }
      if (e.kind() == Lexicon.Kind.VERB) {
        // "ratified the agreement with Poland", "pledged euros in aid to Syria": the party named
        // inside the object phrase, two modifiers deep at most
        List<Integer> inner = new ArrayList<>(themes(g, t));
        for (int i = 0, depth = inner.size(); i < inner.size() && i < 12; i++) {
          int th = inner.get(i);
          for (int k : g.kids(th)) {
            if (!g.base(k).equals("nmod")) {
              continue;
            }
            List<String> cs = g.cases(k);
            if (cs.stream().anyMatch(c -> e.targets().contains(c) && !c.equals("of"))) {
              if (!targets.contains(k)) {
                targets.add(k);
              }
            } else if (i < depth) {
              inner.add(k);
            }
          }
        }
        // "threatened to impose tariffs on Mexico": an appeal, offer, threat or refusal without a
        // target of its own takes the one of the act it speaks of
        String r0 = e.cameo().substring(0, 2);
        if (targets.isEmpty() && Set.of("02", "03", "10", "12", "13").contains(r0)) {
          for (int x : g.kids(t, "xcomp")) {
            if (!g.tok(x).isVerb()) {
              continue;
            }
            targets.addAll(g.kids(x, "obj"));
            for (int k : g.kids(x)) {
              if (g.base(k).equals("obl") && g.cases(k).stream()
                  .anyMatch(c -> c.equals("on") || c.equals("against") || c.equals("with") || c.equals("to"))) {
                targets.add(k);
              }
            }
          }
        }
      }
      if (e.targets().contains("<from")) {
        // "received weapons from X": X is the one who gives, the subject the one who gets
        List<Integer> givers = new ArrayList<>();
        for (int k : g.kids(t)) {
          if ((g.base(k).equals("obl") || g.base(k).equals("nmod")) && g.cases(k).contains("from")) {
            givers.add(k);
          }
        }
        for (int th : themes(g, t)) {
          for (int k : g.kids(th)) {
            if (g.base(k).equals("nmod") && g.cases(k).contains("from")) {
              givers.add(k);
            }
          }
        }
        targets.clear();
        targets.addAll(agents);
        agents.clear();
        agents.addAll(givers);
      }
      for (int a : agents) {
        addActors(g, si, a, d.source, inQuote);
      }
      for (int a : targets) {
        addActors(g, si, a, d.target, inQuote);
      }
      String root0 = d.cameo.substring(0, 2);
      if (d.source.isEmpty() && inQuote != null && inQuote.speaker().isPresent()
          && (passive || agents.isEmpty()) && root0.compareTo("03") >= 0 && root0.compareTo("08") <= 0
          || d.source.isEmpty() && inQuote != null && inQuote.speaker().isPresent()
          && (passive || agents.isEmpty()) && root0.equals("16")) {
        // the one who announces a suspension or an offer is taken to be its agent
        d.source.add(inQuote.speaker().get());
        d.inferredSource = true;
        d.rule += "+speaker-as-agent";
      }
      d.target.removeAll(d.source);
      boolean gathering = e.kind() == Lexicon.Kind.NOUN && VENUES.contains(g.lemma(t))
          && (namedEvent(g, t) || p != t && ATTEND.contains(g.lemma(p)));
      if (gathering) {
        String self = tokenActors.get(si)[t];
        if (self != null) {
          d.source.remove(self);
          d.target.remove(self);
        }
        d.rule += "+named-gathering";
      }
      if (d.source.isEmpty() && d.target.isEmpty() && !gathering) {
        return;
      }

      // clause, date, place, evidence
      boolean[] clause = new boolean[g.n];
      g.subtree(top, clause, CLAUSE_STOP);
      if (p == t && e.kind() == Lexicon.Kind.NOUN) {
        g.subtree(t, clause, CLAUSE_STOP);
      }
      d.evidence = clauseSpan(g, clause);
      d.date = dateIn(g, clause);
      d.place = placeIn(g, chain, clause, targets);
      if (d.place == null && gathering) {
        d.place = venue(g, t, 0); // "the Munich Security Conference" is in Munich
      }

      // conversions and refinements
      String root = d.cameo.substring(0, 2);
      if (d.negated && (would || d.future || intent) && isCooperation(root)) {
        // "said he would not provide support": a refusal, not a negated offer
        d.cameo = root.equals("04") ? "125" : root.equals("06") || root.equals("07") ? "121" : "120";
        d.rule += "+refusal";
        d.negated = false;
        d.future = false;
        d.hypothetical = d.hypothetical && !would;
      } else if (refuse && root.compareTo("03") >= 0 && root.compareTo("09") <= 0) {
        d.cameo = root.equals("04") || root.equals("03") && refinedBy(g, t, "NEGOTIATION") ? "125" : "120";
        d.rule += "+refusal";
      } else if (refuse && !root.equals("12")) {
        // "declined to indict", "failed to condemn": a refused act of pressure did not happen
        d.negated = true;
        d.rule += "+refused";
      } else if ((intent || d.future) && root.equals("08")
          && plover.expect(d.cameo).type().orElse("").equals("RETREAT")) {
        d.cameo = "080"; // a promised retreat is a concession (PLOVER: RETREAT + future is CONCEDE)
        d.rule += intent ? "+intent" : "+future";
      } else if ((intent || d.future) && isCooperation(root)) {
        d.cameo = switch (root) {
          case "04" -> "036";
          case "05" -> d.cameo.equals("057") ? "030" : "032";
          case "06" -> "031";
          default -> "033";
        };
        d.rule += intent ? "+intent" : "+future";
      } else if (intent && !decided && !d.future && isConflict(root)) {
        d.cameo = d.cameo.equals("163") ? "1312" : root.compareTo("18") >= 0 ? "138" : "130";
        d.rule += "+intent";
      } else if (d.future && !d.negated && isConflict(root) && ownWords(g, si, top, d, inQuote)) {
        // "Russia said it would attack Ukraine": force announced by its own agent is a threat
        d.cameo = d.cameo.equals("163") ? "1312" : root.compareTo("18") >= 0 ? "138" : "130";
        d.rule += "+announced";
        d.future = false;
        d.hypothetical = false;
      }
      d.cameo = refine(g, t, d.cameo);
      if (d.verb && VERBAL_ATTACK.contains(g.lemma(t)) && isPersonOrGovernment(d.source)
          && d.cameo.startsWith(root)) {
        d.cameo = "111";
        d.rule += "+verbal";
      }
      if (d.cameo.startsWith("04") && d.place != null && !d.source.isEmpty() && !d.target.isEmpty()
          && (d.cameo.equals("040") || d.cameo.equals("046"))) {
        String placeCountry = placeCountry(d.place);
        if (placeCountry == null || !placeCountry.equals(country(d.source)) && !placeCountry.equals(country(d.target))) {
          d.cameo = "044";
          d.rule += "+third-place";
        }
      }
      if (d.cameo.startsWith("04") && d.source.size() + d.target.size() >= 3
          || d.cameo.startsWith("04") && (anyIgo(d.source) || gathering)) {
        d.mode = Optional.of("multilateral");
      }
      if (isConflict(d.cameo.substring(0, 2)) && d.cameo.compareTo("18") >= 0 && figurative(g, t, d)) {
        return; // "a legal battle", "Congress could resume that battle"
      }
      boolean victims = false;
      for (int th : themes(g, t)) {
        List<Integer> all = new ArrayList<>(g.kids(th, "conj"));
        all.add(th);
        for (int x : all) {
          victims |= isPerson(g, x) || inClass(g, x, "POSITIONS") || inClass(g, x, "PROPERTY");
        }
      }
      // "warned that it would retaliate": a threat to act, told in a clause about the speaker;
      // "threatened to cut gas supplies": the act threatened, in the verb's own complement
      boolean content = e.cameo().startsWith("13") && !g.kids(t, "xcomp").isEmpty();
      for (int x : g.kids(t, "ccomp")) {
        boolean modal = false;
        for (int aux : g.kids(x, "aux")) {
          modal |= Set.of("will", "would", "'ll", "could", "shall").contains(g.lower(aux));
        }
        for (int sj : g.kids(x, "nsubj")) {
          String id = phraseActor(g, si, sj, 0);
          content |= modal && (Set.of("it", "we", "they", "i").contains(g.lower(sj)) || id != null && d.source.contains(id));
        }
      }
      if (d.verb && e.targets().contains("obj") && root.compareTo("17") >= 0 && themes(g, t).isEmpty()
          && targets.isEmpty() && !armed(d.source)) {
        return; // "Democrats seize on the election", "Finland fought effectively"
      }
      if (d.cameo.startsWith("04") || d.cameo.equals("125")) {
        boolean press = !d.target.isEmpty();
        for (String id : d.target) {
          press &= isMedia(id);
        }
        if (press) {
          return; // "would not talk to NPR": an interview, not a consultation
        }
      }
      if (e.cameo().startsWith("13") && thatClause >= 0 && !content && g.kids(t, "obj").isEmpty()
          && !menacing(g, thatClause)) {
        return; // "warned that Germany must avoid the problems": a warning, not a threat
      }
      if (!gathering && !plausible(d, root, victims, content)) {
        if (!d.source.isEmpty()) {
          unplausible.add(d); // still tells who a statement accuses
        }
        return;
      }
      drafts.add(d);
    }

    /**
     * Whether a word is a noun of force, or is modified by one: "an air strike", "Israeli tank
     * shelling" (the parser often makes the event noun a modifier of the weapon).
     */
    boolean forceNoun(Graph g, int k) {
      if (isForceWord(g, k)) {
        return true;
      }
      for (int m : g.kids(k)) {
        String b = g.base(m);
        if ((b.equals("amod") || b.equals("compound")) && isForceWord(g, m)) {
          return true;
        }
      }
      return false;
    }

    boolean isForceWord(Graph g, int k) {
      for (String w : new String[] {g.lemma(k), g.lower(k)}) {
        for (Entry ne : lexicon.nouns(w)) {
          if (ne.cameo().compareTo("18") >= 0 && ne.cameo().compareTo("21") < 0) {
            return true;
          }
        }
      }
      return false;
    }

    /** A gathering with a name of its own ("the Munich Security Conference", "the G20 summit"). */
    boolean namedEvent(Graph g, int t) {
      if (g.tok(t).isProperNoun()) {
        return true;
      }
      for (int k : g.kids(t, "compound")) {
        if (g.tok(k).isProperNoun() || g.tok(k).pos().equals("CD")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the event has the parties its type needs: force needs a perpetrator, an accusation,
     * threat or attack by verb needs a target, a consultation two parties (or an IGO).
     */
    boolean plausible(Draft d, String triggerRoot, boolean victims, boolean content) {
      String root = d.cameo.substring(0, 2);
      if (root.compareTo("17") >= 0 && d.source.isEmpty()) {
        return false;
      }
      if (d.verb && d.target.isEmpty() && triggerRoot.equals("13") && !content) {
        return false;
      }
      if (d.verb && d.target.isEmpty() && triggerRoot.compareTo("18") >= 0 && !victims && !armed(d.source)) {
        return false; // force needs a victim: "killed four civilians", "shelled rebel positions"
      }
      if (root.equals("04") && d.source.size() + d.target.size() < 2 && !anyIgo(d.source)) {
        return false;
      }
      return true;
    }

    /**
     * Whether a word of force speaks of politics or law: a political modifier ("a legal battle",
     * "a political attack"), or a battle, fight or war of which no party bears arms or is a state
     * ("Congress could resume that battle").
     */
    boolean figurative(Graph g, int t, Draft d) {
      for (int k : g.kids(t)) {
        String b = g.base(k);
        if ((b.equals("amod") || b.equals("compound")) && inClass(g, k, "POLITICAL")) {
          return true;
        }
      }
      if (!inClass(g, t, "FIGURATIVE")) {
        return false;
      }
      return !armed(d.source) && !armed(d.target);
    }

    /** Whether one of the actors bears arms or stands for a state as a whole. */
    boolean armed(Set<String> ids) {
      for (String id : ids) {
        Optional<Actor> o = actor(id);
        if (o.isEmpty()) {
          continue;
        }
        Actor a = o.get();
        for (String sec : a.sectors()) {
          if (ARMED.contains(sec)) {
            return true;
          }
        }
        if (a.kind() == Actor.Kind.GOVERNMENT && !a.sectors().contains("LEG") && !a.sectors().contains("JUD")
            || a.kind() != Actor.Kind.PERSON && a.sectors().isEmpty() && a.country().isPresent()) {
          return true;
        }
      }
      return false;
    }

    boolean isModalGovernor(Graph g, int gov) {
      String l = g.lemma(gov);
      return lexicon.in("INTENT", l) || lexicon.in("FUTURE", l) || lexicon.in("REFUSE", l);
    }

    boolean isCooperation(String root) {
      return root.equals("04") || root.equals("05") || root.equals("06") || root.equals("07");
    }

    boolean isConflict(String root) {
      return root.compareTo("16") >= 0 && root.compareTo("20") <= 0;
    }

    boolean refinedBy(Graph g, int t, String cls) {
      boolean[] sub = new boolean[g.n];
      g.subtree(t, sub, Set.of("nsubj", "nsubj:pass", "punct", "parataxis"));
      for (int k = 0; k < g.n; k++) {
        if (sub[k] && k != t && inClass(g, k, cls)) {
          return true;
        }
      }
      return false;
    }

    /** A generic code made specific by what its complement speaks of ("call for a ceasefire"). */
    String refine(Graph g, int t, String cameo) {
      boolean generic = cameo.length() == 3 && cameo.endsWith("0") || cameo.length() == 2;
      if (!generic) {
        return cameo;
      }
      for (Lexicon.Refinement r : lexicon.refinements()) {
        if (cameo.startsWith(r.root()) && refinedBy(g, t, r.wordClass())) {
          return r.cameo();
        }
      }
      return cameo;
    }

    /** Adds the actors of an argument phrase and of the phrases coordinated with it. */
    void addActors(Graph g, int si, int a, Set<String> into, Quote inQuote) {
      List<Integer> heads = new ArrayList<>();
      heads.add(a);
      for (int i = 0; i < heads.size() && i < 8; i++) {
        heads.addAll(g.kids(heads.get(i), "conj"));
      }
      for (int h : heads) {
        String id = phraseActor(g, si, h, 0);
        if (id == null && inQuote != null && inQuote.speaker().isPresent()
            && (FIRST_PERSON.contains(g.lower(h))
                || inQuote.kind() == Quote.Kind.INDIRECT && THIRD_PERSON.contains(g.lower(h)))) {
          // "we" of a quote is its speaker; so is "he" of reported speech ("Obama said he would")
          id = inQuote.speaker().get();
        }
        if (id == null) {
          id = reportedSelf(g, si, h);
        }
        if (id == null) {
          id = nominalActor(g, si, h);
        }
        if (id == null && inClass(g, h, "QUANTITY")) {
          // "thousands of protesters", "dozens of demonstrators": the people counted
          for (int k : g.kids(h, "nmod")) {
            if (id == null && g.cases(k).contains("of")) {
              id = nominalActor(g, si, k);
            }
          }
        }
        if (id != null) {
          into.add(id);
          // "Russian and Chinese leaders": one more party for each coordinated country adjective
          for (int k : g.kids(h, "amod", "compound")) {
            List<Integer> adjectives = new ArrayList<>(g.kids(k, "conj"));
            if (adjectives.isEmpty() || countryOf(g, k) == null) {
              continue;
            }
            adjectives.add(k);
            for (int c : adjectives) {
              if (countryOf(g, c) != null) {
                String more = tokenActors.get(si)[c] != null ? tokenActors.get(si)[c] : nominalActor(g, si, c);
                if (more != null) {
                  into.add(more);
                }
              }
            }
          }
        }
      }
    }

    /**
     * The actor a pronoun subject of a reported clause stands for: the subject of the verb of
     * saying ("Israel announced it would free prisoners"), or null.
     */
    String reportedSelf(Graph g, int si, int h) {
      if (!Set.of("it", "they", "he", "she", "we").contains(g.lower(h)) || !g.base(h).startsWith("nsubj")) {
        return null;
      }
      int v = g.head[h];
      if (v < 0 || !g.base(v).equals("ccomp") || g.head[v] < 0) {
        return null;
      }
      int say = g.head[v];
      if (!lexicon.in("CUE", g.lemma(say))) {
        return null;
      }
      for (int sj : g.kids(say, "nsubj")) {
        String id = phraseActor(g, si, sj, 0);
        if (id != null) {
          return id;
        }
      }
      return null;
    }

    /** The country of a demonym or country name modifying a noun ("Israeli shelling"), or null. */
    String countryOf(Graph g, int k) {
      Gazetteer gz = gazetteer();
      if (gz == null || !(g.tok(k).isProperNoun() || g.tok(k).pos().startsWith("JJ"))) {
        return null;
      }
      for (Gazetteer.Entry en : gz.lookup(g.tok(k).word())) {
        if ((en.type() == Gazetteer.Type.ADJECTIVE || en.type() == Gazetteer.Type.COUNTRY)
            && en.country() != null) {
          return en.country();
        }
      }
      return null;
    }

    /**
     * An actor for an argument the actor stage did not name, from its own words: a role or group
     * noun ("Police", "insurgents", "his Russian counterpart") and a country adjective ("Tunisian
     * rioters", "Israeli shelling"). Added to the article's actors; null when the phrase says
     * neither who nor from where.
     */
    String nominalActor(Graph g, int si, int h) {
      Gazetteer gz = gazetteer();
      Token t = g.tok(h);
      if (gz == null || t.isPronoun() || t.isProperNoun() && t.ner().equals("PERSON")) {
        return null;
      }
      String country = countryOf(g, h);
      int from = h;
      List<String> sectors = List.of();
      String role = null;
      if (country == null) {
        if (!t.isNoun() || t.isProperNoun()) {
          return null;
        }
        if (!lexicon.nouns(g.lemma(h)).isEmpty()) {
          // an event noun is no actor, but its modifier may be: "Israeli tank shelling"
          for (int k : g.kids(h)) {
            String b = g.base(k);
            if ((b.equals("amod") || b.equals("compound")) && lexicon.nouns(g.lemma(k)).isEmpty()) {
              String id = nominalActor(g, si, k);
              if (id != null) {
                return id;
              }
            }
          }
          return null;
        }
        for (int k : g.kids(h)) {
          String b = g.base(k);
          if ((b.equals("amod") || b.equals("compound")) && countryOf(g, k) != null) {
            country = countryOf(g, k);
            from = Math.min(from, k);
          }
        }
        Optional<Gazetteer.Entry> r = gz.role(t.word()).or(() -> gz.role(g.lemma(h)));
        for (int k : g.kids(h, "compound", "amod")) {
          if (k == h - 1) {
            Optional<Gazetteer.Entry> rr = gz.role(g.tok(k).word() + " " + t.word());
            if (rr.isPresent()) {
              r = rr;
              from = Math.min(from, k);
            }
          }
        }
        if (r.isPresent()) {
          sectors = r.get().sectors();
          role = g.lower(h);
        } else if (h > 0 && g.head[h - 1] == h && (g.base(h - 1).equals("compound") || g.base(h - 1).equals("amod"))
            && !g.tok(h - 1).isProperNoun() && (inClass(g, h, "POSITIONS") || inClass(g, h, "PROPERTY"))) {
          // "rebel positions", "a police station": the people a place or thing belongs to
          Optional<Gazetteer.Entry> m = gz.role(g.tok(h - 1).word());
          if (m.isPresent() && !m.get().sectors().isEmpty()) {
            sectors = m.get().sectors();
            role = g.lower(h - 1);
            from = Math.min(from, h - 1);
          }
        }
        if (country == null && sectors.isEmpty()) {
          return null;
        }
      }
      String code = (country == null ? "---" : country) + String.join("", sectors);
      String key = "nominal:" + code + "|" + (role == null ? "" : role);
      Span span = g.sentence.span(from, h + 1);
      String id = nominalByKey.get(key);
      if (id == null) {
        id = "a" + (actors.size() + nominal.size() + 1);
        while (byId.containsKey(id)) {
          id = id + "n";
        }
        Actor a = new Actor(id, span.in(text), role != null && gz.role(role).map(Gazetteer.Entry::kind)
                .orElse("").equals("yes") ? Actor.Kind.PERSON : Actor.Kind.GROUP,
            Optional.ofNullable(country), sectors, Optional.of(code), Optional.ofNullable(role),
            Optional.empty(), true, List.of(span), "events: nominal argument");
        nominal.add(a);
        byId.put(id, a);
        nominalByKey.put(key, id);
      } else {
        for (int x = 0; x < nominal.size(); x++) {
          Actor a = nominal.get(x);
          if (a.id().equals(id) && !a.mentions().contains(span)) {
            List<Span> ms = new ArrayList<>(a.mentions());
            ms.add(span);
            ms.sort(null);
            nominal.set(x, a.withMentions(ms));
            byId.put(id, nominal.get(x));
          }
        }
      }
      for (int x = from; x <= h; x++) {
        if (tokenActors.get(si)[x] == null) {
          tokenActors.get(si)[x] = id;
        }
      }
      return id;
    }

    /** The actor a phrase names: its head's, else the nearest modifier's (names before titles). */
    String phraseActor(Graph g, int si, int h, int depth) {
      String[] ids = tokenActors.get(si);
      if (ids[h] != null) {
        return ids[h];
      }
      if (lexicon.in("COUNTERPART", g.lemma(h))) {
        return null; // "Trump's opponents accuse Barr": not Trump
      }
      if (depth >= 3) {
        return null;
      }
      String best = null;
      int bestRank = Integer.MAX_VALUE;
      for (int k : g.kids(h)) {
        String b = g.base(k);
        if (PHRASE_STOP.contains(b) || g.rel[k].equals("acl:relcl")) {
          continue;
        }
        int rank = switch (b) {
          case "flat", "appos" -> 0;
          case "dep" -> g.tok(k).isProperNoun() ? 1 : 5;
          case "nmod" -> g.rel[k].equals("nmod:poss") ? 3 : (g.cases(k).contains("of") ? 1 : 4);
          case "compound" -> 2;
          case "amod" -> 3;
          default -> 5;
        };
        if (rank >= 4) {
          continue;
        }
        String id = phraseActor(g, si, k, depth + 1);
        if (id != null && rank < bestRank) {
          best = id;
          bestRank = rank;
        }
      }
      return best;
    }

    Span clauseSpan(Graph g, boolean[] clause) {
      int first = -1;
      int last = -1;
      for (int k = 0; k < g.n; k++) {
        if (clause[k] && !g.tok(k).isPunctuation()) {
          if (first < 0) {
            first = k;
          }
          last = k;
        }
      }
      if (first < 0) {
        return g.sentence.span();
      }
      return g.sentence.span(first, last + 1);
    }

    /**
     * The value of a date expression inside the clause, else the article's date; a state that
     * lasts "until February 25" ends the interval there ("2016-02-11/2016-02-25").
     */
    String dateIn(Graph g, boolean[] clause) {
      String day = dayIn(g, clause);
      String end = untilIn(g, clause);
      if (day != null && end != null && day.length() == 10 && end.compareTo(day) > 0) {
        return day + "/" + end;
      }
      return day;
    }

    /**
     * The day a length counted from a day of the text ends on: "three days later" is written as
     * the length (TimeML's reading) with the interval from the day before it to the day it
     * reaches, and what happened "three days later" happened on that last day.
     */
    static String countedDay(TimeExpression te) {
      if (te.type() != TimeExpression.Type.DURATION || te.start().isEmpty()
          || te.anchor() != TimeExpression.Anchor.TEXT) {
        return null;
      }
      String end = te.end().orElse("");
      return end.matches("\\d{4}-\\d{2}-\\d{2}") ? end : null;
    }

    /** Whether token {@code k} lies in a time expression ("on Monday", "in March"). */
    boolean inTime(Graph g, int k) {
      Span at = g.tok(k).span();
      for (TimeExpression te : in.dates()) {
        if (te.span().contains(at)) {
          return true;
        }
      }
      return false;
    }

    /** The last day of an "until X" expression of the clause, or null. */
    String untilIn(Graph g, boolean[] clause) {
      for (TimeExpression te : in.dates()) {
        if (!g.sentence.span().contains(te.span()) || te.type() != TimeExpression.Type.DATE) {
          continue;
        }
        int k = g.sentence.tokenAt(te.span().start());
        if (k >= g.n || k == 0 || !clause[k] || !UNTIL.contains(g.lower(k - 1))) {
          continue;
        }
        String v = te.end().orElse(te.value());
        if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
          return v;
        }
        if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
          return v.substring(11);
        }
      }
      return null;
    }

    String dayIn(Graph g, boolean[] clause) {
      for (TimeExpression te : in.dates()) {
        if (!g.sentence.span().contains(te.span())) {
          continue;
        }
        String counted = countedDay(te);
        if (te.type() != TimeExpression.Type.DATE && counted == null) {
          continue;
        }
        int k = g.sentence.tokenAt(te.span().start());
        if (k >= g.n || !clause[k]) {
          continue;
        }
        if (counted != null) {
          return counted; // "three days later" is an adverbial whatever its parse
        }
        int top = k;
        while (g.head[top] >= 0 && te.span().contains(g.tok(g.head[top]).span())) {
          top = g.head[top];
        }
        String b = g.base(top);
        if (!(b.equals("obl") || b.equals("advmod") || b.equals("nmod") && g.head[top] >= 0
            && !g.tok(g.head[top]).isVerb() && lexicon.nouns(g.lemma(g.head[top])).size() > 0)) {
          continue; // "a March 1 ceasefire" dates the ceasefire, not the suggestion
        }
        if (k > 0 && NOT_DATE_CASES.contains(g.lower(k - 1))) {
          continue;
        }
        String v = te.value();
        if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
          return v; // a range of days: "from February 12-14"
        }
        if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
          return v.substring(0, 10);
        }
      }
      return pubDate;
    }

    /** "in Geneva", "at the Munich conference", or a place in the theme ("talks hosted in Geneva"). */
    String placeIn(Graph g, List<Integer> chain, boolean[] clause, List<Integer> targets) {
      List<Integer> heads = new ArrayList<>(chain);
      for (int c : chain) {
        for (int th : themes(g, c)) {
          heads.add(th);
          int h = g.head[th];
          if (h >= 0 && !chain.contains(h) && g.tok(h).pos().equals("VBN")) {
            heads.add(h);
          }
        }
      }
      for (int h : heads) {
        for (int k : g.kids(h)) {
          String b = g.base(k);
          if ((b.equals("obl") || b.equals("nmod")) && (g.cases(k).contains("in") || g.cases(k).contains("at"))
              && isLocation(g, k)) {
            return locationText(g, k);
          }
          if (b.equals("acl")) {
            for (int kk : g.kids(k)) {
              if (g.base(kk).equals("obl") && (g.cases(kk).contains("in") || g.cases(kk).contains("at"))
                  && isLocation(g, kk)) {
                return locationText(g, kk);
              }
            }
          }
        }
      }
      for (int h : heads) {
        for (int k : g.kids(h)) {
          if (g.base(k).equals("obl") && !targets.contains(k)) {
            String v = venue(g, k, 0);
            if (v != null) {
              return v;
            }
          }
        }
      }
      return null;
    }

    String venue(Graph g, int k, int depth) {
      if (VENUES.contains(g.lemma(k))) {
        List<Integer> mods = new ArrayList<>(g.kids(k, "compound"));
        for (int i = 0; i < mods.size() && i < 6; i++) {
          mods.addAll(g.kids(mods.get(i), "compound"));
        }
        mods.sort(null);
        for (int c : mods) {
          if (isLocation(g, c) || articleLocations.contains(g.tok(c).word())) {
            return locationText(g, c);
          }
        }
      }
      if (depth >= 3) {
        return null;
      }
      for (int c : g.kids(k)) {
        if (g.base(c).equals("nmod")) {
          String v = venue(g, c, depth + 1);
          if (v != null) {
            return v;
          }
        }
      }
      return null;
    }

    boolean isLocation(Graph g, int k) {
      return g.tok(k).ner().equals("LOCATION");
    }

    String locationText(Graph g, int k) {
      int s = k;
      int e = k;
      while (s > 0 && g.tok(s - 1).ner().equals("LOCATION")) {
        s--;
      }
      while (e + 1 < g.n && g.tok(e + 1).ner().equals("LOCATION")) {
        e++;
      }
      return g.sentence.span(s, e + 1).in(text);
    }

    String placeCountry(String place) {
      Gazetteer gz = gazetteer();
      if (gz == null) {
        return null;
      }
      for (Gazetteer.Entry en : gz.lookup(place)) {
        if ((en.type() == Gazetteer.Type.COUNTRY || en.type() == Gazetteer.Type.METONYM) && en.country() != null) {
          return en.country();
        }
      }
      return null;
    }

    String country(Set<String> ids) {
      for (String id : ids) {
        Optional<Actor> a = actor(id);
        if (a.isPresent() && a.get().country().isPresent()) {
          return a.get().country().get();
        }
      }
      return "";
    }

    boolean anyIgo(Set<String> ids) {
      for (String id : ids) {
        Optional<Actor> a = actor(id);
        if (a.isPresent() && a.get().sectors().contains("IGO")) {
          return true;
        }
      }
      return false;
    }

    boolean isPersonOrGovernment(Set<String> ids) {
      for (String id : ids) {
        Optional<Actor> a = actor(id);
        if (a.isPresent() && (a.get().kind() == Actor.Kind.PERSON)
            && !a.get().sectors().contains("MIL") && !a.get().sectors().contains("REB")) {
          return true;
        }
      }
      return false;
    }

    Quote quoteAt(Span trigger) {
      for (Quote q : in.quotes()) {
        for (Span c : q.content()) {
          if (c.contains(trigger)) {
            return q;
          }
        }
      }
      return null;
    }

    // ------------------------------------------------------------------ statements

    void codeStatement(Quote q) {
      if (q.speaker().isEmpty()) {
        return;
      }
      String speaker = q.speaker().get();
      Span extent = q.extent();
      if (skipped(extent)) {
        return;
      }
      for (Draft d : drafts) {
        boolean inContent = false;
        for (Span c : q.content()) {
          inContent |= c.contains(d.trigger);
        }
        if (d.statement && d.source.contains(speaker) && d.evidence.overlaps(extent)) {
          return; // the same statement found twice (a direct and an indirect reading)
        }
        if (!d.statement && inContent && d.source.contains(speaker)) {
          d.reported = false;
          d.quote = q.id();
          return;
        }
      }
      // the content's tokens, in text order, with their sentence
      List<int[]> toks = new ArrayList<>();
      for (int si = 0; si < in.sentences().size(); si++) {
        Sentence s = in.sentences().get(si);
        if (!s.span().overlaps(extent)) {
          continue;
        }
        for (Token t : s.tokens()) {
          for (Span c : q.content()) {
            if (c.contains(t.span())) {
              toks.add(new int[] {si, t.index()});
              break;
            }
          }
        }
      }
      if (toks.isEmpty()) {
        return;
      }
      Draft d = new Draft();
      d.statement = true;
      d.quote = q.id();
      d.source.add(speaker);
      String cameo = "010";
      String why = "comment";
      int at = -1;
      stances:
      for (Lexicon.Stance st : lexicon.stances()) {
        for (int i = 0; i < toks.size(); i++) {
          for (List<String> phrase : st.phrases()) {
            if (phraseAt(toks, i, phrase) && !namesAKind(toks.get(i), phrase)) {
              cameo = st.cameo();
              why = String.join(" ", phrase);
              at = i;
              break stances;
            }
          }
        }
      }
      String accused = null;
      if (at < 0 && !isMedia(speaker)) {
        accused = accused(toks, speaker);
        if (accused != null) {
          cameo = "112";
          why = "accusation";
        }
      }
      if (at >= 0 && cameo.startsWith("03") && negatedNear(toks, at)) {
        cameo = "120";
        why = "not " + why;
      }
      // refine by what the content speaks of
      if (cameo.length() == 3 && cameo.endsWith("0")) {
        for (Lexicon.Refinement r : lexicon.refinements()) {
          if (!cameo.startsWith(r.root())) {
            continue;
          }
          boolean hit = false;
          for (int[] tk : toks) {
            Graph g = graphs.get(tk[0]);
            if (inClass(g, tk[1], r.wordClass())) {
              hit = true;
              break;
            }
          }
          if (hit) {
            cameo = r.cameo();
            break;
          }
        }
        if (cameo.equals("030") && contentHasLemma(toks, Set.of("discuss", "negotiate", "talk", "meet"))) {
          cameo = "036";
        }
      }
      d.cameo = cameo;
      d.rule = "statement:" + why;
      int[] first = at >= 0 ? toks.get(at) : toks.get(0);
      d.trigger = q.cue().orElse(graphs.get(first[0]).tok(first[1]).span());
      Span ev = extent;
      if (q.cue().isPresent()) {
        ev = ev.union(q.cue().get());
      }
      if (q.source().isPresent()) {
        ev = ev.union(q.source().get());
      }
      d.evidence = ev;
      // target: the addressee, else the actor the content is about
      if (accused != null) {
        d.target.add(accused);
      } else if (q.addressee().isPresent() && !isMedia(q.addressee().get())) {
        d.target.add(q.addressee().get());
      } else {
        String about = contentSubject(toks, speaker);
        if (about != null) {
          d.target.add(about);
        }
      }
      d.date = statementDate(q);
      drafts.add(d);
    }

    /**
     * The party a statement says used force ("officials claimed Ukraine attacked the convoy"): the
     * subject of a fighting verb of the content, when it names an actor of another side. Saying
     * that another party attacked is an accusation, whoever the victim.
     */
    String accused(List<int[]> toks, String speaker) {
      String own = country(Set.of(speaker));
      List<Draft> candidates = new ArrayList<>(drafts);
      candidates.addAll(unplausible);
      for (Draft d : candidates) {
        String r = d.cameo.substring(0, 2);
        if (d.statement || d.negated || d.future || d.hypothetical || r.compareTo("18") < 0 || r.compareTo("20") > 0
            || !inContent(toks, d.trigger)) {
          continue;
        }
        for (String id : d.source) {
          if (!sameSide(id, speaker) && (own.isEmpty() || !own.equals(country(Set.of(id))))) {
            return id; // "said eight people were killed in an air strike by government forces"
          }
        }
      }
      for (int[] tk : toks) {
        // "Russia was behind the attacks", "Russia is responsible for the shelling"
        Graph g = graphs.get(tk[0]);
        int k = tk[1];
        boolean behind = isForceWord(g, k) && g.hasKid(k, "case", "behind");
        boolean responsible = g.lemma(k).equals("responsible") && g.kids(k).stream()
            .anyMatch(x -> g.base(x).equals("obl") && g.cases(x).contains("for") && isForceWord(g, x));
        if (behind || responsible) {
          for (int sj : g.kids(k, "nsubj")) {
            String id = phraseActor(g, tk[0], sj, 0);
            if (id != null && !sameSide(id, speaker) && (own.isEmpty() || !own.equals(country(Set.of(id))))) {
              return id;
            }
          }
        }
      }
      for (int[] tk : toks) {
        Graph g = graphs.get(tk[0]);
        if (!g.tok(tk[1]).isVerb() || !inContent(toks, tk[0], tk[1])) {
          continue;
        }
        boolean force = false;
        for (Entry e : lexicon.verbs(g.lemma(tk[1]))) {
          force |= e.cameo().compareTo("18") >= 0 && e.cameo().compareTo("21") < 0;
        }
        if (!force || !g.kids(tk[1], "aux:pass").isEmpty()) {
          continue;
        }
        boolean unreal = false;
        for (int aux : g.kids(tk[1], "aux")) {
          unreal |= g.lower(aux).equals("will") || lexicon.in("HYPOTHETICAL", g.lower(aux));
        }
        if (unreal) {
          continue; // "said the army would attack Gaza" tells of a plan, not a deed
        }
        for (int sj : g.kids(tk[1], "nsubj")) {
          String id = phraseActor(g, tk[0], sj, 0);
          if (id != null && !sameSide(id, speaker)
              && (own.isEmpty() || !own.equals(country(Set.of(id))))) {
            return id;
          }
        }
      }
      return null;
    }

    boolean phraseAt(List<int[]> toks, int i, List<String> phrase) {
      if (i + phrase.size() > toks.size()) {
        return false;
      }
      for (int j = 0; j < phrase.size(); j++) {
        int[] tk = toks.get(i + j);
        Graph g = graphs.get(tk[0]);
        String w = phrase.get(j);
        if (!g.lemma(tk[1]).equals(w) && !g.lower(tk[1]).equals(w)) {
          return false;
        }
        if (j > 0 && toks.get(i + j - 1)[0] != tk[0]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a stance word only describes a noun: an adjective that sorts the people it modifies
     * ("illegal immigrants" accuses no one, "an illegal annexation" does), or a past participle
     * that modifies a noun ("the choices offered to clients", "pledged delegates") and so is no act
     * of the speaker's.
     */
    boolean namesAKind(int[] tk, List<String> phrase) {
      Graph g = graphs.get(tk[0]);
      int h = g.head[tk[1]];
      if (h < 0) {
        return false;
      }
      String b = g.base(tk[1]);
      if (g.tok(tk[1]).pos().equals("VBN") && (b.equals("acl") || b.equals("amod"))) {
        return true;
      }
      return phrase.size() == 1 && b.equals("amod") && isPerson(g, h);
    }

    boolean negatedNear(List<int[]> toks, int at) {
      for (int j = Math.max(0, at - 2); j < at; j++) {
        int[] tk = toks.get(j);
        if (lexicon.in("NEGATION", graphs.get(tk[0]).lower(tk[1]))) {
          return true;
        }
      }
      return false;
    }

    boolean contentHasLemma(List<int[]> toks, Set<String> lemmas) {
      for (int[] tk : toks) {
        if (lemmas.contains(graphs.get(tk[0]).lemma(tk[1]))) {
          return true;
        }
      }
      return false;
    }

    boolean isMedia(String id) {
      Optional<Actor> a = actor(id);
      return a.isPresent() && (a.get().kind() == Actor.Kind.MEDIA || a.get().sectors().contains("MED"));
    }

    boolean sameSide(String a, String b) {
      if (a.equals(b)) {
        return true;
      }
      Optional<String> ca = actor(a).flatMap(Actor::code);
      Optional<String> cb = actor(b).flatMap(Actor::code);
      return ca.isPresent() && ca.equals(cb);
    }

    /** The actor of the content's main subject, else the first actor the content names. */
    String contentSubject(List<int[]> toks, String speaker) {
      boolean subjectless = false;
      String first = null;
      for (int[] tk : toks) {
        String id = tokenActors.get(tk[0])[tk[1]];
        if (id == null || sameSide(id, speaker) || isMedia(id)) {
          continue;
        }
        if (first == null) {
          first = id;
        }
      }
      for (int[] tk : toks) {
        Graph g = graphs.get(tk[0]);
        if (g.base(tk[1]).startsWith("nsubj")) {
          int gov = g.head[tk[1]];
          boolean mainClause = gov >= 0 && (g.head[gov] < 0 || !inContent(toks, tk[0], g.head[gov]));
          if (mainClause) {
            String id = phraseActor(g, tk[0], tk[1], 0);
            if (id != null && !sameSide(id, speaker) && !isMedia(id)) {
              return id;
            }
            boolean self = id != null || FIRST_PERSON.contains(g.lower(tk[1]));
            if (!self && !g.tok(tk[1]).isPronoun() && !g.lower(tk[1]).matches("this|that|it|there")) {
              subjectless = true; // about a group the actors stage did not name: no guess
            }
          }
        }
      }
      return subjectless ? null : first;
    }

    boolean inContent(List<int[]> toks, Span span) {
      for (int[] tk : toks) {
        if (graphs.get(tk[0]).tok(tk[1]).span().equals(span)) {
          return true;
        }
      }
      return false;
    }

    boolean inContent(List<int[]> toks, int si, int ti) {
      for (int[] tk : toks) {
        if (tk[0] == si && tk[1] == ti) {
          return true;
        }
      }
      return false;
    }

    /** A date in the cue's clause ("told RT on Wednesday"), else the article's date. */
    String statementDate(Quote q) {
      if (q.cue().isEmpty()) {
        return pubDate;
      }
      Span cue = q.cue().get();
      for (int si = 0; si < in.sentences().size(); si++) {
        Sentence s = in.sentences().get(si);
        if (!s.span().contains(cue)) {
          continue;
        }
        Graph g = graphs.get(si);
        int c = s.tokenAt(cue.start());
        if (c >= g.n) {
          break;
        }
        boolean[] clause = new boolean[g.n];
        g.subtree(c, clause, CLAUSE_STOP);
        for (Token t : s.tokens()) {
          for (Span part : q.content()) {
            if (part.contains(t.span())) {
              clause[t.index()] = false;
            }
          }
        }
        return dateIn(g, clause);
      }
      return pubDate;
    }

    // ------------------------------------------------------------------ output

    List<Event> finish() {
      drafts.sort((a, b) -> {
        int c = a.trigger.compareTo(b.trigger);
        return c != 0 ? c : Boolean.compare(a.statement, b.statement);
      });
      List<Event> out = new ArrayList<>();
      Set<Span> seen = new HashSet<>();
      List<Draft> kept = new ArrayList<>();
      drafts:
      for (Draft d : drafts) {
        if (!seen.add(d.trigger)) {
          continue;
        }
        for (Draft k : kept) {
          // "will meet in Zurich to discuss ...": one event, not one per verb of the same act
          if (!d.statement && !k.statement && k.evidence.overlaps(d.evidence)
              && k.cameo.substring(0, 2).equals(d.cameo.substring(0, 2))
              && k.source.equals(d.source) && k.target.equals(d.target)) {
            continue drafts;
          }
        }
        kept.add(d);
        Plover.Code code = plover.expect(d.cameo);
        Optional<String> mode = d.mode.isPresent() ? d.mode : code.mode();
        double conf = d.statement ? (d.rule.equals("statement:comment") ? 0.45 : 0.6) : (d.verb ? 0.55 : 0.5);
        if (!d.source.isEmpty()) {
          conf += d.inferredSource ? 0.1 : 0.2;
        }
        if (!d.target.isEmpty()) {
          conf += 0.15;
        }
        conf = Math.round(Math.min(conf, 0.95) * 100) / 100.0;
        out.add(new Event("e" + (out.size() + 1), code.type(), mode, d.cameo, List.copyOf(d.source),
            List.copyOf(d.target), Optional.ofNullable(d.date), Optional.ofNullable(d.place),
            Optional.of(d.trigger), d.evidence, Optional.ofNullable(d.quote), d.negated, d.future,
            d.hypothetical, d.reported, d.rule, conf));
      }
      return out;
    }
  }

  private static volatile Gazetteer gazetteer;
  private static volatile boolean gazetteerFailed;

  /** The built-in gazetteer, to tell a meeting's place from its parties' countries; null if absent. */
  private static Gazetteer gazetteer() {
    if (gazetteer == null && !gazetteerFailed) {
      synchronized (EventCoder.class) {
        if (gazetteer == null && !gazetteerFailed) {
          try {
            gazetteer = Gazetteer.builtIn();
          } catch (RuntimeException e) {
            gazetteerFailed = true;
          }
        }
      }
    }
    return gazetteer;
  }
}
