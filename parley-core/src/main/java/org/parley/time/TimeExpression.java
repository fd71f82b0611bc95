package org.parley.time;

import java.util.Optional;
import org.parley.model.Span;

/** TEMPORARY stand-in. */
public record TimeExpression(Span span, String text, Type type, String value,
                             Optional<String> start, Optional<String> end, String rule) {
  public enum Type { DATE, TIME, DURATION, SET }
}
