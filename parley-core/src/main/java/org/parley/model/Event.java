package org.parley.model;

import java.util.List;
import java.util.Optional;

/**
 * Who did what to whom, when and where: one political event coded in PLOVER (type and mode) with
 * the nearest CAMEO code, tied to its trigger and evidence spans in the cleaned text.
 *
 * @param plover the PLOVER event type (AGREE, CONSULT, ...), empty for CAMEO roots 01 and 02
 * @param cameo the nearest CAMEO code as a string ("036", never 36)
 * @param quote the id of the quote the event was stated in, if any
 * @param rule which pattern fired
 */
public record Event(
    String id,
    Optional<String> plover,
    Optional<String> mode,
    String cameo,
    List<String> source,
    List<String> target,
    Optional<String> date,
    Optional<String> place,
    Optional<Span> trigger,
    Span evidence,
    Optional<String> quote,
    boolean negated,
    boolean future,
    boolean hypothetical,
    boolean reported,
    String rule,
    double confidence) {

  public Event {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}
