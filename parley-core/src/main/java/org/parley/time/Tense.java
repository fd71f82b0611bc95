package org.parley.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Reads the time direction of the clause that governs a time expression: past ("met on Thursday"),
 * future ("will meet on Thursday", "is due to meet", "are expected to take place"), present, or
 * unknown.
 *
 * <p>With a dependency parse it walks from the expression's first token up to the nearest verb
 * and reads that verb's tag and auxiliaries; a to-infinitive defers to the verb above it, and a
 * plan verb above it ("expected", "scheduled", "due") makes the clause future. Without a parse,
 * or when the walk finds no verb, it reads cue words in the clause around the expression.
 */
final class Tense {
  /**
   * Where the clause points. OPEN: the verb leaves the time open on purpose (a modal, a plan: "could
   * come Tuesday", "planned a march on Saturday"); UNKNOWN: nothing tells.
   */
  enum Direction { PAST, PRESENT, FUTURE, OPEN, UNKNOWN }

  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> PLAN =
      Set.of("expect", "schedule", "due", "set", "plan", "intend", "slate", "aim", "going",
          "poised", "prepare", "likely", "hope",
          // "Thursday's event is certain to draw comparisons", "is sure to", "is bound to"
          "certain", "sure", "bound");
  private static final Set<String> PAST_AUX = Set.of("had", "did", "was", "were", "has", "have");
  private static final Pattern FUTURE_CUE =
      Pattern.compile(
          "\\b(?:will|['’]ll|shall|won['’]t|(?:is|are|was|were)\\s+(?:due|expected|scheduled|set|slated"
              + "|going|poised|likely)\\s+to|plans?\\s+to|to\\s+be\\s+held|upcoming|next)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST_CUE =
      Pattern.compile(
          // "will be held": a participle after "be" takes the tense of the auxiliary before it
          "\\b(?<!\\bbe\\s)(?:said|told|was|were|had|did|met|made|came|went|took|held|began|gave|left|saw|"
              + "announced|rose|fell|won|lost|ran|sent|got|spoke|wrote|struck|fought|became|led|paid|sold|"
              + "bought|brought|thought|felt|kept|broke|chose|drove|flew|grew|hit|knew|meant|shot|"
              + "stood|threw|fled|arose|found|heard|left|lay|put|quit|sat|slept|stole|swore|"
              + "taught|tore|understood|woke|wore|\\w{3,}ed)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESENT_CUE =
      Pattern.compile("\\b(?:is|are|says|am|do|does)\\b", Pattern.CASE_INSENSITIVE);

  private final String text;
  /** The text with its line breaks, where {@link #text} reads wrapping ones as spaces. */
  private final String written;
  private final List<Sentence> sentences;
  /** Per sentence looked at, its token ends and heads, built once (read only). */
  private final java.util.IdentityHashMap<Sentence, Index> index = new java.util.IdentityHashMap<>();

  /** Where a photo caption is, whose present shows what was (see {@link Doc#inCaption}). */
  private final java.util.function.IntPredicate caption;

  Tense(String text, String written, List<Sentence> sentences,
      java.util.function.IntPredicate caption) {
    this.text = text;
    this.written = written;
    this.sentences = sentences;
    this.caption = caption;
  }

  /** A sentence's token ends (when in order, for a binary search) and its dependency edges ({@link #edges}). */
  private record Index(int[] ends, boolean ordered, int[] head, boolean[] after,
      boolean[] adverbial, boolean[] since, boolean[] subject, boolean[] from,
      boolean[] afterObject) {}

  private Index index(Sentence s) {
    Index x = index.get(s);
    if (x == null) {
      int[] ends = new int[s.size()];
      boolean ordered = true;
      for (int i = 0; i < ends.length; i++) {
        Token t = s.token(i);
        ends[i] = t.span().end();
        ordered &= t.index() == i && (i == 0 || ends[i] >= ends[i - 1]);
      }
      x = edges(s, ends, ordered);
      index.put(s, x);
    }
    return x;
  }

  /** {@link Sentence#tokenAt(int)}, by a binary search over the token ends. */
  int tokenAt(Sentence s, int offset) {
    Index x = index(s);
    if (!x.ordered()) {
      return s.tokenAt(offset);
    }
    int lo = 0;
    int hi = x.ends().length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (x.ends()[mid] > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The sentence that holds {@code offset}, or null. */
  Sentence sentenceAt(int offset) {
    return sentenceAt(sentences, offset);
  }

  Direction at(int start) {
    if (underComingHeading(start)) {
      return Direction.FUTURE;
    }
    Sentence s = sentenceAt(sentences, start);
    Direction d = parsedOrWords(s, start);
    if (d != Direction.FUTURE && s != null && futureOverWrap(s, start)) {
      return Direction.FUTURE;
    }
    return d;
  }

  /** A heading line over the next games or events of a report: "UP NEXT", "Coming up:". */
  private static final Pattern COMING_HEADING = Pattern.compile(
      "[ \\t]*(?i:up\\s+next|next\\s+up|coming\\s+up|next\\s+games?|upcoming\\s+games?)"
          + "[ \\t]*:?[ \\t]*\\n");

  /** How many lines under such a heading it covers, and how far it reads back for one. */
  private static final int COMING_LINES = 4;
  private static final int COMING_CHARS = 400;

  /**
   * Whether {@code pos} lies in the few short lines under a heading of what comes next, in which
   * days are ahead whatever the verb ("UP NEXT\n\nThunder: Host the Lakers on Friday.", an AP
   * game story's close); a rule line ("___") ends the section.
   */
  private boolean underComingHeading(int pos) {
    int floor = Math.max(0, pos - COMING_CHARS);
    int lineStart = lineStartAfter(pos, floor);
    int lines = 0;
    for (int k = lineStart; k > floor && lines <= COMING_LINES; ) {
      int prevStart = lineStartAfter(k - 1, floor);
      if (text.startsWith("___", prevStart)) {
        return false;
      }
      boolean wholeLine = prevStart == 0 || text.charAt(prevStart - 1) == '\n';
      if (wholeLine && COMING_HEADING.matcher(text).region(prevStart, k).matches()) {
        return true;
      }
      if (k - 1 > prevStart) {
        lines++; // a blank line between the heading and its entries does not count
      }
      k = prevStart;
    }
    return false;
  }

  /** The start of the line holding the character before {@code pos}, read back to {@code floor}. */
  private int lineStartAfter(int pos, int floor) {
    int i = pos - 1;
    while (i >= floor && text.charAt(i) != '\n') {
      i--;
    }
    return i + 1;
  }


  private Direction parsedOrWords(Sentence s, int start) {
    if (s != null && !s.dependencies().isEmpty()) {
      Index x = index(s);
      int t = tokenAt(s, start);
      Direction d = fromParse(s, t, x);
      if (d == Direction.FUTURE && afterObjectBelow(s, t, x)) {
        // "they want to take their party after the shutdown in October": what comes after is
        // ahead, not the thing it comes after; the nearest
        d = Direction.OPEN;
      }
      if (d != Direction.PAST && d != Direction.FUTURE && sinceGerundBefore(start)) {
        // "has threatened to push deeper since sending forces into Afrin in February" (the
        // parser often makes the gerund a modifier of its object): what a time has run from is past
        return Direction.PAST;
      }
      if (d != null) {
        return d; // the governing verb decided, UNKNOWN included: cue words elsewhere would mislead
      }
    }
    return fromWords(start);
  }

  /** A line that ends in a future's infinitive or modal, its verb on the next line. */
  private static final Pattern FUTURE_AT_CUT = Pattern.compile(
      "\\b(?:will|shall|(?:is|are|was|were)\\s+(?:due|expected|scheduled|set|slated|going|poised"
          + "|likely)\\s+to|plans?\\s+to)$", Pattern.CASE_INSENSITIVE);

  /**
   * Whether the parser's sentence opens at a wrapping line break after a future's infinitive or
   * modal, and nothing else tells before {@code start}: the first line of a wire story, taken for
   * a title, holds the verb that governs ("U.S. Commercial banks are expected to\nreceive
   * Finance Ministry approval in late April"), which the parse of the rest lacks.
   */
  private boolean futureOverWrap(Sentence s, int start) {
    int i = s.span().start();
    boolean wrapped = false;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      wrapped |= written.charAt(i - 1) == '\n';
      i--;
    }
    return wrapped && start > s.span().start()
        && FUTURE_AT_CUT.matcher(text).region(Math.max(0, i - 40), i).find()
        && lastCue(text.substring(s.span().start(), start)) == Direction.UNKNOWN;
  }

  /** "since" and a gerund before {@code start} in the same phrase: "since taking office in". */
  private static final Pattern SINCE_GERUND =
      Pattern.compile("\\bsince\\s+(?!(?:morning|evening|during|nothing|something|anything"
          + "|everything)\\b)[a-z]{2,}ing\\b[^.;:!?,\"“”\\n]*$");

  private boolean sinceGerundBefore(int start) {
    return SINCE_GERUND.matcher(text).region(Math.max(0, start - 100), start).find();
  }

  static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.span().start()) {
        hi = mid - 1;
      } else if (offset >= s.span().end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }

  /**
   * The direction read from the verb governing token {@code from}, UNKNOWN when that verb is
   * neutral (a modal, "agreed to meet"), or null when the walk finds no verb that tells.
   */
  private Direction fromParse(Sentence s, int from, Index x) {
    int[] head = x.head();
    if (from >= s.size()) {
      return null;
    }
    if (hasCopula(s, head, from)) {
      // "since the primary is not until August 19": the date is the predicate of its own clause
      Direction own = ofVerb(s, from, head);
      if (own == Direction.PRESENT) {
        // "the vote is on Thursday", "the deadline is Friday": a day a present copula names is
        // still to come (one gone by is told with "was")
        return Direction.FUTURE;
      }
      if (own != null) {
        return own;
      }
    }
    boolean viaInfinitive = false;
    boolean viaPurpose = false;
    boolean earlier = false;
    boolean viaSubject = false;
    boolean viaThing = false;
    int i = from;
    for (int steps = 0; i >= 0 && steps < 12; steps++) {
      Token t = s.token(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      // "they are serious before November", "it was a busy day on Tuesday": an adjective or noun
      // with its copula is the predicate of its clause, and the copula carries the tense
      boolean predicate = t.isVerb() || "due".equals(lemma) || "likely".equals(lemma)
          // "the chamber would most likely vote on Monday" with "vote" tagged a noun: a modal
          // before it makes it the verb
          || modalBefore(s, head, i)
          // ("could be one of the most contested in November"; not a figure: "the goal was 7
          // million by the end of March")
          || i != from && (t.pos().startsWith("JJ") || t.pos().startsWith("NN")
              || "one".equals(lemma))
              && hasCopula(s, head, i);
      if (predicate && i != from && t.pos().equals("VBG") && head[i] >= 0
          && RECALL.contains(s.token(head[i]).lemma().toLowerCase(Locale.ROOT))) {
        return Direction.PAST; // "pictures he reports taking in the early hours of Friday"
      }
      if (predicate && i != from) {
        if (viaInfinitive && PLAN.contains(lemma) && hasAuxiliary(s, head, i, "had")) {
          // "had been scheduled to expire at midnight Friday": a plan overtaken, its time
          // as likely gone as to come
          return Direction.UNKNOWN;
        }
        if (viaInfinitive && PLAN.contains(lemma)
            && (hasAuxiliary(s, head, i, "was") || hasAuxiliary(s, head, i, "were"))) {
          // "was scheduled to receive a lethal dose at 4 p.m. Monday": a plan told in the past,
          // kept or overtaken, its day on either side of publication
          return Direction.OPEN;
        }
        if (viaInfinitive && expectationSaid(s, head, i)) {
          return Direction.FUTURE; // "said they expected negotiations to begin Wednesday"
        }
        if (viaInfinitive && PLAN.contains(lemma) && t.pos().equals("VBD")
            && !SAME_IN_PAST.contains(lemma)) {
          // "Trump on Wednesday aimed to squash reports", "planned to meet on Thursday": a plan
          // of the past, its time on either side of publication
          return Direction.OPEN;
        }
        if (viaInfinitive && (PLAN.contains(lemma)
            || lemma.equals("be") && !t.pos().equals("VBD") && !t.pos().equals("VBN"))) {
          return Direction.FUTURE; // "expected to meet", "is to resume trading Tuesday"
        }
        Direction d = ofVerb(s, i, head);
        if (viaSubject && d == Direction.FUTURE && hasAuxiliary(s, head, i, "would")) {
          // "economists had predicted the jobless rate in May would rise", "ripples of discord on
          // Monday would be forgotten": the subject's time is set before the future it is told in
          d = Direction.OPEN;
        }
        if (viaInfinitive && d != null && ASPECT.contains(lemma)) {
          return d; // "began to spread on social media on Thursday": one time with its verb
        }
        if (viaInfinitive && d == Direction.PAST && !viaThing && (ATTEMPT.contains(lemma)
            || hasObject(s, head, i, ATTEMPT_NOUNS))) {
          // "tried to force a vote on Tuesday", "had made unsuccessful attempts to carry out an
          // attack in March": what was tried was done when the trying was (but "attempted to
          // frame Thursday's vote" names a thing, whose day may lie ahead)
          return Direction.PAST;
        }
        if (earlier && d == Direction.PRESENT) {
          // "Clinton walks on stage after winning the primary in April" (a caption), "since the
          // vote in April, prices are up": what came before now is past
          return Direction.PAST;
        }
        if (viaPurpose && earlier && d == Direction.PAST) {
          // "took to Instagram to give an update, after coming forward on Thursday": what came
          // before the purpose of a past act is past (but "agreed to meet after the vote on
          // Thursday" is a plan, whose vote may be ahead)
          return Direction.PAST;
        }
        if (viaInfinitive) {
          // "agreed to meet on Thursday": a plan made in the past for a time after it; "is
          // heading to Rome to attend the canonization Sunday": a purpose or wish of now is ahead
          return d == Direction.FUTURE || d == Direction.PRESENT && purpose(t, lemma)
              ? Direction.FUTURE : Direction.OPEN;
        }
        if (d != null) {
          return d;
        }
        if (hasInfinitiveMarker(s, head, i)) {
          viaInfinitive = true;
          viaPurpose = x.adverbial()[i];
        }
        // a gerund or bare verb ("after touring Dar es Salaam Thursday") takes the tense of the
        // clause above it
      }
      viaThing |= i != from && (t.pos().equals("NN") || t.pos().equals("NNS"))
          && !TIME_NOUNS.contains(lemma);
      earlier |= x.after()[i] || x.from()[i];
      viaSubject = x.subject()[i];
      if (x.since()[i] && i != from) {
        return Direction.PAST; // "a drop since Harvard's last survey in April"
      }
      i = head[i];
    }
    return null;
  }

  /** Words of a change from an earlier figure: "down from 611,000 in March", "a rise from". */
  private static final Set<String> CHANGE = Set.of("down", "up", "rise", "fall", "drop",
      "increase", "decrease", "decline", "jump", "climb", "gain", "slip", "dip", "surge",
      "plunge", "grow", "shrink", "fell", "rose");

  /** Verbs whose gerund tells what was done before: "reports taking", "recalls meeting". */
  private static final Set<String> RECALL = Set.of("report", "recall", "remember", "admit",
      "deny", "describe", "acknowledge", "regret", "mention");

  /** Verbs of a timetable, whose simple present tells what is scheduled: "debuts on Sunday". */
  private static final Set<String> SCHEDULED = Set.of("begin", "start", "debut", "premiere",
      "air", "launch", "expire", "resume", "convene", "reconvene", "kick", "open", "close",
      "end", "adjourn", "commence",
      // an itinerary: "Obama, who leaves Friday for Hawaii", "the committee meets Tuesday"
      "leave", "depart", "arrive", "return", "travel", "fly", "head", "visit", "meet",
      "testify");

  /** Whether the way up from {@code from} to its first verb passes the object of "after". */
  private static boolean afterObjectBelow(Sentence s, int from, Index x) {
    int i = from;
    for (int steps = 0; i >= 0 && i < s.size() && steps < 12 && !s.token(i).isVerb(); steps++) {
      if (x.afterObject()[i]) {
        return true;
      }
      i = x.head()[i];
    }
    return false;
  }

  /** Verbs of phase whose to-infinitive happens when they do: "began to spread Thursday". */
  private static final Set<String> ASPECT = Set.of("begin", "start", "continue", "cease",
      "stop", "resume", "fail", "manage", "decline", "refuse");

  /** Nouns of a part of a day or of a period, which a date expression may end with. */
  private static final Set<String> TIME_NOUNS = Set.of("morning", "afternoon", "evening",
      "night", "day", "week", "weekend", "month", "year");

  /** Verbs of trying, whose to-infinitive in the past was done when they were: "tried to". */
  private static final Set<String> ATTEMPT = Set.of("try", "attempt");

  /** Nouns of trying after a light verb: "made attempts to", "launched a bid to". */
  private static final Set<String> ATTEMPT_NOUNS = Set.of("attempt", "effort", "bid");

  /** Whether verb {@code v} has a direct dependent after it whose lemma is one of {@code lemmas}. */
  private static boolean hasObject(Sentence s, int[] head, int v, Set<String> lemmas) {
    for (int c = v + 1; c < head.length; c++) {
      if (head[c] == v && lemmas.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose past tense is written as their present: "put", "set", "hit". */
  private static final Set<String> SAME_IN_PAST = Set.of("put", "set", "hit", "cut", "let", "shut",
      "quit", "spread", "cost", "hurt", "beat", "read", "bet", "cast", "burst", "split", "upset",
      "broadcast", "shed", "thrust", "bid");

  /** Whether {@code v} is "expected" in the simple past reported by a verb of saying above it. */
  private static boolean expectationSaid(Sentence s, int[] head, int v) {
    Token t = s.token(v);
    return t.pos().equals("VBD") && t.lemma().equalsIgnoreCase("expect") && head[v] >= 0
        && SAYING.contains(s.token(head[v]).lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs that report speech. */
  private static final Set<String> SAYING = Set.of("say", "tell", "add", "note", "write");

  /** Verbs whose object takes a participle of its own: "get the bill passed by Friday". */
  private static final Set<String> COMPLEMENT = Set.of("get", "have", "want", "need", "see",
      "keep", "leave", "make", "like", "find", "consider", "declare", "hear", "watch", "expect",
      "require", "order", "prefer", "deem");

  /** Verbs of getting ready, whose "for" names what is ahead: "prepare for", "brace for". */
  private static final Set<String> PREPARE = Set.of("prepare", "brace", "gear", "ready");

  /** Whether token {@code v} is the first word of its sentence, but for quotes and bullets. */
  private static boolean opensSentence(Sentence s, int v) {
    for (int i = 0; i < v; i++) {
      if (Character.isLetterOrDigit(s.token(i).word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of wanting and trying whose to-infinitive lies ahead of them. */
  private static final Set<String> WISH = Set.of("want", "seek", "try", "wait", "wish", "vow",
      "promise", "threaten", "pledge");

  /**
   * Whether a present verb with a to-infinitive below it is a purpose or wish of now ("is heading
   * to Rome to attend", "wants to vote", "is to resume trading"); habits ("tend to discount") and needs of the reader
   * ("you need to know about the report for October") are not.
   */
  private static boolean purpose(Token verb, String lemma) {
    return verb.pos().equals("VBG") || WISH.contains(lemma) || lemma.equals("be");
  }

  /** The direction verb {@code v} gives its dependents; null when it tells nothing. */
  private Direction ofVerb(Sentence s, int v, int[] head) {
    boolean future = false;
    boolean modal = false;
    boolean past = false;
    boolean present = false;
    boolean infinitive = false;
    boolean auxiliary = false;
    boolean condition = false;
    boolean would = false;
    boolean negated = false;
    boolean pastBe = false;
    for (int c = 0; c < head.length; c++) {
      if (head[c] != v) {
        continue;
      }
      Token t = s.token(c);
      String w = plain(t);
      if (c < v && (t.pos().equals("MD") || w.equals("'ll"))) {
        if (FUTURE_AUX.contains(w)) {
          future = true;
        } else if (w.equals("'d") && s.token(v).pos().equals("VBN")) {
          past = true; // "he'd just secured that post in January": "'d" before a participle is "had"
        } else {
          modal = true;
          would |= w.equals("would") || w.equals("'d");
        }
      } else if (w.equals("not") || w.equals("n't") || w.equals("never")) {
        negated = true;
      } else if (c < v && (w.equals("if") || w.equals("unless")
          || w.equals("once") && t.pos().equals("IN"))) {
        condition = true;
      } else if (t.pos().equals("TO") || (w.equals("to") && c < v)) {
        infinitive = true;
      } else if (c < v && (t.pos().equals("VBD") && PAST_AUX.contains(w))) {
        past = true;
        pastBe |= w.equals("was") || w.equals("were");
      } else if (c < v && (w.equals("has") || w.equals("have"))) {
        past = true;
      } else if (c < v && (t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        present = true;
      } else if (c < v && t.pos().startsWith("VB")) {
        auxiliary = true;
      }
    }
    if (future) {
      return Direction.FUTURE;
    }
    Token verb = s.token(v);
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    if (PLAN.contains(lemma) && hasChild(s, head, v, "to") && !past
        && (!verb.pos().equals("VBD") || SAME_IN_PAST.contains(lemma))) {
      return Direction.FUTURE;
    }
    if (PREPARE.contains(lemma) && !past && !verb.pos().equals("VBD")
        && !verb.pos().equals("VBN") && hasChild(s, head, v, "for")) {
      return Direction.FUTURE; // "as officials prepare for the Tuesday onslaught"
    }
    if (would && !negated && !past && !condition) {
      // "another vote would occur on Monday": the future of a reported plan ("would not comment
      // Tuesday" is a refusal, as past as "could not be reached")
      return Direction.FUTURE;
    }
    if (condition && !past && !modal && !negated && (present || verb.pos().equals("VBZ")
        || verb.pos().equals("VBP") && !SAME_IN_PAST.contains(plain(verb)))
        && verb.isVerb() && !lemma.equals("be")) {
      // "if a Republican wins the White House in November": a condition in the present is ahead
      return Direction.FUTURE;
    }
    if (condition && !past && !modal && !negated && !auxiliary && !present
        && verb.pos().equals("VBN")) {
      return Direction.FUTURE; // "if elected in November", "unless convicted in March"
    }
    if (modal || condition && !past) {
      // "would leave on March 30", "could come as early as Tuesday", "if neither hit 50 percent on
      // Election Day": the time is open
      return Direction.OPEN;
    }
    if (PLAN.contains(lemma) && present && verb.pos().equals("VBN")) {
      // "the vote is scheduled for Tuesday", "talks are set for March 3": a plan still ahead
      return Direction.FUTURE;
    }
    if (!past && !negated && expectationSaid(s, head, v)) {
      // "Cornyn said he expected a procedural vote on Tuesday": what a speaker expected when
      // he spoke, lately, lies ahead of the telling
      return Direction.FUTURE;
    }
    if (PLAN.contains(lemma) && (past || verb.pos().equals("VBD"))) {
      // "planned a demonstration on Saturday": planned before, held whenever
      return Direction.OPEN;
    }
    if (pastBe && infinitive && !verb.pos().equals("VBG")) {
      // "two stops on Monday were to be followed by three in Florida on Tuesday", "he was to
      // testify Friday": a plan told in the past, its time on either side of publication
      return Direction.OPEN;
    }
    if (past || verb.pos().equals("VBD")) {
      return Direction.PAST;
    }
    if (infinitive && present && hasAuxiliaryBe(s, head, v)) {
      return Direction.FUTURE; // "and is to resume trading in Paris Tuesday"
    }
    if (infinitive) {
      return null;
    }
    if (!present && verb.pos().equals("VBP") && SAME_IN_PAST.contains(plain(verb))) {
      // "it said assailants put a device at the gate": as likely past; the clause above decides
      return null;
    }
    if (!present && !negated && (verb.pos().equals("VBZ") || verb.pos().equals("VBP"))
        && SCHEDULED.contains(lemma) && !caption.test(verb.span().start())) {
      // "the series debuts on Sunday", "the session resumes Monday": a timetable, ahead
      return Direction.FUTURE;
    }
    if (present || verb.pos().equals("VBZ") || verb.pos().equals("VBP")) {
      return Direction.PRESENT;
    }
    if (verb.pos().equals("VB") && head[v] < 0 && !infinitive && opensSentence(s, v)
        && !(v + 1 < s.size() && s.token(v + 1).word().equals(":"))
        && !verb.word().equals(verb.word().toUpperCase(Locale.ROOT))) {
      // an imperative: "Tune in on Sunday at 10 p.m." (not a label: "WATCH: the Friday speech")
      return Direction.FUTURE;
    }
    if (verb.pos().equals("VBN") && !auxiliary && head[v] >= 0 && s.token(head[v]).isVerb()
        && v > 0 && (s.token(v - 1).pos().equals("NN") || s.token(v - 1).pos().equals("NNS"))
        && !PLAN.contains(lemma) && !NEED.contains(lemma)
        && !COMPLEMENT.contains(s.token(head[v]).lemma().toLowerCase(Locale.ROOT))) {
      // "planning to hold a vote on the measure approved Wednesday night by the Senate": a
      // participle right after its common noun reports what was done, whatever verb the parse
      // hung it on (not after a name: "before Election Day given the signal")
      return Direction.PAST;
    }
    if (verb.pos().equals("VBN") && !auxiliary && head[v] >= 0 && s.token(head[v]).isVerb()) {
      return null; // "get it done in January": the participle of a verb above it, which decides
    }
    if (verb.pos().equals("VBN") && !auxiliary && degreeBefore(s, head, v)) {
      return null; // "one of the most contested in November": an adjective; its clause decides
    }
    if (verb.pos().equals("VBN") && !auxiliary) {
      // a participle without auxiliary ("statements made Friday", "the high set on Aug. 6",
      // "the year ended March 31") reports what happened; a plan ("a service planned for
      // Saturday") may lie either side
      return PLAN.contains(lemma) || NEED.contains(lemma) ? Direction.OPEN : Direction.PAST;
    }
    return null;
  }

  /**
   * Participles of a need, which report no act done at their time: "the funds needed over the
   * next year", "the repairs required by March", "the growth projected for 1988".
   */
  private static final Set<String> NEED = Set.of("need", "require", "project");

  /** Verbs whose "until" names the end of a pause or a term, which may lie ahead even in the past. */
  private static final Set<String> DEFER =
      Set.of("postpone", "delay", "defer", "suspend", "extend", "adjourn", "recess", "push",
          "put", "close", "shut", "halt", "freeze", "ban", "give", "grant", "allow", "remain",
          "stay", "last", "continue", "keep", "run", "wait", "leave");

  /**
   * Whether "until" at {@code start} ends a state that lay in the past: its verb is a pluperfect
   * or a negated past that is neither a plan nor a pause ("Until Thursday, they had not called
   * him a suspect", "did not arrive until Friday"); a deadline otherwise looks ahead.
   */
  boolean pastUntil(int start) {
    if (CLEFT_UNTIL.matcher(text).region(Math.max(0, start - 60), start).find()) {
      return true; // "It was not until February that the White House proposed": a cleft of the past
    }
    Sentence s = parsedAt(start);
    if (s == null) {
      return false;
    }
    int from = tokenAt(s, start);
    int[] head = index(s).head();
    int i = head[from];
    for (int steps = 0; i >= 0 && steps < 12; steps++) {
      Token t = s.token(i);
      if (t.isVerb()) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (DEFER.contains(lemma) || PLAN.contains(lemma)) {
          return false;
        }
        boolean had = false;
        boolean negated = false;
        boolean past = t.pos().equals("VBD");
        for (int c = 0; c < head.length; c++) {
          if (head[c] != i) {
            continue;
          }
          String w = plain(s.token(c));
          if (s.token(c).pos().equals("MD")) {
            return false;
          }
          if (c < i && w.equals("had")) {
            had = true;
          } else if (c < i && s.token(c).pos().equals("VBD")) {
            past = true;
          } else if (w.equals("not") || w.equals("n't") || w.equals("never")) {
            negated = true;
          }
        }
        // "Pence served as governor until January": a post or a life held to its end
        return had || negated && past || past && HELD.contains(lemma);
      }
      if ((t.pos().startsWith("NN") || t.pos().startsWith("JJ")) && pastCopula(s, head, i)) {
        return true; // "he was governor until January", "was in office until 2019"
      }
      i = head[i];
    }
    return false;
  }

  /** "was not until" before a time (and its modifiers): the cleft that tells when something past happened. */
  private static final Pattern CLEFT_UNTIL = Pattern.compile(
      "(?i)\\b(?:was|were)(?:\\s+not|n['’]t)\\s+until\\s+(?:[\\w-]+\\s+){0,3}$");

  /** Verbs of holding a post or a state, whose past "until" is over: "served until January". */
  private static final Set<String> HELD = Set.of("serve", "live", "work", "rule", "lead",
      "govern", "reign", "chair", "head", "teach", "reside", "coach", "represent", "own", "hold");

  /** Whether token {@code t} has a past copula ("was", "were") before it. */
  private static boolean pastCopula(Sentence s, int[] head, int t) {
    for (int c = 0; c < t; c++) {
      String w = plain(s.token(c));
      if (head[c] == t && (w.equals("was") || w.equals("were"))) {
        return true;
      }
    }
    return false;
  }

  /** The token's word in lower case with a typographic apostrophe made plain ("he’ll" → "'ll"). */
  private static String plain(Token t) {
    return t.word().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /**
   * Whether the expression at [start, end) modifies a noun rather than a verb ("a meeting of the
   * council on 20 September", "the attack on Oct. 23"): its tense is the noun's clause's, which
   * dates the telling, not the day. False without a parse.
   */
  boolean attachedToNoun(int start, int end) {
    Sentence s = parsedAt(start);
    if (s == null) {
      return false;
    }
    int from = tokenAt(s, start);
    int[] head = index(s).head();
    int i = from;
    for (int steps = 0; i >= 0 && steps < 8; steps++) {
      int h = head[i];
      if (h < 0) {
        return false;
      }
      Token g = s.token(h);
      if (g.span().start() < start || g.span().start() >= end) {
        // "they are for something before November": a noun with its copula is the predicate
        return g.pos().startsWith("NN") && !hasCopula(s, head, h);
      }
      i = h;
    }
    return false;
  }

  /**
   * Whether the parse shows that the noun the possessive at {@code start} determines is not the
   * subject of its clause ("will be at Monday's hearing", not "Tuesday's vote will make it
   * harder"). False without a parse.
   */
  boolean ownedNotSubject(int start) {
    Sentence s = parsedAt(start);
    if (s == null) {
      return false;
    }
    Index x = index(s);
    int h = x.head()[tokenAt(s, start)];
    return h >= 0 && s.token(h).isNoun() && !x.subject()[h];
  }

  /**
   * Whether the first verb above the token at {@code start} moves a time to the day named
   * ({@code to}: "postponed to Wednesday", "has been moved up to Monday") or keeps a state going
   * through it ({@code through}: "extended absentee voting through Saturday", "provides funding
   * through Friday"; not a simple past: "the festival ran through Sunday"). False without a parse.
   */
  boolean movesTimeTo(int start, boolean through) {
    Sentence s = parsedAt(start);
    if (s == null) {
      return false;
    }
    int[] head = index(s).head();
    int i = head[tokenAt(s, start)];
    for (int steps = 0; i >= 0 && steps < 8; steps++) {
      Token t = s.token(i);
      if (t.isVerb()) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        // ("was supposed to stay in Wisconsin through Tuesday evening": a plan overtaken)
        boolean supposed = head[i] >= 0
            && s.token(head[i]).lemma().equalsIgnoreCase("suppose");
        return through ? KEPT_THROUGH.contains(lemma) && !t.pos().equals("VBD") && !supposed
            : MOVED_TO.contains(lemma);
      }
      i = head[i];
    }
    return false;
  }

  /** Verbs that move a time to another day: "postponed to Wednesday". */
  private static final Set<String> MOVED_TO = Set.of("move", "postpone", "push", "delay",
      "reschedule", "shift", "bump", "defer", "advance", "switch", "change");

  /** Verbs of a state kept up to a day: "extended voting through Saturday". */
  private static final Set<String> KEPT_THROUGH = Set.of("extend", "fund", "provide", "finance",
      "keep", "stay", "remain", "close", "shut", "suspend", "continue", "last", "run", "ban",
      "freeze", "halt", "postpone", "delay");

  /** The parsed sentence with a token at offset {@code start}, or null. */
  private Sentence parsedAt(int start) {
    Sentence s = sentenceAt(sentences, start);
    return s == null || s.dependencies().isEmpty() || tokenAt(s, start) >= s.size() ? null : s;
  }

  /**
   * The sentence's index, from one pass over its dependencies: each token's head; whether it heads
   * an "after" or "since" clause ("after coming forward"); whether it is an adverbial clause of
   * its head (a purpose: "took to Instagram to give an update"); whether it is the object of a
   * "since" ("since the survey in April").
   */
  private static Index edges(Sentence s, int[] ends, boolean ordered) {
    int n = s.size();
    int[] head = new int[n];
    java.util.Arrays.fill(head, -1);
    boolean[] after = new boolean[n];
    boolean[] adverbial = new boolean[n];
    boolean[] since = new boolean[n];
    boolean[] subject = new boolean[n];
    boolean[] from = new boolean[n];
    boolean[] afterObject = new boolean[n];
    for (Dependency d : s.dependencies()) {
      int g = d.governor();
      int t = d.dependent();
      if (t < 0 || t >= n) {
        continue;
      }
      head[t] = g;
      adverbial[t] = d.relation().startsWith("advcl");
      subject[t] = d.relation().startsWith("nsubj");
      if (g < 0 || g >= n) {
        continue;
      }
      String w = s.token(t).word();
      boolean afterWord = w.equalsIgnoreCase("after") || w.equalsIgnoreCase("since");
      if (d.relation().equals("mark")
          || d.relation().equals("case") && s.token(g).pos().equals("VBG")) {
        after[g] |= afterWord;
      }
      if (d.relation().equals("case") && w.equalsIgnoreCase("since")) {
        since[g] = true;
      }
      from[g] |= d.relation().equals("case") && w.equalsIgnoreCase("from");
      afterObject[g] |= d.relation().equals("case") && w.equalsIgnoreCase("after")
          && !s.token(g).pos().equals("VBG");
    }
    for (int t = 0; t < n; t++) {
      // "down from about 611,000 in March", "up from 54% in May": the figure changed from is earlier
      from[t] &= head[t] >= 0 && CHANGE.contains(s.token(head[t]).lemma().toLowerCase(Locale.ROOT));
    }
    return new Index(ends, ordered, head, after, adverbial, since, subject, from, afterObject);
  }

  /** Whether token {@code t} is the predicate of a copula before it ("is not until August"). */
  private static boolean hasCopula(Sentence s, int[] head, int t) {
    for (int c = 0; c < t; c++) {
      if (head[c] == t && s.token(c).pos().startsWith("VB")
          && s.token(c).lemma().equalsIgnoreCase("be")) {
        return true;
      }
    }
    return false;
  }

  /** Whether verb {@code v} has a present "is", "are" or "am" before it. */
  private static boolean hasAuxiliaryBe(Sentence s, int[] head, int v) {
    for (int c = 0; c < v; c++) {
      String w = s.token(c).word().toLowerCase(Locale.ROOT);
      if (head[c] == v && (w.equals("is") || w.equals("are") || w.equals("am"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether verb {@code v} has the auxiliary {@code word} before it ("had been scheduled"). */
  private static boolean hasAuxiliary(Sentence s, int[] head, int v, String word) {
    for (int c = 0; c < v; c++) {
      if (head[c] == v && s.token(c).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a modal ("would", "will") depends on token {@code t} from before it. */
  private static boolean modalBefore(Sentence s, int[] head, int t) {
    for (int c = Math.max(0, t - 4); c < t; c++) {
      if (head[c] == t && s.token(c).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** Whether verb {@code v} is a to-infinitive ("to meet"). */
  private static boolean hasInfinitiveMarker(Sentence s, int[] head, int v) {
    for (int c = 0; c < v; c++) {
      if (head[c] == v && s.token(c).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /** Whether some token after {@code v} in its subtree (one or two levels) is the word. */
  /** Whether a degree word modifies participle {@code v} from before it ("the most contested"). */
  private static boolean degreeBefore(Sentence s, int[] head, int v) {
    for (int c = 0; c < v; c++) {
      if (head[c] == v && DEGREE.contains(plain(s.token(c)))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DEGREE = Set.of("most", "more", "least", "less", "very",
      "so", "too", "highly", "hotly", "fiercely", "closely");

  private static boolean hasChild(Sentence s, int[] head, int v, String word) {
    for (int c = 0; c < head.length; c++) {
      if (head[c] == v || (head[c] >= 0 && head[head[c]] == v)) {
        if (s.token(c).word().equalsIgnoreCase(word) && c > v) {
          return true;
        }
      }
    }
    return false;
  }

  /** Cue words between the clause start and the expression, then after it. */
  private Direction fromWords(int start) {
    int from = start;
    int stop = Math.max(0, start - 120);
    while (from > stop) {
      char c = text.charAt(from - 1);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '"' || c == '“') {
        break;
      }
      from--;
    }
    int to = start;
    int limit = Math.min(text.length(), start + 120);
    while (to < limit) {
      char c = text.charAt(to);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
        break;
      }
      to++;
    }
    String before = text.substring(from, start);
    String after = text.substring(start, to);
    Direction left = lastCue(before);
    if (left != Direction.UNKNOWN) {
      return left;
    }
    return firstCue(after);
  }

  private static Direction lastCue(String s) {
    int best = -1;
    Direction dir = Direction.UNKNOWN;
    for (Direction d : new Direction[] {Direction.FUTURE, Direction.PAST, Direction.PRESENT}) {
      Matcher m = cue(d).matcher(s);
      while (m.find()) {
        if (m.start() > best) {
          best = m.start();
          dir = d;
        }
      }
    }
    return dir;
  }

  private static Direction firstCue(String s) {
    int best = Integer.MAX_VALUE;
    Direction dir = Direction.UNKNOWN;
    for (Direction d : new Direction[] {Direction.FUTURE, Direction.PAST, Direction.PRESENT}) {
      Matcher m = cue(d).matcher(s);
      if (m.find() && m.start() < best) {
        best = m.start();
        dir = d;
      }
    }
    return dir;
  }

  private static Pattern cue(Direction d) {
    return switch (d) {
      case FUTURE -> FUTURE_CUE;
      case PAST -> PAST_CUE;
      default -> PRESENT_CUE;
    };
  }
}
