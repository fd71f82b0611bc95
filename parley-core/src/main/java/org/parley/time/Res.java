package org.parley.time;

import java.time.LocalDate;
import org.parley.time.TimeExpression.Type;

/** A resolved value. {@code day} is set when the value is one calendar day (or starts one). */
record Res(Type type, String value, LocalDate day, String note, String start,
           String end) {
  static Res of(Type type, String value, LocalDate day, String note) {
    return new Res(type, value, day, note, null, null);
  }
}
