package org.parley.time;

import static org.parley.time.DateFinder.END;
import static org.parley.time.DateFinder.MON;
import static org.parley.time.DateFinder.NP_STOP;
import static org.parley.time.DateFinder.WD_NAME;
import static org.parley.time.DateFinder.YEAR;
import static org.parley.time.DateFinder.clock;
import static org.parley.time.DateFinder.num;
import static org.parley.time.DateFinder.partOfDay;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.Span;
import org.parley.time.TimeExpression.Type;

final class ClockRules {
  private ClockRules() {}

  private static final String TZ =
      "(?:GMT|UTC|BST|CEST|CET|EEST|EET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT"
          + "|[Ll]ocal\\s+time|(?:UK|US|(?!" + WD_NAME + "|(?:The|This|That|Each|Every"
          + "|Next|Last|Any|Some|No)\\b)[A-Z][a-z]{2,})\\s+[Tt]ime(?![\\w])"
          // "9:00 a.m. Eastern on March 10", "8 p.m. Pacific.": a U.S. zone by its name alone
          + "|(?:Eastern|Central|Mountain|Pacific)(?=\\s*[,.;:)]|\\s+(?:on|at|in|and|or|to|"
          + "today|tonight|tomorrow|yesterday|" + WD_NAME + ")\\b))"
          + "(?:\\s*[+-]\\s*\\d{1,2})?";

  private static final Set<String> RANGE_CLOCK_LEFT = Set.of("from", "between", "about", "around");

  private static final Set<String> CLOCK_LEFT =
      Set.of("at", "by", "from", "until", "till", "to", "before", "after", "around", "about",
          "since", "approximately", "and", "between", "on", "of", "or", "past");

  /** A clock, then the parenthesis that restates it in another zone: "10:35 a.m. (". */
  private static final Pattern ZONE_RESTATED = Pattern.compile(
      "(?:\\d\\s*[AaPp]\\.?\\s?[Mm]\\.?|\\d[:.]\\d\\d|noon|midnight|midday|\\b[A-Z]{2,4}|\\btime)"
          + "\\s*\\(\\s*$");

  private static final Set<String> WEEKDAY_AND_DEICTIC =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night");

  /** A date ending in its year right before a clock: "12 March 2019 ", "Mar. 12, 2019, ". */
  private static final Pattern YEAR_BEFORE = Pattern.compile("\\b" + MON
      + "\\s+(?:[0-3]?\\d(?:st|nd|rd|th)?,?\\s+)?" + YEAR + ",?\\s+$");

  /** The words before a bare hour that make it a clock: "at 9 this morning". */
  private static final Set<String> HOUR_PART_LEFT = Set.of("at", "by", "until", "till",
      "before", "after", "around", "about", "since", "from", "approximately");

  /** A day told by its first hours: "early Saturday", "Saturday morning". */
  private static final Pattern EARLY_DAY =
      Pattern.compile("(?i)\\b(?:early|morning|overnight|predawn|wee)\\b");

  /** What lies between a day and its "midnight" right after: " just after ", ", shortly after ". */
  private static final Pattern DAY_THEN_AFTER =
      Pattern.compile(",?\\s+(?:(?:just|shortly|soon|right|not\\s+long)\\s+)?after\\s+");

  private static final Set<String> CLOCK_APPROX =
      Set.of("about", "around", "approximately", "roughly", "circa");

  /**
   * A clock with the approximating word before it, which TimeML puts inside the expression:
   * "around 7:15 p.m.", "about noon" (not the prepositions "at", "after", "before").
   */
  private static Cand approxClock(Doc doc, int start, int end, String hhmm) {
    int s = CLOCK_APPROX.contains(doc.prevWord(start)) ? doc.prevWordStart(start) : start;
    return clock(s, end, hhmm);
  }

