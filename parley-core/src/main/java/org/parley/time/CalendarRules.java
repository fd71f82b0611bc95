package org.parley.time;

import static org.parley.time.DateFinder.DMOD;
import static org.parley.time.DateFinder.END;
import static org.parley.time.DateFinder.MON;
import static org.parley.time.DateFinder.MONTH_NAME;
import static org.parley.time.DateFinder.MONTH_NAMES_LOWER;
import static org.parley.time.DateFinder.NP_STOP;
import static org.parley.time.DateFinder.PAST_CLAUSE_AHEAD_DAYS;
import static org.parley.time.DateFinder.SLACK_DAYS;
import static org.parley.time.DateFinder.WD_ANY;
import static org.parley.time.DateFinder.YEAR;
import static org.parley.time.DateFinder.group;
import static org.parley.time.DateFinder.nearestYear;
import static org.parley.time.DateFinder.noteOf;
import static org.parley.time.DateFinder.num;
import static org.parley.time.DateFinder.priorPeriod;
import static org.parley.time.DateFinder.reportingQuarter;
import static org.parley.time.DateFinder.seasonRelative;
import static org.parley.time.DateFinder.twoDigitYear;
import static org.parley.time.DateFinder.yearOf;
import static org.parley.time.DateFinder.yearShift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;
import org.parley.time.Tense.Direction;
import org.parley.time.TimeExpression.Type;

final class CalendarRules {
  private CalendarRules() {}

  private static final Set<String> MONTH_LEFT =
      Set.of("in", "since", "until", "till", "by", "during", "through", "throughout", "from", "to",
          "of", "before", "after", "between", "early", "late", "mid", "last", "next", "this",
          "for", "around", "on", "that", "each", "every", "into");

  private static final Set<String> YEAR_LEFT =
      Set.of("in", "since", "by", "of", "during", "until", "till", "before", "after", "from",
          "between", "through", "to", "and", "or", "year", "fiscal", "early", "late", "mid", "the",
          "for", "throughout", "circa", "spring", "summer", "autumn", "fall", "winter", "around",
          "as", "into", "within", "on", "a", "an", "his", "her", "its", "their", "our", "whose",
          "that", "this", "both", "due", "come");

  /**
   * The verbs after a year that make it the subject of its clause ("2016 is going to be about
   * Meerkat", "how 2013 turned out"): a count goes before a plural verb ("2000 were hurt").
   */
  private static final Set<String> YEAR_SUBJECT_VERB = Set.of("was", "is", "will", "would",
      "could", "might", "has", "had", "turned", "saw", "brought", "marked", "proved", "became",
      "promises", "looks", "seemed", "ended", "began");

  /** Singular nouns after a year that date a vote ("over 2018 election meddling"). */
  private static final Set<String> VOTE_AFTER_YEAR = Set.of("election", "presidential",
      "campaign", "race", "primary", "candidate", "nominee", "cycle", "midterm", "ticket");

  /** A range from a year: "2009 through this year", "2007 to 2016". */
  private static final Pattern YEAR_RANGE_AFTER = Pattern.compile(
      "\\s+(?:to|through|until|till)\\s+(?:(?:1[89]|20)\\d\\d(?![\\w%])|this\\s+year\\b"
          + "|the\\s+present\\b|today\\b|now\\b)");

  /** The verbs after a year that is the subject of its clause: "2020 is an election year". */
  private static final Set<String> YEAR_SUBJECT_VERBS = Set.of("is", "was", "will", "could",
      "would", "might", "may", "has", "had", "hits", "arrives", "rolls", "marks", "marked",
      "saw", "brought", "promises", "looks", "ended", "began", "begins", "ends");

  /** The words a subject year may follow: a clause opener ("Plus, 2020 is", "once 2016 hits"). */
  private static final Set<String> YEAR_SUBJECT_LEFT = Set.of("plus", "and", "but", "if", "when",
      "once", "until", "because", "as", "so", "come", "before", "after", "since", "then");

  /**
   * Whether a copyright notice ends right before {@code at}: "©", "(c)" or the word "Copyright"
   * ("© 2019 Science X Network", "Copyright © 2018 by ..."): the page's furniture, no time told.
   */
  static boolean copyrightBefore(Doc doc, int at) {
    int p = doc.prevNonSpace(at);
    if (p < 0) {
      return false;
    }
    char ch = doc.charAt(p);
    return ch == '\u00a9' || ch == ')' && p >= 2 && doc.text.regionMatches(true, p - 2, "(c)", 0, 3)
        || doc.prevWord(at).equals("copyright") && doc.prevWordStart(at) == p - 8;
  }

  private static final Set<String> NOT_YEAR_LEFT =
      Set.of("about", "some", "nearly", "almost", "over", "least", "no", "article", "section",
          "resolution", "number", "flight", "room", "route", "highway", "chapter", "paragraph",
          "rule", "code", "page", "item", "law", "decree", "order", "bill", "model", "version",
          "approximately", "roughly", "only", "just", "exactly", "total");

  /**
   * The words after a year that date an election, a campaign or its people ("2020 Democrats",
   * "the GOP 2012 presidential nominee"): a count goes before other plurals ("2000 troops").
   */
  private static final Set<String> YEAR_RIGHT =
      Set.of("presidential", "election", "elections", "electoral", "campaign", "campaigns",
          "race", "races", "primary", "primaries", "candidate", "candidates", "democratic",
          "republican", "democrats", "dems", "republicans", "gop", "contender", "contenders",
          "hopeful", "hopefuls", "nominee", "nominees", "bid", "bids", "cycle", "midterm",
          "midterms", "levels", "ticket", "vote", "caucuses", "census", "budget", "ruling");

  /** "four years ago" right after "election night". */
  private static final Pattern ELECTION_NIGHT_AGO =
      Pattern.compile("\\s+(" + DateFinder.NUM + ")\\s+years?\\s+ago\\b");

  /** A month or season right before a spelled-out year: "January", "the winter of". */
  private static final Pattern SPELLED_YEAR_HEAD = Pattern.compile(
      "(?<![\\w])(?:(?<mon>" + MONTH_NAME + ")|(?:[Tt]he\\s+)?(?<s>[Ss]pring|[Ss]ummer|[Aa]utumn"
          + "|[Ff]all|[Ww]inter)\\s+of),?\\s+$");

  private static final Set<String> ADVERBIAL_PREP =
      Set.of("on", "in", "since", "during", "from", "through", "before", "after", "at", "of",
          "throughout", "last", "next", "this", "around", "until", "till", "by");

  /** Verbs whose object may be a month a figure closes or opens: "ended March with $1 million". */
  private static final Set<String> PERIOD_EDGE_VERBS = Set.of("ended", "ends", "end", "began",
      "begins", "begin", "started", "starts", "start", "closed", "closes", "finished",
      "opened", "opens");

  /** A past participle right before a date: "ended March 31", "last seen Nov. 3". */
  private static final Pattern PARTICIPLE =
      Pattern.compile("ended|ending|closed|dated|seen|held|born|died|killed|opened|started|began"
          + "|begun|signed|elected|struck|set|made");

  /** Verbs whose object is a that-clause: "predicts that summer ice will go". */
  private static final Set<String> THAT_CLAUSE_VERBS = Set.of("said", "says", "say", "predict",
      "predicts", "predicted", "know", "knows", "knew", "think", "thinks", "thought", "believe",
      "believes", "believed", "argue", "argues", "argued", "hope", "hopes", "hoped", "warn",
      "warns", "warned", "noted", "note", "notes", "suggest", "suggests", "suggested", "show",
      "shows", "showed", "found", "find", "finds", "mean", "means", "meant", "so", "such");

  private static final Set<String> COPULAS = Set.of("is", "was", "be", "are", "were", "been");

  /** Words before a decade written without "the" ("in 1990's America", "since 1970's"). */
  private static final Set<String> PREP_BEFORE_DECADE =
      Set.of("in", "since", "during", "through", "until", "from", "to", "of");

  /** Words before "the 80s" that make it a temperature, a rating or a price, not a decade. */
  private static final Pattern NOT_DECADE_BEFORE = Pattern.compile(
      "(?i)\\b(?:temperatures?|degrees|highs?|lows?|weather|forecast|thermometer|heat|ratings?"
          + "|approval|percent|polls?|polling|scores?|prices?|yields?|stood|hovered)\\b");

  /**
   * Nouns after "Sept. 11" that name the attacks of 2001 rather than a day of this year. The
   * singular "attack" is left out: "the Sept. 11 attack" in Benghazi was in 2012.
   */
  private static final Set<String> NINE_ELEVEN_NOUNS = Set.of("attacks", "hijackers",
      "hijackings", "commission", "memorial", "plotters", "era");

  private static boolean nineElevenNoun(Doc doc, int end) {
    String w = doc.nextWord(end);
    if (w.equals("terror") || w.equals("terrorist")) {
      int after = doc.nextNonSpace(end) + w.length();
      return doc.nextWord(after).equals("attacks");
    }
    return NINE_ELEVEN_NOUNS.contains(w);
  }

  /** "the terrorist attacks of September 11", "the events of Sept. 11": the day of 2001. */
  private static boolean attacksOf(Doc doc, int start) {
    int of = doc.prevWordStart(start);
    return of >= 0 && doc.prevWord(start).equals("of")
        && Set.of("attacks", "events", "hijackings").contains(doc.prevWord(of));
  }

  /** The words before a month that names the time of an event: "a June agreement". */
  private static final Set<String> MONTH_DETERMINERS =
      Set.of("a", "an", "the", "his", "her", "its", "their", "our", "same");

  /** Prepositions of a time still to be reached. */
  /** Nouns of trust in a person ("confidence in May"). */
  private static final Set<String> TRUST = Set.of("confidence", "faith", "trust");

  /**
   * Nouns of pressure on or loyalty to a person ("pressure on May", "a blow to May"), and the
   * words of writing or calling to one ("a letter to May", "call on May to engage").
   */
  private static final Set<String> PRESSURE = Set.of("pressure", "blow", "challenge",
      "loyalty", "loyal", "attack", "attacks", "letter", "letters", "wrote", "write", "writing",
      "call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing", "plea");

  /** The run-up to a day: "in the weeks leading up to Election Day", "the run-up to Christmas". */
  private static final Pattern LEADING_UP =
      Pattern.compile("(?i)\\b(?:leading\\s+up|run-up|lead-up|build-up)\\s+to\\s+$");

  /** How near an odd year's Election Day its local elections make the news. */
  private static final int OFF_YEAR_NEWS_DAYS = 21;

  private static final Set<String> TOWARDS = Set.of("until", "till", "toward", "towards");

  private static final Pattern OWNED_THEN_YEAR =
      Pattern.compile("\\s+[a-z]+(?:\\s+[a-z]+)?\\s+(?:in|of)\\s+(?:1[6-9]|20)\\d\\d\\b");

  static final Pattern AWAITING =
      Pattern.compile("(?i)\\b(?:(?:ahead|advance|run-up|lead-up)\\s+of|(?:run-up|lead-up)\\s+to)\\s+$");

  /** Words that make "third quarter" a period: "its third quarter", "this second half". */
  private static final Set<String> QUARTER_DETERMINERS =
      Set.of("its", "their", "our", "his", "her", "this", "that", "a", "each", "every");

  /** Nouns of measured figures: a month right before one is the period measured. */
  private static final Set<String> DATA_NOUNS = Set.of("data", "figures", "statistics",
      "numbers", "readings", "payrolls");

  /** What a quarter written without article or hyphen is the quarter of: "first quarter net". */
  private static final Set<String> QUARTER_REPORT_NOUNS =
      Set.of("results", "earnings", "profit", "profits", "net", "sales", "revenue", "revenues",
          "loss", "losses", "figures", "performance", "growth", "output", "income", "dividend",
          "dividends", "deliveries", "shipments", "production", "operating", "pretax", "gdp",
          "fundraising", "totals", "report", "reports");

  /** What follows "the first half" when the half is not a year's. */
  private static final Pattern HALF_OF_LONGER = Pattern.compile(
      "\\s+of\\s+(?:(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:\\d{4}['’]?s|['’]?\\d0['’]?s|\\d{1,2}(?:st|nd"
          + "|rd|th)\\s+century|(?:[a-z]+(?:st|nd|rd|th)[\\s-]+)?century|decade|[a-z]+(?:ties|teens)\\b)"
          // "the first half of its peace proposal", "the second half of a game": not a year's
          + "|(?:its|his|her|their|our|my|your|a|an)\\s)");

  /** A half or quarter of something other than a year: "of the primary calendar". */
  private static final Pattern PART_OF_OTHER = Pattern.compile(
      "\\s+of\\s+the\\s+(?!(?:year|fiscal|calendar|financial|current|next|previous|last|past"
          + "|same|coming|decade|century|\\d)\\b)[a-z]+");

