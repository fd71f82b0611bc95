package org.parley.internal;

import java.util.Locale;

/** English month names and their abbreviations. */
public final class Months {
  private static final String[] PREFIXES = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private Months() {}

  /** The month number (1-12) of a month name or abbreviation ("Feb.", "february"), or -1. */
  public static int number(String name) {
    if (name == null || name.length() < 3) {
      return -1;
    }
    String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < PREFIXES.length; i++) {
      if (PREFIXES[i].equals(p)) {
        return i + 1;
      }
    }
    return -1;
  }
}
