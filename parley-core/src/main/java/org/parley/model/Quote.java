package org.parley.model;

import java.util.List;
import java.util.Optional;

/**
 * Who said what: one attributed statement with its content fragments, cue, source mention and the
 * actors it was resolved to. Spans point into the cleaned text.
 *
 * @param content one or more fragments of the quoted or reported content
 * @param cue the attribution cue ("said", "told", "according to")
 * @param source the mention of the speaker in the text ("Lavrov", "he", "US officials")
 * @param speaker the id of the actor the source mention resolved to
 * @param addressee the id of the actor spoken to ("told reporters", "told RT")
 * @param relayedBy ids of the actors who relayed it ("as cited by TASS")
 * @param mode speech, belief, intention, knowledge, perception, or stance (what the source
 *     thinks of someone or something: "endorsed Cruz", "called Trump a fascist"); post for an
 *     embedded social-media post given to its author
 * @param anonymous whether the source is unnamed ("a US official")
 * @param rule which pattern found it
 */
public record Quote(
    String id,
    Kind kind,
    List<Span> content,
    Optional<Span> cue,
    Optional<Span> source,
    Optional<String> speaker,
    Optional<String> addressee,
    List<String> relayedBy,
    String mode,
    boolean anonymous,
    double confidence,
    String rule) {

  public Quote {
    content = List.copyOf(content);
    relayedBy = List.copyOf(relayedBy);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("quote " + id + " has no content");
    }
  }

  /** Direct (all inside quote marks), partial (mixed), or indirect (reported speech). */
  public enum Kind {
    DIRECT,
    PARTIAL,
    INDIRECT;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The span from the first content fragment's start to the last one's end. */
  public Span extent() {
    return content.get(0).union(content.get(content.size() - 1));
  }
}
