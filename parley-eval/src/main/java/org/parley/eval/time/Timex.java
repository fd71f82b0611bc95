package org.parley.eval.time;

import java.util.Objects;
import org.parley.model.Span;

/**
 * One time expression, gold or predicted, as the scorer sees it.
 *
 * @param span half-open offsets into the document text
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value
 */
public record Timex(Span span, String type, String value) {
  public Timex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
