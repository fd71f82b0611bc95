package org.parley.time;

import static org.parley.time.DateFinder.END;
import static org.parley.time.DateFinder.MONTH_NAME;
import static org.parley.time.DateFinder.NUM;
import static org.parley.time.DateFinder.UNITS;
import static org.parley.time.DateFinder.WD_NAME;
import static org.parley.time.DateFinder.group;
import static org.parley.time.DateFinder.partOfDay;
import static org.parley.time.DateFinder.shifted;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.time.TimeExpression.Type;

final class LengthRules {
  private LengthRules() {}

  /** The spelled amounts of a length written in two units ("one year and three months"). */
  private static final String SUM_NUM = "(?:(?:twenty|thirty|forty|fifty)(?:[\\s-](?:one|two"
      + "|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?)";

  /** Words after which "over" before a length is "more than": "for over a decade". */
  private static final Set<String> OVER_MORE_LEFT = Set.of("for", "in", "of", "after", "within",
      "by", "than", "to", "at", "with", "from", "ago", "last", "lasts", "lasted", "lasting",
      "take", "takes", "took", "taken", "taking", "spend", "spends", "spent", "spending", "wait",
      "waits", "waited", "waiting", "serve", "serves", "served", "serving", "lived", "live",
      "run", "runs", "ran", "running", "been", "be", "is", "was", "are", "were", "needed",
      "needs", "need", "required", "requires", "require", "some", "just", "only", "and", "or",
      "nearly", "stretched", "stretches", "span", "spans", "spanned", "spanning", "through",
      "throughout", "during", "experienced", "experience", "had", "have", "has", "saw", "seen",
      "see", "endured", "suffered", "enjoyed", "marked", "marks", "mark", "gave", "give", "given",
      "got", "get", "gets", "received");

  /** The order of the units a length in two units may join, largest first. */
  private static final java.util.List<String> SUM_UNITS =
      java.util.List.of("Y", "M", "W", "D", "TH", "TM", "TS");

  /**
   * One duration value of two whole amounts in two units, the second smaller: ("2", "TH", "7",
   * "TM") → "PT2H7M", ("1", "Y", "3", "M") → "P1Y3M"; weeks and days are counted in days. Null
   * when an amount is not a whole number or the units are out of order.
   */
  static String sumOfLengths(String a1, String u1, String a2, String u2) {
    if (a1 == null || a2 == null || !a1.matches("\\d+") || !a2.matches("\\d+")
        || SUM_UNITS.indexOf(u1) < 0 || SUM_UNITS.indexOf(u2) <= SUM_UNITS.indexOf(u1)) {
      return null;
    }
    long n1 = Long.parseLong(a1);
    long n2 = Long.parseLong(a2);
    if (u1.equals("W") && u2.equals("D")) {
      return "P" + (n1 * 7 + n2) + "D";
    }
    StringBuilder date = new StringBuilder("P");
    StringBuilder time = new StringBuilder();
    for (int i = 0; i < 2; i++) {
      String u = i == 0 ? u1 : u2;
      long n = i == 0 ? n1 : n2;
      if (u.startsWith("T")) {
        time.append(n).append(u.charAt(1));
      } else {
        date.append(n).append(u);
      }
    }
    return time.length() == 0 ? date.toString() : date + "T" + time;
  }

  /** What a rate's "a year" follows: an amount or a counted plural noun ("700 seats a week"). */
  private static final Pattern RATE_BEFORE = Pattern.compile(
      // "spends billions a year": a plural amount is a rate's amount too
      "(?:(?:\\d(?:[\\d,.]*\\d)?%?|million|billion|trillion|thousand|hundred|dozen|percent|pct|cents"
          + "|millions|billions|trillions|thousands|hundreds"
          + "|mln|bln|dlr"
          + "|(?:\\d(?:[\\d,.]*\\d)?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
          + "|thousands|few|several|many)\\s+[a-z]{3,}s|(?:shares|barrels|tons|interviews|flights|seats|times"
          + "|visits|trips|meals|doses|dollars|euros|pounds|yen|dlrs|stg|marks|francs|crowns|rupees"
          + "|yuan|pesos))(?:\\s+(?:more|less|extra))?)\\s+$");

  /**
   * A count of plural things a few words before a rate's "a day": "3,000 people a day", "4.1 mass
   * shootings a year", "dozens of items a day", "several hours a day".
   */
  private static final Pattern RATE_COUNTED = Pattern.compile(
      "(?<![\\w.,])(?:\\d[\\d,.]*|several|many|few|dozens\\s+of|hundreds\\s+of|thousands\\s+of"
          + "|millions\\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
          + "|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\\s+(?:[a-z-]+\\s+){0,2}?"
          + "(?!(?:was|has|does|this|its|his|hers|ours|yours|theirs|as|us|less|unless|always"
          + "|perhaps|thus|across|plus|whereas|yes|news|takes|lasts|spends|needs|requires|gets"
          + "|comes|goes|stays|waits|seems|is)\\s)(?:[a-z]{2,}s|people|children|men|women)\\s+$");

