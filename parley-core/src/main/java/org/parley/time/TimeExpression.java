package org.parley.time;

import java.util.Locale;
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
 * @param anchor what the value was counted from: the publication date, an earlier date of the
 *     text, nothing (the text wrote it in full), or nothing needed (a length, a set, a vague
 *     reference)
 * @param anchorSpan for a value counted from a date of the text, that date's expression ("Feb.
 *     3" for a later "two days later"); empty otherwise
 */
public record TimeExpression(
    Span span,
    String text,
    Type type,
    String value,
    Optional<String> start,
    Optional<String> end,
    String rule,
    Anchor anchor,
    Optional<Span> anchorSpan) {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(anchorSpan, "anchorSpan");
    if (anchorSpan.isPresent() && anchor != Anchor.TEXT) {
      throw new IllegalArgumentException("an anchor span belongs to a TEXT anchor, not " + anchor
          + ": " + anchorSpan.get());
    }
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

  /** What a value was counted from: the evidence for a relative date. */
  public enum Anchor {
    /** The article's publication date: "on Thursday", "last week", "two years ago". */
    PUBLICATION,
    /**
     * A date the text gave before: "two days later", "the following day", "that week", a month
     * or day whose year an earlier date gave.
     */
    TEXT,
    /** Nothing: the text wrote the value in full ("Feb. 11, 2016", "1998", "the 1990s"). */
    ABSOLUTE,
    /**
     * Nothing to count from, or nothing to count it from: a length ("three days"), a set ("every
     * week"), a vague reference ({@code PRESENT_REF}), a value with unknown parts ({@code
     * XXXX-03-01}).
     */
    NONE;

    /** The name written in the Analysis JSON and the store: {@code publication}, {@code text}... */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
