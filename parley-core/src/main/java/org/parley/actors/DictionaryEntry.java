package org.parley.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One actor of a user dictionary: every name it goes by shares these codes.
 *
 * @param id the entry's stable identity: its primary name as the file writes it ("SERGEY_LAVROV"),
 *     used as the actor key across articles
 * @param name the primary name for display ("Sergey Lavrov")
 * @param codes the codes in file order; a code without dates is the default
 * @param role a role or title when the dictionary gives one (our own format only)
 * @param file the file name the entry came from
 * @param line the line of its primary name
 */
public record DictionaryEntry(
    String id, String name, List<DatedCode> codes, String role, String file, int line) {

  public DictionaryEntry {
    codes = List.copyOf(codes);
  }

  /** A code with the dates it applies to; a null bound is open. Both bounds are inclusive. */
  public record DatedCode(String code, LocalDate from, LocalDate to) {
    public boolean isDefault() {
      return from == null && to == null;
    }

    public boolean appliesOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /**
   * The code that applies on {@code date}: a date-bounded code whose dates hold it, else the
   * default code. Without a date, the default code, else the most recent bounded one ("Lavrov in
   * 2016 is RUSGOV"; an article of unknown date gets the holder's latest office).
   */
  public Optional<String> codeOn(LocalDate date) {
    if (date != null) {
      for (DatedCode c : codes) {
        if (!c.isDefault() && c.appliesOn(date)) {
          return Optional.of(c.code());
        }
      }
    }
    DatedCode latest = null;
    for (DatedCode c : codes) {
      if (c.isDefault()) {
        return Optional.of(c.code());
      }
      if (date == null && (latest == null || later(c, latest))) {
        latest = c;
      }
    }
    return Optional.ofNullable(latest).map(DatedCode::code);
  }

  private static boolean later(DatedCode a, DatedCode b) {
    if (a.to() == null || b.to() == null) {
      return b.to() != null;
    }
    return a.to().isAfter(b.to());
  }

  /** Where the entry is written, for evidence and error messages: "file line 12 (NAME)". */
  public String where() {
    return file + " line " + line + " (" + id + ")";
  }
}
