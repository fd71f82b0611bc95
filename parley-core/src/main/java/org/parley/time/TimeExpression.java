package org.parley.time;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Span;

/**
 * One time expression of an article, normalized in the style of TimeML's TIMEX3.
 *
 * <p>Values: a calendar date or part of one ({@code 2016-02-11}, {@code 2016-02}, {@code 2016},
 * {@code 2016-W06}, {@code 2016-Q1}, {@code 2016-SU}, decade {@code 199}, century {@code 19}), a time
 * ({@code 2016-02-11T15:00}, {@code 2016-02-11TMO}), a duration ({@code P5Y}, {@code PT3H}, {@code
 * PXY}), a set ({@code P1W}, {@code XXXX-WXX-1}), an interval ({@code 2016-02-12/2016-02-14}), a
 * vague reference ({@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}), or a date whose
 * unknown parts are {@code X} ({@code XXXX-03-01} when no year can be inferred).
 *
 * @param span the expression in the cleaned text; holds modifiers ("early", "mid-", "about") but
 *     not the preposition before it ("on", "in", "until")
 * @param text the covered text
 * @param type what the value denotes
 * @param value the normalized value
 * @param start the start of the time meant, when the text gives one: the first day of a range, or
 *     the date after "since" or "from"
 * @param end the end of the time meant, when the text gives one: the last day of a range, or the
 *     date after "until" or "by"
 * @param rule which pattern found the expression and how its value was anchored, e.g. {@code
 *     weekday:past} or {@code numeric-date:month-day-unconfirmed}
 */
public record TimeExpression(
    Span span,
    String text,
    Type type,
    String value,
    Optional<String> start,
    Optional<String> end,
    String rule) {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(rule, "rule");
  }

  /** The TIMEX3 types. */
  public enum Type {
    /** A calendar date or period named by calendar units (a day, week, month, season, year). */
    DATE,
    /** A time of day, possibly with its date. */
    TIME,
    /** An amount of time ("three days", "five-year"). */
    DURATION,
    /** A recurring time ("every week", "daily"). */
    SET
  }
}
