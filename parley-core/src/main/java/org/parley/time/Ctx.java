package org.parley.time;

import static org.parley.time.DateFinder.CALENDAR_VALUE;
import static org.parley.time.DateFinder.PRIOR_RULES;
import static org.parley.time.DateFinder.QUARTER_VALUE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;
import org.parley.time.TimeExpression.Anchor;
import org.parley.time.TimeExpression.Type;
import org.parley.time.Tense.Direction;

/** Resolution state: the anchor for anaphora and what is resolved so far. */
final class Ctx {
  final Doc doc;
  final List<Cand> all;
  LocalDate lastDay;
  int lastDayEnd = -1;
  /** The last quarter the text named ("1989-Q3"): earnings reports compare against it. */
  String lastQuarter;
  TreeMap<Integer, Object[]> resolved = new TreeMap<>();

  /** How many resolved expressions a look back over the text reads at most: it stays linear. */
  private static final int LOOKBACK = 200;

  /**
   * The resolved expressions ({@code {Cand, Res}}) starting before {@code at}, nearest first, at
   * most {@link #LOOKBACK} of them.
   */
  Iterable<Object[]> resolvedBefore(int at) {
    return () -> resolved.headMap(at, false).descendingMap().values().stream()
        .limit(LOOKBACK).iterator();
  }
  /** The year and month of the last calendar date the text gave, at any granularity. */
  Integer lastYear;
  LocalDate lastMonth;
  /** Whether the last calendar date the text gave was a month ("in May", "that month"). */
  boolean lastWasMonth;
  int lastCalendarEnd = -1;
  /** The year the last calendar date of the text named, when it was a year (not a comparison). */
  Integer anchorYear;
  /** The expression that gave lastDay (null when a range's start gave it to its end). */
  Span lastDaySpan;
  /** The expression that gave lastYear and lastMonth. */
  Span lastCalendarSpan;
  /** The expression that gave lastQuarter. */
  Span lastQuarterSpan;
  /** The expression that gave anchorYear. */
  Span anchorYearSpan;
  /** While a value is computed: whether it read lastDay through an accessor. */
  boolean readLastDay;
  /** While a value is computed: the last expression a look-up in {@link #resolved} returned. */
  Span readSpan;
  /** True while a value is computed again without the publication date (see anchorOf). */
  boolean pubHidden;
  /** The date of the embedded post the value is computed in, which stands for publication. */
  LocalDate postDay;
  /** Where the byline of that post writes its date, or null. */
  Span postDaySpan;

  /**
   * The month a comparison at {@code at} looks back from: the first month named in its sentence
   * ("rose in December from 4.8 billion in November and 4.7 billion a year earlier"), provided
   * the last date before it was a month; null otherwise.
   */
  LocalDate monthInSentence(int at) {
    return monthInSentence(at, false);
  }