  /** What follows a unit that is a length, not a rate: "three men a day after the raid". */
  private static final Set<String> NOT_RATE_AFTER =
      Set.of("after", "before", "earlier", "later", "ago", "or", "into", "early", "late", "old",
          "long", "too", "away");

  /** The words before "one day" that make it a length even when a verb follows. */
  private static final Set<String> NOT_SOME_DAY_LEFT = Set.of("for", "in", "within", "after",
      "of", "than", "by", "about", "over", "just", "only", "on", "at", "from", "until", "till",
      "last", "every", "each", "the", "a", "per", "", "around", "nearly", "almost");

  /**
   * A clause to come after "one day" that opens a sentence or a "that" clause: ", these fighters
   * were going to return", " Raqqa will be beautiful again".
   */
  private static final Pattern SOME_DAY_CLAUSE = Pattern.compile(
      ",?\\s+(?:[\\p{L}'’-]+,?\\s+){0,4}?(?:will|would|could|might|may|can|shall|should|must"
          + "|'ll|’ll|(?:is|are|am|was|were)\\s+going\\s+to)\\s");

  /** The words before "one day" that open the clause it may begin: "that one day it will". */
  private static final Set<String> SOME_DAY_OPENS = Set.of("", "that", "and", "but");

  /** What follows a day that is a length or a point counted from: "one day later", "one day of". */
  private static final Set<String> COUNTED_DAY_AFTER = Set.of("after", "before", "earlier",
      "later", "ago", "of", "into", "long", "old", "from", "since", "in", "at", "a", "per");

  private static final Set<String> RATE_UNITS = Set.of("day", "week", "month", "year", "hour");

  private static final Set<String> MODALS =
      Set.of("will", "would", "could", "might", "may", "can", "should", "must", "shall");

  /** What follows a capitalized length that names a war: "the Six-Day War", "Seven Years' War". */
  private static final Pattern WAR_NAME_AFTER = Pattern.compile("['’]?\\s+War\\b");

  /** The verbs whose particle "over" is not "more than": "hand over six years of returns". */
  private static final Set<String> HAND_OVER = Set.of("hand", "hands", "handed", "handing", "turn",
      "turns", "turned", "turning", "sign", "signs", "signed", "signing", "fork", "forked");

  /** The words that describe a newspaper right before "daily": "the business daily Kommersant". */
  private static final Set<String> PRESS_DAILY_LEFT = Set.of("business", "financial", "economic",
      "newspaper", "tabloid", "broadsheet", "state", "conservative", "liberal", "independent",
      "leading", "popular", "national", "regional", "local", "sports", "opposition", "official",
      "government", "mass", "circulation", "language", "arab", "pan", "satirical", "news");

  private static final Set<String> PRESS_VERBS = Set.of("said", "says", "reported", "reports",
      "wrote", "writes", "quoted", "quotes", "cited", "cites", "added", "published", "carried");

  /**
   * Whether "daily" at [start, end) is a newspaper: a name after a nationality or a press word
   * ("the Israeli daily Haaretz", "business daily Kommersant"), or "the daily" reporting.
   */
  private static boolean pressDaily(Doc doc, int start, int end) {
    String left = doc.prevWord(start);
    if (left.equals("the") && PRESS_VERBS.contains(doc.nextWord(end))) {
      return true;
    }
    int w = doc.prevWordStart(start);
    boolean pressLeft = PRESS_DAILY_LEFT.contains(left)
        || w >= 0 && Character.isUpperCase(doc.charAt(w));
    // "the French satirical weekly was attacked": a press word, then no noun for it to modify
    int next = doc.nextNonSpace(end);
    boolean headless = next >= doc.text.length() || ",.;:!?)".indexOf(doc.charAt(next)) >= 0
        || DateFinder.NP_STOP.contains(doc.nextWord(end));
    return pressLeft && doc.nextIsCapitalizedName(end)
        || PRESS_DAILY_LEFT.contains(left) && headless;
  }

  /** States of affairs whose age is a length: "the two-year-old conflict". */
  private static final Set<String> STATE_NOUNS = Set.of("war", "conflict", "truce", "ceasefire",
      "cease-fire", "uprising", "insurgency", "revolt", "rebellion", "revolution", "crisis",
      "standoff", "dispute", "strike", "siege", "blockade", "ban", "embargo", "moratorium",
      "occupation", "campaign", "investigation", "probe", "inquiry", "feud", "battle", "fight",
      "struggle", "talks", "negotiations", "deal", "agreement", "accord", "law", "policy",
      "program", "programme", "government", "coalition", "regime", "presidency", "administration",
      "marriage", "relationship", "partnership", "alliance", "lockout", "boycott", "protest",
      "protests", "movement", "offensive", "operation", "mission", "drought", "recession", "slump",
      "tradition", "rivalry", "peace");

