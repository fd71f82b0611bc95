package org.parley.time;

import static org.parley.time.Joins.yearFromEnd;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Analysis;
import org.parley.model.Publication;
import org.parley.model.Span;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.time.Tense.Direction;
import org.parley.time.TimeExpression.Anchor;
import org.parley.time.TimeExpression.Type;

/**
 * The time stage ("dates"): finds every time expression of the cleaned text and normalizes it
 * against the publication date, in the style of TimeML's TIMEX3. Requires TEXT and TOKENS (the
 * tokens are read when present: part-of-speech and entity tags veto "May" the modal or the person,
 * and the dependency parse gives the tense); provides DATES, sorted by span, never overlapping.
 *
 * <p>Three steps. (1) Precompiled patterns, one per form (month-day-year, day-month, numeric,
 * weekday, deictic, anaphoric, duration, set, time of day, season, quarter, holiday, "the eve of
 * X"), each with a guard that rejects what is not a date ("May" as a modal, "the march", amounts,
 * ages, "Article 5"); the longest candidate wins an overlap. (2) Neighbours join: a date and a
 * time ("Thursday at 3 p.m."), and a range ("from March 1 to March 5", "between 2010 and 2014").
 * (3) Values are computed in text order, so anaphoric expressions ("the following day", "two days
 * later") count from the last day the text established, or from the publication date.
 *
 * <p>Design decision: the year of a date written without one is the one nearest the publication
 * date, unless the expression is an adverbial ("on March 1", "in June") of a clause whose tense
 * points the other way: "met on Thursday" is the latest Thursday on or before publication (the
 * same day when published on a Thursday), "will meet on Thursday" the first on or after it. An
 * argument ("proposed March 1 as the date", "a March 1 ceasefire") keeps the nearest reading, since
 * the verb's tense dates the proposing, not the date proposed. "until" and "by" point forward
 * whatever the tense ("have been suspended until February 25").
 *
 * <p>Numeric dates with both fields at most 12 are read in the order the publication decision
 * found for the dateline ({@link Publication#reading()}), or the dateline's own order when it
 * matches a declared date; else month-day, flagged by the rule name {@code month-day-unconfirmed}.
 */
