package org.parley.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The article's publication date and why: which input gave it, which reading of an ambiguous
 * numeric date won, and whether nothing decided it.
 *
 * @param reading "declared", "day-month", "month-day", "unambiguous" or "none"
 * @param evidence a sentence a person can check ("11/02/2016 read day-month: ...")
 * @param flagged true when an ambiguous date was read without evidence either way
 */
public record Publication(Optional<LocalDate> date, String reading, String evidence, boolean flagged) {
  public static Publication unknown(String why) {
    return new Publication(Optional.empty(), "none", why, false);
  }
}
