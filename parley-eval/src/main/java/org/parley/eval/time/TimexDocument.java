package org.parley.eval.time;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold document: its text, creation date (what relative expressions are resolved against) and
 * gold time expressions.
 */
public record TimexDocument(String id, LocalDate dct, String text, List<Timex> gold) {
  public TimexDocument {
    gold = List.copyOf(gold);
  }
}
