package org.parley.time;

import org.parley.internal.Months;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

/** TIMEX3 value formatting and the calendar arithmetic the finder needs. */
final class Calendar {
  private Calendar() {}

  static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
          Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
          Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
          Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
          Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
          Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
          Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
          Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
          Map.entry("couple", 2), Map.entry("dozen", 12));

  /** A number word ("seven", "ninety") as its value, case-insensitive. */
  static int small(String word) {
    Integer n = NUMBERS.get(word.toLowerCase(java.util.Locale.ROOT));
    if (n == null) {
      throw new IllegalArgumentException("not a number word: " + word);
    }
    return n;
  }

  /** An ordinal word ("first" … "fourth", "1st" … "4th") as its number; 0 when it is none. */
  static int ordinal(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      default -> 0;
    };
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern VAGUE_AMOUNT = java.util.regex.Pattern.compile(
      "(?:a )?(?:few|several|many|some|dozens of|hundreds of|thousands of|couple of)");
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("\\d{1,4}(?:\\.\\d+)?");

  /**
   * A written amount as a TIMEX3 number: "five" → "5", "twenty-four" → "24", "several" → "X",
   * "one and a half" → "1.5"; null when it is not a number.
   */
  static String amount(String written) {
    String w = SPACES.matcher(written.toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll(" ")
        .strip();
    boolean half = false;
    if (w.endsWith(" and a half")) {
      half = true;
      w = w.substring(0, w.length() - " and a half".length());
    }
    if (w.endsWith("1/2") || w.endsWith("½")) { // "2 1/2 years", "2-1/2", "2½"
      half = true;
      w = w.substring(0, w.length() - (w.endsWith("½") ? 1 : 3)).strip();
    }
    if (w.startsWith("a couple") || w.startsWith("couple")) {
      return "2";
    }
    if (VAGUE_AMOUNT.matcher(w).matches()) {
      return "X";
    }
    if (w.startsWith("a ") && !w.equals("a hundred")) {
      w = w.substring(2);
    }
    double n;
    if (DECIMAL.matcher(w).matches()) {
      n = Double.parseDouble(w);
    } else {
      n = 0;
      for (String part : w.split(" ")) {
        Integer v = NUMBERS.get(part);
        if (v == null) {
          return null;
        }
        n = v == 100 ? Math.max(1, n) * 100 : n + v;
      }
    }
    if (half) {
      n += 0.5;
    }
    if (n == Math.rint(n)) {
      return Long.toString((long) n);
    }
    return Double.toString(n);
  }

  /** The TIMEX3 unit letter(s) of a unit word, with the time flag: "year" → "Y", "hour" → "TH". */
  static String unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("year")) {
      return "Y";
    } else if (w.startsWith("month")) {
      return "M";
    } else if (w.startsWith("week")) {
      return w.startsWith("weekend") ? "WE" : "W";
    } else if (w.startsWith("day") || w.startsWith("night")) {
      return "D";
    } else if (w.startsWith("hour")) {
      return "TH";
    } else if (w.startsWith("minute")) {
      return "TM";
    } else if (w.startsWith("second")) {
      return "TS";
    } else if (w.startsWith("decade")) {
      return "DE";
    } else if (w.startsWith("centur")) {
      return "CE";
    } else if (w.startsWith("quarter")) {
      return "Q";
    }
    return null;
  }

  /** A duration value: ("5", "Y") → "P5Y", ("3", "TH") → "PT3H". */
  static String duration(String amount, String unit) {
    if (amount.endsWith(".5") && amount.matches("\\d+\\.5")) {
      // half a unit is written in the next smaller one, as TimeML does: P2Y6M, PT1H30M
      long whole = Long.parseLong(amount.substring(0, amount.length() - 2));
      String w = whole == 0 ? "" : Long.toString(whole);
      switch (unit) {
        case "Y" -> { return "P" + w + (w.isEmpty() ? "" : "Y") + "6M"; }
        case "DE" -> { return "P" + (whole * 10 + 5) + "Y"; }
        case "CE" -> { return "P" + (whole * 100 + 50) + "Y"; }
        case "D" -> { return "P" + w + (w.isEmpty() ? "" : "D") + "T12H"; }
        case "TH" -> { return "PT" + w + (w.isEmpty() ? "" : "H") + "30M"; }
        case "TM" -> { return "PT" + w + (w.isEmpty() ? "" : "M") + "30S"; }
        default -> { }
      }
    }
    if (unit.startsWith("T")) {
      return "PT" + amount + unit.substring(1);
    }
    if ((unit.equals("DE") || unit.equals("CE")) && amount.matches("\\d{1,3}")) {
      // a counted number of decades or centuries is written in years, as TimeBank does: P20Y
      return "P" + Long.parseLong(amount) * (unit.equals("DE") ? 10 : 100) + "Y";
    }
    if (unit.equals("DE") && amount.equals("X")) {
      return "PXY"; // "decades", "decades-long": some years, as TimeBank and AQUAINT write them
    }
    return "P" + amount + unit;
  }

  static int month(String name) {
    return Months.number(name);
  }

  static DayOfWeek weekday(String name) {
    String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return switch (p) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tue" -> DayOfWeek.TUESDAY;
      case "wed" -> DayOfWeek.WEDNESDAY;
      case "thu" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "sat" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  /** The date, or null when the fields make none. */
  static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The day a "YYYY-MM-DD" value names, or null when it names none or is not of that form. */
  static LocalDate parseDay(String value) {
    if (!value.matches("\\d{4}-\\d\\d-\\d\\d")) {
      return null;
    }
    return date(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)),
        Integer.parseInt(value.substring(8)));
  }

  static String day(LocalDate d) {
    return padded(d.getYear(), 4) + "-" + padded(d.getMonthValue(), 2) + "-"
        + padded(d.getDayOfMonth(), 2);
  }

  /** The Monday of the ISO week a "YYYY-Www" value names (W01 holds the year's first Thursday). */
  static LocalDate weekStart(String value) {
    LocalDate jan4 = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4);
    return jan4.with(java.time.DayOfWeek.MONDAY)
        .plusWeeks(Integer.parseInt(value.substring(6, 8)) - 1L);
  }

  static String week(LocalDate d) {
    return padded(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
        + padded(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
  }

  static String month(LocalDate d) {
    return padded(d.getYear(), 4) + "-" + padded(d.getMonthValue(), 2);
  }

  static String month(int y, int m) {
    return padded(y, 4) + "-" + padded(m, 2);
  }

  static String year(int y) {
    return padded(y, 4);
  }

  /** {@code String.format(Locale.ROOT, "%0<width>d", n)}, without parsing a format each time. */
  private static String padded(int n, int width) {
    if (n < 0) {
      return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
    String s = Integer.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  /** The period of unit {@code unit} (D, W, M, Y, DE) that holds day {@code d}, as a value. */
  static String at(LocalDate d, String unit) {
    return switch (unit) {
      case "W" -> week(d);
      case "M" -> month(d);
      case "Y" -> year(d.getYear());
      case "DE" -> Integer.toString(d.getYear() / 10);
      default -> day(d);
    };
  }

  static String quarter(LocalDate d) {
    return year(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  /** The season code of a season word: SP, SU, FA, WI. */
  static String season(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return switch (w) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "autumn", "fall" -> "FA";
      default -> "WI";
    };
  }

  /** The first month of a season (winter counted from December of the year before). */
  static int seasonStart(String code) {
    return switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 0;
    };
  }

  static String seasonOf(LocalDate d) {
    int m = d.getMonthValue();
    String code = m >= 3 && m <= 5 ? "SP" : m >= 6 && m <= 8 ? "SU" : m >= 9 && m <= 11 ? "FA" : "WI";
    int y = m == 12 ? d.getYear() + 1 : d.getYear();
    return year(y) + "-" + code;
  }

  /** Western Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }

  /** The American Election Day of a year: the Tuesday after the first Monday of November. */
  static LocalDate electionDay(int y) {
    return LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
  }

  /** US Thanksgiving: the fourth Thursday of November. */
  static LocalDate thanksgiving(int y) {
    return LocalDate.of(y, 11, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
  }
}