  /** Clock times: "3 p.m.", "15:30", "0735 GMT", "noon". */
  static void clocks(DateFinder f) {
    f.add("clock-ampm", 4,
        "(?<![\\w.:,])(?<h>[01]?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>[AaPp]\\.?\\s?[Mm]\\.?)"
            + "(?![\\w])(?:\\s+(?<tz>" + TZ + "))?",
        (m, doc) -> {
          int h = num(m.group("h"));
          if (h < 1 || h > 12) {
            return null;
          }
          boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
          int hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
          String mi = m.group("mi") == null ? "00" : m.group("mi");
          // "at 4pm.": the full stop after an undotted "pm" ends the sentence
          int end = m.group("tz") == null && m.group("ap").matches("[AaPp][Mm]\\.") ? m.end() - 1
              : m.end();
          return approxClock(doc, m.start(), end,
              String.format(Locale.ROOT, "%02d:%s", hour, mi));
        });

    f.add("clock-24h", 3,
        // "around 20:00hrs on Thursday", "at 23:00 hrs": the police's clock with its "hrs"
        "(?<![\\w.:,/])(?<h>[01]?\\d|2[0-3])(?<sep>[:.])(?<mi>[0-5]\\d)"
            + "(?:(?<hrs>\\s*hrs)(?![\\w])|(?![\\w:]|[.,]\\d))"
            + "(?:\\s*(?<tz>" + TZ + "))?",
        (m, doc) -> {
          // a bare h:mm is a time after "at", "from", "until" ... or with a zone; else it may
          // be a video length, a score or a verse
          String left = doc.prevWord(m.start());
          char before = doc.charAt(doc.prevNonSpace(m.start()));
          if (m.group("hrs") != null) {
            return approxClock(doc, m.start(), m.end(),
                String.format(Locale.ROOT, "%02d:%s", num(m.group("h")), m.group("mi")));
          }
          if (m.group("sep").equals(".") && m.group("tz") == null) {
            return null; // "10.30 GMT" is a time, "10.30" a number
          }
          // "Tuesday 12 March 2019 09:59": a byline's clock right after the year
          boolean afterYear = Character.isDigit(before) && YEAR_BEFORE.matcher(doc.text)
              .useTransparentBounds(true).region(Math.max(0, m.start() - 24), m.start()).find();
          if (m.group("tz") == null && !CLOCK_LEFT.contains(left) && before != ','
              && before != '(' && !WEEKDAY_AND_DEICTIC.contains(left) && !afterYear) {
            return null;
          }
          if (m.group("tz") == null && doc.gameTalk(m.start())) {
            return null; // "he scored at 7:14 and on the power play at 19:56": the game's clock
          }
          String v = String.format(Locale.ROOT, "%02d:%s", num(m.group("h")), m.group("mi"));
          return approxClock(doc, m.start(), m.end(), v);
        });

    // "from 3 to 5 p.m.", "between 5:30 and 6 p.m.": the first clock of a range takes the
    // half of the day written after the second
    f.add("clock-range-start", 4,
        "(?<![\\w.:,$£€#/-])(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?(?=\\s*(?:-|–|to|and|until"
            + "|till)\\s*(?<h2>1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?\\s*(?<ap>[AaPp])\\.?\\s?[Mm](?![\\w]))",
        (m, doc) -> {
          if (!RANGE_CLOCK_LEFT.contains(doc.prevWord(m.start()))) {
            return null;
          }
          int h = num(m.group("h"));
          int h2 = num(m.group("h2")) % 12;
          boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
          // "from 11 to 1 p.m.": a first hour after the second is in the morning
          int hour = h == 12 ? (pm ? 12 : 0) : pm && h <= h2 ? h + 12 : h;
          String mi = m.group("mi") == null ? "00" : m.group("mi");
          return approxClock(doc, m.start(), m.end(),
              String.format(Locale.ROOT, "%02d:%s", hour, mi));
        });

    // "0735 GMT", "1400 local time", "2200 hrs": a wire-style clock of four digits, only with
    // its zone (a bare "1500" is a count or a year)
    f.add("clock-zone", 3,
        "(?<![\\w.:,/$£€#-])(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?:GMT|UTC|BST|CEST|CET|EEST|EET"
            + "|MSK|EST|EDT|hrs|[Ll]ocal\\s+time|(?:hours|hrs)\\s+(?:GMT|UTC|local\\s+time))(?![\\w])",
        (m, doc) -> {
          if (ZONE_RESTATED.matcher(doc.text).useTransparentBounds(true)
              .region(Math.max(0, m.start() - 24), m.start()).find()) {
            return null; // "10:35 a.m. (0735 GMT)": the same time again, in another zone
          }
          return approxClock(doc, m.start(), m.end(), m.group("h") + ":" + m.group("mi"));
        });

    // "at 9 this morning", "until 10 last night", "by 7 Tuesday evening": a bare hour is a
    // clock when the part of the day follows it (the join gives it its day and half of the day)
    f.add("clock-hour-part", 3,
        "(?<![\\w.:,$£€#/-])(?<h>1[0-2]|[1-9])(?=\\s+(?:(?:this|tomorrow|yesterday|" + WD_NAME
            + ")\\s+(?:morning|afternoon|evening|night)|tonight|last\\s+night)(?![\\w'’-]))",
        (m, doc) -> {
          if (!HOUR_PART_LEFT.contains(doc.prevWord(m.start()))) {
            return null;
          }
          return approxClock(doc, m.start(), m.end(),
              String.format(Locale.ROOT, "%02d:00", num(m.group("h"))));
        });

    f.add("clock-word", 3,
        "(?<![\\w])(?:(?<w>noon|midnight|midday)(?:\\s+(?-i:" + TZ + ")(?![\\w]))?"
            + "|(?<h>\\d{1,2}|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve)\\s+o['’]clock)" + END,
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          if (m.group("w") != null) {
            String w = m.group("w").toLowerCase(Locale.ROOT);
            if (doc.prevWord(m.start()).equals("high")) {
              return null; // "High Noon", "high noon comes today"
            }
            if (w.equals("midnight") && (doc.prevWord(m.start()).equals("after")
                || doc.prevWord(m.start()).equals("since"))) {
              // "shortly after midnight", "12 arrests since midnight": the first minutes of a
              // day, the start of what has been counted since. After a day of the story
              // ("Friday night ... shortly after midnight") it is T00:00 of the day after it, not
              // T24:00 of it; with no day told (or "early Saturday"), of the day itself; joined
              // to a day ("after midnight Saturday"), of that day
              int at = m.start();
              Cand c = new Cand(m.start(), m.end(), ctx -> {
                LocalDate d = ctx.timeAnchor(at);
                boolean story = d != null && ctx.lastDay != null && ctx.lastDayEnd <= at
                    && d.equals(ctx.lastDay) && ctx.lastDaySpan != null
                    && !EARLY_DAY.matcher(ctx.lastDaySpan.in(doc.text)).find()
                    // "posted Wednesday just after midnight": the day right before is its own
                    && !DAY_THEN_AFTER.matcher(doc.text).region(ctx.lastDayEnd, at).matches();
                String v = d == null ? "XXXX-XX-XXT00:00"
                    : Calendar.day(story ? d.plusDays(1) : d) + "T00:00";
                return Res.of(Type.TIME, v, null, d == null ? "no-anchor" : "after-midnight");
              });
              c.clock = "00:00";
              return c;
            }
            return approxClock(doc, m.start(), m.end(), w.equals("midnight") ? "24:00" : "12:00");
          }
          String a = Calendar.amount(m.group("h"));
          if (a == null || num(a) < 1 || num(a) > 12) {
            return null;
          }
          // "before 5 o'clock", "at two o'clock": an hour from one to six with no part of the day
          // is the afternoon's or evening's (the small hours are said: "3 o'clock in the morning")
          int h = num(a) <= 6 ? num(a) + 12 : num(a);
          return clock(m.start(), m.end(), String.format(Locale.ROOT, "%02d:00", h));
        });
  }

  /**
   * The day a part of the day at {@code at} belongs to: the last day of its paragraph, else the
   * first day the text before it named by a weekday or a deictic word.
   */
  private static LocalDate storyDay(Ctx c, int at) {
    int nl = c.doc.text.indexOf('\n', Math.max(0, c.lastDayEnd));
    if (c.lastDay != null && c.lastDayEnd <= at && (nl < 0 || nl >= at)) {
      return c.anchor(); // "divers worked Wednesday afternoon but halted in the evening"
    }
    for (Object[] entry : c.resolved.headMap(at).values()) {
      Cand cand = (Cand) entry[0];
      Res r = (Res) entry[1];
      if (cand.rule != null && (cand.rule.startsWith("weekday") || cand.rule.startsWith("deictic")
          || cand.rule.startsWith("day-part")) && r != null && r.day() != null
          && DAY_VALUE.matcher(r.value()).lookingAt()) {
        c.readSpan = new Span(cand.start, cand.end);
        return r.day();
      }
    }
    return c.anchor();
  }

  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

  /** The doings "overnight" before them dates to a night: "the overnight airstrikes". */
  private static final Set<String> OVERNIGHT_EVENTS = Set.of("airstrikes", "strikes", "strike",
      "raid", "raids", "attack", "attacks", "bombing", "bombings", "bombardment", "shelling",
      "fighting", "clashes", "violence", "protests", "losses", "gains", "trading", "rain",
      "storms", "talks", "negotiations", "session", "vote", "fire");

  /** How far after the day last told "overnight" is still the night before it. */
  private static final int OVERNIGHT_REACH = 400;

  /** Words before that make "overnight" "suddenly": "almost overnight", "not happen overnight". */
  private static final Pattern OVERNIGHT_SUDDEN_BEFORE = Pattern.compile(
      "(?i)\\b(?:almost|virtually|seemingly|practically|literally|nearly|just|not|never|n['’]t"
          + "|won|cannot)\\b[^.;]{0,30}$");

  /** Parts of the day without a day: "mid-afternoon", "late evening", "4 in the morning". */
  static void partsOfDay(DateFinder f) {
    // "The overnight airstrikes only serve to", "depressed by overnight losses in New York": the
    // night before the day told of (TimeML marks the night, TNI); not "an overnight success",
    // "won't be an overnight fix" (suddenly), nor an "overnight stay" (any night). After a verb
    // ("sites struck overnight") TimeBank and AQUAINT leave it unmarked as often as not
    f.add("overnight", 3, "(?<![\\w-])[Oo]vernight(?![\\w-])",
        (m, doc) -> {
          boolean event = OVERNIGHT_EVENTS.contains(doc.nextWord(m.end()));
          if (!event || OVERNIGHT_SUDDEN_BEFORE.matcher(doc.text)
              .region(Math.max(0, m.start() - 40), m.start()).find()) {
            return null;
          }
          int at = m.start();
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            // the day told of just before ("closed lower Friday. ... overnight losses"), else
            // the day of writing: a day named pages before is some other story's
            boolean near = c.lastDay != null && c.lastDayEnd >= 0 && c.lastDayEnd <= at
                && at - c.lastDayEnd <= OVERNIGHT_REACH;
            c.readLastDay |= near;
            LocalDate d = near ? c.lastDay : pub;
            if (d == null) {
              return Res.of(Type.TIME, "XXXX-XX-XXTNI", null, "no-anchor");
            }
            if (pub != null && d.isAfter(pub)) {
              d = pub; // a day still ahead is no day the night before was told of
            }
            LocalDate night = d.minusDays(1);
            // (no anchor of its own: "the previous Friday" after it counts from the day told)
            return Res.of(Type.TIME, Calendar.day(night) + "TNI", null, "night-before");
          });
        });

    // "mid-afternoon", "late evening", "4 in the morning": a part of the day named without a day
    f.add("part-of-day", 3,
        "(?<![\\w-])(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+)?(?<pod>morning|afternoon|evening)"
            + "|(?<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            // "5:30 in the morning"
            + "(?::(?<mi>[0-5]\\d)(?=\\s+in\\s))?"
            + "(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(?<hpod>morning|afternoon|evening)"
            + "|at\\s+(?<night>night)))" + END,
        (m, doc) -> {
          if (m.group("pod") != null) {
            return clock(m.start(), m.end(), partOfDay(m.group("pod")));
          }
          String a = Calendar.amount(m.group("h"));
          if (a == null) {
            return null;
          }
          int h = num(a);
          String part = m.group("hpod") != null ? m.group("hpod") : "night";
          int hour = part.equals("morning") ? h % 12
              : part.equals("night") && h >= 1 && h <= 4 ? h : h % 12 + 12;
          String mi = m.group("mi") == null ? "00" : m.group("mi");
          return clock(m.start(), m.end(), String.format(Locale.ROOT, "%02d:%s", hour, mi));
        });

    // "In the afternoon, a smiling Trump appeared", "later in the evening": a part of the day
    // the text is telling (TimeML marks "the morning", not "in" or "later")
    f.add("the-part-of-day", 3,
        "(?<=(?<![\\w])(?:[Ii]n|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Uu]ntil|[Bb]y)\\s)[Tt]he\\s+"
            + "(?<pod>morning|afternoon|evening)(?![\\w'’-])",
        (m, doc) -> {
          int n = m.end();
          while (n < doc.text.length() && Character.isWhitespace(doc.charAt(n))) {
            n++; // over a hard line break too ("in the morning\nsession")
          }
          String next = doc.nextWord(n);
          if (next.equals("of") || next.equals("hours") || next.equals("session")
              || next.equals("sessions") || next.equals("news") || next.equals("paper")
              || doc.possessiveAt(m.end())) {
            return null; // "in the morning of May 5", "in the morning session"
          }
          if (doc.tense.at(m.start()) == Tense.Direction.PRESENT) {
            return null; // a habit: "when people wake up in the morning"
          }
          // the day of the story: the first day its text named by weekday or "today" ("Trump
          // said Saturday ... In the afternoon, ..."), else the last day it gave
          String part = partOfDay(m.group("pod"));
          int at = m.start();
          return new Cand(m.start(), m.end(), c -> {
            LocalDate d = storyDay(c, at);
            return d == null ? Res.of(Type.TIME, "XXXX-XX-XXT" + part, null, "no-anchor")
                : Res.of(Type.TIME, Calendar.day(d) + "T" + part, null, "story-day");
          });
        });
  }
}