  /** From this day of December, "the past year" is the year then ending. */
  private static final int YEAR_END_DAY = 20;

  /** The words before a bare plural unit followed by "of" that make it a length: "after months of". */
  private static final Set<String> STRETCH_BEFORE =
      Set.of("after", "following", "amid", "despite", "of", "by", "endured", "ending", "follows",
          "followed", "to"); // ... "bowing to days of pressure"

  /** The verbs of spending time before a bare plural unit: "has spent years", "it takes months". */
  private static final Set<String> SPEND_BEFORE = Set.of("spent", "spend", "spends", "spending",
      "took", "take", "takes", "taking", "lasted", "lasting", "last", "lasts", "waited", "wait",
      "waiting");

  /** The words before a bare plural unit that leave it bare: "just hours after the vote". */
  private static final Set<String> MERE_BEFORE =
      Set.of("just", "only", "mere", "merely", "barely", "nearly", "almost", "");

  /**
   * The words before a bare plural unit that make it part of a longer phrase ("a few days
   * later", "the days after"), which other rules read or leave alone.
   */
  private static final Set<String> PHRASE_BEFORE = Set.of("a", "an", "the", "few", "several",
      "many", "some", "couple", "those", "these", "his", "her", "its", "their", "our", "my",
      "your", "recent", "past", "last", "next", "coming", "following", "previous", "first",
      "final", "early", "of", "and", "or", "more", "other", "same", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "dozen", "long", "rainy");