  /**
   * {@link #monthInSentence(int)}; when {@code laterDates}, dates after the month in the sentence
   * do not matter ("sold in October, the most of the year, but down 10 percent from a year ago").
   */
  LocalDate monthInSentence(int at, boolean laterDates) {
    if (!laterDates && !lastWasMonth || lastCalendarEnd > at
        || lastCalendarEnd <= Doc.sentenceStart(doc.text, at)) {
      return null;
    }
    for (Object[] entry : resolved.subMap(Doc.sentenceStart(doc.text, at), true, at, false)
        .values()) {
      Cand c = (Cand) entry[0];
      Res r = (Res) entry[1];
      Matcher m = CALENDAR_VALUE.matcher(r.value());
      if (!PRIOR_RULES.contains(c.rule) && r.value().length() == 7 && m.matches()
          && m.group(2) != null) {
        LocalDate month = LocalDate.of(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)), 1);
        // the month reported on is a recent one; "the 376 mln posted for March 1986" is
        // itself the comparison
        LocalDate pub = pubOrNull();
        if (pub == null || month.isAfter(pub.minusMonths(12))) {
          readSpan = new Span(c.start, c.end);
          return month;
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The year of the story told at [{@code at}, {@code end}): the year of the last calendar date of
   * the text, when that sets the time of its sentence, lies in the same paragraph and at least two
   * years before publication, and the date is in its sentence or sets the time of the next ("In
   * 2008, the senator ran. On Aug. 28, he spoke": 2008, but not "at a July event"); one year later
   * for a month before that date's month ("On Nov. 4, 2008 ... On Jan. 20": the narrative moves
   * on); null otherwise.
   */
  Integer storyYear(int at, int end, int month) {
    return storyYear(at, end, month, false);
  }

  /** How far after a day given with its year a past clause still tells that year. */
  private static final int STORY_GOES_ON_CHARS = 250;

  /** {@link #storyYear(int, int, int)}, told in a clause that looks back when {@code past}. */
  Integer storyYear(int at, int end, int month, boolean past) {
    LocalDate pub = pubOrNull();
    if (pub == null || lastYear == null || lastYear > pub.getYear() - 2
        || lastCalendarSpan == null || lastCalendarSpan.end() > at) {
      return null;
    }
    int nl = doc.text.indexOf('\n', lastCalendarSpan.end());
    // ... and the date is told in the same sentence, or sets the time of its own ("In June,")
    if (nl >= 0 && nl < at) {
      return null;
    }
    if (!framesStory(lastCalendarSpan)
        || Doc.sentenceStart(doc.text, at) > lastCalendarSpan.start()
        && !framesStory(new Span(at, end))) {
      // "reported it on April 12 of that year. Two days later ..., and by April 15, the CDC had
      // determined": a past clause right after a day or month given with its year goes on in
      // that year, a few months at most later
      // (a sentence or two on: near it in the paragraph)
      boolean near = at - lastCalendarSpan.end() <= STORY_GOES_ON_CHARS;
      // (a day of its own, not one that dates a noun: "the August 1988 cease-fire")
      Object[] last = resolved.get(lastCalendarSpan.start());
      boolean day = last != null && ((Res) last[1]).day() != null
          && ((Res) last[1]).value().length() == 10
          && !Set.of("the", "a", "an", "s").contains(doc.prevWord(lastCalendarSpan.start()));
      if (!past || !near || !day || lastMonth == null || lastMonth.getYear() != lastYear
          || month < lastMonth.getMonthValue() || month > lastMonth.getMonthValue() + 3) {
        return null;
      }
      readSpan = lastCalendarSpan;
      return lastYear;
    }
    readSpan = lastCalendarSpan;
    return lastMonth != null && lastMonth.getYear() == lastYear
        && month < lastMonth.getMonthValue() ? lastYear + 1 : lastYear;
  }

  /** How long after a day given with a later year a schedule told without years runs. */
  private static final int SCHEDULE_DAYS = 366;

  /**
   * Day {@code d} of month {@code mon} in the year of the last day before {@code at} that the
   * text gave with its year, when that year is after publication's and the day falls within a
   * year on or after it ("the tour opens June 9, 2020 ... closes Oct. 10"); null otherwise. Only
   * the nearest day given with a year counts: a later one in this year ends the schedule.
   */
  LocalDate scheduleDay(int at, int mon, int d) {
    LocalDate pub = pubOrNull();
    if (pub == null) {
      return null;
    }
    for (Object[] entry : resolvedBefore(at)) {
      Cand c = (Cand) entry[0];
      Res r = (Res) entry[1];
      LocalDate day = r.day();
      if (day == null || r.value().length() != 10 || r.start() != null
          || !doc.text.startsWith(String.valueOf(day.getYear()), c.end - 4)) {
        continue;
      }
      if (day.getYear() <= pub.getYear()) {
        return null;
      }
      LocalDate t = Calendar.date(day.getYear(), mon, d);
      boolean onward = t != null && !t.isBefore(day)
          && ChronoUnit.DAYS.between(day, t) <= SCHEDULE_DAYS;
      if (onward) {
        readSpan = new Span(c.start, c.end);
      }
      return onward ? t : null;
    }
    return null;
  }

  /** The words that open a fronted clause of time: "After denying the rumors in 2004, ...". */
  private static final Pattern FRONTED_CLAUSE = Pattern.compile(
      "(?:(?:[Aa]nd|[Bb]ut),?\\s+)?(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ff]ollowing)\\s");

  /** The words that open a sentence set in a time: "In 2008,", "But on June 5, 2008,". */
  private static final Pattern STORY_FRAME = Pattern.compile(
      "(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Bb]ack|[Ll]ater|[Ee]arlier),?\\s+)?(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y)");

  /**
   * Whether a date sets the time of the story that follows: it opens its sentence, after a
   * preposition ("In 2008 the senator ran", "On June 5, 2008, he ...") or before a comma; a year
   * inside a clause ("approved in 1987", "since 1980", "the Dec. 21, 1988, bombing") does not.
   */
  private boolean framesStory(Span s) {
    int from = Doc.sentenceStart(doc.text, s.start());
    String lead = doc.text.substring(from, s.start()).strip();
    if (STORY_FRAME.matcher(lead).matches()) {
      return true;
    }
    int k = s.end();
    while (k < doc.text.length() && doc.text.charAt(k) == ' ') {
      k++;
    }
    boolean comma = k < doc.text.length() && doc.text.charAt(k) == ',';
    // "After denying retirement rumors in the summer of 2004, Lipinski announced ...": a fronted
    // clause of time that ends with its date sets the time of the main clause after it
    return comma && (lead.isEmpty()
        || lead.indexOf(',') < 0 && FRONTED_CLAUSE.matcher(lead).lookingAt());
  }

  Ctx(Doc doc, List<Cand> all) {
    this.doc = doc;
    this.all = all;
  }

  /** Notes the year and month of a calendar value; false when r is none. */
  boolean noteCalendarPeriod(Res r) {
    if (r.type() != Type.DATE && r.type() != Type.TIME) {
      return false;
    }
    Matcher m = CALENDAR_VALUE.matcher(r.value());
    if (!m.lookingAt()) {
      return false;
    }
    lastYear = Integer.parseInt(m.group(1));
    lastMonth = m.group(2) == null ? null
        : LocalDate.of(lastYear, Integer.parseInt(m.group(2)), 1);
    lastWasMonth = lastMonth != null && r.value().length() == 7;
    return true;
  }

  LocalDate pubOrNull() {
    return pubHidden ? null : postDay != null ? postDay : doc.pub.orElse(null);
  }

  /** The day a range's start gives to its end ("from March 1 to 5"). */
  void establish(LocalDate day, int end) {
    lastDay = day;
    lastDayEnd = end;
    lastDaySpan = null;
  }

  /** The last day the text gave, and the expression that gave it. */
  void establish(LocalDate day, Span from) {
    lastDay = day;
    lastDayEnd = from.end();
    lastDaySpan = from;
  }

  /** The day anaphora count from: the last day of the text, else the publication date. */
  LocalDate anchor() {
    readLastDay |= lastDay != null;
    return lastDay != null ? lastDay : pubOrNull();
  }

  /**
   * The anchor of "a year earlier", "two decades before": the year of the last calendar date
   * the text gave ("in 1985. A year earlier" is 1984), else {@link #anchor()}.
   */
  LocalDate yearAnchor(String unit) {
    if (lastWasMonth && lastCalendarSpan != null
        && (lastDay == null || lastCalendarSpan.end() > lastDayEnd)
        && unit.equals("M")) {
      // "in February 2015 … the route taken three months earlier": a month named after the
      // last day is what the months count from (2014-11), not the day of writing
      readSpan = lastCalendarSpan;
      return lastMonth;
    }
    LocalDate a = anchor();
    if (a != null && anchorYear != null && (unit.equals("Y") || unit.equals("DE"))
        && anchorYear != a.getYear()) {
      return Calendar.date(anchorYear, a.getMonthValue(), Math.min(a.getDayOfMonth(), 28));
    }
    return a;
  }

  String anchorName() {
    return lastDay != null ? "anchor-text" : "anchor-publication";
  }

  /** {@link #anchorName()} of a value counted from {@code from}, which may be the last month. */
  String anchorName(LocalDate from) {
    return lastDay != null || lastWasMonth && from != null && from.equals(lastMonth)
        ? "anchor-text" : "anchor-publication";
  }

  /** A bare time's day: the last day named in the same paragraph, else the publication date. */
  LocalDate timeAnchor(int at) {
    if (lastDay != null && lastDayEnd <= at && doc.text.indexOf('\n', lastDayEnd) >= at) {
      readLastDay = true;
      return lastDay;
    }
    if (lastDay != null && lastDayEnd <= at && doc.text.indexOf('\n', lastDayEnd) < 0) {
      readLastDay = true;
      return lastDay;
    }
    return pubOrNull();
  }

  /** What a value was counted from; {@code from} is the expression of a TEXT anchor. */
  record Anchored(Anchor anchor, Span from) {}

  /** The parts of the resolution state a value may count from (see {@link #without}). */
  private static final int DAY = 1;
  private static final int CALENDAR = 2;
  private static final int QUARTER = 4;
  private static final int YEAR = 8;
  private static final int RESOLVED = 16;
  private static final int TEXT = DAY | CALENDAR | QUARTER | YEAR | RESOLVED;

  /** A copy of the resolution state, to compute a value again as it was first computed. */
  record State(LocalDate lastDay, int lastDayEnd, Span lastDaySpan, Integer lastYear,
               LocalDate lastMonth, boolean lastWasMonth, int lastCalendarEnd,
               Span lastCalendarSpan, String lastQuarter, Span lastQuarterSpan,
               Integer anchorYear, Span anchorYearSpan, TreeMap<Integer, Object[]> resolved) {}

  /** The state now; a value computed after this starts with no accessor reads noted. */
  State save() {
    readLastDay = false;
    readSpan = null;
    return new State(lastDay, lastDayEnd, lastDaySpan, lastYear, lastMonth, lastWasMonth,
        lastCalendarEnd, lastCalendarSpan, lastQuarter, lastQuarterSpan, anchorYear,
        anchorYearSpan, resolved);
  }

  private void load(State s) {
    lastDay = s.lastDay();
    lastDayEnd = s.lastDayEnd();
    lastDaySpan = s.lastDaySpan();
    lastYear = s.lastYear();
    lastMonth = s.lastMonth();
    lastWasMonth = s.lastWasMonth();
    lastCalendarEnd = s.lastCalendarEnd();
    lastCalendarSpan = s.lastCalendarSpan();
    lastQuarter = s.lastQuarter();
    lastQuarterSpan = s.lastQuarterSpan();
    anchorYear = s.anchorYear();
    anchorYearSpan = s.anchorYearSpan();
    resolved = s.resolved();
  }

  /**
   * What value {@code r} of {@code c} was counted from: the anchor it depends on, found by
   * computing it again from state {@code before} without the publication date, without what
   * the text gave before it, and without both. A value that needs neither is written in full
   * (ABSOLUTE) or needs no anchor (NONE: a length, a set); one that needs only both together
   * ("that day" when the last day of the text is the publication day) counts from the one its
   * rule read. The anchor span is the expression whose part of the state changes the value.
   *
   * <p>Design decision: computed again rather than noted as rules read the anchors, since rules
   * read the publication date and the last day eagerly and then may not use them ("the 1989
   * fourth quarter", "the next week" said of now after a date of the story). Each value is
   * computed two to eight more times; values are cheap next to finding the candidates.
   */
  Anchored anchorOf(Cand c, Res r, Function<Ctx, Res> value, State before) {
    if (r.value().endsWith("_REF") || r.value().startsWith("X")) {
      return new Anchored(Anchor.NONE, null);
    }
    if (c.pubAtMatch) {
      return published();
    }
    boolean readDay = readLastDay;
    Span read = readSpan;
    State after = save();
    try {
      boolean text = changes(r, value, before, false, TEXT);
      boolean pub = !text && changes(r, value, before, true, 0);
      if (!text && !pub && (pubOrNull() == null || !changes(r, value, before, true, TEXT))) {
        return new Anchored(r.type() == Type.DURATION || r.type() == Type.SET ? Anchor.NONE
            : Anchor.ABSOLUTE, null);
      }
      if (!text && (pub || !readDay && read == null)) {
        return published();
      }
      Span from = null;
      for (int part : new int[] {RESOLVED, DAY, CALENDAR, QUARTER, YEAR}) {
        if (text && changes(r, value, before, false, part)) {
          from = switch (part) {
            case RESOLVED -> read;
            case DAY -> before.lastDaySpan();
            case CALENDAR -> before.lastCalendarSpan();
            case QUARTER -> before.lastQuarterSpan();
            default -> before.anchorYearSpan();
          };
          break;
        }
      }
      if (from == null) {
        from = readDay ? before.lastDaySpan() : read;
      }
      // a part of itself ("from March 1 to 5") is no evidence to point to
      boolean inside = from != null && c.start <= from.start() && from.end() <= c.end;
      return new Anchored(Anchor.TEXT, inside ? null : from);
    } finally {
      load(after);
      readLastDay = readDay;
      readSpan = read;
    }
  }

  /**
   * Counted from publication, or, inside an embedded post dated by its byline, from the date the
   * byline writes ("Today" in a tweet of "April 9, 2014").
   */
  private Anchored published() {
    return postDay != null && postDaySpan != null ? new Anchored(Anchor.TEXT, postDaySpan)
        : new Anchored(Anchor.PUBLICATION, null);
  }

  /** Whether the value differs when computed from {@code s} with the given anchors hidden. */
  private boolean changes(Res r, Function<Ctx, Res> value, State s, boolean hidePub, int hide) {
    load(s);
    if ((hide & DAY) != 0) {
      lastDay = null;
      lastDayEnd = -1;
      lastDaySpan = null;
    }
    if ((hide & CALENDAR) != 0) {
      lastYear = null;
      lastMonth = null;
      lastWasMonth = false;
      lastCalendarEnd = -1;
    }
    if ((hide & QUARTER) != 0) {
      lastQuarter = null;
    }
    if ((hide & YEAR) != 0) {
      anchorYear = null;
    }
    if ((hide & RESOLVED) != 0) {
      resolved = new TreeMap<>();
    }
    pubHidden = hidePub;
    Res again;
    try {
      again = value.apply(this);
    } catch (NullPointerException e) {
      again = null; // a rule that cannot do without what was hidden depends on it
    } finally {
      pubHidden = false;
    }
    return again == null || again.type() != r.type() || !again.value().equals(r.value())
        || !Objects.equals(again.start(), r.start()) || !Objects.equals(again.end(), r.end());
  }

  /**
   * The direction of the clause at {@code at}; "until", "till" and "by" point forward or stay
   * neutral, "since" points back.
   */
  Direction direction(int at, String prep) {
    if (prep.equals("since")) {
      return Direction.PAST;
    }
    Direction d = doc.tense.at(at);
    if (d == Direction.PRESENT && doc.inCaption(at)) {
      // "A National Guard member stops traffic in New Rochelle in early March. (John Moore /
      // Getty Images)": a caption's present shows what was
      d = Direction.PAST;
    }
    // "suspended until February 25" may look ahead from a past clause; "by December it was
    // worse" cannot; "the primary is not until August 19" does, as the present's bound
    boolean bound = prep.equals("until") || prep.equals("till") || prep.equals("by")
        || prep.equals("through");
    if ((prep.equals("until") || prep.equals("till")) && d == Direction.PRESENT) {
      return Direction.FUTURE; // but "$214 million through Feb. 25" reports what is past
    }
    if (bound && d != Direction.FUTURE && !(prep.equals("by") && d == Direction.PAST)) {
      return Direction.UNKNOWN;
    }
    return d;
  }

  /** Results of candidates (chosen or not) inside [from, to), resolving unchosen ones now. */
  List<Res> resolvedWithin(int from, int to) {
    List<Res> out = new ArrayList<>();
    for (Cand c : all) {
      if (c.start >= from && c.end <= to && !c.deferred && c.dayLike) {
        Res r = c.value.apply(this);
        if (r != null) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * The first day the text gives for a name mentioned elsewhere: a resolved day expression in
   * the same sentence as another mention of the name, after it if possible.
   */
  LocalDate dateForName(String name, int skipFrom, int skipTo) {
    String text = doc.text;
    int i = text.indexOf(name);
    int guard = 0;
    while (i >= 0 && guard++ < 50) {
      if (i < skipFrom || i >= skipTo) {
        int sentStart = Doc.sentenceStart(text, i);
        int sentEnd = Doc.sentenceEnd(text, i + name.length());
        LocalDate after = null;
        LocalDate before = null;
        Span afterSpan = null;
        Span beforeSpan = null;
        for (Object[] e : resolved.subMap(sentStart, sentEnd).values()) {
          Cand c = (Cand) e[0];
          Res r = (Res) e[1];
          if (r.day() == null || c.deferred || c.end > sentEnd) {
            continue;
          }
          if (c.start >= i && after == null) {
            after = r.day();
            afterSpan = new Span(c.start, c.end);
          } else if (c.start < i) {
            before = r.day();
            beforeSpan = new Span(c.start, c.end);
          }
        }
        if (after != null || before != null) {
          readSpan = after != null ? afterSpan : beforeSpan;
          return after != null ? after : before;
        }
      }
      i = text.indexOf(name, i + 1);
    }
    return null;
  }

  /** Whether a quarter is under discussion at {@code at}: named before, in the text. */
  boolean quarterUnderDiscussion(int at) {
    return lastQuarter != null || quarterInSentenceBefore(at) != null;
  }

  /** The last quarter value ("1987-Q2") named before {@code at} in its sentence. */
  String quarterInSentenceBefore(int at) {
    int s = Doc.sentenceStart(doc.text, at);
    for (Object[] entry : resolved.subMap(s, true, at, false).descendingMap().values()) {
      Cand c = (Cand) entry[0];
      Res r = (Res) entry[1];
      if (c.end <= at && !PRIOR_RULES.contains(c.rule)
          && QUARTER_VALUE.matcher(r.value()).matches()) {
        readSpan = new Span(c.start, c.end);
        return r.value();
      }
    }
    return null;
  }

  /** A week value: "1987-W11". */
  private static final Pattern WEEK_VALUE = Pattern.compile("\\d{4}-W\\d\\d");

  /**
   * The Monday of the week ("1987-W11") of the nearest expression before {@code at} that names
   * one, when no day was given between it and {@code at}; null otherwise.
   */
  LocalDate weekAfterLastDay(int at) {
    for (Object[] entry : resolvedBefore(at)) {
      Cand c = (Cand) entry[0];
      Res r = (Res) entry[1];
      if (WEEK_VALUE.matcher(r.value()).matches()) {
        readSpan = new Span(c.start, c.end);
        return Calendar.weekStart(r.value());
      }
      if (r.day() != null) {
        return null;
      }
    }
    return null;
  }

  /** Words before a year that make it the term of a comparison: "from 1985", "than in 1985". */
  private static final Set<String> COMPARED_YEAR = Set.of("from", "than", "since", "over",
      "versus", "vs", "with", "to", "base");

  /**
   * The first year written out earlier in the sentence of {@code at}, not as the term of a
   * comparison (nor an index's "base 1980"): the year the sentence is about ("For all of 1986,
   * productivity increased 0.7 pct from 1985, reflecting rises of 4.3 pct in the first quarter":
   * 1986); null if none.
   */
  Integer yearOfSentence(int at) {
    int s = Doc.sentenceStart(doc.text, at);
    for (Object[] entry : resolved.subMap(s, true, at, false).values()) {
      Cand c = (Cand) entry[0];
      Res r = (Res) entry[1];
      if (c.end <= at && "year".equals(c.rule) && r.value().length() == 4
          && r.value().chars().allMatch(Character::isDigit)
          && !COMPARED_YEAR.contains(doc.prevWord(c.start))) {
        readSpan = new Span(c.start, c.end);
        return Integer.valueOf(r.value());
      }
    }
    return null;
  }

  /** A resolved day expression in the sentence around [from, to), outside it. */
  LocalDate daySameSentence(int from, int to) {
    int s = Doc.sentenceStart(doc.text, from);
    int e = Doc.sentenceEnd(doc.text, to);
    for (Object[] entry : resolved.subMap(s, e).values()) {
      Cand c = (Cand) entry[0];
      Res r = (Res) entry[1];
      if (!c.deferred && r.day() != null && (c.end <= from || c.start >= to) && c.end <= e) {
        readSpan = new Span(c.start, c.end);
        return r.day();
      }
    }
    return null;
  }
}
