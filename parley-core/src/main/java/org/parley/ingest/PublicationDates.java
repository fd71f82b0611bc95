package org.parley.ingest;

import org.parley.internal.Months;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an article's publication date from its dateline, reading an ambiguous numeric date
 * ({@code 11/02/2016}) by the evidence in the article's text rather than by a locale default.
 *
 * <p>Evidence, scored for the day-month and the month-day reading: full dates written out in the
 * text equal to a reading (3 points each), weekday names that fit a reading as the same day (2)
 * or the day before (1), and month-day mentions within {@value #NEAR_DAYS} days of a reading (1).
 */
public final class PublicationDates {
  static final int NEAR_DAYS = 60;

  static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String WEEKDAY_PREFIX =
      "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
  private static final String ORD = "(?:st|nd|rd|th)?";
  static final String DATE =
      "(?:\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|"
          + MONTH + "\\.?\\s+\\d{1,2}" + ORD + ",?\\s+\\d{4}|\\d{1,2}" + ORD + "\\s+" + MONTH
          + "\\.?,?\\s+\\d{4})";
  private static final String TIME =
      "(?:(?:,|\\s|T|\\s*-)\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
          + "\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:Z|GMT|UTC|[A-Z]{2,5})?"
          + "\\s*(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?";
  /** A dateline date, optionally after a weekday and followed by a time. */
  static final String DATE_WITH_TIME = WEEKDAY_PREFIX + DATE + TIME;

  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
  private static final Pattern MDY_ANY_CASE =
      Pattern.compile(
          "\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORD + ",?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY_ANY_CASE =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + MONTH + ")\\.?,?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MDY =
      Pattern.compile("\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORD + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern DMY =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + MONTH + ")\\.?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORD + "(?![\\d:])");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?<![\\d.,])(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + MONTH + ")\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** Reading names used in {@link DateDecision#reading()}. */
  public static final String DAY_MONTH_READING = "day-month";

  public static final String MONTH_DAY_READING = "month-day";
  public static final String UNAMBIGUOUS = "unambiguous";
  public static final String NONE = "none";

  /**
   * A publication-date decision.
   *
   * @param date the date, empty when the dateline holds none
   * @param reading {@code "day-month"}, {@code "month-day"}, {@code "unambiguous"} or {@code
   *     "none"}
   * @param evidence a sentence saying why
   * @param flagged true when no evidence decided an ambiguous date
   */
  public record DateDecision(
      Optional<LocalDate> date, String reading, String evidence, boolean flagged) {
    public DateDecision {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reading, "reading");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  /** Decides the publication date from a dateline and the article's cleaned text. */
  public DateDecision resolve(String datelineText, String text) {
    String dateline = datelineText == null ? "" : datelineText.strip();
    String body = text == null ? "" : text;
    if (dateline.length() > 500) {
      dateline = dateline.substring(0, 500);
    }
    Found found = earliest(dateline);
    if (found == null) {
      return new DateDecision(
          Optional.empty(), NONE, "no date in the dateline '" + dateline + "'", false);
    }
    if (found.unambiguous != null) {
      return found.unambiguous.isEmpty()
          ? new DateDecision(
              Optional.empty(), NONE, "'" + found.written + "' is not a valid date", false)
          : new DateDecision(
              found.unambiguous,
              UNAMBIGUOUS,
              "'" + found.written + "' can be read only one way",
              false);
    }
    return decideAmbiguous(found, body);
  }

  private static final class Found {
    int start;
    String written;
    Optional<LocalDate> unambiguous; // null when ambiguous
    LocalDate dayMonth;
    LocalDate monthDay;
  }

  private static Found earliest(String s) {
    Found best = null;
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      best = found(m, date(num(m.group(1)), num(m.group(2)), num(m.group(3))));
    }
    m = MDY_ANY_CASE.matcher(s);
    if (m.find() && (best == null || m.start() < best.start)) {
      best = found(m, date(num(m.group(3)), month(m.group(1)), num(m.group(2))));
    }
    m = DMY_ANY_CASE.matcher(s);
    if (m.find() && (best == null || m.start() < best.start)) {
      best = found(m, date(num(m.group(3)), month(m.group(2)), num(m.group(1))));
    }
    m = NUMERIC.matcher(s);
    if (m.find() && (best == null || m.start() < best.start)) {
      int a = num(m.group(1));
      int b = num(m.group(3));
      int y = year(m.group(4));
      if (a > 12 || b > 12 || a == b) {
        best = found(m, a > 12 ? date(y, b, a) : date(y, a, b));
      } else {
        best = found(m, null);
        best.dayMonth = date(y, b, a).orElse(null);
        best.monthDay = date(y, a, b).orElse(null);
        if (best.dayMonth == null || best.monthDay == null) {
          best.unambiguous = Optional.ofNullable(best.dayMonth != null ? best.dayMonth : best.monthDay);
        }
      }
    }
    return best;
  }

  private static Found found(Matcher m, Optional<LocalDate> date) {
    Found f = new Found();
    f.start = m.start();
    f.written = m.group();
    f.unambiguous = date;
    return f;
  }

  /** Evidence gathered for one reading. */
  private static final class Score {
    final LocalDate date;
    int points;
    final Set<String> fullDates = new LinkedHashSet<>();
    final Set<String> weekdays = new LinkedHashSet<>();
    final Set<String> monthDays = new LinkedHashSet<>();

    Score(LocalDate date) {
      this.date = date;
    }

    List<String> items() {
      List<String> all = new ArrayList<>();
      for (Set<String> set : List.of(fullDates, weekdays, monthDays)) {
        for (String s : set) {
          if (all.size() < 4) {
            all.add("'" + s + "'");
          }
        }
      }
      return all;
    }
  }

  private DateDecision decideAmbiguous(Found f, String text) {
    Score dm = new Score(f.dayMonth);
    Score md = new Score(f.monthDay);
    List<int[]> fullSpans = new ArrayList<>();
    int monthFirst = 0;
    int dayFirst = 0;
    for (int pass = 0; pass < 2; pass++) {
      Matcher m = (pass == 0 ? MDY : DMY).matcher(text);
      while (m.find()) {
        Optional<LocalDate> d =
            pass == 0
                ? date(num(m.group(3)), month(m.group(1)), num(m.group(2)))
                : date(num(m.group(3)), month(m.group(2)), num(m.group(1)));
        fullSpans.add(new int[] {m.start(), m.end()});
        if (pass == 0) {
          monthFirst++;
        } else {
          dayFirst++;
        }
        if (d.isEmpty()) {
          continue;
        }
        for (Score s : List.of(dm, md)) {
          if (s.date.equals(d.get())) {
            s.points += 3;
            s.fullDates.add(m.group());
          }
        }
      }
    }
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      Optional<LocalDate> d = date(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)));
      fullSpans.add(new int[] {iso.start(), iso.end()});
      for (Score s : List.of(dm, md)) {
        if (d.isPresent() && s.date.equals(d.get())) {
          s.points += 3;
          s.fullDates.add(iso.group());
        }
      }
    }
    Matcher w = WEEKDAY.matcher(text);
    while (w.find()) {
      DayOfWeek day = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
      for (Score s : List.of(dm, md)) {
        if (s.date.getDayOfWeek() == day) {
          s.points += 2;
          s.weekdays.add(w.group(1));
        } else if (s.date.minusDays(1).getDayOfWeek() == day) {
          s.points += 1;
          s.weekdays.add(w.group(1));
        }
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      Matcher m = (pass == 0 ? MONTH_DAY : DAY_MONTH).matcher(text);
      while (m.find()) {
        if (inside(fullSpans, m.start())) {
          continue;
        }
        int month = month(pass == 0 ? m.group(1) : m.group(2));
        int day = num(pass == 0 ? m.group(2) : m.group(1));
        if (pass == 0) {
          monthFirst++;
        } else {
          dayFirst++;
        }
        for (Score s : List.of(dm, md)) {
          if (near(s.date, month, day)) {
            s.points += 1;
            s.monthDays.add(m.group());
          }
        }
      }
    }
    String written = f.written;
    String weekdayFacts =
        dm.date + " was a " + dayName(dm.date) + " (" + md.date + " was a " + dayName(md.date) + ")";
    if (dm.points != md.points) {
      Score win = dm.points > md.points ? dm : md;
      Score lose = win == dm ? md : dm;
      String reading = win == dm ? DAY_MONTH_READING : MONTH_DAY_READING;
      String evidence =
          written + " read " + reading + ": the text has " + join(win.items())
              + ", and " + win.date + " was a " + dayName(win.date) + " ("
              + lose.date + " was a " + dayName(lose.date) + "); score "
              + win.points + " to " + lose.points;
      return new DateDecision(Optional.of(win.date), reading, evidence, false);
    }
    boolean usStyled = monthFirst > dayFirst;
    Score pick = usStyled ? md : dm;
    String reading = usStyled ? MONTH_DAY_READING : DAY_MONTH_READING;
    String why =
        usStyled
            ? "read month-day because the text writes dates month first"
            : "read day-month by default";
    String evidence =
        dm.points == 0
            ? "no evidence either way; " + why
            : "conflicting evidence for " + written + " (day-month has " + join(dm.items())
                + ", month-day has " + join(md.items()) + ", score " + dm.points
                + " each); " + why + "; " + weekdayFacts;
    return new DateDecision(Optional.of(pick.date), reading, evidence, true);
  }

  private static boolean inside(List<int[]> spans, int at) {
    for (int[] s : spans) {
      if (s[0] <= at && at < s[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(LocalDate ref, int month, int day) {
    for (int dy = -1; dy <= 1; dy++) {
      Optional<LocalDate> d = date(ref.getYear() + dy, month, day);
      if (d.isPresent() && Math.abs(ChronoUnit.DAYS.between(ref, d.get())) <= NEAR_DAYS) {
        return true;
      }
    }
    return false;
  }

  private static String join(List<String> items) {
    if (items.isEmpty()) {
      return "nothing";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and " + items.get(items.size() - 1);
  }

  private static String dayName(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static int num(String s) {
    return s.length() > 9 ? -1 : Integer.parseInt(s);
  }

  private static int year(String s) {
    int y = num(s);
    if (s.length() == 2) {
      y += y < 70 ? 2000 : 1900;
    }
    return y;
  }

  private static int month(String name) {
    return Months.number(name);
  }

  private static Optional<LocalDate> date(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
