package org.parley.quotes;

import java.util.Map;
import java.util.Set;

/** The verbs that introduce what someone said, believed, intended, knew or perceived. */
final class Cues {
  private Cues() {}

  static final Set<String> SPEECH =
      Set.of("say", "tell", "add", "state", "claim", "explain", "note", "insist", "warn", "stress",
          "argue", "reply", "respond", "announce", "declare", "write", "tweet", "comment",
          "continue", "conclude", "acknowledge", "admit", "confirm", "deny", "report", "assert",
          "emphasize", "emphasise", "underline", "allege", "maintain", "suggest", "predict",
          "promise", "pledge", "vow", "threaten", "urge", "caution", "complain", "concede",
          "reiterate", "recall", "remark", "observe", "point", "contend", "testify", "disclose",
          "reveal", "indicate", "mention", "answer", "ask", "demand", "propose", "boast", "joke",
          "estimate", "agree", "counter", "retort", "repeat", "charge", "accuse", "signal", "post",
          "quip", "recount", "describe", "inform", "assure", "hint", "brief", "specify");
  static final Set<String> BELIEF =
      Set.of("believe", "think", "feel", "consider", "doubt", "suspect", "fear", "worry",
          "expect", "assume", "hope", "reckon");
  static final Set<String> KNOWLEDGE = Set.of("know", "learn", "realize", "realise", "understand",
      "discover", "find");
  static final Set<String> PERCEPTION = Set.of("see", "hear", "notice", "show");
  static final Set<String> INTENTION = Set.of("want", "plan", "intend", "wish");

  /** Verbs for which the addressee is the object: "told reporters", "informed the council". */
  static final Set<String> ADDRESSEE_OBJECT = Set.of("tell", "inform", "assure", "brief", "warn", "urge", "ask");

  /** Verbs whose subject relays someone else's words: "AP cited officials who claimed". */
  static final Set<String> RELAY = Set.of("cite", "quote");

  static final Map<String, String> MODES = modes();

  private static Map<String, String> modes() {
    Map<String, String> m = new java.util.HashMap<>();
    SPEECH.forEach(v -> m.put(v, "speech"));
    BELIEF.forEach(v -> m.put(v, "belief"));
    KNOWLEDGE.forEach(v -> m.put(v, "knowledge"));
    PERCEPTION.forEach(v -> m.put(v, "perception"));
    INTENTION.forEach(v -> m.put(v, "intention"));
    return Map.copyOf(m);
  }

  static boolean isCue(String lemma) {
    return MODES.containsKey(lemma);
  }

  static String mode(String lemma) {
    return MODES.getOrDefault(lemma, "speech");
  }
}
