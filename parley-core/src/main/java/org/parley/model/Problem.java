package org.parley.model;

import java.util.Optional;

/**
 * Something wrong with one article that did not stop its analysis: a stable upper-case code, the
 * stage that saw it and a message that says what to do.
 */
public record Problem(String stage, String code, String message, Optional<Span> where) {
  public static Problem of(String stage, String code, String message) {
    return new Problem(stage, code, message, Optional.empty());
  }
}
