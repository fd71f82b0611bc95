package org.parley.time;

import java.util.function.Function;

/** A candidate expression: its extent and how to compute its value. */
final class Cand {
  int start;
  int end;
  String rule;
  int priority;
  Function<Ctx, Res> value;
  /** For times: the clock part of the value ("15:00", "MO"); null otherwise. */
  String clock;
  /** True when the value is a single day (or a weekday), so a time can join it. */
  boolean dayLike;
  /** True for "the eve of X": resolved after every other expression. */
  boolean deferred;
  /** The far end of a "from X to Y" / "between X and Y" range that starts here. */
  Cand rangeEnd;
  /** For a time: the day written after it behind a parenthesis, "10:35 a.m. (0735 GMT) Friday". */
  Cand dayFrom;
  /**
   * True when the match itself took the publication date ("21 December last year"), which
   * {@link Ctx#anchorOf} cannot see by computing the value again.
   */
  boolean pubAtMatch;

  Cand(int start, int end, Function<Ctx, Res> value) {
    this.start = start;
    this.end = end;
    this.value = value;
  }

  Cand rule(String r) {
    this.rule = r;
    return this;
  }

  Cand day() {
    this.dayLike = true;
    return this;
  }
}
