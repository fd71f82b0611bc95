package org.parley.time;

import static org.parley.time.DateFinder.YEAR;
import static org.parley.time.DateFinder.withClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.time.TimeExpression.Type;

/** Step 2 of the dates stage: neighbouring candidates join (a date and its time, a range). */
final class Joins {
  private Joins() {}

  private static final Pattern TIME_AFTER_DATE = Pattern.compile(",?\\s*(?:at\\s+|,\\s*)?");
  private static final Pattern DATE_AFTER_TIME = Pattern.compile(",?\\s+(?:on\\s+)?");
  /** A parenthesis between a time and its day: the time in another zone, "(0735 GMT)". */
  private static final Pattern PAREN_GAP = Pattern.compile("\\s*\\([^()]{1,30}\\)\\s*,?\\s*(?:on\\s+)?");
  private static final Pattern RANGE_TO = Pattern.compile("\\s*(?:to|until|till|through|-|–|—)\\s*");
  private static final Pattern RANGE_AND = Pattern.compile("\\s+and\\s+");
  private static final Pattern RANGE_DASH = Pattern.compile("\\s*[-–—]\\s*");

  /** Joins a date with its time, and the two ends of a range, into one candidate each. */
  static List<Cand> joinNeighbours(Doc doc, List<Cand> in) {
    List<Cand> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Cand a = in.get(i);
      Cand b = i + 1 < in.size() ? in.get(i + 1) : null;
      if (b != null && !a.deferred && !b.deferred) {
        String gap = doc.text.substring(a.end, b.start);
        Cand joined = null;
        if (a.dayLike && b.clock != null && TIME_AFTER_DATE.matcher(gap).matches()) {
          joined = dateTime(a, b, b.clock);
        } else if (a.clock != null && b.dayLike && DATE_AFTER_TIME.matcher(gap).matches()) {
          joined = dateTime(b, a, a.clock);
        } else if (exactClock(a) && partOfDayDate(doc, b)
            && DATE_AFTER_TIME.matcher(gap).matches()) {
          // "10 p.m. last night", "7:15 a.m. Wednesday morning", "8:30 tonight"
          joined = clockOnPart(b, a, halfDayOpen(doc, a));
        } else if (partOfDayDate(doc, a) && exactClock(b)
            && TIME_AFTER_DATE.matcher(gap).matches()) {
          joined = clockOnPart(a, b, halfDayOpen(doc, b)); // "Sunday night at 11 p.m."
        } else if (a.clock != null && b.dayLike && PAREN_GAP.matcher(gap).matches()) {
          a.dayFrom = b; // two expressions; the time is on that day
        } else if (a.clock == null && b.clock == null && rangeable(a) && rangeable(b)) {
          String left = doc.prevWord(a.start);
          if (RANGE_DASH.matcher(gap).matches() && a.rule.equals(b.rule)) {
            joined = range(a, b);
          } else if ((left.equals("from") && RANGE_TO.matcher(gap).matches())
              || (left.equals("between") && RANGE_AND.matcher(gap).matches())) {
            // TimeML: two expressions, each with its own value; both carry the interval
            a.rangeEnd = b;
          }
        }
        if (joined != null) {
          out.add(joined);
          i++;
          continue;
        }
      }
      out.add(a);
    }
    int prevEnd = 0;
    for (Cand c : out) {
      widenToWeekOf(doc, c, prevEnd);
      widenToEdge(doc, c, prevEnd);
      prevEnd = c.end;
    }
    return out;
  }

  private static final Set<String> EDGED_RULES = Set.of("the-period", "relative", "month",
      "month-year", "year", "quarter", "year-quarter", "fiscal-year", "season", "decade",
      "century", "spelled-year");

  private static final Pattern WEEK_OF = Pattern.compile("\\b(?:[Tt]he\\s+)?week\\s+of\\s+$");

  /** "the week of March 6": the ISO week that holds the day. */
  private static void widenToWeekOf(Doc doc, Cand c, int notBefore) {
    if (!c.dayLike || c.clock != null || c.deferred || c.start - notBefore < 8) {
      return;
    }
    if (!mayEndWithOf(doc.text, Math.max(notBefore, c.start - 16), c.start)) {
      return;
    }
    Matcher m = WEEK_OF.matcher(doc.text).useTransparentBounds(true)
        .region(Math.max(notBefore, c.start - 16), c.start);
    if (!m.find()) {
      return;
    }
    Function<Ctx, Res> day = c.value;
    c.start = m.start();
    c.dayLike = false;
    c.rule = "week-of";
    c.value = ctx -> {
      Res r = day.apply(ctx);
      return r == null || r.day() == null ? r
          : Res.of(Type.DATE, Calendar.week(r.day()), null, "week-of-day");
    };
  }

  /** "the end of", "the beginning of", "the middle of", "the start of" right before a period. */
  private static final Pattern EDGE_OF = Pattern.compile(
      "(?:\\b[Tt]he\\s+)?(?:\\b[Vv]ery\\s+)?\\b(?:end|beginning|start|middle)\\s+of\\s+$");

  /**
   * Widens a period to the part of it that the text means (TimeML puts "the end of" inside the
   * expression; its value stays the period's): "the end of this week", "the end of the year".
   */
  private static void widenToEdge(Doc doc, Cand c, int notBefore) {
    if (c.dayLike || c.clock != null || c.deferred || !EDGED_RULES.contains(c.rule)) {
      return;
    }
    int from = Math.max(notBefore, c.start - 24);
    if (from >= c.start) {
      return;
    }
    if (!mayEndWithOf(doc.text, from, c.start)) {
      return;
    }
    Matcher m = EDGE_OF.matcher(doc.text).useTransparentBounds(true).region(from, c.start);
    if (m.find()) {
      c.start = m.start();
    }
  }

  /**
   * False when no match of a pattern ending in {@code of\s+$} ({@link #EDGE_OF}, {@link #WEEK_OF})
   * can lie in [from, end): the region does not end with "of" and white space. True when it may
   * (a final Unicode line separator is left to the pattern).
   */
  private static boolean mayEndWithOf(String text, int from, int end) {
    if (end > from && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
      return true;
    }
    int k = end;
    while (k > from && " \t\n\u000B\f\r".indexOf(text.charAt(k - 1)) >= 0) {
      k--;
    }
    return k < end && k - 2 >= from && text.charAt(k - 2) == 'o' && text.charAt(k - 1) == 'f';
  }

  private static boolean rangeable(Cand c) {
    return Set.of("iso-date", "numeric-date", "month-day", "day-month", "month-year", "month",
        "year", "weekday", "season", "quarter", "decade").contains(c.rule);
  }

  private static Cand dateTime(Cand date, Cand time, String clock) {
    int s = Math.min(date.start, time.start);
    int e = Math.max(date.end, time.end);
    Cand j = new Cand(s, e, c -> {
      Res r = date.value.apply(c);
      return r == null ? null : withClock(r, clock);
    });
    j.rule = date.rule + "+time";
    return j;
  }

  private static boolean exactClock(Cand c) {
    return c.clock != null && c.clock.indexOf(':') > 0 && !c.deferred;
  }

  private static final Pattern PART_OF_DAY_END =
      Pattern.compile("(?i).*\\b(?:morning|afternoon|evening|night|tonight)");

  /** A day's part named with its day: "last night", "Sunday morning", "this evening". */
  private static boolean partOfDayDate(Doc doc, Cand c) {
    return c.clock == null && !c.dayLike && !c.deferred && c.rangeEnd == null
        && PART_OF_DAY_END.matcher(doc.text.substring(c.start, c.end)).matches();
  }

  private static final Pattern DAY_PART_VALUE =
      Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T(MO|AF|EV|NI)");

  /** A clock written with a half of the day or in 24-hour style ("0830", "20:30", "noon"). */
  private static final Pattern HALF_DAY_WRITTEN =
      Pattern.compile("(?i)\\d\\s*[ap]\\.?\\s?m\\b|noon|midnight|midday|(?<![\\d:.])0\\d|\\b(?:1[3-9]|2\\d)[:.]");

  /**
   * Whether a clock leaves open which half of the day it is in ("8:30", "7 o'clock"), so that the
   * part of the day it is joined to decides.
   */
  private static boolean halfDayOpen(Doc doc, Cand time) {
    return !HALF_DAY_WRITTEN.matcher(doc.text.substring(time.start, time.end)).find();
  }

  /**
   * The hour of an open clock ("8:30 tonight", "at 7 Thursday evening") in the part of the day it
   * is joined to: the afternoon and evening hours, and the night's from 6, are after noon.
   */
  static String clockInPart(String clock, String part) {
    int h = Integer.parseInt(clock.substring(0, 2));
    boolean pm = switch (part) {
      case "AF" -> h >= 1 && h <= 6;
      case "EV" -> h >= 4 && h <= 11;
      case "NI" -> h >= 6 && h <= 11;
      default -> false;
    };
    return pm ? String.format(Locale.ROOT, "%02d", h + 12) + clock.substring(2) : clock;
  }

  /**
   * An exact clock on the day of a part of it: the part's day, the clock's hour ({@code open}: the
   * part also decides the half of the day).
   */
  private static Cand clockOnPart(Cand part, Cand time, boolean open) {
    Cand j = new Cand(Math.min(part.start, time.start), Math.max(part.end, time.end), c -> {
      Res r = part.value.apply(c);
      if (r == null) {
        return null;
      }
      Matcher m = DAY_PART_VALUE.matcher(r.value());
      String clock = open && m.matches() ? clockInPart(time.clock, m.group(2)) : time.clock;
      return m.matches() ? new Res(Type.TIME, m.group(1) + "T" + clock, r.day(), r.note(),
          null, null) : r;
    });
    j.rule = part.rule + "+time";
    return j;
  }

  private static Cand range(Cand a, Cand b) {
    Cand j = new Cand(a.start, b.end, c -> {
      Res ra = a.value.apply(c);
      if (ra != null && ra.day() != null) {
        c.establish(ra.day(), a.end);
      }
      Res rb = b.value.apply(c);
      if (ra == null || rb == null || ra.value().contains("/") || rb.value().contains("/")
          || ra.value().endsWith("_REF") || rb.value().endsWith("_REF")) {
        return null;
      }
      String av = yearFromEnd(c.doc, a, ra.value(), b, rb.value());
      LocalDate aDay = av.equals(ra.value()) ? ra.day() : Calendar.parseDay(av);
      return new Res(Type.DATE, av + "/" + rb.value(), aDay, null, av, rb.value());
    });
    j.rule = "range:" + a.rule + "+" + b.rule;
    return j;
  }

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b" + YEAR + "\\b|['’]\\d\\d\\b");
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d\\d)(-\\d\\d)?");

  /**
   * The start of a range whose year is written only at its end takes that year ("August
   * 7-September 16, 2013", "Dec. 28 to Jan. 3, 2015": the start in the year before).
   */
  /**
   * The value of the first of two coordinated dates with the year written with the second ("in
   * March and April 2016", "the spring and summer of 2016"): months and days as {@link
   * #yearFromEnd}, seasons in their order within a year (winter, across two years, is left).
   */
  static String yearFromNext(Doc doc, Cand a, String av, Cand b, String bv) {
    Matcher sa = SEASON_VALUE.matcher(av);
    Matcher sb = SEASON_VALUE.matcher(bv);
    if (!sa.matches() || !sb.matches()) {
      return MONTH_VALUE.matcher(av).matches() && MONTH_VALUE.matcher(bv).matches()
          && av.length() == bv.length() ? yearFromEnd(doc, a, av, b, bv) : av;
    }
    if (WRITTEN_YEAR.matcher(doc.text).region(a.start, a.end).find()
        || !WRITTEN_YEAR.matcher(doc.text).region(b.start, b.end).find()) {
      return av;
    }
    int year = Integer.parseInt(sb.group(1));
    if (SEASON_ORDER.indexOf(sa.group(2)) > SEASON_ORDER.indexOf(sb.group(2))) {
      year--;
    }
    return String.format(Locale.ROOT, "%04d", year) + av.substring(4);
  }

  private static final Pattern SEASON_VALUE = Pattern.compile("(\\d{4})-(SP|SU|FA)");
  private static final String SEASON_ORDER = "SP SU FA";

  static String yearFromEnd(Doc doc, Cand a, String av, Cand b, String bv) {
    Matcher ma = MONTH_VALUE.matcher(av);
    Matcher mb = MONTH_VALUE.matcher(bv);
    if (!ma.matches() || !mb.matches()
        || WRITTEN_YEAR.matcher(doc.text).region(a.start, a.end).find()
        || !WRITTEN_YEAR.matcher(doc.text).region(b.start, b.end).find()) {
      return av;
    }
    int year = Integer.parseInt(mb.group(1));
    if (Integer.parseInt(ma.group(2)) > Integer.parseInt(mb.group(2))) {
      year--;
    }
    String moved = String.format(Locale.ROOT, "%04d", year) + av.substring(4);
    return ma.group(3) != null && Calendar.parseDay(moved) == null ? av : moved;
  }
}
