package org.parley.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that introduce what someone said, believed, intended, knew or perceived, by lemma.
 *
 * <p>Design decision: verbs of saying are split in two. {@link #SPEECH} verbs report words whatever
 * their subject ("the report said that ..." is an attribution to a document); {@link #WEAK} verbs,
 * and verbs of belief, knowledge and perception, report a statement only when their subject is a
 * speaker ("a survey shows that ..." and "analysts believe that ..." are not quotations).
 */
final class Cues {
  private Cues() {}

  /** Verbs that report words, whatever their subject. */
  static final Set<String> SPEECH =
      Set.of("say", "tell", "add", "state", "claim", "explain", "insist", "warn", "stress",
          "argue", "reply", "respond", "announce", "declare", "write", "tweet", "comment",
          "conclude", "acknowledge", "admit", "confirm", "deny", "assert", "emphasize",
          "emphasise", "underline", "underscore", "allege", "maintain", "predict", "promise",
          "pledge", "vow", "threaten", "urge", "caution", "complain", "concede", "reiterate",
          "remark", "contend", "testify", "disclose", "answer", "boast", "joke", "counter",
          "retort", "repeat", "quip", "recount", "inform", "assure", "specify", "ask", "scoff",
          "lament", "muse", "exclaim", "shout", "whisper", "reason", "posit",
          "proclaim", "opine", "surmise", "concur", "protest", "object", "plead", "demand");

  /** Verbs that report words only when a speaker is their subject. */
  static final Set<String> WEAK =
      Set.of("note", "report", "suggest", "indicate", "reveal", "mention", "estimate", "recall",
          "observe", "point", "signal", "hint", "agree", "propose", "describe", "post", "brief",
          "accuse", "continue", "charge", "recommend", "advise");

  static final Set<String> BELIEF =
      Set.of("believe", "think", "feel", "consider", "doubt", "suspect", "fear", "worry",
          "expect", "assume", "hope", "reckon");
  static final Set<String> KNOWLEDGE =
      Set.of("know", "learn", "realize", "realise", "understand", "discover");
  static final Set<String> PERCEPTION = Set.of("see", "hear", "notice");

  /**
   * Verbs by which a poll, a study or a record reports what is known: "polls show that ...", "the
   * study found that ..." (knowledge, whatever the subject).
   */
  static final Set<String> EVIDENCE = Set.of("show", "find", "suggest", "indicate", "reveal");
  static final Set<String> INTENTION =
      Set.of("want", "plan", "intend", "wish", "refuse", "decline", "seek", "aim");

  /**
   * Verbs whose content may be an infinitive: "she hopes to become president", "he vowed to
   * fight" (intention, or a promise; the "to" belongs to the content).
   */
  static final Set<String> INFINITIVE =
      Set.of("want", "plan", "intend", "wish", "hope", "expect", "promise", "pledge", "vow",
          "threaten", "propose", "agree", "claim", "refuse", "decline", "seek", "aim");

  /** Verbs that give a name or a verdict: "called Trump a fascist", "described it as good". */
  static final Set<String> NAMING = Set.of("call", "describe", "dub", "label", "brand");

  /**
   * Verbs of appeal, whose content is what is asked for: "called for a ban", "called on Congress
   * to act", "pushed for talks".
   */
  static final Set<String> APPEAL = Set.of("call", "appeal", "push", "press");

  /**
   * Verbs that state a stand on someone or something, whose object is what the source said or
   * thinks of: "Bush endorsed Cruz", "she accused Trump of lying", "voters support Sanders".
   */
  static final Set<String> STANCE =
      Set.of("endorse", "criticize", "criticise", "praise", "accuse", "blame", "defend", "reject",
          "question", "dismiss", "condemn", "denounce", "applaud", "blast", "slam", "support",
          "oppose", "back", "attack", "mock", "ridicule", "congratulate", "thank", "tout",
          "hail", "welcome", "prefer", "favor", "favour", "dislike", "disavow", "refute");

  /**
   * Verbs whose noun object is what was said, wanted or shown: "announced his resignation",
   * "denied the report", "voters want a continuation of his policies", "a poll showed a
   * one-point race".
   */
  static final Set<String> OBJECT =
      Set.of("announce", "deny", "confirm", "disclose", "reveal", "mention", "propose", "predict",
          "demand", "want", "show");

  /**
   * Verbs whose bare noun object is no proposition: "told The Huffington Post" (the addressee),
   * "stated an interest in". They report something through a clause ("stated that ...", "told
   * reporters he ...") or a noun of communication ("told a different story").
   */
  static final Set<String> NO_NOUN_CONTENT = Set.of("tell", "inform", "brief", "state");

  /** Stance verbs that are a belief rather than a speech act. */
  static final Set<String> STANCE_BELIEF = Set.of("support", "oppose", "back", "prefer", "favor", "favour", "dislike");

  /** Verbs for which the addressee is the object: "told reporters", "informed the council". */
  static final Set<String> ADDRESSEE_OBJECT =
      Set.of("tell", "inform", "assure", "brief", "warn", "urge", "ask", "remind", "caution");

  /**
   * Nouns for a piece of communication that a verb can carry and that says what it is about: "a
   * message of unity", "a cautious note about the jobs report", "a rant about her fiance" (with
   * the nouns of {@link #NOUNS}).
   */
  static final Set<String> COMMUNICATION =
      Set.of("message", "note", "letter", "word", "rant", "piece", "speech", "tweet", "post",
          "essay", "op-ed", "column", "interview", "question", "story", "ad", "advertisement",
          "call", "appeal", "plea", "memo", "email", "e-mail", "article", "editorial", "criticism",
          "praise", "case", "point", "lecture", "sermon", "address", "tirade", "attack", "joke",
          "reference", "vision", "theory", "idea");

  /** Prepositions that introduce what a noun of communication is about. */
  static final Set<String> TOPIC_PREPOSITIONS =
      Set.of("about", "of", "on", "for", "regarding", "concerning", "against", "over");

  /**
   * Verbs whose passive with an infinitive states what no one named expects or believes: "the
   * bank is expected to act", "he is believed to have left".
   */
  static final Set<String> RAISED =
      Set.of("expect", "believe", "think", "say", "report", "rumor", "rumour", "project",
          "predict", "forecast", "anticipate", "know", "consider", "estimate", "understand");

  /**
   * Verbs of refusing, whose shortest infinitive is a statement of intent: "declined to comment"
   * (PolNeAR counts it; "did not comment" is no attribution).
   */
  static final Set<String> REFUSAL = Set.of("decline", "refuse");

  /** Verbs of seeming, whose subject and predicate are an impression: "Washington appears weak". */
  static final Set<String> SEEMING = Set.of("seem", "appear");

  /** Verbs whose subject relays someone else's words: "AP cited officials who claimed". */
  static final Set<String> RELAY = Set.of("cite", "quote");

  /**
   * Nouns that name a statement, a belief or an intention and take its content as a clause: "the
   * claim that ...", "his fear that ...", "her plan to ..." (intention nouns take "to", the others
   * "that"), with the mode of each.
   */
  static final Map<String, String> NOUNS = nouns();

  private static Map<String, String> nouns() {
    Map<String, String> m = new HashMap<>();
    for (String n : List.of("claim", "assertion", "allegation", "charge", "statement", "warning",
        "suggestion", "acknowledgment", "acknowledgement", "admission", "argument", "insistence",
        "contention", "accusation", "announcement", "denial", "report", "complaint", "prediction",
        "assurance", "testimony", "remark", "comment")) {
      m.put(n, "speech");
    }
    for (String n : List.of("belief", "view", "fear", "hope", "concern", "suspicion", "sense",
        "expectation", "conclusion", "assessment", "worry", "feeling", "conviction", "opinion",
        "assumption", "doubt", "impression", "estimate")) {
      m.put(n, "belief");
    }
    for (String n : List.of("plan", "promise", "pledge", "vow", "threat", "determination",
        "decision", "intention", "eagerness", "agreement", "demand", "proposal", "bid",
        "refusal", "desire", "wish", "readiness", "willingness", "commitment", "offer")) {
      m.put(n, "intention");
    }
    for (String n : List.of("finding", "knowledge", "recognition", "realization", "evidence",
        "discovery", "revelation")) {
      m.put(n, "knowledge");
    }
    return Map.copyOf(m);
  }

  /** The mode of a noun of saying, thinking or intending, or null for any other noun. */
  static String nounMode(String lemma) {
    return NOUNS.get(lemma);
  }

  static final Map<String, String> MODES = modes();

  private static Map<String, String> modes() {
    Map<String, String> m = new java.util.HashMap<>();
    BELIEF.forEach(v -> m.put(v, "belief"));
    KNOWLEDGE.forEach(v -> m.put(v, "knowledge"));
    PERCEPTION.forEach(v -> m.put(v, "perception"));
    INTENTION.forEach(v -> m.put(v, "intention"));
    WEAK.forEach(v -> m.put(v, "speech"));
    EVIDENCE.forEach(v -> m.putIfAbsent(v, "knowledge"));
    NAMING.forEach(v -> m.putIfAbsent(v, "speech"));
    APPEAL.forEach(v -> m.putIfAbsent(v, "intention"));
    STANCE.forEach(v -> m.putIfAbsent(v, STANCE_BELIEF.contains(v) ? "belief" : "speech"));
    SPEECH.forEach(v -> m.put(v, "speech"));
    return Map.copyOf(m);
  }

  /** Any verb that may introduce a statement. */
  static boolean isCue(String lemma) {
    return MODES.containsKey(lemma);
  }

  /** A verb by which polls, studies and records report what is known ("polls show"). */
  static boolean isEvidence(String lemma) {
    return EVIDENCE.contains(lemma);
  }

  /** A verb that reports words whatever its subject. */
  static boolean isStrong(String lemma) {
    return SPEECH.contains(lemma);
  }

  /** A verb that, next to a quotation, attributes it: "said Lavrov", "he added", "she wrote". */
  static boolean isDirectCue(String lemma) {
    return SPEECH.contains(lemma) || WEAK.contains(lemma) || lemma.equals("continue")
        || BELIEF.contains(lemma);
  }

  /** A verb whose content may be an infinitive clause ("wants to leave"). */
  static boolean takesInfinitive(String lemma) {
    return INFINITIVE.contains(lemma);
  }

  static String mode(String lemma) {
    return MODES.getOrDefault(lemma, "speech");
  }
}