  /**
   * Lengths: "three years", "half an hour", "a decades-long conflict", "the weeks ahead"; and
   * dates counted from a length ("a week from Saturday").
   */
  static void lengths(DateFinder f) {
    f.add("duration", 2,
        // not "01:11" (a clip's running time) nor an amount ending a paragraph
        "(?<![\\w$£€.,:-])(?:(?<amod>about|around|nearly|almost|roughly|some|approximately"
            + "|more\\s+than|less\\s+than|at\\s+least|up\\s+to|over|just|only)\\s+)?"
            // "three to five years", "2-3 weeks": a range of lengths, one expression valued at
            // its lower bound (TimeBank's "two to three weeks", P2W)
            // (not "twenty-four hours": one number)
            + "(?:(?<lo>\\d{1,3})\\s*[-–]\\s*(?=\\d)|(?<low>\\d{1,3}|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+to\\s+(?=\\S))?"
            + "(?<amt>" + NUM
            + ")(?:[\\s&&[^\\n]]|-|\\n(?![\\s&&[^\\n]]*\\n))+(?:(?<more>more|additional|further|extra|straight|consecutive|successive"
            // "five long weeks", "two full years": an adjective of the length, not of the thing
            + "|long|full|whole|entire|short|single"
            + "|trading|business|working|school|calendar|fiscal)"
            + "\\s+)?(?<u>" + UNITS + ")"
            + "(?:(?<half>\\s+and\\s+a\\s+half)|-long)?(?![\\w-])",
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          String amtText = m.group("amt").toLowerCase(Locale.ROOT);
          String u = m.group("u").toLowerCase(Locale.ROOT);
          boolean half = m.group("half") != null;
          if ("single".equalsIgnoreCase(m.group("more")) && !amtText.equals("a")
              && !amtText.equals("one")) {
            return null; // "five single years in which": years counted one by one, no length
          }
          if ((amtText.equals("a") || amtText.equals("an")) && !half
              && m.group().toLowerCase(Locale.ROOT).endsWith("-long")) {
            return null; // "a day-long meeting": the article is the noun's (long-compound)
          }
          if ((amtText.equals("a") || amtText.equals("an")) && !half
              && (u.startsWith("second") || u.startsWith("minute"))) {
            return null; // "wait a minute"
          }
          if ((amtText.equals("a") || amtText.equals("an")) && !half && m.group("more") == null
              && m.group("amod") == null && RATE_UNITS.contains(u)
              && (RATE_BEFORE.matcher(doc.text).region(Math.max(0, m.start() - 30), m.start())
                  .find()
              || !NOT_RATE_AFTER.contains(doc.nextWord(m.end())) && RATE_COUNTED.matcher(doc.text)
                  .useTransparentBounds(true).region(Math.max(0, m.start() - 45), m.start())
                  .find())) {
            // "$2 million a year", "four flights a week", "24 hours a day": a rate, every unit
            String v = Calendar.duration("1", Calendar.unit(u));
            return new Cand(m.start(), m.end(), c -> Res.of(Type.SET, v, null, "rate"));
          }
          if (amtText.equals("one") && u.equals("day") && m.group("amod") == null
              && (MODALS.contains(doc.prevWord(m.start()))
              // "to one day be reunited", "is one day contemplated": a verb follows
              || !NOT_SOME_DAY_LEFT.contains(doc.prevWord(m.start()))
              && doc.verbAt(doc.nextNonSpace(m.end()))
              // "One day, these fighters were going to return", "hope that one day Raqqa will
              // be beautiful": a clause it opens tells of a time to come
              || SOME_DAY_OPENS.contains(doc.prevWord(m.start()))
              && (doc.prevWord(m.start()).length() > 0
                  || ".!?\"“‘'—:;\n".indexOf(doc.charAt(doc.prevNonSpace(m.start()))) >= 0
                  || doc.prevNonSpace(m.start()) < 0)
              && !COUNTED_DAY_AFTER.contains(doc.nextWord(m.end()).replace(",", ""))
              && SOME_DAY_CLAUSE.matcher(doc.text).region(m.end(), doc.text.length())
                  .lookingAt())) {
            // "will one day return", "could one day become": some time to come, not a length
            return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, "FUTURE_REF", null, null));
          }
          if (doc.nextWord(m.end()).equals("old") || doc.charAt(m.end()) == '-') {
            return null;
          }
          if (Character.isDigit(amtText.charAt(0)) && Character.isUpperCase(m.group("u").charAt(0))
              && m.group("amod") == null) {
            return null; // "60 Minutes", "24 Hours of Le Mans": a title
          }
          if (Character.isUpperCase(m.group("u").charAt(0))
              && WAR_NAME_AFTER.matcher(doc.text).region(m.end(), doc.text.length()).lookingAt()) {
            return null; // "the Six-Day War", "the Thirty Years' War": a war's name
          }
          if (u.startsWith("quarter") && (amtText.equals("a") || amtText.equals("an")
              || doc.charAt(m.start("u") - 1) == '-'
              || amtText.equals("one") || amtText.contains("/") || amtText.contains(".")
              || doc.nextWord(m.end()).equals("of") || !Character.isLetter(amtText.charAt(0))
              && !u.endsWith("s"))) {
            return null; // "a quarter of the vote", "three quarters of them": fractions
          }
          String lo = m.group("lo") != null ? m.group("lo") : group(m, "low");
          String hi = Calendar.amount(amtText);
          String low = lo == null ? null : Calendar.amount(lo);
          boolean change = low != null && hi != null && low.matches("\\d+") && hi.matches("\\d+")
              && Integer.parseInt(low) > Integer.parseInt(hi);
          if (change) {
            lo = null; // "lower wait times from 30 to 10 days": a change, to the length after "to"
          }
          String amt = lo != null ? low : hi;
          String unit = Calendar.unit(u);
          if (amt == null || unit == null || lo != null && (half || !amt.matches("\\d+"))) {
            return null;
          }
          if (half) {
            // "a year and a half", "an hour and a half": the half follows the unit
            if (!amt.matches("\\d+")) {
              return null;
            }
            amt = amt + ".5";
          }
          String v = Calendar.duration(amt, unit);
          // "the nine months ended Sept. 30", "the four days": the article belongs to the
          // expression when it heads the noun phrase (TimeML)
          String amod = group(m, "amod");
          // "hand over six years' worth": the verb's particle, not "more than"
          boolean particle = amod != null && amod.equalsIgnoreCase("over")
              && (HAND_OVER.contains(doc.prevWord(m.start()))
              // "growth over four years", "can be used over three years": the preposition
              // (TimeML leaves it out); "for over a decade", "to last over a week": "more than"
              || !OVER_MORE_LEFT.contains(doc.prevWord(m.start()).toLowerCase(Locale.ROOT)));
          int start = change ? m.start("amt")
              : amod == null && doc.prevWord(m.start()).equals("the")
              && !amtText.equals("a") && !amtText.equals("an") && m.group().indexOf('-') < 0
              ? doc.prevWordStart(m.start())
              // "only five hours", "just 14 days": focus particles, not part of the length
              : amod != null && (amod.equalsIgnoreCase("only") || amod.equalsIgnoreCase("just")
                  || particle)
              ? (m.group("lo") != null ? m.start("lo") : m.group("low") != null ? m.start("low")
                  : m.start("amt")) : m.start();
          return new Cand(start, m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    // "2 hours and 7 minutes", "one year and three months": one length in two units (TimeML
    // marks it once, PT2H7M); the second unit is the smaller one
    f.add("duration-sum", 3,
        "(?<![\\w$£€.,:-])(?:(?:about|around|nearly|almost|roughly|approximately|more\\s+than"
            + "|less\\s+than|at\\s+least|up\\s+to|over)\\s+)?(?<a1>\\d{1,3}|" + SUM_NUM
            + ")[\\s-](?<u1>years?|months?|weeks?|days?|hours?|minutes?)\\s+and\\s+"
            + "(?<a2>\\d{1,3}|" + SUM_NUM + ")[\\s-](?<u2>months?|weeks?|days?|hours?|minutes?"
            + "|seconds?)" + END,
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          String a1 = Calendar.amount(m.group("a1"));
          String a2 = Calendar.amount(m.group("a2"));
          String v = sumOfLengths(a1, Calendar.unit(m.group("u1")), a2,
              Calendar.unit(m.group("u2")));
          // not "a 14-year and 3-month-old case": the lengths are an age
          if (v == null || doc.nextWord(m.end()).equals("old") || doc.charAt(m.end()) == '-') {
            return null;
          }
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    // "a week from Saturday", "two weeks from today", "a year from now": a date counted ahead
    // from a day (to the day) or from now (to the unit)
    f.add("from-anchor", 5,
        "(?<![\\w-])(?<amt>" + NUM + ")\\s+(?<u>days?|weeks?|months?|years?)\\s+from\\s+"
            + "(?<a>now|today|tomorrow|" + WD_NAME + ")" + END,
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          String amt = Calendar.amount(m.group("amt").toLowerCase(Locale.ROOT));
          String unit = Calendar.unit(m.group("u"));
          if (amt == null || unit == null || !amt.matches("\\d{1,3}")) {
            return null;
          }
          String a = m.group("a").toLowerCase(Locale.ROOT);
          int n = Integer.parseInt(amt);
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            if (pub == null) {
              return null;
            }
            if (a.equals("now")) {
              return shifted(c, pub, amt, unit, 1, "from-now");
            }
            LocalDate from = a.equals("today") ? pub : a.equals("tomorrow") ? pub.plusDays(1)
                : pub.with(TemporalAdjusters.nextOrSame(Calendar.weekday(a)));
            LocalDate d = switch (unit) {
              case "D" -> from.plusDays(n);
              case "W" -> from.plusWeeks(n);
              case "M" -> from.plusMonths(n);
              default -> from.plusYears(n);
            };
            return Res.of(Type.DATE, Calendar.day(d), d, "from-day");
          }).day();
        });

    // "half an hour", "a half-century", "the next half-decade": half a unit, written in the next
    // smaller one (PT30M, P50Y)
    f.add("half-duration", 3,
        "(?<![\\w-])(?:(?<amod>about|nearly|almost|more\\s+than|less\\s+than|over|just|only|some)"
            + "\\s+(?!the\\s))?(?:half\\s+an?\\s+|an?\\s+half[-\\s]|the\\s+(?:next|past|last|first|previous"
            + "|following)\\s+half-|the\\s+(?:next|past|last|first|previous|following)\\s+half\\s+"
            // "the next half century", "the first half hour" (not "the first half year": a half)
            + "(?=hour|minute|decade|century))(?<u>hour|minute|day|week|month|year|decade|century)"
            + "(?:(?<ago>\\s+ago))?(?![\\w-])",
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          String u = m.group("u").toLowerCase(Locale.ROOT);
          if (m.group("ago") != null) {
            // "half a century ago", "half a year ago": the time that far back, as "50 years ago"
            String[] back = switch (u) {
              case "century" -> new String[] {"50", "Y"};
              case "decade" -> new String[] {"5", "Y"};
              case "year" -> new String[] {"6", "M"};
              default -> null;
            };
            if (back == null || m.group(0).regionMatches(true, 0, "the", 0, 3)) {
              return null;
            }
            return new Cand(m.start(), m.end(),
                c -> shifted(c, c.pubOrNull(), back[0], back[1], -1, "publication"));
          }
          String v = Calendar.duration("0.5", Calendar.unit(u));
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    // "the last quarter of a century", "half of a decade", "nearly a quarter century": a share
    // of a unit, in years
    f.add("share-of-unit", 4,
        "(?<![\\w-])(?:(?:about|nearly|almost|more\\s+than|less\\s+than|over|just|only|some)\\s+)?"
            + "(?:an?\\s+|the\\s+(?:next|past|last|first|previous|following)\\s+)?"
            + "(?<f>quarter|half)"
            + "(?:\\s+of\\s+an?\\s+|(?<joined>[\\s-]))(?<u>century|decade)(?![\\w-])",
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          boolean century = m.group("u").equalsIgnoreCase("century");
          boolean quarter = m.group("f").equalsIgnoreCase("quarter");
          if (m.group("joined") != null && !quarter) {
            return null; // "a half century" is half-duration's
          }
          if (quarter && !century) {
            return null; // "a quarter of a decade": no whole number of years
          }
          int years = (century ? 100 : 10) / (quarter ? 4 : 2);
          String v = "P" + years + "Y";
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    // "the two-year-old conflict", "the IRA's 8-month-old truce": the age of a state of affairs is
    // a length (TimeBank); the age of a person ("a 45-year-old man") is not marked
    f.add("old-compound", 3,
        "(?<![\\w$£€.,-])(?<amt>" + NUM + ")-(?<u>years?|months?|weeks?|days?)-old\\s+(?:(?:civil|"
            + "armed|bloody|brutal|fragile|uneasy|shaky|long|military|political|diplomatic)\\s+)?"
            + "(?<noun>[a-z]+)" + END,
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          if (!STATE_NOUNS.contains(m.group("noun").toLowerCase(Locale.ROOT))) {
            return null;
          }
          String amt = Calendar.amount(m.group("amt"));
          String unit = Calendar.unit(m.group("u"));
          if (amt == null || unit == null) {
            return null;
          }
          String v = Calendar.duration(amt, unit);
          return new Cand(m.start(), m.end("u") + "-old".length(),
              c -> Res.of(Type.DURATION, v, null, null));
        });

    // "day-long talks", "a decades-long conflict", "months-long standoff": a length as adjective
    f.add("long-compound", 2,
        // "a weeklong stretch", "the yearlong inquiry": written solid too
        "(?<![\\w-])(?<u>hours?|days?|weeks?|months?|years?|decades?|century|centuries)-?long"
            + "(?![\\w-])",
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          String u = m.group("u").toLowerCase(Locale.ROOT);
          String v = Calendar.duration(u.endsWith("s") ? "X" : "1", Calendar.unit(u));
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    f.add("duration-span", 3,
        "(?<![\\w])[Tt]he\\s+(?<rel>past|last|previous|next|coming|first|final|following)\\s+"
            // "the next two fiscal years": a count of fiscal years is a length too
            + "(?:(?<amt>" + NUM + ")\\s+(?:fiscal\\s+)?)?(?<u>" + UNITS + ")"
            // "over the past year and a half": the half follows the unit
            + "(?<half>\\s+and\\s+a\\s+half)?" + END,
        (m, doc) -> {
          String rel = m.group("rel");
          String u = m.group("u");
          boolean plural = u.endsWith("s") || u.equals("centuries");
          if (m.group("half") != null) {
            String unit = Calendar.unit(u);
            if (m.group("amt") != null || plural || unit == null) {
              return null;
            }
            String v = Calendar.duration("1.5", unit);
            return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
          }
          if (m.group("amt") == null) {
            if (Set.of("first", "final", "following").contains(rel)) {
              return null;
            }
            if (!plural && (u.startsWith("day") || u.startsWith("night") || u.startsWith("hour")
                || u.startsWith("minute") || u.startsWith("second"))) {
              return null;
            }
          }
          String r = rel.toLowerCase(Locale.ROOT);
          if (m.group("amt") == null && !plural && (u.equals("year") || u.equals("decade"))
              && (r.equals("past") || r.equals("last") || r.equals("previous"))
              && !doc.text.startsWith(" and a half", m.end())
              // "have for the past year discussed": how long, a length
              && !doc.prevWord(m.start()).equals("for")) {
            // "over the past year", "in the last decade": TimeML dates the stretch by the
            // calendar period just gone, as it does "last year"
            return new Cand(m.start(), m.end(), c -> {
              LocalDate pub = c.pubOrNull();
              if (pub == null) {
                return Res.of(Type.DURATION, Calendar.duration("1", Calendar.unit(u)), null,
                    "no-publication-date");
              }
              // written in the last days of December ("The past year now suggests"), it is
              // the year then ending
              int back = pub.getMonthValue() == 12 && pub.getDayOfMonth() >= YEAR_END_DAY ? 0 : 1;
              return u.equals("year")
                  ? Res.of(Type.DATE, Calendar.year(pub.getYear() - back), null, "past-period")
                  : Res.of(Type.DATE, Integer.toString(pub.getYear() / 10 - 1), null,
                      "past-period");
            });
          }
          String amt = m.group("amt") == null ? (plural ? "X" : "1")
              : Calendar.amount(m.group("amt"));
          String unit = Calendar.unit(u);
          if (amt == null || unit == null) {
            return null;
          }
          String v = Calendar.duration(amt, unit);
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    f.add("vague-duration", 1,
        "(?<![\\w])(?:(?<pre>[Ff]or|[Oo]ver|[Ii]n|[Ww]ithin|[Tt]hrough)\\s+(?:(?<the>the)\\s+)?)?"
            + "(?<u>decades|centuries|years|months|weeks|days|hours|minutes|(?<cap>Decades|Years"
            + "|Months|Weeks|Days|Hours|Minutes))"
            + END,
        (m, doc) -> {
          String u = m.group("u").toLowerCase(Locale.ROOT);
          String pre = group(m, "pre");
          String next = doc.nextWord(m.end());
          String left = pre == null ? doc.prevWord(m.start()) : "";
          if (m.group("the") != null && !pre.equalsIgnoreCase("over")
              && !pre.equalsIgnoreCase("through")) {
            return null; // "in the days before the vote": not a stretch of open length here
          }
          if (pre != null && m.group("cap") != null) {
            return null;
          }
          // "after months of talks", "amid weeks of protests", "despite years of attempts": a
          // stretch of something, its length left open; "Years of recession" opening a sentence
          boolean stretch = pre == null && next.equals("of")
              && (STRETCH_BEFORE.contains(left) || m.group("cap") != null && left.isEmpty());
          // "just hours after the vote", "a sixth died days later", "a vote is days away", "has
          // spent years pushing", "months in the making": a length left open, placed or spent
          // ("made Meghan cry, and months later the story appeared": "and" after a comma opens
          // a clause, it joins no unit before it)
          boolean clauseAnd = left.equals("and") && m.start() > 0
              && doc.charAt(doc.prevNonSpace(doc.prevWordStart(m.start()))) == ',';
          boolean bare = pre == null && (!PHRASE_BEFORE.contains(left) || clauseAnd)
              && Calendar.amount(left) == null
              && (next.equals("later") || next.equals("earlier") || next.equals("away")
                  // "resigned days after the report", "doing this days after": after a verb or
                  // its pronoun object ("the border days after", a noun's, is left alone)
                  || (next.equals("after") || next.equals("before")) && (MERE_BEFORE.contains(left)
                      || Set.of("this", "that", "it", "so").contains(left)
                      || doc.verbAt(doc.prevWordStart(m.start())))
                  || SPEND_BEFORE.contains(left)
                  || doc.text.startsWith(" in the making", m.end()));
          if (pre == null && !u.equals("decades") && !u.equals("centuries") && !stretch && !bare) {
            return null;
          }
          if (next.equals("ago") || doc.charAt(m.end()) == '-') {
            return null;
          }
          String v = Calendar.duration("X", Calendar.unit(u));
          int start = m.group("the") != null ? m.start("the") : m.start("u");
          return new Cand(start, m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    // "the weeks ahead", "the days and weeks ahead": a stretch to come of no stated length
    f.add("ahead-span", 3,
        "(?<![\\w])[Tt]he\\s+(?:coming\\s+)?(?<u>days|weeks|months|years)"
            + "(?:\\s+(?:and|or)\\s+(?:days|weeks|months|years))?\\s+ahead" + END,
        (m, doc) -> {
          String v = Calendar.duration("X", Calendar.unit(m.group("u")));
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    // "for a number of years", "a number of months ago": a length of no stated amount
    f.add("number-of", 3,
        "(?<![\\w-])[Aa]\\s+(?:(?:good|large|small|certain)\\s+)?number\\s+of\\s+(?<u>decades|years|months"
            + "|weeks|days|hours|minutes)(?<ago>\\s+ago)?" + END,
        (m, doc) -> {
          if (m.group("ago") != null) {
            return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, "PAST_REF", null, null));
          }
          String v = Calendar.duration("X", Calendar.unit(m.group("u")));
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });

    // "in the weeks since the vote", "in the days since": the stretch from an event to now, of
    // no stated length ("since" is the signal, outside the expression)
    f.add("since-span", 3,
        "(?<![\\w])[Tt]he\\s+(?<u>days|weeks|months|years|decades)(?=\\s+since\\b)",
        (m, doc) -> {
          String v = Calendar.duration("X", Calendar.unit(m.group("u")));
          return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
        });
  }

  /**
   * Fortnights, vague lengths back ("years ago") and sets: "every week", "daily", "twice a year".
   */
  static void sets(DateFinder f) {
    // "a fortnight", "over a fortnight", "a fortnight ago": two weeks, as British writers say
    f.add("fortnight", 3,
        "(?<![\\w-])(?:(?<amod>[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Mm]ore\\s+than|[Ll]ess\\s+than"
            + "|[Oo]ver|[Uu]nder|[Jj]ust\\s+over|[Jj]ust\\s+under)\\s+)?(?<amt>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree"
            + "|[Ff]our|[Ss]everal|[Aa]\\s+few)\\s+fortnights?(?:\\s+(?<ago>ago))?(?![\\w-])",
        (m, doc) -> {
          String a = m.group("amt").toLowerCase(Locale.ROOT);
          Integer n = switch (a) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> null;
          };
          if (m.group("ago") == null) {
            String v = n == null ? "PXW" : "P" + 2 * n + "W";
            return new Cand(m.start(), m.end(), c -> Res.of(Type.DURATION, v, null, null));
          }
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            if (n == null || pub == null) {
              return Res.of(Type.DATE, "PAST_REF", null, null);
            }
            return Res.of(Type.DATE, Calendar.week(pub.minusWeeks(2L * n)), null, "publication");
          });
        });

    // "years ago", "days ago": some time back, no amount given
    f.add("vague-ago", 3,
        "(?<![\\w-])(?<u>[Cc]enturies|[Dd]ecades|[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Hh]ours)"
            + "\\s+ago" + END,
        (m, doc) -> new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, "PAST_REF", null, null)));

    f.add("set-every", 4,
        // ("blamed each other Thursday night": the reciprocal pronoun, then the day)
        "(?<![\\w])(?:[Ee]very\\s+(?:(?<other>other)\\s+)?|[Ee]ach\\s+)(?:(?<amt>" + NUM + ")\\s+)?"
            + "(?<u>day|week|month|year|quarter|morning|afternoon|evening|night|weekend|hour|decade"
            + "|summer|winter|spring|autumn|days|weeks|months|years|hours|decades|minute|minutes"
            // "every 12 seconds" (not "every second year": an ordinal)
            + "|seconds|(?<wd>" + WD_NAME
            // "every Monday morning": the part of the day of each such weekday
            + ")(?:\\s+(?<wpod>morning|afternoon|evening|night))?|(?<month>" + MONTH_NAME + "))"
            // "every hour of every day", "each day of the week": one repetition, by its finer unit
            + "(?:\\s+of\\s+(?:every|each|the)\\s+(?:day|week|month|year))?"
            + END,
        (m, doc) -> {
          String u = m.group("u");
          String v;
          if (m.group("month") != null) {
            v = String.format(Locale.ROOT, "XXXX-%02d", Calendar.month(u)); // each July
          } else if (m.group("wd") != null) {
            v = "XXXX-WXX-" + Calendar.weekday(m.group("wd")).getValue()
                + (m.group("wpod") == null ? "" : "T" + partOfDay(m.group("wpod")));
          } else if (Set.of("morning", "afternoon", "evening", "night").contains(u)) {
            v = "TXX" + partOfDay(u);
          } else if (Set.of("summer", "winter", "spring", "autumn").contains(u)) {
            v = "XXXX-" + Calendar.season(u);
          } else if (u.equals("quarter")) {
            v = "P1Q";
          } else {
            String amt = m.group("other") != null ? "2"
                : m.group("amt") == null ? "1" : Calendar.amount(m.group("amt"));
            String unit = Calendar.unit(u);
            if (amt == null || unit == null) {
              return null;
            }
            v = Calendar.duration(amt, unit.equals("WE") ? "W" : unit);
          }
          return new Cand(m.start(), m.end(), c -> Res.of(Type.SET, v, null, null));
        });

    f.add("set-adverb", 3,
        "(?<![\\w-])(?<w>daily|weekly|monthly|annually|yearly|nightly|hourly|fortnightly"
            + "|biweekly)(?![\\w-])",
        (m, doc) -> {
          if ((m.group("w").equals("daily") || m.group("w").equals("weekly"))
              && pressDaily(doc, m.start(), m.end())) {
            return null; // "the Israeli daily Haaretz", "the daily said": a newspaper
          }
          String v = switch (m.group("w")) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "hourly" -> "PT1H";
            case "fortnightly", "biweekly" -> "P2W";
            default -> "P1Y";
          };
          return new Cand(m.start(), m.end(), c -> Res.of(Type.SET, v, null, null));
        });

    // "6% per year", "$40 per day": a rate, every unit, as "a year" is
    f.add("set-per", 3,
        "(?<![\\w-])[Pp]er\\s+(?<u>year|annum|month|week|day|hour|night)(?![\\w-])",
        (m, doc) -> {
          String u = m.group("u");
          String v = u.equals("annum") ? "P1Y" : Calendar.duration("1", Calendar.unit(u));
          return new Cand(m.start(), m.end(), c -> Res.of(Type.SET, v, null, null));
        });

    f.add("set-times", 4,
        "(?<![\\w])(?:once|twice|thrice|(?:" + NUM + ")\\s+times)\\s+(?:a|an|per|each|every)\\s+"
            + "(?<u>day|week|month|year|decade)" + END,
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          String v = Calendar.duration("1", Calendar.unit(m.group("u")));
          return new Cand(m.start(), m.end(), c -> Res.of(Type.SET, v, null, null));
        });
  }
}