public final class DateFinder implements Stage {
  // ---- pattern fragments --------------------------------------------------------------------
  static final String MONTH_NAME =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final String MONTH_ABBR = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  static final String MON = "(?:" + MONTH_NAME + "|" + MONTH_ABBR + ")";
  static final String WD_NAME =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  static final String WD_ANY =
      "(?:" + WD_NAME + "|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?)";
  static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d|2100)";
  static final String DMOD =
      "(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+)|(?:[Tt]he\\s+)?(?:end|beginning|start|middle)"
          + "\\s+of\\s+"
          // wire style: "at end-June", "by end-2019"
          + "|(?<![\\w-])[Ee]nd-(?=" + MONTH_NAME + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep"
          + "|Oct|Nov|Dec)\\b|(?:19|20)\\d\\d\\b))";
  static final String NUM =
      "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+hundred|hundreds\\s+of"
          + "|thousands\\s+of|dozens\\s+of|a\\s+dozen|(?:a\\s+)?couple(?:\\s+of)?|a\\s+few|few|several|many"
          + "|(?<!\\d[,.])\\d{1,3}(?:\\.\\d|(?:\\s+|-)1/2|\\s*½)?|an?)(?:\\s+and\\s+a\\s+half)?";
  static final String UNITS =
      "(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|nights?"
          + "|quarters?)";
  static final String END = "(?![\\w])";

  static final Set<String> NP_STOP =
      Set.of("in", "at", "on", "with", "to", "for", "by", "and", "but", "or", "when", "which",
          "that", "where", "who", "as", "after", "before", "while", "is", "was", "were", "are",
          "will", "would", "said", "says", "has", "have", "had", "from", "amid", "despite",
          "during", "since", "until", "because", "if", "than", "be", "been", "into");

  private final List<Rule> rules = new ArrayList<>();

  private final Map<String, List<Integer>> byWord = new HashMap<>();
  private final List<Integer> byDigit = new ArrayList<>();
  /** The digit rules for a run of four digits (a year) and for a shorter run. */
  private final List<Integer> byFourDigits = new ArrayList<>();
  private final List<Integer> byShortNumber = new ArrayList<>();
  /** Digit rules whose matches start with exactly four digits. */
  private static final Set<String> FOUR_DIGIT_RULES =
      Set.of("iso-date", "year-range", "year", "year-quarter", "quarter-code", "clock-zone");
  private final List<Integer> byApostrophe = new ArrayList<>();

  public DateFinder() {
    defineRules();
    for (int r = 0; r < rules.size(); r++) {
      String spec = TRIGGERS.get(rules.get(r).name());
      if (spec == null) {
        throw new IllegalStateException("rule " + rules.get(r).name() + " has no trigger words");
      }
      for (String t : spec.split(" ")) {
        for (String w : expand(t)) {
          if (w.equals("#")) {
            byDigit.add(r);
          } else if (w.equals("'")) {
            byApostrophe.add(r);
          } else {
            List<Integer> list = byWord.computeIfAbsent(w, k -> new ArrayList<>());
            if (!list.contains(r)) {
              list.add(r);
            }
          }
        }
      }
    }
    for (int r : byDigit) {
      String name = rules.get(r).name();
      if (FOUR_DIGIT_RULES.contains(name) || name.equals("decade")) {
        byFourDigits.add(r);
      }
      if (!FOUR_DIGIT_RULES.contains(name)) {
        byShortNumber.add(r);
      }
    }
    buildSlots();
  }

  /**
   * The words a match of each rule can start with (lower case): {@code #} a digit, {@code '} an
   * apostrophe before a digit, {@code @x} a word class. Rules are tried only where such a word
   * starts, which keeps the scan at one hash look-up per word.
   */
  private static final Map<String, String> TRIGGERS = Map.ofEntries(
      Map.entry("iso-date", "#"),
      Map.entry("numeric-date", "#"),
      Map.entry("nine-eleven", "#"),
      Map.entry("january-sixth", "january jan"),
      Map.entry("month-day", "@weekdays @wdabbr @dmod @months"),
      Map.entry("story-year-date", "@months #"),
      Map.entry("day-month", "@weekdays @wdabbr #"),
      Map.entry("month-year", "@dmod @months"),
      Map.entry("month", "last next this @dmod @months"),
      Map.entry("year-range", "#"),
      Map.entry("month-range", "@months"),
      Map.entry("year", "@dmod #"),
      Map.entry("era-year", "around about circa c a ad #"),
      Map.entry("decade", "the early late mid # '"),
      Map.entry("short-year", "'"),
      Map.entry("century", "the early late mid twenty twentieth nineteenth eighteenth #"),
      Map.entry("the-period", "the year year-end"),
      Map.entry("first-of-year", "the"),
      Map.entry("weekday", "early late last next this coming past @weekdays @wdabbr mondays"
          + " tuesdays wednesdays thursdays fridays saturdays sundays"),
      Map.entry("part-of-day", "early late mid midmorning midafternoon @num #"),
      Map.entry("overnight", "overnight"),
      Map.entry("the-part-of-day", "the"),
      Map.entry("deictic", "early late earlier later today tonight yesterday tomorrow now"
          + " currently recently"
          + " lately"
          + " nowadays presently"),
      Map.entry("year-earlier", "the its comparable same corresponding year prior"),
      Map.entry("quarter-anaphor", "the that"),
      Map.entry("same-period-back", "the"),
      Map.entry("year-quarter", "the this last next #"),
      Map.entry("fiscal-year", "the its"),
      Map.entry("fiscal-named", "the this next last current previous coming fiscal fy"),
      Map.entry("ref-adjective", "current recent"),
      Map.entry("spelled-year", "the nineteen two"),
      Map.entry("deictic-phrase", "right at these the coming"),
      Map.entry("day-part", "yesterday today tomorrow"),
      Map.entry("relative", "earlier later early late mid this last next coming past"),
      Map.entry("ago", "@amod @num #"),
      Map.entry("offset", "@amod @num #"),
      Map.entry("anaphoric", "earlier later early late the that"),
      Map.entry("day-before", "the"),
      Map.entry("unit-before", "the"),
      Map.entry("in-the-unit", "the"),
      Map.entry("this-time-year", "this"),
      Map.entry("ago-this", "a one two three four five #"),
      Map.entry("duration", "@amod up @num #"),
      Map.entry("duration-sum", "@amod up over @num #"),
      Map.entry("duration-span", "the"),
      Map.entry("half-duration", "@amod half a an the"),
      Map.entry("from-anchor", "@num #"),
      Map.entry("share-of-unit",
          "the quarter half a an about nearly almost more less over just only some"),
      Map.entry("old-compound", "@num #"),
      Map.entry("long-compound", "hour hours day days week weeks month months year years decade"
          + " decades century centuries hourlong daylong weeklong monthlong yearlong decadelong"),
      Map.entry("ahead-span", "the"),
      Map.entry("since-span", "the"),
      Map.entry("number-of", "a"),
      Map.entry("weekday-anaphoric", "the"),
      Map.entry("weekday-of-week", "@weekdays"),
      Map.entry("weekday-ordinal", "@weekdays"),
      Map.entry("vague-ago", "centuries decades years months weeks days hours"),
      Map.entry("fortnight", "about around nearly almost more less over under just a one two three"
          + " four several"),
      Map.entry("vague-duration",
          "for over in within through decades centuries years months weeks days hours minutes"),
      Map.entry("set-every", "every each"),
      Map.entry("set-adverb", "daily weekly monthly annually yearly nightly hourly fortnightly"
          + " biweekly"),
      Map.entry("set-times", "once twice thrice @num #"),
      Map.entry("set-per", "per"),
      Map.entry("clock-ampm", "#"),
      Map.entry("clock-24h", "#"),
      Map.entry("clock-hour-part", "#"),
      Map.entry("clock-zone", "#"),
      Map.entry("clock-range-start", "#"),
      Map.entry("clock-word", "noon midnight midday @num #"),
      Map.entry("season", "this last next past coming the early late mid spring summer autumn"
          + " fall winter end beginning start middle"),
      Map.entry("quarter", "the fiscal first second third fourth final last current previous next"
          + " latest"
          + " #"),
      Map.entry("quarter-code", "# q h"),
      Map.entry("season-anaphoric", "that the"),
      Map.entry("super-tuesday", "super"),
      Map.entry("holiday", "last next this christmas new valentine halloween easter thanksgiving"
          + " boxing good"
          + " election memorial labor veterans fourth july martin mlk presidents columbus mother"
          + " father may black cyber giving givingtuesday small ash palm mardi juneteenth super"
          + " independence bastille victory v armistice remembrance canada australia st patrick"
          + " cinco groundhog flag earth inauguration"),
      Map.entry("election-night", "election"),
      Map.entry("eve", "the"));

  /**
   * For rules tried at "the" (the most frequent trigger), the words that can follow it in a match
   * ({@code #} a digit, {@code '} an apostrophe before a digit): at any other "the" the rule is not
   * tried. Each set is a superset of what the rule's pattern accepts right after "the" and a space.
   */
  private static final Map<String, Set<String>> AFTER_THE = Map.ofEntries(
      Map.entry("month-day", Set.of("end", "beginning", "start", "middle")),
      Map.entry("month-year", Set.of("end", "beginning", "start", "middle")),
      Map.entry("month", Set.of("end", "beginning", "start", "middle")),
      Map.entry("year", Set.of("end", "beginning", "start", "middle")),
      Map.entry("decade", Set.of("early", "late", "mid", "#", "'", "twenties", "thirties",
          "forties", "fifties", "sixties", "seventies", "eighties", "nineties")),
      Map.entry("century", Set.of("early", "late", "mid", "#", "twenty", "twentieth",
          "nineteenth", "eighteenth")),
      Map.entry("the-period", Set.of("weekend", "fiscal", "year", "week", "month", "decade",
          "calendar")),
      Map.entry("year-earlier", Set.of("comparable", "same", "corresponding", "year", "prior")),
      Map.entry("quarter-anaphor", Set.of("latest", "same", "recent", "quarter", "period")),
      Map.entry("same-period-back", Set.of("same", "corresponding", "comparable")),
      Map.entry("year-quarter", Set.of("#", "this", "last", "next")),
      Map.entry("fiscal-year", Set.of("current", "full", "latest", "new", "fiscal", "year")),
      Map.entry("fiscal-named", Set.of("#", "this", "next", "last", "current", "previous",
          "coming", "fiscal", "fy")),
      Map.entry("spelled-year", Set.of("year")),
      Map.entry("deictic-phrase", Set.of("recent", "distant", "past", "near", "foreseeable",
          "immediate", "future", "short", "coming", "day", "other")),
      Map.entry("anaphoric", Set.of("following", "next", "previous", "same", "preceding",
          "prior", "very")),
      Map.entry("day-before", Set.of("day", "night")),
      Map.entry("first-of-year", Set.of("first")),
      Map.entry("in-the-unit", Set.of("week", "month")),
      Map.entry("unit-before", Set.of("week", "month", "year")),
      Map.entry("duration-span", Set.of("past", "last", "previous", "next", "coming", "first",
          "final", "following")),
      Map.entry("season", Set.of("early", "late", "mid", "spring", "summer", "autumn", "fall",
          "winter", "end", "beginning", "start", "middle")),
      Map.entry("quarter", Set.of("fiscal", "first", "second", "third", "fourth", "final", "last",
          "current", "previous", "next", "latest", "#")),
      Map.entry("eve", Set.of("eve", "day")),
      Map.entry("part-of-day", Set.of("morning", "afternoon", "evening")),
      Map.entry("season-anaphoric", Set.of("following", "next", "previous", "preceding", "same")),
      Map.entry("ahead-span", Set.of("coming", "days", "weeks", "months", "years")),
      Map.entry("since-span", Set.of("days", "weeks", "months", "years", "decades")),
      Map.entry("half-duration", Set.of("next", "past", "last", "first", "previous", "following")),
      Map.entry("share-of-unit", Set.of("next", "past", "last", "first", "previous", "following")),
      Map.entry("weekday-anaphoric", Set.of("previous", "preceding", "following", "next")),
      Map.entry("the-part-of-day", Set.of("morning", "afternoon", "evening")));

  private static final Set<String> UNIT_WORDS = Set.of("year", "years", "month", "months", "week",
      "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "decade",
      "decades", "century", "centuries", "night", "nights", "quarter", "quarters");
  /** What may follow "a" or "an" in a counted length: a unit, or a word of the amount. */
  private static final Set<String> AFTER_A = union(UNIT_WORDS, Set.of("hundred", "dozen",
      "couple", "few", "more", "additional", "further", "extra", "straight", "consecutive",
      "successive", "trading", "business", "working", "school", "calendar", "long", "full",
      "whole", "entire", "short", "single"));
  /** The words an amount can start with ({@code #} a digit). */
  static final Set<String> AMOUNT_START = Set.of("#", "a", "an", "one", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
      "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "few", "several", "many",
      "hundreds", "thousands", "dozens", "couple");
  private static final Set<String> COUNTED = Set.of("ago", "offset", "duration");
  /**
   * Per rule, the words that can follow "a" or "an" in a match, for rules that read no amount
   * and unit ("a fortnight", "a half-hour"); no part of the day, clock or era starts with "a"
   * and a space.
   */
  private static final Map<String, Set<String>> AFTER_ARTICLE = Map.of(
      "fortnight", Set.of("fortnight", "fortnights", "few"),
      "half-duration", Set.of("half"),
      "share-of-unit", Set.of("quarter", "half"),
      "part-of-day", Set.of(),
      "clock-word", Set.of(),
      "era-year", Set.of());
  /** Rules that read an amount and its unit ("a year and a half", "a week from Friday"). */
  private static final Set<String> AMOUNT_THEN_UNIT = Set.of("ago", "offset", "duration",
      "duration-sum", "from-anchor", "ago-this", "set-times", "old-compound");
  private static final Set<String> VAGUE_PREPS = Set.of("for", "over", "in", "within",
      "through");
  /** What may follow the preposition of a vague length: "for years", "over the decades". */
  private static final Set<String> AFTER_VAGUE_PREP = Set.of("the", "decades", "centuries",
      "years", "months", "weeks", "days", "hours", "minutes");

  /**
   * Per trigger word, per rule, the words that can follow the trigger in a match (see {@link
   * #AFTER_THE}); rules absent from a trigger's map are always tried.
   */
  private static Map<String, Set<String>> afterWord(String trigger, String rule) {
    if (trigger.equals("the")) {
      return AFTER_THE.containsKey(rule) ? Map.of(rule, AFTER_THE.get(rule)) : null;
    }
    if (rule.equals("vague-duration") && VAGUE_PREPS.contains(trigger)) {
      return Map.of(rule, AFTER_VAGUE_PREP);
    }
    Set<String> allowed = switch (trigger) {
      case "a", "an" -> AMOUNT_THEN_UNIT.contains(rule) ? AFTER_A : AFTER_ARTICLE.get(rule);
      case "about", "around", "nearly", "almost", "roughly", "some", "approximately", "over",
          "just", "only" -> COUNTED.contains(rule) || rule.equals("duration-sum") ? AMOUNT_START
          : rule.equals("share-of-unit") ? Set.of("a", "an", "quarter", "half") : null;
      case "more", "less" -> COUNTED.contains(rule) || rule.equals("duration-sum")
          || rule.equals("share-of-unit") ? Set.of("than") : null;
      case "up" -> rule.equals("duration") || rule.equals("duration-sum") ? Set.of("to") : null;
      case "at" -> COUNTED.contains(rule) || rule.equals("duration-sum") ? Set.of("least")
          : rule.equals("deictic-phrase") ? Set.of("present", "the") : null;
      default -> null;
    };
    return allowed == null ? null : Map.of(rule, allowed);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static List<String> expand(String t) {
    return switch (t) {
      case "@months" -> List.of("january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
      case "@weekdays" -> List.of("monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday");
      case "@wdabbr" -> List.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
          "sun");
      case "@amod" -> List.of("about", "around", "nearly", "almost", "roughly", "some",
          "approximately", "more", "less", "at", "over", "just", "only");
      case "@dmod" -> List.of("early", "late", "mid", "the", "end", "beginning", "start", "middle");
      case "@num" -> List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
          "eighty", "ninety", "a", "an", "few", "several", "many", "hundreds", "thousands",
          "dozens");
      default -> List.of(t);
    };
  }

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT, Layer.TOKENS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.DATES);
  }

  @Override
  public Analysis apply(Analysis in) {
    return in.withDates(find(in));
  }

  /** The time expressions of an analysis that has its clean text. */
  public List<TimeExpression> find(Analysis a) {
    if (a.clean() == null) {
      return List.of();
    }
    Doc doc = new Doc(a.clean(), a.publication(), a.sentences());
    List<Cand> all = new ArrayList<>();
    String text = doc.text;
    Matcher[] matchers = new Matcher[rules.size()];
    int[] lastEnd = new int[rules.size()];
    int n = text.length();
    char[] cs = text.toCharArray();
    for (int i = 0; i < n; i++) {
      char ch = cs[i];
      char prev = i == 0 ? ' ' : cs[i - 1];
      int[] candidates;
      Set<String>[] after = null;
      int wordEnd = i;
      if (isLetter(ch)) {
        if (isLetterOrDigit(prev)) {
          continue;
        }
        int e = i + 1;
        while (e < n && isLetter(cs[e])) {
          e++;
        }
        int slot = e - i > 13 ? -1 : slotOf(text, cs, i, e);
        candidates = slot < 0 ? null : slotRules[slot];
        // a filter on the next word holds only when a space follows the trigger
        after = slot < 0 || e >= n || !Character.isWhitespace(cs[e]) ? null : slotAfter[slot];
        wordEnd = e;
      } else if (ch >= '0' && ch <= '9') {
        // a year has four digits, a count, day or hour at most three; nothing starts with five
        // or more, or with the "2" of "2,000"
        int e = i + 1;
        while (e < n && cs[e] >= '0' && cs[e] <= '9') {
          e++;
        }
        boolean thousands = e + 1 < n && cs[e] == ',' && Character.isDigit(cs[e + 1]);
        candidates = isLetterOrDigit(prev) || e - i > 4 || thousands ? null
            : e - i == 4 ? fourDigitRules : shortNumberRules;
        wordEnd = e;
      } else if ((ch == '\'' || ch == '’') && i + 1 < n && Character.isDigit(cs[i + 1])) {
        candidates = apostropheRules;
      } else {
        continue;
      }
      if (candidates != null) {
        String next = after == null ? null : wordAfter(text, wordEnd);
        for (int k = 0; k < candidates.length; k++) {
          int r = candidates[k];
          if (i < lastEnd[r]) {
            continue;
          }
          if (next != null && after[k] != null && !after[k].contains(next)) {
            continue;
          }
          Rule rule = rules.get(r);
          Matcher m = matchers[r];
          if (m == null) {
            m = rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[r] = m;
          }
          m.region(i, n);
          if (!m.lookingAt()) {
            continue;
          }
          lastEnd[r] = m.end();
          Cand c = rule.maker.make(m, doc);
          if (c != null && c.end > c.start) {
            c.rule = c.rule == null ? rule.name : c.rule;
            c.priority = rule.priority;
            all.add(c);
          }
        }
      }
      // no rule starts inside a run of letters or digits: go on at its end
      i = wordEnd > i ? wordEnd - 1 : i;
    }
    List<Cand> chosen = Joins.joinNeighbours(doc, select(all));
    return resolve(doc, chosen, all);
  }

  /** Open-addressing table over the trigger words, so the scan allocates nothing per word. */
  private String[] slotWord;
  private int[][] slotRules;
  /**
   * Per slot, aligned with its rules, the words allowed after the trigger (null where the rule is
   * not filtered; the array is null when none of the slot's rules is).
   */
  private Set<String>[][] slotAfter;
  /** {@link #byFourDigits}, {@link #byShortNumber} and {@link #byApostrophe} as arrays. */
  private int[] fourDigitRules;
  private int[] shortNumberRules;
  private int[] apostropheRules;

  @SuppressWarnings("unchecked")
  private void buildSlots() {
    int size = Integer.highestOneBit(Math.max(16, byWord.size() * 4)) * 2;
    slotWord = new String[size];
    slotRules = new int[size][];
    slotAfter = new Set[size][];
    for (Map.Entry<String, List<Integer>> e : byWord.entrySet()) {
      String w = e.getKey();
      int h = hash(w, 0, w.length()) & (size - 1);
      while (slotWord[h] != null) {
        h = (h + 1) & (size - 1);
      }
      slotWord[h] = w;
      List<Integer> rs = e.getValue();
      slotRules[h] = ints(rs);
      Set<String>[] after = new Set[rs.size()];
      boolean any = false;
      for (int k = 0; k < rs.size(); k++) {
        Map<String, Set<String>> m = afterWord(w, rules.get(rs.get(k)).name());
        if (m != null) {
          after[k] = m.get(rules.get(rs.get(k)).name());
          any = true;
        }
      }
      slotAfter[h] = any ? after : null;
    }
    fourDigitRules = ints(byFourDigits);
    shortNumberRules = ints(byShortNumber);
    apostropheRules = ints(byApostrophe);
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** {@link Character#isLetter(char)}, without the table look-up for ASCII. */
  private static boolean isLetter(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, without the table look-up for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10
        : Character.isLetterOrDigit(c);
  }

  /** A hash of the lower-cased ASCII letters in [from, to); words with other letters hash too. */
  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return h ^ (h >>> 16);
  }

  /** {@link #hash(CharSequence, int, int)} over the characters of the text. */
  private static int hash(char[] cs, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      char c = cs[k];
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return h ^ (h >>> 16);
  }

  /** The slot of the trigger word [from, to) of the text, compared without case; or -1. */
  private int slotOf(String text, char[] cs, int from, int to) {
    int mask = slotWord.length - 1;
    int h = hash(cs, from, to) & mask;
    while (slotWord[h] != null) {
      String w = slotWord[h];
      if (w.length() == to - from && sameIgnoringCase(text, cs, from, w)) {
        return h;
      }
      h = (h + 1) & mask;
    }
    return -1;
  }

  /**
   * {@code text.regionMatches(true, from, w, 0, w.length())} for a trigger word {@code w} (lower
   * case), compared char by char while the text is ASCII.
   */
  private static boolean sameIgnoringCase(String text, char[] cs, int from, String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = cs[from + k];
      char d = w.charAt(k);
      if (c == d || c >= 'A' && c <= 'Z' && c + 32 == d) {
        continue;
      }
      if (c < 128 && d < 128) {
        return false;
      }
      return text.regionMatches(true, from, w, 0, w.length());
    }
    return true;
  }

  /**
   * The lower-case word after the spaces at {@code from}: {@code #} when a digit comes first,
   * {@code '} for an apostrophe before a digit, "" for anything else.
   */
  private static String wordAfter(String text, int from) {
    int n = text.length();
    int i = from;
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return "";
    }
    char c = text.charAt(i);
    if (c >= '0' && c <= '9') {
      return "#";
    }
    if ((c == '\'' || c == '’') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
      return "'";
    }
    int e = i;
    while (e < n && Character.isLetter(text.charAt(e)) && e - i < 14) {
      e++;
    }
    return text.substring(i, e).toLowerCase(Locale.ROOT);
  }

  // ---- step 1: candidates -------------------------------------------------------------------

  /** One pattern with the code that turns a match into a candidate (or null to reject it). */
  record Rule(String name, Pattern pattern, int priority, Maker maker) {}

  @FunctionalInterface
  interface Maker {
    Cand make(Matcher m, Doc doc);
  }

  void add(String name, int priority, String regex, int flags, Maker maker) {
    rules.add(new Rule(name, Pattern.compile(regex, flags), priority, maker));
  }

  void add(String name, int priority, String regex, Maker maker) {
    add(name, priority, regex, 0, maker);
  }

  /**
   * Registers the rules of each family (CalendarRules, RelativeRules, LengthRules, ClockRules) in
   * the order they have always had: a rule's index decides ties between candidates of the same
   * extent and priority, so a new rule goes where its family's call puts it.
   */
  private void defineRules() {
    CalendarRules.dates(this);

    CalendarRules.storyYearDates(this);

    RelativeRules.weekdays(this);

    ClockRules.partsOfDay(this);

    RelativeRules.anaphora(this);

    LengthRules.lengths(this);

    RelativeRules.weekdayAnaphora(this);

    RelativeRules.weekdayOfWeek(this);

    LengthRules.sets(this);

    ClockRules.clocks(this);

    CalendarRules.periods(this);

    RelativeRules.eves(this);

    RelativeRules.sameTimeOtherYear(this);
  }

  /** How far a yearless date may lie on the wrong side of publication for its tense. */
  static final int SLACK_DAYS = 3;

  /** How far ahead of publication a yearless date in a past-tense clause is still this year's. */
  static final int PAST_CLAUSE_AHEAD_DAYS = 45;

  static final Set<String> MONTH_NAMES_LOWER =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  // ---- makers -------------------------------------------------------------------------------

  static final Set<String> MEDIA_NOUNS = Set.of("programme", "program", "show",
      "newspaper", "magazine", "broadcast", "podcast", "presenter", "host", "anchor");

  /** The season of that code this (0), last (-1) or next (+1) time round from publication. */
  static Res seasonRelative(Ctx c, String code, int shift) {
    LocalDate pub = c.pubOrNull();
    if (pub == null) {
      return Res.of(Type.DATE, "XXXX-" + code, null, "no-publication-date");
    }
    int startMonth = Calendar.seasonStart(code);
    int y = pub.getYear();
    LocalDate seasonStart = startMonth == 0 ? LocalDate.of(y - 1, 12, 1) : LocalDate.of(y, startMonth, 1);
    LocalDate seasonEnd = seasonStart.plusMonths(3);
    if (shift < 0 && !seasonEnd.isBefore(pub.plusDays(1))) {
      y -= 1; // the season has not ended yet: the last one was a year earlier
    } else if (shift > 0 && !seasonStart.isAfter(pub)) {
      y += 1;
    }
    return Res.of(Type.DATE, Calendar.year(y) + "-" + code, null,
        shift < 0 ? "last" : shift > 0 ? "next" : "this");
  }

  /**
   * The year written after a day and month: "2016", or "last year" ("21 December last year", "on
   * January 1 this year") counted from the publication year; null when none is written or known.
   */
  static String yearOf(Matcher m, Doc doc) {
    String ry = m.group("ry");
    if (ry == null) {
      return m.group("y");
    }
    int shift = yearShift(ry);
    return doc.pub.map(p -> Integer.toString(p.getYear() + shift)).orElse(null);
  }

  /** The years from publication that "last", "this" or "next" (any case) names: -1, 0, 1. */
  static int yearShift(String rel) {
    String r = rel.toLowerCase(Locale.ROOT);
    return r.equals("last") ? -1 : r.equals("next") ? 1 : 0;
  }

  static Cand clock(int start, int end, String hhmm) {
    Cand c = new Cand(start, end, ctx -> {
      LocalDate d = ctx.timeAnchor(start);
      String v = (d == null ? "XXXX-XX-XX" : Calendar.day(d)) + "T" + hhmm;
      return Res.of(Type.TIME, v, null, d == null ? "no-anchor" : null);
    });
    c.clock = hhmm;
    return c;
  }

  // ---- value helpers ------------------------------------------------------------------------

  static Res dayFromPub(Ctx c, int shift, String note) {
    LocalDate pub = c.pubOrNull();
    if (pub == null) {
      return Res.of(Type.DATE, "XXXX-XX-XX", null, "no-publication-date");
    }
    LocalDate d = pub.plusDays(shift);
    return Res.of(Type.DATE, Calendar.day(d), d, note);
  }

  static Res withClock(Res r, String clock) {
    if (r == null) {
      return null;
    }
    if (r.value().endsWith("_REF") || r.value().contains("/")) {
      return r;
    }
    return new Res(Type.TIME, r.value() + "T" + clock, r.day(), r.note(), null, null);
  }

  /** "the year-earlier quarter", "year-ago": the period under discussion one year back. */
  static Res priorPeriod(Ctx c, int ordinal, int at) {
    LocalDate pub = c.pubOrNull();
    // the quarter named earlier in the same sentence is the one compared ("in the second quarter
    // of 1987 from 3.81 billion a year earlier"), else the one under discussion
    String quarter = c.quarterInSentenceBefore(at);
    if (quarter == null) {
      quarter = c.lastQuarter;
    }
    if (quarter != null) {
      int y = Integer.parseInt(quarter.substring(0, 4)) - 1;
      String q = ordinal > 0 ? "-Q" + ordinal : quarter.substring(4);
      return Res.of(Type.DATE, Calendar.year(y) + q, null, "quarter-context");
    }
    if (pub == null) {
      return Res.of(Type.DATE, "XXXX", null, "no-publication-date");
    }
    String y = Calendar.year(pub.getYear() - 1);
    return Res.of(Type.DATE, ordinal > 0 ? y + "-Q" + ordinal : y, null, "publication");
  }

  /**
   * "the quarter" with no quarter named before it: the last quarter that companies report on
   * around publication (results come out within weeks of a quarter's end; forecasts for it are
   * made until they do).
   */
  static Res reportingQuarter(Ctx c) {
    LocalDate pub = c.pubOrNull();
    if (pub == null) {
      return Res.of(Type.DATE, "XXXX-QX", null, "no-publication-date");
    }
    return Res.of(Type.DATE, Calendar.quarter(pub.minusDays(REPORTING_LAG_DAYS)), null,
        "reported-quarter");
  }

  /** How long after a quarter's end its results are still the news. */
  static final int REPORTING_LAG_DAYS = 50;

  static Res shifted(Ctx c, LocalDate from, String amt, String unit, int sign,
                             String note) {
    if (from == null || amt.equals("X") || amt.contains(".")) {
      String v = sign < 0 ? "PAST_REF" : "FUTURE_REF";
      return Res.of(Type.DATE, v, null, from == null ? "no-anchor" : "vague-amount");
    }
    long n = Long.parseLong(amt) * sign;
    return switch (unit) {
      case "D" -> Res.of(Type.DATE, Calendar.day(from.plusDays(n)), from.plusDays(n), note);
      case "W" -> Res.of(Type.DATE, Calendar.week(from.plusWeeks(n)), null, note);
      case "M" -> Res.of(Type.DATE, Calendar.month(from.plusMonths(n)), null, note);
      case "Y" -> Res.of(Type.DATE, Calendar.year(from.plusYears(n).getYear()), null, note);
      // "a decade ago": the year ten years back, as "ten years ago"
      case "DE" -> Res.of(Type.DATE, Calendar.year(from.plusYears(10 * n).getYear()), null, note);
      // "a century ago": the year a hundred years back, as "a decade ago"
      case "CE" -> Res.of(Type.DATE, Calendar.year(from.plusYears(100 * n).getYear()), null, note);
      case "TH" -> Res.of(Type.TIME, Calendar.day(from) + "T" + "XX:XX", null, note);
      default -> Res.of(Type.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, note);
    };
  }

  /** A value of the unit whose calendar place cannot be told: a TIME for a part of the day. */
  static Res unknown(String unit, String note) {
    String v = unknownOf(unit);
    return Res.of(v.contains("T") ? Type.TIME : Type.DATE, v, null, note);
  }

  static String unknownOf(String unit) {
    return switch (unit) {
      case "week" -> "XXXX-WXX";
      case "weekend" -> "XXXX-WXX-WE";
      case "month" -> "XXXX-XX";
      case "year" -> "XXXX";
      case "quarter" -> "XXXX-QX";
      case "decade" -> "XXX";
      case "century" -> "XX";
      case "day" -> "XXXX-XX-XX";
      default -> "XXXX-XX-XXT" + partOfDay(unit);
    };
  }

  static String partOfDay(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
  }

  /** The date of month/day nearest {@code ref}, constrained by the clause's direction. */
  /**
   * How far a candidate date lies from publication; when leaning back a date ahead counts half
   * again: a date that names an event mostly names one that happened, so "the Oct. 23 slaying"
   * in May is last October's, while "the Nov. 7 election" in September is still this year's. An
   * adverbial of unknown tense ("daily flights from August 6") is as often a plan.
   */
  private static long distance(LocalDate ref, LocalDate cand, boolean leanBack) {
    long days = ChronoUnit.DAYS.between(ref, cand);
    return days > 0 ? (leanBack ? days * 3 / 2 : days) : -days;
  }

  /** The direction as a rule note; an open clause reads as an unknown one. */
  static String noteOf(Direction dir) {
    return (dir == Direction.OPEN ? Direction.UNKNOWN : dir).name().toLowerCase(Locale.ROOT);
  }

  static LocalDate nearestYear(LocalDate ref, int mon, int d, Direction dir,
                                       boolean leanBack) {
    LocalDate best = null;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate cand = Calendar.date(y, mon, d);
      if (cand == null) {
        continue;
      }
      if (dir == Direction.PAST && cand.isAfter(ref) || dir == Direction.FUTURE && cand.isBefore(ref)) {
        continue;
      }
      if (best == null) {
        best = cand;
        continue;
      }
      if (distance(ref, cand, leanBack) < distance(ref, best, leanBack)) {
        best = cand;
      }
    }
    if (best == null) {
      // Feb 29 with no leap year nearby in that direction
      for (int y = ref.getYear() - 4; y <= ref.getYear() + 4 && best == null; y++) {
        best = Calendar.date(y, mon, d);
      }
    }
    return best;
  }

  /**
   * The year a two-digit year stands for: the one in the century around publication that is
   * at most ten years after it ("'98" in 2016 is 1998, "'24" is 2024).
   */
  static int twoDigitYear(int yy, Doc doc) {
    int pub = doc.pub.map(LocalDate::getYear).orElse(2000);
    int y = pub / 100 * 100 + yy;
    if (y > pub + 10) {
      y -= 100;
    } else if (y <= pub - 90) {
      y += 100;
    }
    return y;
  }

  static int num(String s) {
    return s.length() > 9 ? -1 : Integer.parseInt(s);
  }

  static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---- step 2: choose and join --------------------------------------------------------------

  /** The longest candidates that do not overlap (ties: higher priority, then earlier). */
  private static List<Cand> select(List<Cand> all) {
    List<Cand> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt((Cand c) -> c.end - c.start).reversed()
        .thenComparing(Comparator.comparingInt((Cand c) -> c.priority).reversed())
        .thenComparingInt(c -> c.start));
    TreeMap<Integer, Cand> taken = new TreeMap<>();
    for (Cand c : sorted) {
      var before = taken.floorEntry(c.start);
      if (before != null && before.getValue().end > c.start) {
        continue;
      }
      var after = taken.ceilingEntry(c.start);
      if (after != null && after.getKey() < c.end) {
        continue;
      }
      taken.put(c.start, c);
    }
    return new ArrayList<>(taken.values());
  }

  // ---- step 3: values in text order ---------------------------------------------------------

  static final Pattern CALENDAR_VALUE = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2]))?");
  static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q[1-4]");
  private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");
  /** What joins two coordinated dates: " and ", ", ", " or in ", " and the ". */
  private static final Pattern COORDINATED =
      Pattern.compile("\\s*,?\\s+(?:and|or|&)\\s+(?:in\\s+|the\\s+)?|\\s*,\\s*");

  /** Rules whose value is a period one year before the one under discussion. */
  static final Set<String> PRIOR_RULES =
      Set.of("year-earlier", "ago", "offset", "same-period-back");

  /** Whether a calendar value (a year, month, week or day) lies after the publication date's. */
  static boolean afterPublication(Ctx c, String value) {
    LocalDate pub = c.pubOrNull();
    if (pub == null || !value.matches("\\d{4}(-W\\d\\d|-\\d\\d(-\\d\\d)?)?")) {
      return false;
    }
    String same = value.contains("W") ? Calendar.week(pub)
        : Calendar.day(pub).substring(0, value.length());
    return value.compareTo(same) > 0;
  }

  /**
   * Whether a day is a deadline still ahead ("extended the moratorium until Aug. 31"): the
   * narrative does not stand on it, so "a week earlier" in the next sentence counts from elsewhere.
   */
  private static boolean deadline(Doc doc, Cand c, Res r) {
    return doc.pub.isPresent() && r.day().isAfter(doc.pub.get())
        && Set.of("until", "till", "through", "by").contains(doc.prevWord(c.start));
  }

  private List<TimeExpression> resolve(Doc doc, List<Cand> chosen, List<Cand> all) {
    Ctx ctx = new Ctx(doc, all);
    Res[] results = new Res[chosen.size()];
    Ctx.Anchored[] anchors = new Ctx.Anchored[chosen.size()];
    // pass 0 reads every expression but "the day after X", whose X may be dated later in the
    // text; pass 1 reads those, and again what counted over one of them: "two days later" after
    // "the day after the March 1 vote" counts from March 2, not from the day named before it
    // (with no "the day after X" in the text, pass 1 would change nothing)
    int passes = chosen.stream().anyMatch(c -> c.deferred) ? 2 : 1;
    for (int pass = 0; pass < passes; pass++) {
      ctx.lastDay = null;
      ctx.lastQuarter = null;
      ctx.lastYear = null;
      ctx.lastMonth = null;
      ctx.lastWasMonth = false;
      ctx.lastCalendarEnd = -1;
      ctx.anchorYear = null;
      Span dayAfter = null;
      Set<Span> moved = new HashSet<>();
      for (int i = 0; i < chosen.size(); i++) {
        Cand c = chosen.get(i);
        boolean read = pass == 0 ? !c.deferred
            : c.deferred || dayAfter != null && countedOver(results[i], anchors[i], dayAfter, moved);
        if (pass == 1 && !c.deferred && results[i] == null) {
          continue;
        }
        if (!read) {
          if (pass == 1) {
            note(doc, ctx, c, results[i]);
          }
          continue;
        }
        ctx.postDay = doc.postDayAt(c.start);
        ctx.postDaySpan = doc.postDaySpanAt(c.start);
        Ctx.State before = ctx.save();
        Res r = valueOf(c, ctx);
        if (pass == 1 && !c.deferred && (r == null || !r.value().equals(results[i].value()))) {
          moved.add(new Span(c.start, c.end));
        }
        results[i] = r;
        if (r != null) {
          anchors[i] = ctx.anchorOf(c, r, x -> valueOf(c, x), before);
          if (c.deferred && r.day() != null) {
            dayAfter = new Span(c.start, c.end);
            moved.add(dayAfter);
          }
          note(doc, ctx, c, r);
        }
      }
    }
    for (int i = 0; i + 1 < chosen.size(); i++) {
      // "in March and April 2016", "the spring and summer of 2016", "March 3 and April 5, 2016":
      // the first of two coordinated dates takes the year written with the second
      Cand ca = chosen.get(i);
      Cand cb = chosen.get(i + 1);
      Res a = results[i];
      Res b = results[i + 1];
      if (a == null || b == null || ca.rangeEnd == cb || ca.end > cb.start
          || !COORDINATED.matcher(doc.text).region(ca.end, cb.start).matches()) {
        continue;
      }
      String av = Joins.yearFromNext(doc, ca, a.value(), cb, b.value());
      if (!av.equals(a.value())) {
        results[i] = new Res(a.type(), av, Calendar.parseDay(av),
            a.note() == null ? "year-from-next" : a.note() + ",year-from-next", a.start(), a.end());
      }
    }
    String[][] interval = new String[chosen.size()][];
    for (int i = 0; i + 1 < chosen.size(); i++) {
      Res a = results[i];
      Res b = results[i + 1];
      if (chosen.get(i).rangeEnd == chosen.get(i + 1) && a != null && b != null
          && a.type() == Type.DATE && b.type() == Type.DATE && plainValue(a) && plainValue(b)) {
        // "between May and August 2016": the start takes the year written at the end
        String av = yearFromEnd(doc, chosen.get(i), a.value(), chosen.get(i + 1), b.value());
        if (!av.equals(a.value())) {
          a = new Res(a.type(), av, Calendar.parseDay(av),
              a.note() == null ? "year-from-end" : a.note() + ",year-from-end", a.start(), a.end());
          results[i] = a;
        }
        interval[i] = new String[] {a.value(), b.value()};
        interval[i + 1] = interval[i];
      }
    }
    List<TimeExpression> out = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Cand c = chosen.get(i);
      Res r = results[i];
      if (r == null) {
        continue;
      }
      String start = interval[i] != null ? interval[i][0] : r.start();
      String end = interval[i] != null ? interval[i][1] : r.end();
      if (start == null && end == null && r.type() == Type.DATE && !r.value().endsWith("_REF")) {
        String left = doc.prevWord(c.start);
        if (Set.of("until", "till", "through", "by").contains(left)) {
          end = r.value();
        } else if (Set.of("since", "from").contains(left)) {
          start = r.value();
        }
      }
      String rule = r.note() == null ? c.rule : c.rule + ":" + r.note();
      out.add(new TimeExpression(new Span(c.start, c.end), doc.written.substring(c.start, c.end),
          r.type(), r.value(), Optional.ofNullable(start), Optional.ofNullable(end), rule,
          anchors[i].anchor(), Optional.ofNullable(anchors[i].from())));
    }
    return out;
  }

  /**
   * Whether a value read in pass 0 counted from the text over the span of "the day after X"
   * read in pass 1, or from a value that moved since: it must be read again.
   */
  private static boolean countedOver(Res r, Ctx.Anchored a, Span dayAfter, Set<Span> moved) {
    if (r == null || a == null) {
      return false;
    }
    if (r.note() != null && r.note().contains("anchor-publication")) {
      return true; // an anaphor that found no day before it in the text
    }
    return a.anchor() == Anchor.TEXT && a.from() != null
        && (a.from().end() <= dayAfter.start() || moved.contains(a.from()));
  }

  /** Notes a value in the resolution state: the day, period, year and quarter it sets. */
  private static void note(Doc doc, Ctx ctx, Cand c, Res r) {
    if (r.day() != null && c.clock == null && !deadline(doc, c, r)) {
      ctx.establish(r.day(), new Span(c.start, c.end));
    }
    ctx.resolved.put(c.start, new Object[] {c, r});
    if (ctx.noteCalendarPeriod(r)) {
      ctx.lastCalendarSpan = new Span(c.start, c.end);
    }
    ctx.lastCalendarEnd = c.end;
    if (!PRIOR_RULES.contains(c.rule) && (r.type() == Type.DATE || r.type() == Type.TIME)
        && CALENDAR_VALUE.matcher(r.value()).lookingAt()) {
      // a year written out ("in 1985", "the end of 1986"); comparisons ("a year
      // before", "from 6.53 mln last year") do not move it, a finer date replaces it
      ctx.anchorYear = c.rule.equals("year") && YEAR_VALUE.matcher(r.value()).matches()
          ? Integer.valueOf(r.value()) : null;
      ctx.anchorYearSpan = new Span(c.start, c.end);
    }
    // the quarter under discussion: named quarters set it; comparisons with a year before
    // ("a year earlier", "the year-ago quarter") refer back to it and must not move it
    if (QUARTER_VALUE.matcher(r.value()).matches() && !PRIOR_RULES.contains(c.rule)
        && (ctx.lastQuarter == null
            || r.value().compareTo(ctx.lastQuarter.substring(0, 4)) >= 0)
        && (doc.pub.isEmpty()
            || r.value().compareTo(Calendar.quarter(doc.pub.get())) <= 0)) {
      ctx.lastQuarter = r.value();
      ctx.lastQuarterSpan = new Span(c.start, c.end);
    }
  }

  /** The value of a candidate; a time takes the day written after it ("(0735 GMT) Friday"). */
  private static Res valueOf(Cand c, Ctx ctx) {
    Res r = c.value.apply(ctx);
    if (r != null && c.dayFrom != null && c.clock != null) {
      Res day = c.dayFrom.value.apply(ctx);
      if (day != null && day.day() != null) {
        r = Res.of(r.type(), Calendar.day(day.day()) + "T" + c.clock, null, "day-after");
      }
    }
    return r;
  }

  private static boolean plainValue(Res r) {
    return !r.value().contains("/") && !r.value().endsWith("_REF");
  }

}