  private static LocalDate nthWeekday(int year, int month, int n, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  /** The weekend word after a holiday: "Labor Day weekend", "the Easter holiday weekend". */
  /**
   * The year told after the noun a month or holiday modifies: "the Labor Day parade in 2015",
   * "the November election of 2014".
   */
  private static final Pattern YEAR_AFTER_NOUN = Pattern.compile(
      "^(?:\\s+[A-Za-z][\\w'’-]*){1,3}\\s+(?:in|of)\\s+(" + YEAR + ")(?![\\w-]|[.,]\\d)");

  /** A vote after a month, a few modifiers between: "November special election". */
  private static final Pattern ELECTION_AFTER = Pattern.compile(
      "(?:\\s+[A-Za-z-]+){0,2}?\\s+(?:elections?|re-?elections?|midterms?|ballot|vote|runoff"
          + "|primary|primaries|caucus(?:es)?|matchup|contest|races?)\\b");

  /** Words before a vote's month that await it: "until the November election". */
  private static final Pattern BEFORE_VOTE = Pattern.compile(
      "(?i)\\b(?:until(?:\\s+after)?|till|before|ahead\\s+of|toward|towards"
          + "|in\\s+advance\\s+of|for)(?:\\s+(?:the|this|next|a|an))?\\s+$");

  /** A vote said to be ahead, a few words before its month. */
  private static final Pattern UPCOMING = Pattern.compile(
      "(?i)\\b(?:upcoming|coming|forthcoming)\\s+(?:[A-Za-z-]+\\s+){0,3}$");

  /** A modal a few words before a vote's month: "a person like me might vote in November". */
  private static final Pattern MODAL_BEFORE = Pattern.compile(
      "(?i)\\b(?:will|would|might|could|may|shall|can|going\\s+to|hopes?\\s+to|plans?\\s+to)"
          + "\\b[^.;!?]*$");

  /** Words before "in <month>" that make the month a vote's: "re-election in November". */
  private static final Set<String> ELECTION_WORDS = Set.of("election", "elections",
      "reelection", "vote", "votes", "voting", "ballot", "ballots", "matchup", "race", "runoff",
      "primary", "caucus", "caucuses", "midterm", "midterms", "win", "winning", "wins", "lose",
      "losing");

  /** The year of {@link #YEAR_AFTER_NOUN} after {@code end}, or 0. */
  private static int yearAfterNoun(Doc doc, int end) {
    Matcher y = YEAR_AFTER_NOUN.matcher(doc.text).region(end, Math.min(doc.text.length(), end + 64));
    return y.find() ? num(y.group(1)) : 0;
  }

  private static final Pattern HOLIDAY_WEEKEND =
      Pattern.compile("\\s+(?:holiday\\s+)?weekend" + END);

  private static Cand numericDate(Matcher m, Doc doc) {
    int a = num(m.group("a"));
    int b = num(m.group("b"));
    String ys = m.group("y");
    if (ys.length() == 2 && !m.group("sep").equals("/")) {
      return null;
    }
    int y = num(ys);
    if (ys.length() == 2) {
      y = twoDigitYear(y, doc);
    }
    LocalDate dm = Calendar.date(y, b, a);
    LocalDate md = Calendar.date(y, a, b);
    if (dm == null && md == null) {
      return null;
    }
    Span span = new Span(m.start(), m.end());
    boolean inDateline = doc.clean.dateline().map(d -> d.overlaps(span)).orElse(false);
    LocalDate pick;
    String note;
    if (inDateline && doc.pub.isPresent() && (doc.pub.get().equals(dm) || doc.pub.get().equals(md))) {
      pick = doc.pub.get();
      note = "dateline";
    } else if (dm == null || md == null || dm.equals(md)) {
      pick = dm != null ? dm : md;
      note = dm != null && md != null ? null : dm != null ? "day-month" : "month-day";
    } else if (doc.numericOrder != null) {
      pick = doc.numericOrder.equals("day-month") ? dm : md;
      note = doc.numericOrder + "-as-dateline";
    } else {
      pick = md;
      note = "month-day-unconfirmed";
    }
    LocalDate d = pick;
    return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, Calendar.day(d), d, note)).day();
  }

  /** The days from publication within which a date's wrong weekday is taken for a slip. */
  private static final int WEEKDAY_SLIP_DAYS = 45;

  /**
   * The day {@code mon}/{@code d} on weekday {@code wd} in a year within two of {@code near}'s
   * and not after {@code lastYear}; null when there is none.
   */
  private static LocalDate weekdayYear(LocalDate near, int mon, int d, DayOfWeek wd,
                                       int lastYear) {
    for (int k = 1; k <= 2; k++) {
      for (int yr : new int[] {near.getYear() - k, near.getYear() + k}) {
        LocalDate t = yr <= lastYear ? Calendar.date(yr, mon, d) : null;
        if (t != null && t.getDayOfWeek() == wd) {
          return t;
        }
      }
    }
    return null;
  }

  /** "on the night of ", "during the morning of ": a part of a day named by the date after it. */
  private static final Pattern PART_OF_DAY_OF = Pattern.compile(
      "(?i)\\b(?:on|during|in|by|until|before|after|since)\\s+the\\s+(?:night|morning|evening"
          + "|afternoon|day|eve|weekend)\\s+of\\s+$");
  private static final int PART_OF_DAY_OF_REACH = 40;

  /** Words before a day that make it date a noun: "the Sept. 12 announcement", "Monday's". */
  private static final Set<String> NOUN_DATING = Set.of("the", "a", "an", "its", "their", "his",
      "her", "s");

  private static Cand monthDay(Matcher m, Doc doc, String monText, String dText, String d2Text,
                        String yText) {
    int mon = Calendar.month(monText);
    int d = num(dText);
    if (mon < 1 || d < 1 || d > 31) {
      return null;
    }
    Integer d2 = d2Text == null ? null : num(d2Text);
    if (d2 != null && (d2 <= d || d2 > 31)) {
      return null;
    }
    // "a news conference May 16, 2013": with its year "May" is the month, whatever the tagger says
    if (monText.startsWith("May") && yText == null && doc.vetoMonth(m.start("mon"))) {
      return null;
    }
    String wd = group(m, "wd");
    int at = m.start();
    int dayEnd = m.end();
    // "the Sept. 11 attacks", "the September 11 commission": the day of 2001
    boolean nineEleven = yText == null && mon == 9 && d == 11 && d2 == null
        && (nineElevenNoun(doc, m.end()) || attacksOf(doc, m.start()))
        && doc.pub.map(p -> p.isAfter(LocalDate.of(2001, 9, 11))).orElse(true);
    Integer y = yText != null ? Integer.valueOf(num(yText)) : nineEleven ? Integer.valueOf(2001)
        : null;
    String prep = doc.prevWord(m.start());
    // "on March 1", "was last seen Nov. 3", "the year ended March 31" take the clause's tense;
    // a date after a noun or adjective ("payable Dec. 7 to holders of record Nov. 22") or inside
    // a noun phrase ("the Oct. 23 slaying") does not
    // ... and neither does one that modifies a noun ("invited them to a meeting on 20 September")
    // ("the deadline will be June 30": a date after a copula is its clause's predicate)
    // ("set to take effect Jan. 1": the day a rule starts, told by the verb of "take effect";
    // but "created an office, effective Feb. 1" may start after a past announcement)
    // ("what he was doing on the night of March 10": the day of a part of the day told
    // adverbially is told as that part is, whatever noun the parse hangs it on)
    boolean ofPartOfDay = prep.equals("of") && PART_OF_DAY_OF.matcher(doc.text)
        .region(Math.max(0, m.start() - PART_OF_DAY_OF_REACH), m.start()).find();
    boolean adverbial = (ADVERBIAL_PREP.contains(prep) || PARTICIPLE.matcher(prep).matches()
        || COPULAS.contains(prep) || prep.equals("effect"))
        && (ofPartOfDay || !doc.tense.attachedToNoun(m.start(), m.end()));
    boolean voteNoun = ELECTION_WORDS.contains(doc.nextWord(dayEnd));
    Cand cand = new Cand(m.start(), m.end(), c -> {
      LocalDate first;
      String note = null;
      Integer told = y == null ? storyYear(c, at, dayEnd, adverbial, prep, mon) : null;
      // "results for the quarter ended March 31", said on March 16: the last day of the
      // quarter just named, in its year (a fiscal quarter ending in another month is left alone)
      String quarter = y == null && (prep.equals("ended") || prep.equals("ending"))
          ? c.quarterInSentenceBefore(at) : null;
      if (quarter != null && quarter.charAt(5) == 'Q' && mon == 3 * (quarter.charAt(6) - '0')) {
        told = Integer.valueOf(quarter.substring(0, 4));
      }
      if (y != null) {
        first = Calendar.date(y, mon, d);
        if (first == null) {
          return null;
        }
      } else if (told != null) {
        // "In 2008, the senator ran. On Aug. 28, he spoke": the year the story is telling
        first = Calendar.date(told, mon, d);
        if (first == null) {
          return null;
        }
        note = "story-year";
      } else {
        LocalDate ref = c.pubOrNull() != null ? c.pubOrNull() : c.lastDay;
        if (ref == null) {
          String v = String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, d);
          if (d2 != null) {
            String v2 = String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, d2);
            return new Res(Type.DATE, v + "/" + v2, null, "year-unknown", v, v2);
          }
          return Res.of(Type.DATE, v, null, "year-unknown");
        }
        // a vote named by its day ("will go before voters in the Aug. 19 primary") is the coming
        // one unless told in the past
        boolean vote = !adverbial && voteNoun && doc.tense.at(at) != Direction.PAST;
        Direction dir = adverbial ? c.direction(at, prep)
            : vote ? Direction.FUTURE : Direction.UNKNOWN;
        // a date naming an event ("the Oct. 23 slaying") leans back; see distance()
        first = nearestYear(ref, mon, d, dir, !adverbial && !vote);
        LocalDate nearest = nearestYear(ref, mon, d, Direction.UNKNOWN, false);
        if (first != null && nearest != null && !nearest.equals(first)
            && (Math.abs(ChronoUnit.DAYS.between(ref, nearest)) <= SLACK_DAYS
                || dir == Direction.PAST && nearest.isAfter(ref) && !prep.equals("ended")
                    && ChronoUnit.DAYS.between(ref, nearest) <= PAST_CLAUSE_AHEAD_DAYS)) {
          // a day or two past publication: a late dateline, not a year away; a day a few weeks
          // ahead in a past clause ("raised the rate from March 13", "set the debate for Nov. 10")
          // is that coming day: a day almost a year back would carry its year (but "the quarter
          // ended Oct. 31" has ended)
          first = nearest;
          dir = Direction.UNKNOWN;
        }
        if (first == null) {
          return null;
        }
        note = c.pubOrNull() == null ? "year-from-text"
            : dir == Direction.UNKNOWN || dir == Direction.OPEN ? "year-nearest"
            : "year-" + dir.name().toLowerCase(Locale.ROOT);
        // "kick off the tour June 9, 2020 ... a hometown show on Sept. 12": a day the clause
        // does not place, after a day given with a later year, goes on in that year's schedule
        // rather than back to a day already gone (but "the Sept. 12 announcement" is a thing)
        LocalDate planned = (dir == Direction.UNKNOWN || dir == Direction.OPEN) && d2 == null
            && first.isBefore(ref.minusDays(SLACK_DAYS)) && !NOUN_DATING.contains(prep)
            ? c.scheduleDay(at, mon, d) : null;
        if (planned != null) {
          first = planned;
          note = "schedule-year";
        }
        // "what happened last Sept. 11 ... the decision-making on Sept. 11": a day the text gave
        // before is the same day when named again
        LocalDate same = dir == Direction.FUTURE || d2 != null ? null
            : sameDayBefore(c, at, mon, d);
        if (same != null && !same.equals(first)) {
          first = same;
          note = "same-day";
        }
      }
      if (wd != null && first.getDayOfWeek() != Calendar.weekday(wd) && y == null) {
        // "Friday, October 10" months away from publication, a Friday in no year near it but
        // one: that year (a day's weekday differs in each of five years running); near
        // publication a wrong weekday is more likely a slip than a day years away
        LocalDate ref = c.pubOrNull() != null ? c.pubOrNull() : c.lastDay;
        LocalDate fit = ref == null
            || Math.abs(ChronoUnit.DAYS.between(ref, first)) <= WEEKDAY_SLIP_DAYS ? null
            : weekdayYear(first, mon, d, Calendar.weekday(wd), ref.getYear() + 1);
        if (fit != null) {
          first = fit;
          note = "weekday-year";
        }
      }
      if (wd != null && first.getDayOfWeek() != Calendar.weekday(wd)) {
        note = note == null ? "weekday-mismatch" : note + ",weekday-mismatch";
      }
      if (d2 != null) {
        LocalDate last = Calendar.date(first.getYear(), mon, d2);
        if (last == null) {
          return null;
        }
        String a = Calendar.day(first);
        String b = Calendar.day(last);
        return new Res(Type.DATE, a + "/" + b, first, note, a, b);
      }
      return Res.of(Type.DATE, Calendar.day(first), first, note);
    });
    cand.pubAtMatch = group(m, "ry") != null;
    return d2 == null ? cand.day() : cand;
  }

  /** The last day before {@code at} the text resolved to month {@code mon}, day {@code d}. */
  private static LocalDate sameDayBefore(Ctx c, int at, int mon, int d) {
    for (Object[] entry : c.resolvedBefore(at)) {
      Res r = (Res) entry[1];
      LocalDate day = r.day();
      if (r.start() == null && day != null && day.getMonthValue() == mon
          && day.getDayOfMonth() == d && r.value().startsWith(Calendar.day(day))) {
        return day;
      }
    }
    return null;
  }

  /**
   * The year of the story a date without its year is told in ({@link Ctx#storyYear}), when its
   * clause looks back or does not say: "will vote in March" after "in 2008" is still ahead.
   */
  private static Integer storyYear(Ctx c, int at, int end, boolean adverbial, String prep,
      int mon) {
    Direction dir = adverbial ? c.direction(at, prep) : c.doc.tense.at(at);
    if (dir != Direction.PAST && dir != Direction.UNKNOWN) {
      return null;
    }
    return c.storyYear(at, end, mon, dir == Direction.PAST);
  }

  /** Whether {@code pos} opens a sentence: the text, a paragraph or a line after a full stop. */
  private static boolean sentenceStart(Doc doc, int pos) {
    int i = pos - 1;
    while (i >= 0 && Character.isWhitespace(doc.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?\"”".indexOf(doc.charAt(i)) >= 0;
  }

  /** The words of a firm's name after a month: "June Medical", "August Capital". */
  private static final Set<String> NAME_AFTER_MONTH = Set.of("medical", "services", "health",
      "healthcare", "capital", "partners", "group", "systems", "media", "records", "holdings",
      "energy", "foundation", "institute", "inc", "corp", "llc", "pharmaceuticals", "therapeutics",
      "entertainment", "films", "pictures", "labs", "networks", "technologies", "bank",
      "ventures", "investments", "clinic", "hospital", "productions", "publishing");

  private static Cand bareMonth(Matcher m, Doc doc) {
    String rel = group(m, "rel");
    String mod = group(m, "mod");
    String left = doc.prevWord(m.start());
    String monText = m.group("mon");
    if (rel == null && mod == null && NAME_AFTER_MONTH.contains(doc.nextWord(m.end()))
        && Character.isUpperCase(doc.charAt(doc.nextNonSpace(m.end())))) {
      return null; // "June Medical Services v. Russo", "August Capital": a firm's name
    }
    // "a June agreement", "the October slaying": a month naming the time of an event
    // "his June confirmation hearing", "the same June hearing": a possessive or "same" too
    // "Mueller's July indictment", "the panel's August interview": a noun's possessive is a
    // determiner too ("the Women's March movement" names a march)
    int ownerEnd = doc.prevNonSpace(m.start());
    boolean ownersMonth = left.equals("s") && ownerEnd >= 2
        && "'’".indexOf(doc.charAt(ownerEnd - 1)) >= 0 && Character.isLetter(doc.charAt(ownerEnd - 2))
        && !(monText.equals("March") && Character.isUpperCase(
            doc.charAt(Math.max(0, doc.prevWordStart(ownerEnd - 1)))))
        // "Congress's August recess in 2009": the year comes after the noun
        && !OWNED_THEN_YEAR.matcher(doc.text).region(m.end(), Math.min(doc.text.length(),
            m.end() + 40)).lookingAt();
    String next = doc.nextWord(m.end());
    // a month on its own ("May" also the modal), and one before a lower-case word of its noun
    // phrase
    boolean plain = rel == null && mod == null && !monText.equals("May");
    boolean beforeNoun = plain && Character.isLowerCase(doc.charAt(doc.nextNonSpace(m.end())))
        && !NP_STOP.contains(next) && !next.equals("of");
    boolean plainAttributive = beforeNoun && (MONTH_DETERMINERS.contains(left) || ownersMonth);
    int leftStart = doc.prevWordStart(m.start());
    String beforeLeft = leftStart < 0 ? "" : doc.prevWord(leftStart);
    boolean afterAdjective = !plainAttributive && beforeNoun
        && Set.of("a", "an", "the", "his", "her", "its", "their", "our").contains(beforeLeft)
        && leftStart >= 0 && Character.isLowerCase(doc.charAt(leftStart))
        && !MONTH_LEFT.contains(left) && !NP_STOP.contains(left)
        && doc.prevNonSpace(m.start()) == leftStart + left.length() - 1
        // "a marvellous June morning": a kind of day, no day in particular
        && !Set.of("morning", "afternoon", "evening", "night", "day", "days", "sky", "sun",
            "weather", "heat").contains(next);
    // "the regular November election", "the crowded April primary": an adjective between;
    // "a December CNN poll", "his February State of the Union": a month before a name
    boolean beforeName = plain && MONTH_DETERMINERS.contains(left) && !left.equals("same")
        && Character.isUpperCase(doc.charAt(doc.nextNonSpace(m.end())))
        && doc.nextNonSpace(m.end()) > m.end() && !doc.namedEntityAt(m.start("mon"))
        && !MONTH_NAMES_LOWER.contains(next)
        && !Set.of("madness", "revolution", "fools", "surprise", "uprising").contains(next);
    // "Japan's February exports", "February revenue passenger miles fell": a month before a noun
    // after a possessive, or opening a sentence, names the period of the figures
    // (not "March": "Women's March organisers", "March organisers said")
    boolean figuresMonth = beforeNoun && !monText.equals("March")
        && !plainAttributive && !afterAdjective && !beforeName
        && !MONTH_NAMES_LOWER.contains(next)
        && (left.equals("s") && leftStart > 0 && "'’".indexOf(doc.charAt(leftStart - 1)) >= 0
            || left.isEmpty() && sentenceStart(doc, m.start())
                && doc.nounOrAdjectiveAt(doc.nextNonSpace(m.end()))
            // "are to appear in February data released today": the month the data measure
            || DATA_NOUNS.contains(next));
    boolean attributive = plainAttributive || afterAdjective || beforeName || figuresMonth;
    int nounYear = attributive ? yearAfterNoun(doc, m.end()) : 0;
    // a vote in the month: "the November election", "re-election in November", "to win in
    // November" (not "Trump's upset win in November")
    boolean voteIn = rel == null && mod == null && left.equals("in")
        && ELECTION_WORDS.contains(beforeLeft)
        && (!Set.of("win", "lose").contains(beforeLeft) || Set.of("to", "will", "would",
            "could", "can", "might", "may", "must").contains(doc.prevWord(
                doc.prevWordStart(leftStart))));
    Matcher voteAfter = ELECTION_AFTER.matcher(doc.text)
        .region(m.end(), Math.min(doc.text.length(), m.end() + 40));
    boolean voteNamed = rel == null && mod == null && attributive && voteAfter.lookingAt();
    boolean electionHeld = voteIn || voteNamed;
    // "Clinton, Trump's opponent in the November presidential race, told Fox News": a vote
    // named inside a noun phrase; the reporting verb's past does not date it
    boolean voteInNounPhrase = voteNamed && doc.tense.attachedToNoun(m.start(), voteAfter.end());
    // "the upcoming congressional elections in November"
    boolean upcoming = electionHeld && UPCOMING.matcher(doc.text)
        .region(Math.max(0, m.start() - 48), m.start()).find();
    // "April's chlorine attack", "May's jobs report": a month whose doings are reported is past
    boolean possessive = rel == null && doc.possessiveAt(m.end());
    // "in November and December", "from March to May": the second month follows the first
    String before = doc.prevWord(doc.prevWordStart(m.start()));
    int first = MONTH_NAMES_LOWER.contains(before) ? Calendar.month(before) : 0;
    boolean coordinated = first > 0 && rel == null
        && Set.of("and", "or", "to", "through", "until").contains(left);
    if (rel == null && mod == null && !attributive) {
      // "until at least October", "as early as July": a bound on the time
      boolean ok = MONTH_LEFT.contains(left)
          || left.equals("least") && doc.prevWord(doc.prevWordStart(m.start())).equals("at")
          || left.equals("as") && Set.of("early", "late", "soon", "recently")
              .contains(doc.prevWord(doc.prevWordStart(m.start())))
          // "come November, voters will decide": the subjunctive "come" points ahead
          || left.equals("come")
          // "he ended March with $1.39 million", "began January at 4%": the month a figure
          // closes or opens
          || PERIOD_EDGE_VERBS.contains(left) && !monText.equals("May")
              && Set.of("with", "at", "up", "down").contains(doc.nextWord(m.end()))
          || possessive && !monText.equals("May") && Character.isLowerCase(doc.charAt(
              doc.nextNonSpace(m.end() + 2)));
      if ((left.equals("and") || left.equals("or"))) {
        // "months on the road and July's convention": a possessive month stands on its own
        ok = MONTH_NAMES_LOWER.contains(doc.prevWord(doc.prevWordStart(m.start())))
            || ok && possessive;
      }
      if (!ok) {
        return null;
      }
    }
    if (doc.vetoMonth(m.start("mon"))) {
      return null;
    }
    if (monText.equals("May") && (doc.nextIsCapitalizedName(m.end())
        || rel == null && mod == null && (left.equals("in") ? TRUST
            : left.equals("on") || left.equals("to") ? PRESSURE : Set.<String>of())
            .contains(doc.prevWord(doc.prevWordStart(m.start()))))) {
      return null; // "a vote of no confidence in May", "pressure on May": the person
    }
    int mon = Calendar.month(monText);
    int at = m.start();
    // "until at least October": the preposition before the bound governs the month
    boolean owned = attributive && !(figuresMonth && left.isEmpty())
        && !Set.of("a", "an", "the").contains(afterAdjective ? beforeLeft : left);
    String governor = left.equals("least")
        ? doc.prevWord(doc.prevWordStart(doc.prevWordStart(m.start()))) : left;
    // "ahead of November's elections", "before September's vote": a month still awaited
    boolean awaited = possessive && (left.equals("before") || left.equals("until")
        || left.equals("of") && AWAITING.matcher(doc.text)
            .region(Math.max(0, m.start() - 24), m.start()).find());
    int monthEnd = m.end();
    // "higher than in January", "up from 50% in April": a comparison looks back
    boolean comparison = beforeLeft.equals("than") || governor.equals("from")
        || beforeLeft.equals("percent")
        || leftStart > 0 && doc.charAt(doc.prevNonSpace(leftStart)) == '%';
    boolean recentlyAs = left.equals("as") && beforeLeft.equals("recently");
    // "That November, Nixon won 49 states": the month of the year the story tells
    int beforeLeftStart = leftStart > 0 ? doc.prevWordStart(leftStart) : -1;
    boolean storyMonth = rel == null && mod == null && left.equals("that")
        && !(beforeLeftStart >= 0 && doc.verbAt(beforeLeftStart))
        && !THAT_CLAUSE_VERBS.contains(beforeLeft);
    // "the fiscal year ended last March 31", "hit the field last November 25": a day of the
    // month the relative word picks
    int dayOfMonth = 0;
    int end = m.end();
    if (rel != null && mod == null) {
      Matcher d = DAY_AFTER_MONTH.matcher(doc.text).region(m.end(), doc.text.length());
      if (d.lookingAt() && Integer.parseInt(d.group(1)) <= 31) {
        dayOfMonth = Integer.parseInt(d.group(1));
        end = d.end();
      }
    }
    int day = dayOfMonth;
    Cand cand = new Cand(storyMonth ? leftStart : m.start(), end, c -> {
      if (nounYear > 0) {
        // "the November election in 2014"
        return Res.of(Type.DATE, Calendar.month(nounYear, mon), null, "year-after-noun");
      }
      LocalDate ref = c.pubOrNull() != null ? c.pubOrNull() : c.lastDay;
      if (ref == null) {
        return Res.of(Type.DATE, String.format(Locale.ROOT, "XXXX-%02d", mon), null,
            "year-unknown");
      }
      int y = ref.getYear();
      int pm = ref.getMonthValue();
      String note;
      Integer told;
      if (rel != null) {
        // "this past November", "this coming April": the last one, the next one
        String r = rel.toLowerCase(Locale.ROOT).replaceAll("this\\s+past", "last")
            .replaceAll("this\\s+coming", "next");
        if (r.equals("last")) {
          // "changed her tune last October" written in November: the month just gone would be
          // "last month", so "last October" reaches back a year (TimeBank: "last February" on
          // March 1, 1998 is 1997-02)
          y = mon < pm - 1 ? y : y - 1;
        } else if (r.equals("next")) {
          y = mon > pm ? y : y + 1;
        }
        note = r;
      } else if (storyMonth && c.lastYear != null) {
        y = c.lastYear;
        note = "story-year";
      } else if ((told = storyYear(c, at, monthEnd, true, governor, mon)) != null) {
        // "In 2008, the senator ran. In June, he lost the primary": the year of the story
        y = told;
        note = "story-year";
      } else if (coordinated && c.lastMonth != null && c.lastMonth.getMonthValue() == first) {
        y = c.lastMonth.getYear() + (mon < c.lastMonth.getMonthValue() ? 1 : 0);
        note = "after-month";
      } else {
        // "a July bill that failed" in a clause about what "would" happen: a month naming a thing
        // names the nearer one when that lies back; "to advance to the November elections" ahead;
        // "her September comments", "the same June hearing": a thing already done or named
        boolean until = governor.equals("until") || governor.equals("till");
        // ("his November re-election bid" is a vote, which the clause dates)
        // ("once Congress returns from its August recess", "vowed to fight on at the party's
        // July convention": a thing of its owner still ahead, or maybe)
        Direction ownerTold = owned ? doc.tense.at(at) : null;
        Direction dir = (possessive || owned) && !awaited && !electionHeld
            && !(owned && (ownerTold == Direction.FUTURE || ownerTold == Direction.OPEN))
            || recentlyAs
            ? Direction.PAST
            : governor.equals("come") ? Direction.FUTURE
            // "Pence served as governor until January": a state held to its end, past
            : until && doc.tense.pastUntil(at) ? Direction.PAST
            : c.direction(at, governor);
        if (awaited) {
          // "campaigning ahead of November's vote": the coming one; "resigned ahead of
          // November's vote": the nearest
          dir = dir == Direction.PAST ? Direction.UNKNOWN : Direction.FUTURE;
        }
        int forward = Math.floorMod(mon - pm, 12);
        int back = Math.floorMod(pm - mon, 12);
        boolean beforeVote = electionHeld && BEFORE_VOTE.matcher(doc.text)
            .region(Math.max(0, at - 32), at).find();
        // a vote just held may still be told in the present ("refusal to accept the November
        // election results" in December); one by its month two months back is the coming one
        int held = voteIn ? 1 : 2;
        if (upcoming || electionHeld && (dir == Direction.FUTURE
            || beforeVote && dir != Direction.PAST
            || (dir == Direction.PRESENT || dir == Direction.UNKNOWN) && back > held
            || voteIn && dir == Direction.OPEN && MODAL_BEFORE.matcher(doc.text)
                .region(Math.max(0, at - 60), at).find())) {
          // "his re-election in November is not in question", "will run in the November
          // special election", "fill the seat until the November election", "might vote in
          // November", "facing reelection in November" (in January): the coming one
          dir = Direction.FUTURE;
        } else if (voteInNounPhrase && dir == Direction.PAST) {
          dir = Direction.UNKNOWN; // the nearest
        } else if (beforeVote && dir == Direction.PAST) {
          // "five months before the November election, the recall has made Walker a hero",
          // "missed qualifying for the November ballot": told in the past, the vote may be ahead
          dir = Direction.UNKNOWN;
        }
        if (attributive && dir == Direction.FUTURE && back < forward && !electionHeld) {
          dir = Direction.UNKNOWN; // the nearest, which lies back
        }
        // "a shutdown looms in October", "you're gone in November": the present tense of news
        // reports what is done or planned; a month four or more back would be written in the past
        if (dir == Direction.PRESENT && !attributive && back > 3 && !comparison
            && !doc.tense.attachedToNoun(at, monthEnd)) {
          dir = Direction.FUTURE;
        }
        if (mon == pm) {
          note = "current";
        } else if (dir == Direction.PAST) {
          y = mon < pm ? y : y - 1;
          note = "past";
        } else if (dir == Direction.FUTURE) {
          y = mon > pm ? y : y + 1;
          note = "future";
        } else {
          if (forward != back) {
            y = forward < back ? (mon > pm ? y : y + 1) : (mon < pm ? y : y - 1);
            note = "nearest";
          } else if (mon > pm && dir != Direction.OPEN
              && (attributive || dir == Direction.UNKNOWN || dir == Direction.PRESENT)) {
            // half a year either way: an event named by its month has happened, unless a plan
            // ("to advance to the November elections") points ahead; so has one told without a
            // tense that says otherwise ("conversations with the ambassador in December", June)
            y = y - 1;
            note = "nearest-tie-past";
          } else {
            note = "nearest-tie-same-year";
          }
        }
      }
      if (day > 0) {
        LocalDate date = Calendar.date(y, mon, day);
        if (date != null) {
          return Res.of(Type.DATE, Calendar.day(date), date, note);
        }
      }
      return Res.of(Type.DATE, Calendar.month(y, mon), null, note);
    });
    return day > 0 ? cand.day() : cand;
  }

  /** A day number right after "last March": "31" of "last March 31," (not "31 pct", "31.5"). */
  private static final Pattern DAY_AFTER_MONTH =
      Pattern.compile("\\s+([0-3]?\\d)(?:st|nd|rd|th)?(?=\\s*[,.;:)]|\\s*$|\\s+(?:and|when|after"
          + "|before|while|at|in|to|from|for|with|by|on|the|a|an|[A-Z])\\b)");

  /** Prepositions that make a run of months an adverbial of its clause. */
  private static final Set<String> RANGE_LEFT = Set.of("in", "during", "through", "throughout",
      "over", "from", "since", "between", "by", "until", "till", "of", "to", "into");

  private static Cand monthRange(Matcher m, Doc doc) {
    int m1 = Calendar.month(m.group("m1"));
    int m2 = Calendar.month(m.group("m2"));
    if (m1 == m2 || doc.vetoMonth(m.start("m1"))) {
      return null;
    }
    int months = Math.floorMod(m2 - m1, 12); // months after the first, up to the last
    String y = group(m, "y");
    String u = group(m, "u");
    // "the April-June quarter": the article belongs to the period
    int start = u != null && doc.prevWord(m.start()).equals("the")
        ? doc.prevWordStart(m.start()) : m.start();
    int at = m.start();
    String left = doc.prevWord(m.start());
    // "offered for April/May shipment": goods are sold for months to come
    boolean forward = u == null && Set.of("shipment", "shipments", "delivery", "deliveries",
        "loading", "arrival", "arrivals").contains(doc.nextWord(m.end()));
    // "rose in October/December", "the October/December rise": the clause's tense dates the run;
    // "March/April sold at 4,340 dlrs" (a contract month as subject) is only the nearest one
    boolean tensed = u != null || RANGE_LEFT.contains(left)
        || Set.of("the", "a", "an", "its", "their", "his", "her", "our").contains(left)
        || Character.isLowerCase(doc.charAt(doc.nextNonSpace(m.end())))
            && !NP_STOP.contains(doc.nextWord(m.end()))
            && doc.nounOrAdjectiveAt(doc.nextNonSpace(m.end()));
    return new Cand(start, m.end(), c -> {
      LocalDate ref = c.pubOrNull();
      int endYear;
      String note = null;
      if (y != null) {
        endYear = Integer.parseInt(y);
      } else if (ref == null) {
        return Res.of(Type.DATE, "XXXX-" + String.format(Locale.ROOT, "%02d", m1), null,
            "year-unknown");
      } else {
        int py = ref.getYear();
        int pm = ref.getMonthValue();
        Direction dir = forward ? Direction.FUTURE : c.direction(at, left);
        if (!tensed && dir == Direction.PAST) {
          dir = Direction.UNKNOWN;
        }
        // the run that contains the publication month, else the last one ended in a past clause,
        // the next one begun in a future clause, the nearest otherwise
        int back = Math.floorMod(pm - m2, 12); // months since the run ended
        int ahead = Math.floorMod(m1 - pm, 12); // months until it begins
        boolean current = Math.floorMod(pm - m1, 12) <= months;
        if (current) {
          endYear = m2 >= pm ? py : py + 1;
          note = "current";
        } else if (dir == Direction.PAST || dir != Direction.FUTURE && back <= ahead) {
          endYear = m2 < pm ? py : py - 1;
          note = "past";
        } else {
          int startYear = m1 > pm ? py : py + 1;
          endYear = startYear + (m2 < m1 ? 1 : 0);
          note = "future";
        }
      }
      int startYear = endYear - (m2 < m1 ? 1 : 0);
      String a = Calendar.month(startYear, m1);
      String b = Calendar.month(endYear, m2);
      if (startYear == endYear && months == 2 && m1 % 3 == 1) {
        return new Res(Type.DATE, Calendar.year(endYear) + "-Q" + (m1 / 3 + 1), null, note, a, b);
      }
      if (startYear == endYear && months == 5 && (m1 == 1 || m1 == 7)) {
        return new Res(Type.DATE, Calendar.year(endYear) + "-H" + (m1 / 6 + 1), null, note, a,
            b);
      }
      return new Res(Type.DATE, a + "/" + b, null, note, a, b);
    });
  }

  private static Cand season(Matcher m, Doc doc) {
    String rel = group(m, "rel");
    String s = m.group("s");
    String y = group(m, "y");
    String left = doc.prevWord(m.start());
    if (Character.isUpperCase(s.charAt(0)) && y == null) {
      return null;
    }
    String rel2 = group(m, "rel2");
    if (rel2 != null) {
      rel = rel2.equalsIgnoreCase("past") ? "last" : "next"; // "this past spring"
    }
    String r = rel == null ? null : rel.toLowerCase(Locale.ROOT);
    if (y == null) {
      if (doc.nextWord(m.end()).equals("of")) {
        return null; // the fall of Aleppo
      }
      // "the start of summer": a season's edge; "do so in fall and rule in 2020": after "in"
      boolean edge = group(m, "edge") != null;
      boolean bareIn = r == null && group(m, "mod") == null && !edge
          && Set.of("in", "during", "until", "by", "since").contains(left)
          && (doc.clauseEndsAt(m.end()) || NP_STOP.contains(doc.nextWord(m.end())));
      boolean ok = edge || bareIn || r != null && !r.equals("the") || group(m, "mod") != null
          || Set.of("in", "during", "since", "until", "by", "through", "over", "before", "after",
              "this", "last", "next", "early", "late", "the", "till", "throughout").contains(left)
          || (r != null && Set.of("in", "during", "since", "until", "by", "through", "over",
              "before", "after", "till", "throughout").contains(left));
      // "throughout much of the summer,", "the summer's fights", "ahead to the winter.": a
      // season closing its noun phrase after another preposition ("the fall" also a decline)
      boolean closes = doc.clauseEndsAt(m.end()) || "'’".indexOf(doc.charAt(m.end())) >= 0;
      ok = ok || "the".equals(r) && closes && (left.equals("of") || !s.equals("fall")
          && Set.of("to", "for", "into", "from", "toward", "towards", "across").contains(left));
      // "reopen schools come fall": the coming season
      boolean come = r == null && group(m, "mod") == null && left.equals("come")
          && doc.clauseEndsAt(m.end());
      if (!ok && !come || (s.equals("fall") && r == null && group(m, "mod") == null && !come
          && !edge && !bareIn)) {
        return null;
      }
    }
    String code = Calendar.season(s);
    int at = m.start();
    boolean early = group(m, "mod") != null && group(m, "mod").equalsIgnoreCase("early");
    return new Cand(m.start(), m.end(), c -> {
      if (y != null) {
        return Res.of(Type.DATE, y + "-" + code, null, null);
      }
      if ("last".equals(r)) {
        return seasonRelative(c, code, -1);
      }
      if ("next".equals(r)) {
        return seasonRelative(c, code, 1);
      }
      if ("this".equals(r)) {
        return seasonRelative(c, code, 0);
      }
      Direction dir = c.direction(at, left);
      LocalDate pub = c.pubOrNull();
      if (dir == Direction.PAST && pub != null && Calendar.seasonOf(pub).endsWith("-" + code)) {
        // "a sleepy early summer weekend" in mid-June, "sales fell in the spring" in late May:
        // the season under way, once enough of it has passed to be told in the past
        int startMonth = Calendar.seasonStart(code);
        LocalDate start = startMonth == 0
            ? LocalDate.of(pub.getMonthValue() == 12 ? pub.getYear() : pub.getYear() - 1, 12, 1)
            : LocalDate.of(pub.getYear(), startMonth, 1);
        LocalDate told = early ? start.plusDays(7) : start.plusMonths(1);
        if (!pub.isBefore(told)) {
          return Res.of(Type.DATE, Calendar.seasonOf(pub), null, "this-past");
        }
      }
      if (dir == Direction.FUTURE && c.pubOrNull() != null
          && Calendar.seasonOf(c.pubOrNull()).endsWith("-" + code)) {
        // "will travel in the spring" written in March: the season under way, not next year's
        return Res.of(Type.DATE, Calendar.seasonOf(c.pubOrNull()), null, "this");
      }
      return seasonRelative(c, code, dir == Direction.PAST ? -1 : dir == Direction.FUTURE ? 1 : 0);
    });
  }

  private static Cand quarter(Matcher m, Doc doc) {
    String the = group(m, "the");
    String ord = m.group("ord").toLowerCase(Locale.ROOT);
    boolean half = m.group("q").equals("half");
    String y = group(m, "y");
    String ry = group(m, "ry");
    boolean fiscal = m.group("fis") != null || doc.prevWord(m.start()).equals("fiscal");
    // "VW's first quarter figures", "flat first quarter earnings": a company's quarter, or the
    // quarter of a report, written without the hyphen
    int leftStart = doc.prevWordStart(m.start());
    boolean possessed = doc.prevWord(m.start()).equals("s") && leftStart > 0
        && (doc.charAt(leftStart - 1) == '\'' || doc.charAt(leftStart - 1) == '’')
        // "House Democrats' third quarter": a plural's possessive
        || "'’".indexOf(doc.charAt(doc.prevNonSpace(m.start()))) >= 0
        && doc.charAt(doc.prevNonSpace(m.start()) - 1) == 's';
    boolean ofReport = QUARTER_REPORT_NOUNS.contains(doc.nextWord(m.end()));
    if (the == null && y == null && !m.group("hy").equals("-") && !fiscal
        && !QUARTER_DETERMINERS.contains(doc.prevWord(m.start())) && !possessed && !ofReport) {
      return null;
    }
    // "the third-quarter results": the article belongs to "results", not to the quarter
    int spanStart = the != null && m.group("hy").equals("-") && y == null
        && Character.isLetter(doc.charAt(doc.nextNonSpace(m.end())))
        ? (m.group("fis") != null ? m.start("fis") : m.start("ord")) : m.start();
    if (m.group("fis") == null && fiscal && the == null) {
      spanStart = doc.prevWordStart(m.start()); // "fiscal second-quarter"
    }
    int n = switch (ord) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      case "final" -> half ? 2 : 4;
      // "the last half of 1989", "the last quarter of the year": the year's last
      case "last" -> m.group("y") != null || m.group("ry") != null
          || m.group(0).endsWith("year") ? (half ? 2 : 4) : 0;
      default -> 0; // last, current, previous, next: relative to publication
    };
    if (half && n > 2) {
      return null;
    }
    if (half && HALF_OF_LONGER.matcher(doc.text).region(m.end(), doc.text.length()).lookingAt()) {
      return null; // "the first half of the 1980's", "the second half of the century"
    }
    if (y == null && ry == null && !fiscal && !possessed && !ofReport && doc.gameTalk(m.start())) {
      // "a technical foul in the third quarter", "returned to the bench in the second half"
      return null;
    }
    if (PART_OF_OTHER.matcher(doc.text).region(m.end(), doc.text.length()).lookingAt()) {
      return null; // "the second half of the primary calendar", "the fourth quarter of the game"
    }
    String rel = ord;
    int at = m.start();
    // "its fourth quarter ended June 30": a fiscal quarter dated by its own end
    String next = doc.nextWord(m.end());
    boolean endedAfter = next.equals("ended") || next.equals("ending");
    return new Cand(spanStart, m.end(), c -> {
      LocalDate pub = c.pubOrNull();
      String code = half ? "H" : "Q";
      if (n == 0) {
        if (pub == null) {
          return Res.of(Type.DATE, "XXXX-" + code + "X", null, "no-publication-date");
        }
        int months = half ? 6 : 3;
        int shift = rel.equals("last") || rel.equals("previous") || rel.equals("latest") ? -1
            : rel.equals("next") ? 1 : 0;
        LocalDate d = pub.plusMonths((long) months * shift);
        int idx = (d.getMonthValue() - 1) / months + 1;
        return Res.of(Type.DATE, Calendar.year(d.getYear()) + "-" + code + idx, null, rel);
      }
      String year;
      if (y != null) {
        year = y;
      } else if (pub == null) {
        year = "XXXX";
      } else {
        int py = pub.getYear();
        if (ry != null) {
          py += yearShift(ry);
        } else {
          // a quarter that has not begun by publication is last year's when the clause is past,
          // or when it lies far ahead and the clause does not look ahead ("fourth-quarter
          // profit" in February); one about to begin is this year's ("growth in the second
          // half" in March)
          LocalDate begins = LocalDate.of(py, half ? 6 * n - 5 : 3 * n - 2, 1);
          Direction dir = begins.isAfter(pub) ? c.direction(at, "") : Direction.UNKNOWN;
          if (begins.isAfter(pub) && (dir == Direction.PAST
              || dir != Direction.FUTURE && begins.isAfter(pub.plusMonths(4)))) {
            py--;
          }
          // after "the fourth quarter of 1986", "the third quarter" is 1986's: the quarter
          // nearest the one under discussion, unless the clause looks ahead
          if (!half && c.lastQuarter != null && !endedAfter) {
            int ctxYear = Integer.parseInt(c.lastQuarter.substring(0, 4));
            int ctxIndex = ctxYear * 4 + c.lastQuarter.charAt(6) - '1';
            int best = py;
            for (int cy = ctxYear - 1; cy <= ctxYear + 1; cy++) {
              if (Math.abs(cy * 4 + n - 1 - ctxIndex) < Math.abs(best * 4 + n - 1 - ctxIndex)) {
                best = cy;
              }
            }
            if (best == py - 1 && (begins.isAfter(pub) ? dir : c.direction(at, ""))
                != Direction.FUTURE) {
              py = best;
            }
          }
          // "For all of 1986, productivity increased, reflecting rises in the first quarter":
          // the quarter of the past year its sentence is about
          Integer told = c.yearOfSentence(at);
          if (told != null && told < pub.getYear() && told != py) {
            py = told;
          }
        }
        year = Calendar.year(py);
      }
      return Res.of(Type.DATE, year + "-" + code + n, null, null);
    });
  }

  /** Words that make a holiday's name another day's: "Holocaust Remembrance Day". */
  private static final Set<String> OTHER_DAY_BEFORE = Set.of("holocaust", "confederate",
      "genocide", "primary", "workers", "war");

  private static Cand holiday(Matcher m, Doc doc) {
    String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
    String h = m.group("h").replaceAll("\\s+", " ").replace('’', '\'')
        .replaceAll("(?<=s)' Day| Jr\\.? Day", " Day").replaceAll("^New Years'?", "New Year's")
        .replace("St Patrick", "St. Patrick");
    if (Set.of("movie", "film", "song", "album", "novel", "musical").contains(
        doc.prevWord(m.start()))) {
      return null; // "the main character in the movie Groundhog Day": a title
    }
    if (m.group("rel") == null && OTHER_DAY_BEFORE.contains(doc.prevWord(m.start()))
        && Character.isUpperCase(doc.charAt(doc.prevWordStart(m.start())))) {
      // "Holocaust Remembrance Day", "Confederate Memorial Day", "Primary Election Day": another
      // day of the same name
      return null;
    }
    if (h.equals("Independence Day") && !americanIndependence(doc, m.start())) {
      return null; // "Ukraine's Independence Day", "Mexican Independence Day": another nation's
    }
    String y = group(m, "y");
    String left = doc.prevWord(m.start());
    if (y == null && Set.of("Christmas", "Easter", "Thanksgiving", "New Year's", "Juneteenth",
        "Mardi Gras").contains(h)) {
      char next = doc.charAt(m.end());
      // "before the Christmas holiday", "the Easter recess": the break the feast gives
      boolean feastBreak = left.equals("the") && Set.of("holiday", "holidays", "recess", "break",
          "weekend").contains(doc.nextWord(m.end()));
      boolean ok = next == 0 || rel != null || ",.;:!?)".indexOf(next) >= 0 || feastBreak
          || Set.of("on", "at", "by", "before", "after", "until", "since", "over", "during",
              "for", "this", "last", "next", "till", "around", "of").contains(left);
      if (!ok) {
        return null;
      }
    }
    int at = m.start();
    boolean attributive = Character.isLowerCase(doc.charAt(doc.nextNonSpace(m.end())))
        && !NP_STOP.contains(doc.nextWord(m.end()));
    int nounYear = y == null && rel == null && attributive ? yearAfterNoun(doc, m.end()) : 0;
    boolean countdown = rel == null && (left.equals("from") || left.equals("until"))
        && Set.of("day", "days", "week", "weeks", "month", "months", "hours")
            .contains(doc.prevWord(doc.prevWordStart(m.start())));
    boolean leadingUp = rel == null && left.equals("to") && LEADING_UP.matcher(doc.text)
        .region(Math.max(0, m.start() - 24), m.start()).find();
    Cand cand = new Cand(m.start(), m.end(), c -> {
      Function<Integer, LocalDate> inYear = yr -> switch (h) {
        case "Christmas Eve" -> LocalDate.of(yr, 12, 24);
        case "Christmas", "Christmas Day" -> LocalDate.of(yr, 12, 25);
        case "Boxing Day" -> LocalDate.of(yr, 12, 26);
        case "New Year's Eve" -> LocalDate.of(yr, 12, 31);
        case "Valentine's Day" -> LocalDate.of(yr, 2, 14);
        case "Halloween" -> LocalDate.of(yr, 10, 31);
        case "May Day" -> LocalDate.of(yr, 5, 1);
        case "Easter", "Easter Sunday" -> Calendar.easter(yr);
        case "Thanksgiving", "Thanksgiving Day" -> Calendar.thanksgiving(yr);
        case "Good Friday" -> Calendar.easter(yr).minusDays(2);
        case "Election Day" -> Calendar.electionDay(yr);
        case "Memorial Day" -> LocalDate.of(yr, 5, 1).with(TemporalAdjusters.lastInMonth(
            DayOfWeek.MONDAY));
        case "Labor Day" -> nthWeekday(yr, 9, 1, DayOfWeek.MONDAY);
        case "Veterans Day" -> LocalDate.of(yr, 11, 11);
        case "Fourth of July", "July Fourth", "July 4", "July 4th" -> LocalDate.of(yr, 7, 4);
        case "Martin Luther King Day", "MLK Day" -> nthWeekday(yr, 1, 3, DayOfWeek.MONDAY);
        case "Presidents Day" -> nthWeekday(yr, 2, 3, DayOfWeek.MONDAY);
        case "Columbus Day" -> nthWeekday(yr, 10, 2, DayOfWeek.MONDAY);
        case "Mother's Day" -> nthWeekday(yr, 5, 2, DayOfWeek.SUNDAY);
        case "Father's Day" -> nthWeekday(yr, 6, 3, DayOfWeek.SUNDAY);
        case "Black Friday" -> Calendar.thanksgiving(yr).plusDays(1);
        case "Small Business Saturday" -> Calendar.thanksgiving(yr).plusDays(2);
        case "Cyber Monday" -> Calendar.thanksgiving(yr).plusDays(4);
        case "Giving Tuesday", "GivingTuesday" -> Calendar.thanksgiving(yr).plusDays(5);
        case "Ash Wednesday" -> Calendar.easter(yr).minusDays(46);
        case "Mardi Gras" -> Calendar.easter(yr).minusDays(47);
        case "Palm Sunday" -> Calendar.easter(yr).minusDays(7);
        case "Easter Monday" -> Calendar.easter(yr).plusDays(1);
        case "Juneteenth" -> LocalDate.of(yr, 6, 19);
        case "Independence Day" -> LocalDate.of(yr, 7, 4);
        case "Bastille Day" -> LocalDate.of(yr, 7, 14);
        case "Victory Day" -> LocalDate.of(yr, 5, 9); // Russia's, as the news names it
        case "V-E Day" -> LocalDate.of(yr, 5, 8);
        case "Armistice Day", "Remembrance Day" -> LocalDate.of(yr, 11, 11);
        case "Canada Day" -> LocalDate.of(yr, 7, 1);
        case "Australia Day" -> LocalDate.of(yr, 1, 26);
        case "St. Patrick's Day" -> LocalDate.of(yr, 3, 17);
        case "Cinco de Mayo" -> LocalDate.of(yr, 5, 5);
        case "Groundhog Day" -> LocalDate.of(yr, 2, 2);
        case "Flag Day" -> LocalDate.of(yr, 6, 14);
        case "Earth Day" -> LocalDate.of(yr, 4, 22);
        case "Inauguration Day" -> LocalDate.of(yr, 1, 20);
        // the first Sunday of February until 2021, the second since the 17-game season
        case "Super Bowl Sunday" -> nthWeekday(yr, 2, yr <= 2021 ? 1 : 2, DayOfWeek.SUNDAY);
        default -> LocalDate.of(yr, 1, 1);
      };
      if (y != null || nounYear > 0) {
        LocalDate d = inYear.apply(y != null ? num(y) : nounYear);
        return Res.of(Type.DATE, Calendar.day(d), d, y != null ? null : "year-after-noun");
      }
      LocalDate ref = c.pubOrNull() != null ? c.pubOrNull() : c.lastDay;
      if (ref == null) {
        LocalDate any = inYear.apply(2001);
        return Res.of(Type.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d",
            any.getMonthValue(), any.getDayOfMonth()), null, "year-unknown");
      }
      // "purging itself of Christmas decorations", "the Memorial Day recess": a holiday naming a
      // thing is the one nearest, whatever the clause's tense
      Direction clause = doc.tense.at(at);
      Direction dir = "last".equals(rel) ? Direction.PAST : "next".equals(rel) ? Direction.FUTURE
          // "less than seven weeks from Election Day": a count of the time left
          : countdown ? Direction.FUTURE
          // "had denied it in the weeks leading up to Election Day": the run-up its clause tells
          : leadingUp ? (clause == Direction.PAST ? Direction.PAST : Direction.FUTURE)
          : ADVERBIAL_PREP.contains(left) && !attributive ? c.direction(at, left)
          // "claimed the Easter Sunday bomb attacks": a thing done, named by its holiday
          : attributive && clause == Direction.PAST ? Direction.PAST
          : Direction.UNKNOWN;
      if (rel == null && !attributive && (TOWARDS.contains(left) && clause != Direction.PAST
          || left.equals("by") && (clause == Direction.PRESENT || clause == Direction.FUTURE))) {
        // "if such attacks continued until Election Day", "as we head toward Election Day",
        // "as problems are smoothed out by Election Day": ahead when told in the present or the
        // future ("he hoped to reopen the economy by Easter" may have meant the one gone by)
        dir = Direction.FUTURE;
      }
      // "Election Day" without a year is the federal one, held in even years: in an odd year
      // only the local elections of the weeks around it are news ("Tuesday is off-year
      // Election Day"); "everything that's happened since Election Day" in May 2017 is 2016's
      boolean federal = h.equals("Election Day");
      if (federal && rel == null && (dir == Direction.PRESENT || dir == Direction.OPEN)
          && ChronoUnit.DAYS.between(lastFederalElection(ref), ref) > JUST_VOTED_DAYS) {
        // "she is their only hope on Election Day" (August 2015): the campaign talks of the vote
        // ahead, however far, once the last one is some weeks gone ("aimed at disrupting our
        // electoral process on Election Day", three weeks after it, is that one)
        dir = Direction.FUTURE;
      }
      LocalDate best = null;
      LocalDate coming = null;
      int span = h.equals("Inauguration Day") ? 4 : 2;
      for (int yr = ref.getYear() - span; yr <= ref.getYear() + span; yr++) {
        if (h.equals("Inauguration Day") && Math.floorMod(yr, 4) != 1) {
          continue; // the January after a presidential election
        }
        LocalDate d = inYear.apply(yr);
        if (federal && yr % 2 != 0
            && Math.abs(ChronoUnit.DAYS.between(ref, d)) > OFF_YEAR_NEWS_DAYS) {
          continue;
        }
        if (coming == null && !d.isBefore(ref)) {
          coming = d;
        }
        if (dir == Direction.PAST && d.isAfter(ref) || dir == Direction.FUTURE && d.isBefore(ref)) {
          continue;
        }
        if (best == null || Math.abs(ChronoUnit.DAYS.between(ref, d))
            < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
          best = d;
        }
      }
      if (dir == Direction.PAST && !"last".equals(rel) && coming != null
          && ChronoUnit.DAYS.between(ref, coming) <= PAST_CLAUSE_AHEAD_DAYS) {
        // "The real threat on Election Day, said Schedler" three weeks before it: the coming one,
        // as a yearless day a few weeks ahead in a past clause is
        return Res.of(Type.DATE, Calendar.day(coming), coming, "past-clause-ahead");
      }
      return Res.of(Type.DATE, Calendar.day(best), best, noteOf(dir));
    });
    Matcher weekend = HOLIDAY_WEEKEND.matcher(doc.text).region(m.end(), doc.text.length());
    if (weekend.lookingAt()) {
      // "the Fourth of July weekend", "over Memorial Day weekend": the weekend the holiday
      // closes (a Monday to Wednesday) or falls in, as one expression
      int start = left.equals("the") && rel == null ? doc.prevWordStart(m.start()) : m.start();
      Function<Ctx, Res> day = cand.value;
      return new Cand(start, weekend.end(), c -> {
        Res r = day.apply(c);
        if (r == null || r.day() == null) {
          return r;
        }
        int dow = r.day().getDayOfWeek().getValue();
        LocalDate saturday = dow <= 3 || dow == 7
            ? r.day().with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
            : r.day().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return Res.of(Type.DATE, Calendar.week(saturday) + "-WE", null, r.note());
      });
    }
    return cand.day();
  }

  /** How long after a federal election its day is still the one talked of. */
  private static final int JUST_VOTED_DAYS = 60;

  /** The last federal Election Day (an even year's) on or before {@code day}. */
  private static LocalDate lastFederalElection(LocalDate day) {
    for (int yr = day.getYear(); ; yr--) {
      LocalDate d = Calendar.electionDay(yr);
      if (yr % 2 == 0 && !d.isAfter(day)) {
        return d;
      }
    }
  }

  /** Words before "Independence Day" that leave it the American one. */
  private static final Set<String> US_INDEPENDENCE_LEFT = Set.of("On", "The", "An", "This", "Last",
      "Next", "Since", "By", "Before", "After", "Until", "For", "Happy", "Over", "During", "Each",
      "Every", "American", "U.S.", "US");

  /**
   * Whether "Independence Day" at {@code at} is the American one: not owned by another nation
   * ("Ukraine's Independence Day") nor named by its adjective ("Mexican Independence Day").
   */
  private static boolean americanIndependence(Doc doc, int at) {
    int i = at;
    while (i > 0 && doc.text.charAt(i - 1) == ' ') {
      i--;
    }
    int s = i;
    while (s > 0 && !Character.isWhitespace(doc.text.charAt(s - 1))) {
      s--;
    }
    String word = doc.text.substring(s, i);
    if (word.endsWith("'s") || word.endsWith("’s")) {
      return word.startsWith("America") || word.startsWith("Nation");
    }
    return word.isEmpty() || !Character.isUpperCase(word.charAt(0))
        || US_INDEPENDENCE_LEFT.contains(word);
  }

  /** Calendar dates: full and numeric dates, months, years, decades, centuries. */
  static void dates(DateFinder f) {
    f.add("iso-date", 5,
        "(?<![\\w/.-])(?<y>" + YEAR + ")-(?<m>[01]\\d)-(?<d>[0-3]\\d)"
            + "(?:[T ](?<h>[0-2]\\d):(?<mi>[0-5]\\d)(?::\\d\\d)?)?(?![\\w/-]|\\.\\d)",
        (m, doc) -> {
          LocalDate d = Calendar.date(num(m.group("y")), num(m.group("m")), num(m.group("d")));
          if (d == null) {
            return null;
          }
          String h = m.group("h");
          if (h != null && num(h) <= 24) {
            String v = Calendar.day(d) + "T" + h + ":" + m.group("mi");
            return new Cand(m.start(), m.end(), c -> Res.of(Type.TIME, v, d, null));
          }
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, Calendar.day(d), d, null))
              .day();
        });

    f.add("numeric-date", 5,
        "(?<![\\w/.,:-])(?<a>[0-3]?\\d)(?<sep>[/.-])(?<b>[0-3]?\\d)\\k<sep>(?<y>" + YEAR
            + "|\\d\\d)(?![\\w/]|[.-]\\d)",
        CalendarRules::numericDate);

    // "since 9/11", "the 9/11 attacks", "post-9/11": the day of the attacks of 2001, as American
    // writers name it
    f.add("nine-eleven", 5,
        "(?:(?<=[Pp]ost-|[Pp]re-)|(?<![\\w/.,:-]))9/11(?![\\w/]|[.-]\\d)",
        (m, doc) -> doc.pub.map(p -> p.isAfter(LocalDate.of(2001, 9, 11))).orElse(true)
            ? new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, "2001-09-11", null, null))
            : null);

    // "the January 6 attack on the Capitol", "the Jan. 6 committee": the day of 2021 the
    // attack is named by, as 9/11 (not next January's 6th)
    f.add("january-sixth", 5,
        "(?<![\\w])(?:January|Jan\\.?)\\s+6(?:th)?(?=[\\s-]+(?:(?:select|House)\\s+)?"
            + "(?:attacks?|riots?|rioters?|insurrection(?:ists?)?|committee|panel|hearings?"
            + "|defendants?|probe|investigation|siege|mob)\\b)",
        (m, doc) -> doc.pub.map(p -> p.isAfter(LocalDate.of(2021, 1, 6))).orElse(false)
            ? new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, "2021-01-06", null, null))
            : null);

    f.add("month-day", 4,
        // "Friday morning, Sept. 28": the part of the day of the date
        "(?<![\\w])(?:(?<wd>" + WD_ANY + ")(?:\\s+(?<wdpod>morning|afternoon|evening|night),)?"
            + ",?\\s+)?(?<mod>" + DMOD + ")?(?<mon>" + MON + ")\\s+"
            + "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|through)\\s*(?<d2>[0-3]?\\d)"
            + "(?:st|nd|rd|th)?)?(?:,?\\s+(?<y>" + YEAR + ")|\\s+(?<ry>this|last|next)\\s+year)?"
            + "(?![\\w]|[.,:]\\d)",
        (m, doc) -> {
          String pod = group(m, "wdpod");
          Cand c = monthDay(m, doc, m.group("mon"), m.group("d"), m.group("d2"),
              yearOf(m, doc));
          if (c == null || pod == null || m.group("d2") != null) {
            return c;
          }
          Function<Ctx, Res> date = c.value;
          String part = DateFinder.partOfDay(pod);
          Cand timed = new Cand(c.start, c.end, x -> DateFinder.withClock(date.apply(x), part));
          timed.pubAtMatch = c.pubAtMatch;
          return timed;
        });

    f.add("day-month", 4,
        // (not "+23 Feb. 11" in a table of scores: a signed number is no day)
        "(?<![\\w.,+])(?:(?<wd>" + WD_ANY + "),?\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?"
            + "(?:\\s*(?:-|–)\\s*(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(?<mon>" + MON
            + ")(?:,?\\s+(?<y>" + YEAR + ")|\\s+(?<ry>this|last|next)\\s+year)?" + END,
        (m, doc) -> monthDay(m, doc, m.group("mon"), m.group("d"), m.group("d2"),
            yearOf(m, doc)));

    f.add("month-year", 4,
        "(?<![\\w])(?<mod>" + DMOD + ")?(?<mon>" + MON + "),?\\s+(?:of\\s+)?(?:(?<y>" + YEAR
            + ")|['’](?<sy>\\d\\d)|(?<ry>this|last|next)\\s+year"
            + "|the\\s+(?<ay>following|next|previous|preceding)\\s+year)"
            + "(?![\\w]|['’](?!s\\b)|[.,]\\d)",
        (m, doc) -> {
          int mon = Calendar.month(m.group("mon"));
          String y = m.group("sy") != null
              ? Calendar.year(twoDigitYear(num(m.group("sy")), doc)) : m.group("y");
          String ry = m.group("ry");
          String ay = m.group("ay");
          return new Cand(m.start(), m.end(), c -> {
            if (y != null) {
              return Res.of(Type.DATE, Calendar.month(num(y), mon), null, null);
            }
            if (ay != null) {
              // "from late 2014 until her capture in May the following year": that month of the
              // year after (or before) the story's last date, one expression
              LocalDate a = c.anchor();
              if (c.lastYear == null && a == null) {
                return Res.of(Type.DATE, String.format(Locale.ROOT, "XXXX-%02d", mon), null,
                    "no-anchor");
              }
              int turn = ay.equals("following") || ay.equals("next") ? 1 : -1;
              int base = c.lastYear != null ? c.lastYear : a.getYear();
              return Res.of(Type.DATE, Calendar.month(base + turn, mon), null, "story-year");
            }
            if (c.pubOrNull() == null) {
              return Res.of(Type.DATE, String.format(Locale.ROOT, "XXXX-%02d", mon), null,
                  "no-publication-date");
            }
            return Res.of(Type.DATE, Calendar.month(c.pubOrNull().getYear() + yearShift(ry), mon),
                null, ry + "-year");
          });
        });

    f.add("month", 3,
        "(?<![\\w])(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+(?:past|coming))?)\\s+)?(?<mod>"
            + DMOD + ")?(?<mon>" + MONTH_NAME + ")(?![\\w-])",
        CalendarRules::bareMonth);

    // "April-September", "the January/March quarter", "October-December 1986": a run of
    // months, one expression; a calendar quarter or half is named as such (TimeML 1987-Q1)
    f.add("month-range", 4,
        "(?<![\\w/-])(?<m1>" + MONTH_NAME + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov"
            + "|Dec)(?![a-z]))\\s*(?:-|–|/)\\s*(?<m2>" + MONTH_NAME + "|(?:Jan|Feb|Mar|Apr|Jun|Jul"
            + "|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z]))(?:,?\\s+(?<y>" + YEAR + "))?"
            + "(?:\\s+(?<u>quarter|period|half|season))?(?![\\w/-]|\\s*\\d)",
        CalendarRules::monthRange);

    f.add("year-range", 4,
        "(?<![\\w$£€#.,/:-])(?<y1>" + YEAR + ")(?:\\s*(?:-|–|—)\\s*|(?<sl>/))(?<y2>" + YEAR
            + "|\\d\\d)(?![\\w%/:]|[.,]\\d)",
        (m, doc) -> {
          int y1 = num(m.group("y1"));
          int y2 = num(m.group("y2"));
          if (copyrightBefore(doc, m.start())) {
            return null; // "© 2005-2023 Tribune Publishing": the notice's years, furniture
          }
          if (m.group("y2").length() == 2) {
            y2 += y1 / 100 * 100;
          }
          if (y2 <= y1 || y2 - y1 > 99 || m.group("sl") != null && y2 != y1 + 1) {
            return null; // "the 2012/13 season": a slash joins only consecutive years
          }
          String a = Calendar.year(y1);
          String b = Calendar.year(y2);
          // "the 1986/87 crop year", "fiscal 2012/13": one season across two calendar years,
          // named by the year it begins in (a TIMEX3 value is one period), its span beside it
          boolean season = m.group("sl") != null;
          String v = season ? a : a + "/" + b;
          return new Cand(m.start(), m.end(),
              c -> new Res(Type.DATE, v, null, season ? "season" : null, a, b));
        });

    // "around 430 BC", "A.D. 70", "the year 1000 AD": a year with its era (TIMEX3 writes the
    // years before Christ as BC0430)
    f.add("era-year", 4,
        "(?<![\\w$£€#.,/:-])(?:(?:[Aa]round|[Aa]bout|[Cc]irca|[Cc]\\.)\\s+)?"
            + "(?:(?<ad1>A\\.D\\.|AD)\\s+(?<y1>[1-9]\\d{0,3})"
            + "|(?<y>[1-9]\\d{0,3}(?:,\\d{3})?)\\s*(?<era>B\\.C\\.E\\.|B\\.C\\.|BCE|BC|A\\.D\\.|AD|CE))"
            + "(?![\\w-])",
        (m, doc) -> {
          boolean bc = m.group("era") != null && m.group("era").startsWith("B");
          if ("BC".equals(m.group("era")) && doc.charAt(m.end()) == ' '
              && Character.isUpperCase(doc.charAt(m.end() + 1))) {
            return null; // "2 BC Liberals", "BC Hydro": British Columbia
          }
          String digits = (m.group("y1") != null ? m.group("y1") : m.group("y")).replace(",", "");
          if (digits.length() > 4) {
            return null; // "10,000 BC": a millennium back, no year TIMEX3 writes
          }
          int y = Integer.parseInt(digits);
          String v = (bc ? "BC" : "") + String.format(Locale.ROOT, "%04d", y);
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, v, null, null));
        });

    f.add("year", 2,
        // "the post-1959 revolution", "pre-2008 levels": a year after "post-" or "pre-"
        "(?:(?<pre>(?<=(?<![\\w-])(?:[Pp]ost|[Pp]re)-))|(?<![\\w$£€#.,/:-])(?<mod>" + DMOD
            + ")?)(?<y>" + YEAR
            // not "(1930 GMT)": a wire-style clock
            // "said in 2011: ..." ends a clause; "2011:30" does not
            // "between 1900 and 2300 hours": military clock times
            + ")(?![\\w%/-]|[.,:]\\d|\\s*(?:percent|per\\s*cent|GMT\\b|UTC\\b|hrs\\b|hours\\b"
            + "|local\\s+time|(?:and|to|-)\\s*\\d{4}\\s+(?:hours|hrs|GMT|UTC)\\b))",
        (m, doc) -> {
          int y = num(m.group("y"));
          String left = doc.prevWord(m.start());
          String right = doc.nextWord(m.end());
          // "sanctions over 2018 election meddling", "the only 2016 candidate": a year before
          // the vote it dates, not a count
          // ... and "serious about 2016,", "their glee over 2012 is": a year closing its clause
          // or the subject of the next verb (a count of 2000 is written "2,000" in news)
          boolean yearAfterAbout = (left.equals("about") || left.equals("over"))
              && (",.;:!?".indexOf(doc.charAt(m.end())) >= 0 && !Character.isDigit(
                  doc.charAt(m.end() + 1))
                  || YEAR_SUBJECT_VERBS.contains(right) && doc.charAt(m.end()) == ' ');
          if (m.group("pre") != null) {
            int y0 = num(m.group("y"));
            int from = m.start() >= 5 && doc.text.regionMatches(true, m.start() - 5, "post-", 0, 5)
                ? m.start() - 5 : m.start() - 4;
            return y0 > doc.pub.map(p -> p.getYear() + 30).orElse(2100) || y0 < 1800 ? null
                : new Cand(from, m.end(), c -> Res.of(Type.DATE, Calendar.year(y0), null, null));
          }
          if (m.group("mod") == null && copyrightBefore(doc, m.start())) {
            return null; // "© 2019 Science X Network", "Copyright 2023 Sunbeam TV": furniture
          }
          if (NOT_YEAR_LEFT.contains(left) && !yearAfterAbout && !(m.group("mod") == null
              && VOTE_AFTER_YEAR.contains(right) && doc.charAt(m.end()) == ' ')) {
            return null;
          }
          // "the company's 1989 results": a possessive before the year
          boolean possessive = left.equals("s")
              && "'’".indexOf(doc.charAt(doc.prevWordStart(m.start()) - 1)) >= 0;
          // "Campaign 2016", "Election 2020": the title of a year's vote
          boolean titled = (left.equals("campaign") || left.equals("election"))
              && Character.isUpperCase(doc.charAt(doc.prevWordStart(m.start())));
          boolean okLeft = m.group("mod") != null || YEAR_LEFT.contains(left) || left.equals("come")
              || titled || yearAfterAbout
              || MONTH_NAMES_LOWER.contains(left) || possessive;
          char next = doc.charAt(m.end());
          boolean okRight = next == 0 || ",.;:!?)’'\"”".indexOf(next) >= 0
              // "covering 2009 through this year", "prosecutor, 2007 to 2016": a range's start
              || YEAR_RANGE_AFTER.matcher(doc.text).region(m.end(), doc.text.length())
                  .lookingAt()
              // "2020 is an election year", "come 2020": a year that is the subject, or arrives
              || (left.isEmpty() || YEAR_SUBJECT_LEFT.contains(left))
                  && YEAR_SUBJECT_VERBS.contains(right) && doc.charAt(m.end()) == ' ';
          if (!okLeft && left.isEmpty() && doc.charAt(doc.prevNonSpace(m.start())) == ',') {
            // "in 1994, 1995 and 1997": a year in a list of years
            int comma = doc.prevNonSpace(m.start());
            int p = doc.prevNonSpace(comma);
            okLeft = p >= 3 && doc.text.substring(p - 3, p + 1).matches(YEAR)
                && (p < 4 || !Character.isLetterOrDigit(doc.charAt(p - 4)));
          }
          if (!okLeft && !okRight && m.group("mod") == null
              && y <= doc.pub.map(p -> p.getYear() + 10).orElse(2100)) {
            // "his unsuccessful 1996 campaign", "predicting 1990 earnings": a year before the
            // singular noun it dates (a count goes before a plural: "2000 troops")
            okRight = doc.singularNounAt(doc.nextNonSpace(m.end()))
                || YEAR_RIGHT.contains(doc.nextWord(m.end()))
                || y >= 1900 && YEAR_SUBJECT_VERB.contains(doc.nextWord(m.end()));
          }
          // "by 2050", "until 2100": a target year far ahead needs a preposition before it
          // ... or "the year" ("by the year 2050")
          boolean aheadCue = Set.of("by", "until", "till", "in", "before", "through")
              .contains(left)
              || left.equals("year") && doc.prevWord(doc.prevWordStart(m.start())).equals("the");
          int limit = doc.pub.map(p -> p.getYear() + (aheadCue ? 90 : 30)).orElse(2100);
          // "in 1787, the delegates", "from 1791 to 2008": an older year after a preposition of
          // time, closing its phrase, is as safe as a recent one
          boolean oldYear = y < 1800 && y >= 1600 && m.group("mod") == null
              && Set.of("in", "since", "by", "from", "until", "till", "before", "after", "during",
                  "circa").contains(left)
              && (okRight || doc.text.startsWith(" to ", m.end())
                  || doc.text.startsWith(" and ", m.end()));
          if ((!okLeft && !okRight) || y < 1800 && !oldYear || y > limit) {
            return null;
          }
          String v = Calendar.year(y);
          int start = left.equals("fiscal") ? doc.text.lastIndexOf(' ', m.start() - 2) + 1
              : m.start();
          if (left.equals("fiscal") && start < 0) {
            start = m.start();
          }
          return new Cand(start, m.end(), c -> Res.of(Type.DATE, v, null, null));
        });

    // "in '98", "the '04 election", "class of '89": a year written with two digits
    f.add("short-year", 3,
        // not "the '47 Percent", "'60 Minutes": a number in quotes
        "(?<![\\w'’])['’](?<y>\\d\\d)(?![\\w'’]|[.,:/-]\\d|\\s*(?:(?i:percent|per\\s*cent|minutes"
            + "|hours|seconds|points|cents)\\b|%))",
        (m, doc) -> {
          String left = doc.prevWord(m.start());
          char before = doc.charAt(doc.prevNonSpace(m.start()));
          if (!YEAR_LEFT.contains(left) && !MONTH_NAMES_LOWER.contains(left)
              && !left.equals("class") && before != '(') {
            return null;
          }
          String v = Calendar.year(twoDigitYear(num(m.group("y")), doc));
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, v, null, "two-digit"));
        });

    f.add("decade", 3,
        "(?<![\\w])(?:(?<the>[Tt]he)\\s+)?(?:(?<mod>[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+))?"
            + "(?:(?<c>1[6-9]|20)(?<d>\\d)0|['’](?<d2>\\d)0"
            // "the 80s", "the mid-90s": two digits without the apostrophe, after "the" or a modifier
            + "|(?<=[Tt]he\\s|[Ee]arly\\s|[Ll]ate\\s|[Mm]id-|[Mm]id\\s)(?<d3>[1-9])0(?=s\\b)"
            + "|(?<=[Tt]he\\s|[Ee]arly\\s|[Ll]ate\\s|[Mm]id-)(?<w>twenties|thirties"
            + "|forties|fifties|sixties|seventies|eighties|nineties))['’]?s?" + END,
        (m, doc) -> {
          String v;
          if (m.group("w") == null && !m.group().endsWith("s")) {
            return null;
          }
          if (m.group("d3") != null && (m.group("the") == null || NOT_DECADE_BEFORE.matcher(
              doc.text).region(Math.max(0, m.start() - 30), m.start()).find())) {
            // "in his early 20s": an age; "highs in the 80s", "approval in the mid-30s": numbers
            return null;
          }
          if (m.group("c") != null && m.group("the") == null && m.group("mod") == null
              && m.group().matches(".*['’]s") && !PREP_BEFORE_DECADE.contains(
                  doc.prevWord(m.start()))) {
            return null; // "less than 2010's 2.4%": the year's, not the decade
          }
          if (m.group("c") != null && m.group("d").equals("0") && (num(m.group("c")) < 19
              || m.group("c").equals("19") && m.group("mod") != null)) {
            // "the 1800s", "the early 1900s": the century, as "the 19th century" (18); a bare
            // "the 1900s" may be the decade before the 1910s, and "the 2000s" is the decade
            v = m.group("c");
          } else if (m.group("c") != null) {
            v = m.group("c") + m.group("d");
          } else {
            int d = m.group("w") != null
                ? Calendar.small(m.group("w").replace("ies", "y")) / 10
                : num(m.group("d2") != null ? m.group("d2") : m.group("d3"));
            int pubYear = doc.pub.map(LocalDate::getYear).orElse(2000);
            int century = pubYear / 100;
            if (century * 100 + d * 10 > pubYear) {
              century--;
            }
            v = century + "" + d;
          }
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, v, null, null));
        });

    f.add("century", 3,
        "(?<![\\w])(?:[Tt]he\\s+)?(?:(?<mod>[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+))?(?:(?<n>\\d{1,2})"
            + "(?:st|nd|rd|th)|(?<w>twenty-first|twentieth|nineteenth|eighteenth))[\\s-]+[Cc]entury"
            + END,
        (m, doc) -> {
          if (m.group().endsWith("Century") && (doc.nextIsCapitalizedName(m.end())
              || Character.isDigit(m.group().charAt(0)) && doc.prevWordStart(m.start()) >= 0
                  && Character.isUpperCase(doc.charAt(doc.prevWordStart(m.start())))
                  && !PREP_BEFORE_DECADE.contains(doc.prevWord(m.start())))) {
            // also "American Bridge 21st Century": a capitalized word before it
            return null; // 21st Century Fox, the Twentieth Century Fund: names
          }
          int n = m.group("n") != null ? num(m.group("n"))
              : switch (m.group("w")) {
                case "twenty-first" -> 21;
                case "twentieth" -> 20;
                case "nineteenth" -> 19;
                default -> 18;
              };
          String v = String.format(Locale.ROOT, "%02d", n - 1);
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, v, null, null));
        });
  }

  /**
   * "On 1 May of that year", "in March of that same year": a date in the year the text is telling,
   * not the one nearest publication.
   */
  static void storyYearDates(DateFinder f) {
    f.add("story-year-date", 5,
        "(?<![\\w])(?:(?<mon>" + MON + ")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?|(?<d2>[0-3]?\\d)"
            + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon2>" + MON + ")|(?<mon3>" + MONTH_NAME + "))"
            + ",?\\s+(?:of\\s+)?that\\s+(?:same\\s+)?year" + END,
        (m, doc) -> {
          String monText = m.group("mon") != null ? m.group("mon")
              : m.group("mon2") != null ? m.group("mon2") : m.group("mon3");
          int mon = Calendar.month(monText);
          String dText = m.group("d") != null ? m.group("d") : m.group("d2");
          int d = dText == null ? 0 : num(dText);
          int monAt = m.start("mon") >= 0 ? m.start("mon")
              : m.start("mon2") >= 0 ? m.start("mon2") : m.start("mon3");
          if (mon < 1 || d > 31 || monText.equals("May") && doc.vetoMonth(monAt)) {
            return null;
          }
          Cand cand = new Cand(m.start(), m.end(), c -> {
            Integer y = c.lastYear != null ? c.lastYear
                : c.anchor() != null ? Integer.valueOf(c.anchor().getYear()) : null;
            if (y == null) {
              return Res.of(Type.DATE, d == 0 ? String.format(Locale.ROOT, "XXXX-%02d", mon)
                  : String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, d), null, "no-anchor");
            }
            if (d == 0) {
              return Res.of(Type.DATE, Calendar.month(y, mon), null, "story-year");
            }
            LocalDate day = Calendar.date(y, mon, d);
            return day == null ? null : Res.of(Type.DATE, Calendar.day(day), day, "story-year");
          });
          return d == 0 ? cand : cand.day();
        });

    // "until after the first of the year": New Year's Day, the coming one unless the clause
    // looks back ("since the first of the year"); said late in a year, the next
    f.add("first-of-year", 5,
        "(?<![\\w-])[Tt]he\\s+first\\s+of\\s+the\\s+year(?![\\w'’-])",
        (m, doc) -> {
          String prep = doc.prevWord(m.start());
          int at = m.start();
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            if (pub == null) {
              return Res.of(Type.DATE, "XXXX-01-01", null, "no-publication-date");
            }
            Direction dir = c.direction(at, prep);
            boolean next = dir == Direction.FUTURE
                || dir != Direction.PAST && pub.getMonthValue() >= 7;
            LocalDate day = LocalDate.of(pub.getYear() + (next ? 1 : 0), 1, 1);
            return Res.of(Type.DATE, Calendar.day(day), day, next ? "next" : "this");
          }).day();
        });
  }

  /** Calendar periods: seasons, quarters, fiscal years, spelled years, holidays. */
  static void periods(DateFinder f) {
    f.add("season", 3,
        "(?<![\\w-])(?<edge>(?:[Tt]he\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?"
            + "(?:(?:[Tt]his\\s+)?(?<rel2>[Pp]ast|[Cc]oming)\\s+|(?<rel>[Tt]his|[Ll]ast|[Nn]ext"
            + "|[Tt]he)\\s+)?(?:(?<mod>[Ee]arly|[Ll]ate"
            + "|[Mm]id)(?:-|\\s+))?(?<s>spring|summer|autumn|fall|winter|Spring|Summer|Autumn"
            + "|Winter)(?:\\s+(?:of\\s+)?(?<y>" + YEAR + "))?" + END,
        CalendarRules::season);

    // "Super Tuesday": the day most states hold presidential primaries, the first Tuesday of
    // March of the election year (February 5 in 2008)
    f.add("super-tuesday", 4,
        "(?<![\\w])Super\\s+Tuesday(?:,?\\s+(?<y>" + YEAR + "))?(?![\\w-])",
        (m, doc) -> {
          String y = group(m, "y");
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            int e;
            if (y != null) {
              e = num(y);
            } else if (pub == null) {
              return Res.of(Type.DATE, "XXXX-XX-XX", null, "no-publication-date");
            } else {
              int py = pub.getYear();
              e = py % 4 == 1 ? py - 1 : py + Math.floorMod(4 - py % 4, 4);
            }
            if (e % 4 != 0) {
              return Res.of(Type.DATE, Calendar.year(e), null, "not-election-year");
            }
            LocalDate d = e == 2008 ? LocalDate.of(2008, 2, 5)
                : nthWeekday(e, 3, 1, DayOfWeek.TUESDAY);
            return Res.of(Type.DATE, Calendar.day(d), d, "election-year");
          }).day();
        });

    // "That summer, Biden was confronted", "the following winter": a season of the year the text
    // is telling, as "that year" is
    f.add("season-anaphoric", 4,
        "(?<![\\w])(?:(?<that>[Tt]hat)|[Tt]he\\s+(?<rel>following|next|previous|preceding|same))"
            + "\\s+(?<s>spring|summer|autumn|fall|winter)" + END,
        (m, doc) -> {
          int after = doc.nextNonSpace(m.end());
          String next = doc.nextWord(m.end());
          String prev = doc.prevWord(m.start());
          if (next.equals("of") || Character.isLowerCase(doc.charAt(after))
              && (doc.singularNounAt(after) || next.endsWith("s") && !NP_STOP.contains(next)
              && !next.equals("was") && !next.equals("has"))) {
            return null; // "predict that summer sea ice", "the following summer months"
          }
          if (m.group("that") != null && m.group("s").equals("fall") && (doc.verbAt(m.start("s"))
              || !doc.clauseEndsAt(m.end()) && !Character.isUpperCase(doc.charAt(after))
              && !Set.of("he", "she", "they", "we", "i", "it", "the", "than", "his", "her",
                  "their").contains(next))) {
            return null; // "positions that fall vacant": the verb after a relative "that"
          }
          int prevStart = doc.prevWordStart(m.start());
          if (m.group("that") != null && (prevStart >= 0 && doc.verbAt(prevStart)
              || THAT_CLAUSE_VERBS.contains(prev))) {
            return null; // "said that summer is a good time": the conjunction "that"
          }
          String code = Calendar.season(m.group("s"));
          String rel = m.group("that") != null ? "same" : m.group("rel");
          int shift = Set.of("following", "next").contains(rel) ? 1
              : Set.of("previous", "preceding").contains(rel) ? -1 : 0;
          return new Cand(m.start(), m.end(), c -> {
            Integer y = c.lastYear != null ? c.lastYear
                : c.anchor() != null ? Integer.valueOf(c.anchor().getYear()) : null;
            if (y == null) {
              return Res.of(Type.DATE, "XXXX-" + code, null, "no-anchor");
            }
            return Res.of(Type.DATE, Calendar.year(y + shift) + "-" + code, null,
                c.lastYear != null ? "text-year" : c.anchorName());
          });
        });

    f.add("quarter", 4,
        "(?<![\\w])(?<the>[Tt]he\\s+)?(?:(?<fis>fiscal)[\\s-]+)?(?<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final"
            + "|last|current|previous|next|latest))(?<hy>-|\\s+)(?<q>quarter|half)"
            // "the second quarter of 2019", "its second quarter 2019 earnings"
            + "(?:\\s+(?:of\\s+)?(?<y>" + YEAR + ")(?![\\w%]|[.,]\\d)"
            + "|\\s+of\\s+(?:(?<ry>this|last|next)\\s+year|the\\s+year))?" + END
            + "(?!-(?:century|decade|year|hour|day|mile|point|dozen))"
            // "the first half hour", "the next half century": a length, not a part of the year
            + "(?!\\s+(?:century|decade|hour|minute|mile|point|dozen|inning)\\b)",
        CalendarRules::quarter);

    f.add("quarter-code", 4,
        "(?<![\\w])(?:(?<y1>" + YEAR + ")\\s+)?(?<q>Q[1-4]|H[12])(?:\\s+(?<y2>" + YEAR + "))?"
            + END,
        (m, doc) -> {
          String y = m.group("y1") != null ? m.group("y1") : m.group("y2");
          String q = m.group("q");
          String suffix = q;
          if (y == null && !Set.of("in", "the", "for", "of", "during").contains(
              doc.prevWord(m.start()))) {
            return null;
          }
          return new Cand(m.start(), m.end(), c -> {
            String year = y != null ? y
                : c.pubOrNull() == null ? "XXXX" : Calendar.year(c.pubOrNull().getYear());
            return Res.of(Type.DATE, year + "-" + suffix, null, null);
          });
        });

    f.add("year-earlier", 5,
        "(?<![\\w-])(?<np>(?:(?:[Tt]he|[Ii]ts)\\s+)?(?:(?:comparable|same|corresponding)\\s+)?)"
            + "(?<ye>[Yy]ear-(?:earlier|ago)|[Pp]rior-year)(?:\\s+(?:(?<ord>first|second|third"
            + "|fourth)[\\s-])?(?<u>quarter|period))?" + END,
        (m, doc) -> {
          int start = m.group("u") != null ? m.start() : m.start("ye");
          int n = m.group("ord") == null ? 0 : Calendar.ordinal(m.group("ord"));
          return new Cand(start, m.end(), c -> priorPeriod(c, n, start));
        });

    // "in the same period last year", "the corresponding month a year earlier": the period under
    // discussion one year back, as one expression (TimeBank: "the corresponding period last
    // year", 1988-Q3)
    f.add("same-period-back", 5,
        "(?<![\\w-])[Tt]he\\s+(?:same|corresponding|comparable)\\s+(?<u>period|quarter|month)\\s+"
            + "(?:of\\s+)?(?:last\\s+year|the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year"
            + "\\s+before|a\\s+year\\s+(?:earlier|ago|before)"
            // "the same period of 1986", "the comparable quarter in 1985": the year written out
            + "|(?:of|in|for)\\s+(?<y>" + YEAR + ")(?![/–-]\\d))" + END,
        (m, doc) -> {
          boolean month = m.group("u").equals("month");
          int at = m.start();
          String y = m.group("y");
          if (y != null) {
            boolean quarter = m.group("u").equals("quarter");
            return new Cand(m.start(), m.end(), c -> {
              LocalDate base = month ? c.monthInSentence(at) : null;
              if (month && base == null) {
                base = c.lastMonth;
              }
              if (base != null) {
                return Res.of(Type.DATE, Calendar.month(Integer.parseInt(y),
                    base.getMonthValue()), null, "month-context");
              }
              String q = c.quarterInSentenceBefore(at);
              if (q == null && quarter) {
                q = c.lastQuarter;
              }
              return q != null && !month
                  ? Res.of(Type.DATE, y + q.substring(4), null, "quarter-context")
                  : Res.of(Type.DATE, y, null, null);
            });
          }
          return new Cand(m.start(), m.end(), c -> {
            if (month) {
              LocalDate base = c.monthInSentence(at);
              if (base == null) {
                base = c.lastMonth;
              }
              if (base != null) {
                return Res.of(Type.DATE, Calendar.month(base.minusYears(1)), null,
                    "month-context");
              }
            }
            return priorPeriod(c, 0, at);
          });
        });

    f.add("quarter-anaphor", 4,
        "(?<![\\w-])(?:[Tt]he|[Tt]hat)\\s+(?:(?<lat>latest|same|recent)\\s+)?(?<u>quarter|period)"
            + "(?![\\w-])",
        (m, doc) -> {
          if (m.group("u").equals("period") && m.group("lat") == null) {
            return null;
          }
          if (m.group("lat") == null && doc.gameTalk(m.start())) {
            return null; // "swatted a layup to close the quarter": the game's
          }
          int at = m.start();
          boolean period = m.group("u").equals("period") && m.group("lat").equals("same");
          return new Cand(m.start(), m.end(), c -> {
            if (c.lastQuarter != null) {
              return Res.of(Type.DATE, c.lastQuarter, null, "quarter-context");
            }
            if (period) {
              // "compared with the same period": with no quarter told, the period compared is
              // not a quarter of ours ("the latest period" of a report is its quarter)
              return null;
            }
            return reportingQuarter(c);
          });
        });

    f.add("year-quarter", 5,
        // "1988's first quarter": the year's possessive too
        "(?<![\\w-])(?:[Tt]he\\s+)?(?:(?<y>" + YEAR + ")(?:['’]s)?"
            + "|(?<ry>[Tt]his|[Ll]ast|[Nn]ext)\\s+year['’]s)"
            + "\\s+(?:(?:fiscal|calendar)\\s+)?(?:(?<ord>first|second|third|fourth)[\\s-])?"
            + "(?<u>quarter|period|half)" + END,
        (m, doc) -> {
          int n = m.group("ord") == null ? 0 : Calendar.ordinal(m.group("ord"));
          String u = m.group("u");
          if (u.equals("half") && (n == 0 || n > 2)) {
            return null;
          }
          String y = m.group("y");
          String ry = group(m, "ry");
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            String year;
            if (y != null) {
              year = y;
            } else if (pub == null) {
              year = "XXXX";
            } else {
              year = Calendar.year(pub.getYear() + yearShift(ry));
            }
            if (u.equals("half")) {
              return Res.of(Type.DATE, year + "-H" + n, null, null);
            }
            if (n > 0) {
              return Res.of(Type.DATE, year + "-Q" + n, null, null);
            }
            if (c.lastQuarter != null) {
              return Res.of(Type.DATE, year + c.lastQuarter.substring(4), null, "quarter-context");
            }
            return Res.of(Type.DATE, u.equals("quarter") ? year + "-QX" : year, null, null);
          });
        });

    f.add("fiscal-year", 4,
        "(?<![\\w-])(?:[Tt]he|[Ii]ts)\\s+(?:(?<cur>current|full|latest|new)\\s+)?(?<fy>fiscal\\s+)?"
            + "year(?![\\w-]|['’]s|\\s+(?:ago|earlier|before|after|later|ended|ending|\\d))",
        (m, doc) -> {
          if (m.group("cur") == null && m.group("fy") == null) {
            return null;
          }
          boolean past = m.group("cur") != null && m.group("cur").equals("latest");
          // "the new year" written in December is the one about to begin
          boolean newYear = "new".equals(m.group("cur")) && m.group("fy") == null;
          int at = m.start();
          String prep = doc.prevWord(m.start());
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            if (pub == null) {
              return Res.of(Type.DATE, "XXXX", null, "no-publication-date");
            }
            // ... and so is one written in autumn, or from March on in a clause looking ahead
            // ("talks will resume in the new year"); in January it is the year just begun
            if (newYear && (pub.getMonthValue() >= 10 || pub.getMonthValue() >= 3
                && c.direction(at, prep) == Direction.FUTURE)) {
              return Res.of(Type.DATE, Calendar.year(pub.getYear() + 1), null, "new-year");
            }
            return Res.of(Type.DATE, Calendar.year(pub.getYear() - (past ? 1 : 0)), null, null);
          });
        });

    // "fiscal year 2019", "the 2018 fiscal year", "FY2020", "this fiscal year", "next fiscal
    // year": a government's or company's fiscal year, valued as its year (TimeBank: "fiscal
    // 1989" is 1989)
    f.add("fiscal-named", 5,
        "(?<![\\w-])(?:(?<the>[Tt]he)\\s+)?(?:(?<y1>" + YEAR + ")\\s+fiscal\\s+year"
            + "|[Ff]iscal\\s+[Yy]ear\\s+(?<y2>" + YEAR + ")|FY\\s?(?<y3>" + YEAR + ")"
            + "|(?<rel>[Tt]his|[Nn]ext|[Ll]ast|[Cc]urrent|[Pp]revious|[Cc]oming)\\s+fiscal\\s+year)"
            + "(?![\\w-]|['’]s|\\s+(?:ago|earlier|before|later)\\b)",
        (m, doc) -> {
          String y = m.group("y1") != null ? m.group("y1")
              : m.group("y2") != null ? m.group("y2") : m.group("y3");
          String rel = group(m, "rel");
          int shift = rel == null ? 0 : switch (rel.toLowerCase(Locale.ROOT)) {
            case "next", "coming" -> 1;
            case "last", "previous" -> -1;
            default -> 0;
          };
          // "the FY2020 budget": the article is the budget's
          int start = m.group("y3") != null ? m.start("y3") - 2
              - (doc.charAt(m.start("y3") - 1) == ' ' ? 1 : 0) : m.start();
          return new Cand(start, m.end(), c -> {
            if (y != null) {
              return Res.of(Type.DATE, y, null, null);
            }
            LocalDate pub = c.pubOrNull();
            if (pub == null) {
              return Res.of(Type.DATE, "XXXX", null, "no-publication-date");
            }
            return Res.of(Type.DATE, Calendar.year(pub.getYear() + shift), null, null);
          });
        });

    f.add("ref-adjective", 3,
        "(?<![\\w-])(?<w>current|recent|Recent(?=\\s+(?:weeks|years|months|days|decades)\\b))(?:\\s+(?<u>weeks\\s+and\\s+months|years|decades|months|weeks"
            + "|days)(?![\\w-])|(?=\\s+[a-z])(?!\\s+(?:account|accounts|affairs|events|flows?|and|or"
            // "a dull current of nervousness": the noun
            + "|to|is|was|are|were|of)\\b))",
        (m, doc) -> {
          String w = m.group("w").toLowerCase(Locale.ROOT);
          String u = group(m, "u");
          String prev = doc.prevWord(m.start());
          if (u == null && w.equals("recent") && prev.equals("most")) {
            return null;
          }
          if (u == null || u.equals("years") || u.equals("decades") || u.contains(" ")) {
            String v = w.equals("current") ? "PRESENT_REF" : "PAST_REF";
            return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, v, null, null));
          }
          String unit = u.equals("months") ? "M" : u.equals("weeks") ? "W" : "D";
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, "PX" + unit, null, null));
        });

    f.add("spelled-year", 4,
        "(?<![\\w-])(?:(?<the>[Tt]he\\s+year\\s+))?(?:nineteen[\\s-](?<t>twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety)(?:[\\s-](?<u>one|two|three|four|five|six|seven|eight"
            + "|nine))?|two\\s+thousand(?:\\s+and)?(?:[\\s-](?<u2>one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen))?)" + END,
        (m, doc) -> {
          int y;
          if (m.group("t") != null) {
            y = 1900 + Calendar.small(m.group("t")) + (m.group("u") == null ? 0
                : Calendar.small(m.group("u")));
          } else {
            if (m.group("the") == null && !YEAR_LEFT.contains(doc.prevWord(m.start()))) {
              return null;
            }
            y = 2000 + (m.group("u2") == null ? 0 : Calendar.small(m.group("u2")));
          }
          String v = Calendar.year(y);
          if (m.group("the") == null) {
            // "January nineteen ninety-seven", "the winter of nineteen ninety-four" (broadcast
            // transcripts spell the year out)
            Matcher before = SPELLED_YEAR_HEAD.matcher(doc.text)
                .region(Math.max(0, m.start() - 40), m.start());
            if (before.find()) {
              String mon = before.group("mon");
              String pv = mon != null
                  ? Calendar.month(y, Calendar.month(mon))
                  : v + "-" + Calendar.season(before.group("s").toLowerCase(Locale.ROOT));
              return new Cand(before.start(), m.end(), c -> Res.of(Type.DATE, pv, null, null));
            }
          }
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, v, null, null));
        });

    f.add("holiday", 4,
        "(?<![\\w])(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<h>Christmas\\s+Eve|Christmas\\s+Day"
            + "|Christmas|New\\s+Year(?:['’]s|s['’]?)\\s+Eve"
            + "|New\\s+Year(?:['’]s|s['’]?)\\s+Day|New\\s+Year['’]s|New\\s+Years(?![\\w'’])"
            + "|Valentine['’]s\\s+Day|Halloween"
            + "|Easter\\s+Sunday|Easter\\s+Monday|Easter|Thanksgiving\\s+Day|Thanksgiving"
            + "|Boxing\\s+Day"
            // days of other nations and of the world; the American presidency's first day
            + "|Independence\\s+Day|Bastille\\s+Day|Victory\\s+Day|V-E\\s+Day|Armistice\\s+Day"
            + "|Remembrance\\s+Day|Canada\\s+Day|Australia\\s+Day|St\\.?\\s+Patrick['’]s\\s+Day"
            + "|Cinco\\s+de\\s+Mayo|Groundhog\\s+Day|Flag\\s+Day|Earth\\s+Day|Inauguration\\s+Day"
            + "|Good\\s+Friday|Election\\s+Day|Memorial\\s+Day|Labor\\s+Day|Veterans['’]?\\s+Day"
            + "|Fourth\\s+of\\s+July|July\\s+Fourth"
            // "the July 4 weekend": the holiday's weekend (a bare "July 4" is a month and day)
            + "|July\\s+4(?:th)?(?=\\s+(?:holiday\\s+)?weekend\\b)"
            + "|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day|MLK\\s+Day"
            + "|Presidents['’]?\\s+Day|Columbus\\s+Day|Mother['’]s\\s+Day|Father['’]s\\s+Day"
            + "|May\\s+Day"
            // the shopping and giving days after Thanksgiving
            + "|Black\\s+Friday|Small\\s+Business\\s+Saturday|Cyber\\s+Monday"
            + "|Giving\\s+Tuesday|GivingTuesday"
            // days of the Christian year counted from Easter; Juneteenth; the Super Bowl's Sunday
            + "|Ash\\s+Wednesday|Palm\\s+Sunday|Mardi\\s+Gras|Juneteenth"
            + "|Super\\s+Bowl\\s+Sunday)"
            // "Election Day in 2018": the year told after "in" too
            + "(?:,?\\s+(?:of\\s+|in\\s+)?(?<y>" + YEAR + "))?" + END,
        CalendarRules::holiday);

    // "on election night", "Election Night 2016": the night of the American Election Day (the
    // Tuesday after the first Monday of November) nearest publication, or of the year written
    f.add("election-night", 4,
        "(?<![\\w])(?:[Ee]lection|ELECTION)[\\s-]+(?:[Nn]ight|NIGHT)(?:,?\\s+(?:of\\s+|in\\s+)?(?<y>"
            + YEAR + "))?" + END,
        (m, doc) -> {
          String yText = group(m, "y");
          // "on election night four years ago": the election that many years back
          Matcher ago = ELECTION_NIGHT_AGO.matcher(doc.text).region(m.end(), doc.text.length());
          String back = ago.lookingAt() ? Calendar.amount(ago.group(1)) : null;
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            Function<Integer, LocalDate> day = Calendar::electionDay;
            LocalDate d;
            if (yText != null) {
              d = day.apply(num(yText));
            } else if (pub != null && back != null && back.matches("\\d+")) {
              d = day.apply(pub.getYear() - Integer.parseInt(back));
            } else if (pub == null) {
              return Res.of(Type.TIME, "XXXX-11-XXTNI", null, "no-anchor");
            } else {
              LocalDate before = day.apply(pub.getYear());
              if (before.isAfter(pub)) {
                before = day.apply(pub.getYear() - 1);
              }
              LocalDate after = Calendar.electionDay(before.getYear() + 1);
              d = ChronoUnit.DAYS.between(before, pub) <= ChronoUnit.DAYS.between(pub, after)
                  ? before : after;
            }
            return Res.of(Type.TIME, Calendar.day(d) + "TNI", d, yText == null ? "nearest" : null);
          });
        });
  }
}
