package org.parley.time;

import static org.parley.time.DateFinder.AMOUNT_START;
import static org.parley.time.DateFinder.END;
import static org.parley.time.DateFinder.MON;
import static org.parley.time.DateFinder.NP_STOP;
import static org.parley.time.DateFinder.NUM;
import static org.parley.time.DateFinder.UNITS;
import static org.parley.time.DateFinder.WD_NAME;
import static org.parley.time.DateFinder.YEAR;
import static org.parley.time.DateFinder.afterPublication;
import static org.parley.time.DateFinder.dayFromPub;
import static org.parley.time.DateFinder.group;
import static org.parley.time.DateFinder.noteOf;
import static org.parley.time.DateFinder.partOfDay;
import static org.parley.time.DateFinder.priorPeriod;
import static org.parley.time.DateFinder.seasonRelative;
import static org.parley.time.DateFinder.shifted;
import static org.parley.time.DateFinder.unknown;
import static org.parley.time.DateFinder.unknownOf;
import static org.parley.time.DateFinder.withClock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;
import org.parley.time.Tense.Direction;
import org.parley.time.TimeExpression.Type;

final class RelativeRules {
  private RelativeRules() {}

  private static final Set<String> NAMED_DAYS =
      Set.of("super", "black", "cyber", "good", "ash", "bloody", "holy", "palm", "maundy", "shrove",
          "giving", "small");

  /**
   * The words before a weekday that make it part of a title or an idiom: the programmes "Breitbart
   * News Sunday" and "Fox News Sunday", the papers "The Mail on Sunday" and "Independent on
   * Sunday", "six ways from Sunday".
   */
  private static final Pattern SHOW_OR_IDIOM_BEFORE = Pattern.compile(
      "(?:\\b(?:Breitbart|Fox)\\s+News|\\b(?:Mail|Independent|Observer)\\s+on"
          + "|\\bways\\s+(?:from|to))\\s+$");

  /**
   * The nouns of what is held every such day, right after a weekday: "Sunday talk shows", "the
   * Sunday morning political shows", "Sunday Mass", "Sunday school".
   */
  private static final Pattern HABIT_AFTER = Pattern.compile(
      "(?:\\s+(?:morning|political|news|public|affairs|talk|interview|television|TV|cable))*"
          + "\\s+(?:shows|programs|programmes|show\\s+circuit|[Mm]ass|school|services|worship"
          + "|church\\s+services|sermons|brunch(?:es)?)(?![\\w-])");

  /**
   * Words before a weekday that leave it the modifier of a noun held each week ("on Sunday TV
   * programs", "the Sunday talk shows"); after a verb it is a day ("data released Tuesday shows").
   */
  private static final Set<String> HABIT_LEFT = Set.of("the", "on", "for", "at", "of", "and",
      "to", "in", "during", "from", "weekly", "usual", "regular");

  /** Determiners of one occasion: "in his Sunday Mass at St. Patrick's", "this Sunday's". */
  private static final Set<String> ONE_OF = Set.of("his", "her", "their", "its", "my", "our",
      "your", "s", "that", "this", "last", "next");

  /** A network's name right before a weekday: "CBS Sunday Morning". */
  private static final Pattern NETWORK_BEFORE =
      Pattern.compile("\\b(?:CBS|NBC|ABC|CNN|MSNBC|PBS|BBC|ESPN|Fox)(?:['’]s)?\\s+$");

  private static final Pattern CLOCK_BEFORE = Pattern.compile(
      "([A-Za-z]+)\\s+(?:at\\s+)?(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*[AaPp]\\.?\\s?[Mm]\\.?|noon|midnight)"
          + "(?:\\s+[A-Z]{2,4})?,?\\s+$");

  /** "as soon as Friday", "as early as Monday": the earliest day a thing may happen. */
  private static final Pattern SOON_AS = Pattern.compile("\\b(?:soon|early)\\s+as\\s+$");

  /**
   * A calendar date a few words after a weekday in the same clause ("Saturday caucuses on Feb.
   * 20"): when it falls on that weekday, it is the day the weekday names.
   */
  private static final Pattern DATE_AFTER = Pattern.compile(
      "^[^.!?;:\\n\"“”()]{0,40}?\\b(" + DateFinder.MON + ")\\s+(\\d{1,2})(?![\\d:])");

  /** The words between two days of one sentence joined by "and": " and to New Orleans on ". */
  private static final Pattern JOINED = Pattern.compile("[^.;!?\\n]*\\band\\b[^.;!?\\n]*");

  /** An election a few words before a weekday: "up for re-election on", "to the polls". */
  private static final Pattern ELECTION_BEFORE_DAY = Pattern.compile(
      "(?i)\\b(?:re-?elections?|elections?|primary|primaries|runoffs?|caucus(?:es)?|polls|ballots?)"
          + "\\b[^.;!?\\n]{0,25}$");

  /** How many days from publication "Saturday the 20th" is looked for. */
  private static final int ORDINAL_DAY_REACH = 45;

  /** Two days joined with nothing else between: " or ", ", and on ", " and ". */
  private static final Pattern TIGHTLY_JOINED =
      Pattern.compile(",?\\s+(?:and|or|and/or)(?:\\s+(?:on|early|late))?\\s+|\\s*,\\s*");

  /**
   * A second weekday of the same week named right after a first: " and Friday next week",
   * " or on Tuesday last week". The week told of the second is the first's too.
   */
  private static final Pattern WEEK_OF_JOINED_DAY = Pattern.compile(
      ",?\\s+(?:and|or|to)\\s+(?:on\\s+)?" + WD_NAME + ",?\\s+(?:of\\s+)?(?<rel>next|last|this)"
          + "\\s+week\\b");

  /** What answers a thing done: "the response to Saturday's attack" was to one gone by. */
  private static final Pattern ANSWER_TO = Pattern.compile(
      "(?i)\\b(?:response|responses|respond|responding|reaction|reactions|react|reacting"
          + "|retaliation|retaliate|retaliating|aftermath|wake)\\s+(?:to|of|for)\\s+(?:the\\s+)?$");

  /** Verbs of saying in the past: "said Friday" is the day of the saying. */
  private static final Set<String> SAID_PAST = Set.of("said", "told", "announced", "wrote",
      "tweeted", "testified", "stated", "declared", "added", "acknowledged", "confirmed");

  /** Gerunds of saying, whose day is the time of the clause above ("offered no clues, saying"). */
  private static final Set<String> SAYING = Set.of("saying", "telling", "announcing", "adding",
      "noting", "writing", "tweeting", "arguing", "insisting");

  /** Words after a weekday that make it the subject of a clause ("said Friday would be"). */
  private static final Set<String> SUBJECT_OF = Set.of("would", "will", "is", "was", "could",
      "might", "may", "should", "must", "looks", "looked", "seems", "seemed", "marks", "marked");

  /** Time words that also name newspapers and programmes. */
  /** Determiners of some day, not a given one: "on a Saturday", "any Sunday". */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "any");

  /** Adjectives between them and the weekday: "a single Saturday", "a typical Monday". */
  private static final Set<String> ANY_DAY = Set.of("single", "typical", "normal", "given",
      "average", "certain", "particular", "random", "usual", "regular", "ordinary");

  /** Words after a weekday that do not make it the modifier of a noun ("on a Saturday in May"). */
  private static final Set<String> NOT_NOUNS = Set.of("in", "on", "at", "of", "and", "or", "when",
      "after", "before", "that", "which", "to", "for", "with", "is", "was", "would", "will");

  /**
   * Whether a word other than a preposition or conjunction follows {@code end}: the weekday then
   * modifies a noun ("a Saturday rally", "an early Saturday morning Fox News hit").
   */
  private static boolean beforeNoun(Doc doc, int end) {
    int i = end;
    while (i < doc.text.length() && doc.text.charAt(i) == ' ') {
      i++;
    }
    return i < doc.text.length() && Character.isLetterOrDigit(doc.text.charAt(i))
        && !NOT_NOUNS.contains(doc.nextWord(end));
  }

  private static final Set<String> TITLE_WORDS = Set.of("Today", "Tonight", "Now");

  /**
   * A capitalized part of the day and a capitalized word after a weekday: the title of a show or
   * an event ("Saturday Night Live", "Monday Night Football"), not a headline's "Saturday Night In
   * Ohio".
   */
  private static final Pattern TITLED_DAY = Pattern.compile(
      " (?:Night|Morning|Evening|Afternoon) (?!(?:In|At|On|To|For|And|With|The|As|After|Before"
          + "|From|By|Of|Or|But|Is|Was|Will|Amid|Over)\\b)[A-Z][a-z]+");

  /** Events held on a day set beforehand: "Tuesday's election", "Monday's hearing". */
  private static final Set<String> HELD_EVENTS = Set.of("election", "elections", "primary",
      "primaries", "caucus", "caucuses", "vote", "runoff", "referendum", "debate", "hearing",
      "meeting", "summit", "session", "deadline", "speech", "address");

  /**
   * Prepositions before a possessive weekday that do not make its event the aim of a future act
   * ("will translate ... in Monday's debate" may be a parse that hung the debate on the future).
   */
  private static final Set<String> NOT_AIMED = Set.of("in", "on", "during", "from", "with",
      "over", "by", "about", "than", "like", "through", "within", "since", "after", "before",
      "until", "till", "despite", "amid");

  /** Nouns that make a weekday before them part of a name: "Tuesday Group", "Sunday Times". */
  private static final Set<String> NAMED_BODY = Set.of("group", "club", "caucus", "coalition",
      "society", "times", "telegraph", "express", "mirror", "magazine");

  /** The words before an abbreviated "Sat.", "Sun." or "Mon." that make it a day. */
  private static final Set<String> ABBR_DAY_LEFT = Set.of("on", "by", "until", "till",
      "through", "from", "for", "after", "before", "since", "last", "next", "this");

  /** A weekday with its modifiers: "early Tuesday", "last Friday", "Sunday evening". */
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?<![\\w-])(?:(?<mod>[Ee]arly|[Ll]ate)\\s+)?(?:[Tt]his\\s+(?=[Cc]oming|[Pp]ast))?"
          + "(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming"
          + "|[Pp]ast)\\s+)?(?<wd>" + WD_NAME
          // "Forecast for Wed. after Cold Wave Alert Tues.": a headline's abbreviated day
          + "|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\."
          + ")(?<pl>s)?(?:\\s+(?<pod>morning|afternoon|evening|night)(?<pods>s)?)?" + END);

  private static Cand weekday(Matcher m, Doc doc) {
    String rel = group(m, "rel");
    String wdText = m.group("wd");
    boolean plural = m.group("pl") != null;
    String pod = group(m, "pod");
    String left = doc.prevWord(m.start());
    if (rel == null && left.equals("the") && doc.nextIsCapitalizedName(m.end())) {
      return null; // the Sunday Times
    }
    if (wdText.endsWith(".") && (wdText.startsWith("S") || wdText.startsWith("M"))
        && !ABBR_DAY_LEFT.contains(left)) {
      return null; // "The Sun.", "Sat." (the verb in a title): only "on Sat.", "by Sun."
    }
    if (rel == null && pod == null && group(m, "mod") == null
        && Character.isUpperCase(doc.charAt(doc.nextNonSpace(m.end())))
        && NAMED_BODY.contains(doc.nextWord(m.end()))) {
      return null; // "the moderate Tuesday Group", "a Sunday Telegraph poll": a body's name
    }
    if (rel != null && rel.equalsIgnoreCase("past") && m.start() == m.start("rel")
        && !left.isEmpty() && !left.equals("the") && !left.equals("on")) {
      // "put the government past Thursday's deadline", "functioning past Friday": the
      // preposition, not "this past Thursday"; the weekday alone is the expression
      Matcher alone = WEEKDAY.matcher(doc.text).useTransparentBounds(true)
          .useAnchoringBounds(false).region(m.start("wd"), doc.text.length());
      return alone.lookingAt() ? weekday(alone, doc) : null;
    }
    if (wdText.equals("Sunday") && doc.text.startsWith("Fox News ", Math.max(0, m.start() - 9))) {
      return null; // "Fox News Sunday", the programme
    }
    Matcher show = SHOW_OR_IDIOM_BEFORE.matcher(doc.text)
        .region(Math.max(0, m.start() - 24), m.start());
    // ("told Fox News Tuesday night" is a day: the programmes are Sunday's)
    if (rel == null && show.find() && (wdText.equals("Sunday") || !show.group().contains("News"))) {
      return null; // "Breitbart News Sunday", "The Mail on Sunday", "six ways from Sunday"
    }
    if (rel == null && pod == null && doc.text.startsWith(" Morning", m.end())
        && NETWORK_BEFORE.matcher(doc.text).region(Math.max(0, m.start() - 12), m.start()).find()) {
      return null; // "CBS Sunday Morning": a network's programme
    }
    if (rel == null && pod == null && TITLED_DAY.matcher(doc.text).region(m.end(),
        doc.text.length()).lookingAt()) {
      return null; // "Saturday Night Live", "the Saturday Night Massacre": a title
    }
    if (group(m, "mod") == null && rel == null && NAMED_DAYS.contains(doc.prevWord(m.start()))
        && Character.isUpperCase(doc.text.charAt(doc.prevWordStart(m.start())))) {
      return null; // Super Tuesday, Good Friday: named days, not this week's
    }
    DayOfWeek wd = Calendar.weekday(wdText);
    if (rel == null && group(m, "mod") == null && !plural && !ONE_OF.contains(left)
        && (HABIT_LEFT.contains(left) || left.isEmpty())
        && !DATE_AFTER.matcher(doc.text)
            .region(m.end(), Math.min(doc.text.length(), m.end() + 64)).find()
        && HABIT_AFTER.matcher(doc.text)
        .region(m.end(), Math.min(doc.text.length(), m.end() + 48)).lookingAt()) {
      // "the Sunday morning political talk shows", "pews for Sunday Mass": what is held each
      // such day, not one day of this week
      String v = "XXXX-WXX-" + wd.getValue() + (pod == null ? "" : "T" + partOfDay(pod));
      return new Cand(m.start(), m.end(), c -> Res.of(Type.SET, v, null, "habitual"));
    }
    if (group(m, "pods") != null && rel == null) {
      // "Tuesday nights": every Tuesday night
      String v = "XXXX-WXX-" + wd.getValue() + "T" + partOfDay(pod);
      return new Cand(m.start(), m.end(), c -> Res.of(Type.SET, v, null, null));
    }
    // "until 9 a.m. Tuesday": the word before the clock governs the day
    Matcher clockBefore = CLOCK_BEFORE.matcher(doc.text)
        .region(Math.max(0, m.start() - 40), m.start());
    String governor = clockBefore.find() ? clockBefore.group(1).toLowerCase(Locale.ROOT) : left;
    boolean soonAs = governor.equals("as") && SOON_AS.matcher(doc.text)
        .region(Math.max(0, m.start() - 16), m.start()).find();
    if (plural) {
      if (rel != null || AMOUNT_START.contains(left)
          || Character.isDigit(doc.charAt(doc.prevNonSpace(m.start())))) {
        return null; // "three Fridays from now" counts days, it is no set
      }
      String v = "XXXX-WXX-" + wd.getValue();
      return new Cand(m.start(), m.end(), c -> Res.of(Type.SET, v, null, null));
    }
    int leftStart = doc.prevWordStart(m.start());
    boolean wordBefore = leftStart == 0 || Character.isWhitespace(doc.charAt(leftStart - 1));
    if (rel == null && wordBefore && (INDEFINITE.contains(left) || ANY_DAY.contains(left)
        && INDEFINITE.contains(doc.prevWord(leftStart)))
        && !doc.possessiveAt(m.end()) && !beforeNoun(doc, m.end())) {
      // "usually on a Saturday", "head to the video store on a Saturday night": some Saturday,
      // not this week's ("held a Saturday rally" names one, by its noun)
      String v = "XXXX-WXX-" + wd.getValue() + (pod == null ? "" : "T" + partOfDay(pod));
      Type type = pod == null ? Type.DATE : Type.TIME;
      return new Cand(m.start(), m.end(), c -> Res.of(type, v, null, "any"));
    }
    int at = m.start();
    String r = rel == null ? null : rel.toLowerCase(Locale.ROOT);
    String part = pod == null ? null : partOfDay(pod);
    boolean possessive = pod == null && doc.possessiveAt(m.end());
    int saidAt = rel == null && pod == null && (SAID_PAST.contains(left) || SAYING.contains(left))
        && !SUBJECT_OF.contains(doc.nextWord(m.end())) ? doc.prevWordStart(m.start()) : -1;
    Matcher dated = DATE_AFTER.matcher(doc.text)
        .region(m.end(), Math.min(doc.text.length(), m.end() + 64));
    int datedMonth = rel == null && dated.find() ? Calendar.month(dated.group(1)) : 0;
    int datedDay = datedMonth > 0 ? Integer.parseInt(dated.group(2)) : 0;
    String ownedNoun = possessive ? doc.nextWord(m.end() + 2) : "";
    // "the verdict has been moved to Thursday", "extended absentee voting through Saturday":
    // a time moved to a day, or a state kept through it, looks ahead as "until" does (not the
    // second day of a range: "conducted Friday through Sunday")
    boolean movedTo = rel == null && !possessive
        && (left.equals("to") && doc.tense.movesTimeTo(m.start(), false)
            || left.equals("through") && leftStart > 0
                && !doc.prevWord(leftStart).matches("(?:mon|tues|wednes|thurs|fri|satur|sun)day")
                && !Character.isDigit(doc.charAt(doc.prevNonSpace(leftStart)))
                && doc.tense.movesTimeTo(m.start(), true));
    boolean basedOn = left.equals("on") && leftStart > 0
        && doc.prevWord(leftStart).equals("based");
    // "talks in Vienna on Thursday and Friday next week": the week told of the second day
    Matcher weekOfJoined = WEEK_OF_JOINED_DAY.matcher(doc.text)
        .region(m.end(), Math.min(doc.text.length(), m.end() + 40));
    int joinedWeek = rel != null || !weekOfJoined.lookingAt() ? 0
        : switch (weekOfJoined.group("rel")) {
          case "next" -> 1;
          case "last" -> -1;
          default -> 2;
        };
    Cand cand = new Cand(m.start(), m.end(), c -> {
      LocalDate pub = c.pubOrNull();
      Res res;
      if (pub != null && joinedWeek != 0) {
        LocalDate d = pub.plusWeeks(joinedWeek == 2 ? 0 : joinedWeek).with(wd);
        res = Res.of(Type.DATE, Calendar.day(d), d, "week-of-joined");
        return part == null ? res : withClock(res, part);
      }
      if (pub == null) {
        res = Res.of(Type.DATE, "XXXX-WXX-" + wd.getValue(), null, "no-publication-date");
      } else {
        LocalDate d;
        String note;
        LocalDate sameDay = sameDayAfter(pub, wd, datedMonth, datedDay);
        if ("last".equals(r) || "past".equals(r)) {
          d = pub.minusDays(1).with(TemporalAdjusters.previousOrSame(wd));
          note = "last";
        } else if ("next".equals(r)) {
          d = pub.plusDays(1).with(TemporalAdjusters.nextOrSame(wd));
          note = "next";
        } else if ("this".equals(r) && c.direction(at, governor) == Direction.PAST) {
          // "I asked him about it on MSNBC this Saturday": the one of this week, gone by
          d = pub.with(TemporalAdjusters.previousOrSame(wd));
          note = "this-past";
        } else if ("this".equals(r) || "coming".equals(r)) {
          d = pub.with(TemporalAdjusters.nextOrSame(wd));
          note = r;
        } else if (sameDay != null) {
          // "Saturday caucuses on Feb. 20": the date written after it, on that weekday
          d = sameDay;
          note = "dated";
        } else {
          // "Tuesday's declaration": a day whose doings are reported is past; "until Tuesday",
          // "postponed till Tuesday" look ahead
          boolean until = governor.equals("until") || governor.equals("till") || movedTo;
          Direction told = possessive ? doc.tense.at(at) : null;
          Direction dir = possessive && (until
              || governor.equals("of") && CalendarRules.AWAITING.matcher(doc.text)
                  .region(Math.max(0, at - 24), at).find()) ? Direction.FUTURE
              // "Wednesday's debate could focus on immigration", "will focus", "Nestle's share
              // before Friday's purchases": the nearest
              // ... but "may still be claiming victory after Monday's debate" is past
              : possessive && (governor.equals("after") || governor.equals("since")
                  // "to discuss the response to Saturday's chemical attack": what is answered
                  // has been done, whatever the tense of the answer
                  || ANSWER_TO.matcher(doc.text).region(Math.max(0, at - 30), at).find())
                  ? Direction.PAST
              // "he will be at Monday's hearing", "is bracing for Monday's hearing": a meeting or
              // a vote a future act is aimed at lies ahead (its subject, "Tuesday's vote will
              // make it harder", may be one gone by, and so may a thing: "get around
              // Wednesday's ruling")
              : told == Direction.FUTURE && HELD_EVENTS.contains(ownedNoun)
                  && !NOT_AIMED.contains(governor) && doc.tense.ownedNotSubject(at)
                  ? Direction.FUTURE
              : told == Direction.FUTURE || told == Direction.OPEN
                  || possessive && governor.equals("before") ? Direction.OPEN
              // "who is challenging Tester in Tuesday's election": a meeting or a vote told in
              // the present is the nearest, not one whose doings are reported
              // (but "based on Wednesday's meeting, it appears" is past)
              : told == Direction.PRESENT && HELD_EVENTS.contains(ownedNoun) && !basedOn
                  && !doc.inCaption(at) ? Direction.OPEN
              : possessive || until && doc.tense.pastUntil(at) ? Direction.PAST
              : until || soonAs ? Direction.FUTURE
              // "requires final action by Saturday": a deadline, ahead unless told in the past
              : governor.equals("by") ? (doc.tense.at(at) == Direction.PAST ? Direction.PAST
                  : Direction.FUTURE)
              // "said Friday", "saying Wednesday the administration will wait": the day of the
              // saying, whatever the parse hung it on
              : saidAt >= 0 ? (SAID_PAST.contains(left) ? Direction.PAST
                  : doc.tense.at(saidAt))
              : c.direction(at, governor);
          LocalDate before = pub.with(TemporalAdjusters.previousOrSame(wd));
          LocalDate after = pub.with(TemporalAdjusters.nextOrSame(wd));
          // "will not take part in Wednesday's hearing ... Nadler prefaced Wednesday's hearing
          // as a scholarly examination": an event named again by its day is the one named
          // before, whatever the tense of the clause that mentions it
          // (only over the past a possessive leans to by default: "while Tuesday's vote will
          // culminate" keeps its own reading whatever was said of the vote before)
          LocalDate named = ownedNoun.isEmpty() || dir != Direction.PAST ? null
              : sameEventBefore(c, doc, at, wdText, ownedNoun);
          if (named != null && (named.equals(before) || named.equals(after))) {
            return Res.of(Type.DATE, Calendar.day(named), named, "same-event");
          }
          // "who is up for re-election on Tuesday", "as voters head to the polls Tuesday": an
          // election told in the present or with no tense is the coming one
          if ((dir == Direction.PRESENT || dir == Direction.OPEN || dir == Direction.UNKNOWN)
              && !possessive && ELECTION_BEFORE_DAY.matcher(doc.text)
                  .region(Math.max(0, at - 40), at).find()) {
            dir = Direction.FUTURE;
          }
          // "heading to Texas Wednesday and to New Orleans on Friday": with no tense to decide,
          // a day joined to one still ahead, named just before in its sentence, follows it
          boolean joined = dir != Direction.PAST && dir != Direction.FUTURE
              && c.lastDay != null && c.lastDayEnd >= 0 && c.lastDayEnd <= at
              && at - c.lastDayEnd <= 80 && !c.lastDay.isBefore(pub)
              && ChronoUnit.DAYS.between(pub, c.lastDay) < 7
              && JOINED.matcher(doc.text).region(c.lastDayEnd, at).matches();
          if (joined) {
            dir = Direction.FUTURE;
            // ("Tuesday … and the run-up to Tuesday's balloting": the same day named again)
            after = c.lastDay.with(TemporalAdjusters.nextOrSame(wd));
          }
          // "possible Thursday or Friday", "on Saturday and Sunday": a day coordinated with
          // the one just before lies in its week, after it, unless that contradicts the tense
          if (c.lastDay != null && c.lastDayEnd >= 0 && c.lastDayEnd <= at
              && Math.abs(ChronoUnit.DAYS.between(pub, c.lastDay)) < 7
              && TIGHTLY_JOINED.matcher(doc.text).region(c.lastDayEnd, at).matches()) {
            LocalDate next = c.lastDay.with(TemporalAdjusters.nextOrSame(wd));
            if (!(dir == Direction.PAST && next.isAfter(pub)
                || dir == Direction.FUTURE && next.isBefore(pub))) {
              Res joinedDay = Res.of(Type.DATE, Calendar.day(next), next, "joined");
              return part == null ? joinedDay : withClock(joinedDay, part);
            }
          }
          switch (dir) {
            case PAST -> d = before;
            case FUTURE -> d = after;
            // a present clause ("talks continue on Friday") or an open one ("planned a march on
            // Saturday", "could come Tuesday") takes the nearest
            case PRESENT, OPEN -> d = ChronoUnit.DAYS.between(before, pub)
                <= ChronoUnit.DAYS.between(pub, after) ? before : after;
            // one with no tense to go by ("up from 443 million Thursday") leans back: news
            // reports what happened, and a weekday to come is rarely left without a tense that
            // says so (about 19 in 20 bare weekdays in TimeBank and AQUAINT are past)
            default -> d = ChronoUnit.DAYS.between(pub, after) <= 1
                && ChronoUnit.DAYS.between(before, pub) >= 6 ? after : before;
          }
          note = noteOf(dir);
        }
        res = Res.of(Type.DATE, Calendar.day(d), d, note);
      }
      return part == null ? res : withClock(res, part);
    });
    return pod == null ? cand.day() : cand;
  }

  /**
   * The day of an earlier mention of the same event by its weekday ("Wednesday's hearing"), or
   * null: the last weekday expression before {@code at} written as {@code wd} with a possessive
   * and the same noun after it.
   */
  private static LocalDate sameEventBefore(Ctx c, Doc doc, int at, String wd, String noun) {
    for (Object[] e : c.resolvedBefore(at)) {
      Cand earlier = (Cand) e[0];
      Res r = (Res) e[1];
      if (r.day() != null && earlier.end - earlier.start == wd.length()
          && doc.text.startsWith(wd, earlier.start) && doc.possessiveAt(earlier.end)
          && noun.equals(doc.nextWord(earlier.end + 2))) {
        c.readSpan = new Span(earlier.start, earlier.end);
        return r.day();
      }
    }
    return null;
  }

  /**
   * The day {@code month}/{@code day} in the year nearest {@code pub}, when it falls on weekday
   * {@code wd} within three weeks of publication; null otherwise.
   */
  private static LocalDate sameDayAfter(LocalDate pub, DayOfWeek wd, int month, int day) {
    if (month == 0) {
      return null;
    }
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      LocalDate d = Calendar.date(y, month, day);
      if (d != null && d.getDayOfWeek() == wd
          && Math.abs(ChronoUnit.DAYS.between(pub, d)) <= 21) {
        return d;
      }
    }
    return null;
  }

  private static Cand deictic(int start, int end, String w) {
    return switch (w) {
      case "today" -> new Cand(start, end, c -> dayFromPub(c, 0, null)).day();
      case "yesterday" -> new Cand(start, end, c -> dayFromPub(c, -1, null)).day();
      case "tomorrow" -> new Cand(start, end, c -> dayFromPub(c, 1, null)).day();
      case "tonight" -> new Cand(start, end, c -> withClock(dayFromPub(c, 0, null), "NI"));
      case "now", "currently", "nowadays", "presently" ->
          new Cand(start, end, c -> Res.of(Type.DATE, "PRESENT_REF", null, null));
      case "recently", "lately" ->
          new Cand(start, end, c -> Res.of(Type.DATE, "PAST_REF", null, null));
      default -> new Cand(start, end, c -> Res.of(Type.DATE, "FUTURE_REF", null, null));
    };
  }

  /** How far back a year written out may be and still be "the year" under discussion. */
  private static final int YEAR_IN_DISCUSSION_CHARS = 300;

  private static Cand relative(Matcher m, Doc doc) {
    String rel = m.group("rel").toLowerCase(Locale.ROOT);
    String u = m.group("u");
    int shift = switch (rel) {
      case "last", "past" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    if (Set.of("spring", "summer", "autumn", "fall", "winter").contains(u)) {
      String code = Calendar.season(u);
      return new Cand(m.start(), m.end(), c -> seasonRelative(c, code, shift));
    }
    int at = m.start();
    return new Cand(m.start(), m.end(), c -> {
      LocalDate pub = c.pubOrNull();
      if (pub == null) {
        return unknown(u, "no-publication-date");
      }
      if (u.equals("week") && shift == 0 && pub.getDayOfWeek() == DayOfWeek.SUNDAY
          && c.direction(at, "") == Direction.FUTURE) {
        // "will claim the nomination this week" said on a Sunday, the first day of the
        // American week: the week beginning, not the one ending that day ("last week" said
        // that Sunday is often the week ending too, but TimeBank reads it as the one before)
        return Res.of(Type.DATE, Calendar.week(pub.plusWeeks(1)), null, "sunday");
      }
      return switch (u) {
        case "week" -> Res.of(Type.DATE, Calendar.week(pub.plusWeeks(shift)), null, null);
        case "weekend" -> Res.of(Type.DATE, Calendar.week(pub.plusWeeks(shift)) + "-WE", null,
            null);
        case "month" -> Res.of(Type.DATE, Calendar.month(pub.plusMonths(shift)), null, null);
        case "year" -> Res.of(Type.DATE, Calendar.year(pub.getYear() + shift), null, null);
        case "quarter" -> Res.of(Type.DATE, Calendar.quarter(pub.plusMonths(3L * shift)), null,
            null);
        case "decade" -> Res.of(Type.DATE,
            Integer.toString(pub.getYear() / 10 + shift), null, null);
        case "century" -> Res.of(Type.DATE,
            String.format(Locale.ROOT, "%02d", pub.getYear() / 100 + shift), null, null);
        default -> {
          // this morning, last night, tomorrow evening
          int dayShift = shift == 0 ? 0 : (u.equals("night") || u.equals("evening")) ? shift : shift;
          LocalDate d = pub.plusDays(dayShift);
          yield Res.of(Type.TIME, Calendar.day(d) + "T" + partOfDay(u), d, null);
        }
      };
    });
  }

  private static Cand anaphoric(Matcher m, Doc doc) {
    String rel = group(m, "rel");
    String u = m.group("u");
    int shift = rel == null ? 0 : switch (rel) {
      case "following", "next" -> 1;
      case "previous", "preceding", "prior", "before", "earlier" -> -1;
      default -> 0;
    };
    boolean isDay = u.equals("day");
    String oy = group(m, "oy");
    if (oy != null && !("same".equals(rel) && u.equals("month"))) {
      return null; // "the next day of 1985": no reading
    }
    // "expects a deal in the next month or so", "will decide within the next week": said of
    // now, the next period counts from publication, not from the last date of the story
    boolean deicticNext = "next".equals(rel) && group(m, "mod") == null
        && (u.equals("week") || u.equals("month") || u.equals("year"));
    int at = m.start();
    String prep = doc.prevWord(m.start());
    boolean that = group(m, "that") != null;
    Cand cand = new Cand(m.start(), m.end(), c -> {
      LocalDate a = c.anchor();
      String note = c.anchorName();
      if (oy != null) {
        // "against 109,250 tonnes in the same month of 1985": that month of the year named
        LocalDate month = c.lastMonth != null ? c.lastMonth : a;
        if (month == null) {
          return Res.of(Type.DATE, oy, null, "no-anchor");
        }
        return Res.of(Type.DATE, Calendar.month(Integer.parseInt(oy), month.getMonthValue()),
            null, "same-month-of-year");
      }
      // ... unless the story is set in an earlier time ("in 1815 … over the next year would dim")
      if (deicticNext && c.pubOrNull() != null
          && (c.lastYear == null || c.lastYear >= c.pubOrNull().getYear() - 1)) {
        Direction dir = c.direction(at, prep);
        // ("would raise 90 pct of the funds over the next year": a stretch ahead from now unless
        // its clause looks back)
        if (dir == Direction.FUTURE || dir == Direction.PRESENT
            || dir != Direction.PAST && STRETCH_PREPS.contains(prep)) {
          LocalDate pub = c.pubOrNull();
          return switch (u) {
            case "week" -> Res.of(Type.DATE, Calendar.week(pub.plusWeeks(1)), null, "publication");
            case "month" -> Res.of(Type.DATE, Calendar.month(pub.plusMonths(1)), null,
                "publication");
            default -> Res.of(Type.DATE, Calendar.year(pub.getYear() + 1), null, "publication");
          };
        }
      }
      if (a == null) {
        return unknown(u, "no-anchor");
      }
      if (that && c.lastDay == null && c.lastMonth == null && (c.lastYear == null
          || !u.equals("year") && !u.equals("month"))) {
        // "his mother was told that day", "a grandmother attending church that day" with no day
        // of the story before: the distal "that" is not the day of writing
        return unknown(u, "no-anchor");
      }
      // "In 1991, I was 15 ... we don't hear about it often today. That year, ...": the distal
      // "that" points to the time of the story, never to the now a "today" named in between
      Res story = that ? storyBeforeNow(c, doc, u) : null;
      if (story != null) {
        LocalDate d = story.day();
        int sy = Integer.parseInt(story.value().substring(0, 4));
        return switch (u) {
          case "year" -> Res.of(Type.DATE, Calendar.year(sy), null, "story-before-now");
          case "month" -> Res.of(Type.DATE, story.value().substring(0, 7), null,
              "story-before-now");
          case "day" -> Res.of(Type.DATE, Calendar.day(d), d, "story-before-now");
          case "week" -> Res.of(Type.DATE, Calendar.week(d), null, "story-before-now");
          case "weekend" -> Res.of(Type.DATE, Calendar.week(d) + "-WE", null,
              "story-before-now");
          default -> Res.of(Type.TIME, Calendar.day(d) + "T" + partOfDay(u), d,
              "story-before-now");
        };
      }
      if (isDay && shift == 0 && c.lastMonth != null
          && !c.lastMonth.equals(a.withDayOfMonth(1))) {
        // "killed last October ... crossed out that same day": a month came after the last day
        return Res.of(Type.DATE, Calendar.month(c.lastMonth) + "-XX", null, "anchor-month");
      }
      // "Early last week, Chrysler agreed … Later that week, AMC said": a week the text named
      // after its last day is the week meant
      LocalDate week = u.equals("week") ? c.weekAfterLastDay(at) : null;
      if (week != null) {
        return Res.of(Type.DATE, Calendar.week(week.plusWeeks(shift)), null, "anchor-week");
      }
      Res res = switch (u) {
        case "day" -> Res.of(Type.DATE, Calendar.day(a.plusDays(shift)), a.plusDays(shift), note);
        case "week" -> Res.of(Type.DATE, Calendar.week(a.plusWeeks(shift)), null, note);
        case "weekend" -> Res.of(Type.DATE, Calendar.week(a.plusWeeks(shift)) + "-WE", null, note);
        // "that year", "the following month": the period of the last date the text gave
        case "month" -> Res.of(Type.DATE, Calendar.month(
            (c.lastMonth != null ? c.lastMonth : a).plusMonths(shift)), null, note);
        case "year" -> Res.of(Type.DATE, Calendar.year(
            (c.lastYear != null ? c.lastYear : a.getYear()) + shift), null, note);
        default -> {
          LocalDate d = a.plusDays(shift);
          yield Res.of(Type.TIME, Calendar.day(d) + "T" + partOfDay(u), d, note);
        }
      };
      String v = res.value();
      if (shift > 0 && afterPublication(c, v.contains("T") ? v.substring(0, v.indexOf('T')) : v)
          && c.direction(at, prep) == Direction.PAST) {
        // "the statement appeared in the press the next day" with no day of the story before
        // it (or only "today" of a quote): a past day after publication is no reading
        return Res.of(res.type(), unknownOf(u), null, "no-anchor");
      }
      return res;
    });
    return isDay ? cand.day() : cand;
  }

  /** Prepositions of a stretch of time: "over the next year", "within the next month". */
  private static final Set<String> STRETCH_PREPS = Set.of("over", "within", "during", "in",
      "for", "throughout");

  /** The words before "a year ago" that compare a figure with it: "down 10 percent from". */
  private static final Set<String> COMPARED_FROM = Set.of("from", "than", "over", "with");

  /** Words of the time of writing: "today", "now". */
  private static final Set<String> NOW_WORDS = Set.of("today", "tonight", "now", "currently",
      "nowadays", "presently", "these days", "right now", "at present", "at the moment");

  /**
   * When the last date the text gave for unit {@code u} is a word of now ("today") told outside
   * the past, the last date before it that is fine enough for the unit (a day for "that day", a month for "that
   * month", a year for "that year"), read as the story's; null otherwise.
   */
  private static Res storyBeforeNow(Ctx c, Doc doc, String u) {
    boolean year = u.equals("year");
    Span now = year ? c.lastCalendarSpan : c.lastDaySpan;
    if (now == null || !NOW_WORDS.contains(
        doc.text.substring(now.start(), now.end()).toLowerCase(Locale.ROOT))
        || doc.tense.at(now.start()) == Direction.PAST) {
      return null; // ("police arrested him today ... later that day": a day of the story)
    }
    for (Object[] e : c.resolvedBefore(now.start())) {
      Cand earlier = (Cand) e[0];
      Res r = (Res) e[1];
      String v = r.value();
      if (DateFinder.PRIOR_RULES.contains(earlier.rule) || r.type() == Type.DURATION
          || r.type() == Type.SET || !DateFinder.CALENDAR_VALUE.matcher(v).lookingAt()
          || NOW_WORDS.contains(doc.text.substring(earlier.start, earlier.end)
              .toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (year || u.equals("month") && v.length() >= 7 && v.charAt(4) == '-'
          && Character.isDigit(v.charAt(5)) || r.day() != null) {
        c.readSpan = new Span(earlier.start, earlier.end);
        return r;
      }
      return null; // the story's last date is too coarse for the unit
    }
    return null;
  }

  /**
   * "the eve of X", "the day before X", "the day after X": the noun phrase X is read up to the
   * first punctuation or function word; its date is a date inside X ("the eve of the March 1
   * vote"), else a day the same sentence names ("on Monday at a rally on the eve of the
   * primary"), else the date the text gives elsewhere for the name in X ("The Munich Security
   * Conference, which will take place from February 12-14"), else FUTURE_REF in a future clause;
   * otherwise nothing is reported (the publication day, once the fallback, was wrong on every
   * case of TimeBank and AQUAINT).
   */
  private static Cand eve(Matcher m, Doc doc) {
    int shift = m.group("eve") != null ? -1 : m.group("ba").equals("before") ? -1 : 1;
    int i = m.end();
    int end = -1;
    int words = 0;
    String text = doc.text;
    int nameStart = -1;
    int nameEnd = -1;
    int bestNameStart = -1;
    int bestNameEnd = -1;
    while (i < text.length() && words < 12) {
      int ws = i;
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
          || text.charAt(i) == '-' || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
        i++;
      }
      if (i == ws) {
        break;
      }
      String w = text.substring(ws, i);
      if (NP_STOP.contains(w)) {
        i = ws;
        break;
      }
      words++;
      end = i;
      boolean cap = Character.isUpperCase(w.charAt(0)) && !(words == 1 && w.equals("The"));
      if (cap) {
        if (nameStart < 0) {
          nameStart = ws;
        }
        nameEnd = i;
        if (nameEnd - nameStart > bestNameEnd - bestNameStart) {
          bestNameStart = nameStart;
          bestNameEnd = nameEnd;
        }
      } else if (!w.equals("of")) {
        nameStart = -1;
      }
      if (i < text.length() && text.charAt(i) == ' ') {
        i++;
      } else {
        break;
      }
    }
    if (end < 0 || (shift == 1 && m.group("eve") == null && words == 0)) {
      return null;
    }
    String name = bestNameStart < 0 ? null : text.substring(bestNameStart, bestNameEnd)
        .replaceAll("['’]s$", "");
    int npStart = m.end();
    int npEnd = end;
    int at = m.start();
    String kind = m.group("eve") != null ? "eve-of" : "day-" + m.group("ba");
    Cand cand = new Cand(m.start(), end, null);
    cand.deferred = true;
    cand.day();
    cand.value = c -> {
      // 1: a day inside X
      for (Res r : c.resolvedWithin(npStart, npEnd)) {
        if (r.day() != null) {
          LocalDate d = r.day().plusDays(shift);
          return Res.of(Type.DATE, Calendar.day(d), d, "date-in-phrase");
        }
      }
      // 2: a day named in the same sentence ("on Monday at a rally on the eve of the primary")
      LocalDate same = c.daySameSentence(at, npEnd);
      if (same != null) {
        return Res.of(Type.DATE, Calendar.day(same), same, "same-sentence-day");
      }
      // 3: the date the text gives for the name
      if (name != null && name.length() >= 4) {
        LocalDate d = c.dateForName(name, npStart, npEnd);
        if (d != null) {
          LocalDate e = d.plusDays(shift);
          return Res.of(Type.DATE, Calendar.day(e), e, "date-of-" + name.replace(' ', '-'));
        }
      }
      // 4: the reported day
      Direction dir = c.direction(at, "");
      if (dir == Direction.FUTURE) {
        return Res.of(Type.DATE, "FUTURE_REF", null, "event-date-unknown,future");
      }
      // in the past with no date for the event, the day cannot be told: the publication day was
      // a guess that TimeBank and AQUAINT proved wrong every time, so the expression is left out
      return null;
    };
    return cand.rule(kind);
  }

  /** Weekdays and deictic words: "on Tuesday", "last Friday", "today", "now". */
  static void weekdays(DateFinder f) {
    f.add("weekday", 3, WEEKDAY.pattern(), RelativeRules::weekday);

    // "change it to Saturday the 20th", "on Tuesday, the 5th": the day of the month that falls
    // on that weekday, nearest publication
    f.add("weekday-ordinal", 4,
        "(?<![\\w-])(?<wd>" + WD_NAME + "),?\\s+the\\s+(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)"
            + "(?![\\w-])(?!\\s+of\\b)",
        (m, doc) -> {
          DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
          int dom = Integer.parseInt(m.group("d"));
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            if (pub == null) {
              return null;
            }
            for (int k = 0; k <= ORDINAL_DAY_REACH; k++) {
              for (LocalDate d : new LocalDate[] {pub.plusDays(k), pub.minusDays(k)}) {
                if (d.getDayOfMonth() == dom && d.getDayOfWeek() == wd) {
                  return Res.of(Type.DATE, Calendar.day(d), d, "day-of-month");
                }
              }
            }
            return null;
          }).day();
        });

    f.add("deictic", 3,
        // "earlier today", "later yesterday": TimeBank keeps the modifier ("Earlier yesterday")
        "(?<![\\w-])(?:(?<mod>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\\s+"
            + "(?=[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight))?"
            + "(?<w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Nn]ow|[Cc]urrently"
            + "|[Rr]ecently|[Ll]ately|[Nn]owadays|[Pp]resently)(?![\\w-])",
        (m, doc) -> {
          String w = m.group("w");
          if (m.group("mod") == null && Character.isUpperCase(w.charAt(0))
              && TITLE_WORDS.contains(w) && doc.titleWordAt(m.start(), m.end())) {
            return null; // "USA Today", "BBC Radio 4's Today programme", "Democracy Now"
          }
          if (m.group("mod") == null && (w.equals("Today") || w.equals("Tonight"))
              && Character.isLetterOrDigit(doc.charAt(doc.prevNonSpace(m.start())))
              && !doc.possessiveAt(m.end())) { // (a headline's "on Today's Headlines" is the day's)
            return null; // "Lewis told Today", "with Today host": a capital no sentence explains
          }
          if (w.equals("Now") && doc.charAt(m.end()) == ','
              && ".!?\"“”\n\u0000".indexOf(doc.charAt(doc.prevNonSpace(m.start()))) >= 0) {
            return null; // "Now, let's be clear": a sentence's opening "Now," turns the talk
          }
          return deictic(m.start(), m.end(), w.toLowerCase(Locale.ROOT));
        });
  }

  /**
   * Deictic phrases and dates counted from now or from the text: "the past week", "two days ago",
   * "the following day".
   */
  /** The modifiers that only a time takes: "the distant past", "the foreseeable future". */
  private static final Pattern TIME_ONLY_MODIFIER =
      Pattern.compile("(?i)\\b(?:near|distant|foreseeable|immediate|recent)\\s");

  static void anaphora(DateFinder f) {
    f.add("deictic-phrase", 3,
        "(?<![\\w])(?:[Rr]ight\\s+(?<now>now)|[Aa]t\\s+(?<present>present|the\\s+moment)"
            + "|(?<these>[Tt]hese\\s+days)|(?<past>[Tt]he\\s+(?:recent\\s+|distant\\s+)?past)"
            + "|(?<future>[Tt]he\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future"
            + "|[Tt]he\\s+(?:near|short)\\s+term"
            + "|(?:[Tt]he\\s+|(?<=\\b(?:in|over|during|for)\\s))coming\\s+(?:days|weeks|months|years"
            + "|quarters))"
            + "|(?<other>[Tt]he\\s+other\\s+(?:day|night|week))"
            + "|(?<dby>[Tt]he\\s+day\\s+before\\s+yesterday)"
            + "|(?<dat>[Tt]he\\s+day\\s+after\\s+tomorrow))" + END,
        (m, doc) -> {
          for (String g : List.of("now", "present", "these")) {
            if (m.group(g) != null) {
              int s = m.start(g);
              return new Cand(s, m.end(), c -> Res.of(Type.DATE, "PRESENT_REF", null, null));
            }
          }
          // "performance in the future depends on": a verb after the time a preposition governs
          // closes the noun phrase ("the future looks bleak" is a topic, not a time)
          // "for the foreseeable future risks": a modifier that only a time takes makes the phrase
          // a time whatever follows, unless "of" makes it the thing's ("the near future of Egypt")
          boolean timeOnly = (m.group("past") != null || m.group("future") != null)
              && TIME_ONLY_MODIFIER.matcher(m.group()).find()
              && !doc.nextWord(m.end()).equals("of");
          if ((m.group("past") != null || m.group("future") != null) && !timeOnly
              && !doc.clauseEndsAt(m.end())
              && !NP_STOP.contains(doc.nextWord(m.end()))
              && !(doc.verbAt(doc.nextNonSpace(m.end()))
                  && Set.of("in", "into", "for").contains(doc.prevWord(m.start())))) {
            return null; // the past two elections, the future of Egypt
          }
          if (m.group("past") != null || m.group("other") != null) {
            // "the other day": some recent day, left unnamed
            return new Cand(m.start(), m.end(), c -> Res.of(Type.DATE, "PAST_REF", null, null));
          }
          if (m.group("future") != null) {
            return new Cand(m.start(), m.end(),
                c -> Res.of(Type.DATE, "FUTURE_REF", null, null));
          }
          int shift = m.group("dby") != null ? -2 : 2;
          return new Cand(m.start(), m.end(), c -> dayFromPub(c, shift, null)).day();
        });

    f.add("day-part", 4,
        "(?<![\\w])(?<d>[Yy]esterday|[Tt]oday|[Tt]omorrow)\\s+(?<pod>morning|afternoon|evening"
            + "|night)" + END,
        (m, doc) -> {
          String d = m.group("d").toLowerCase(Locale.ROOT);
          int shift = d.equals("yesterday") ? -1 : d.equals("tomorrow") ? 1 : 0;
          String part = partOfDay(m.group("pod"));
          return new Cand(m.start(), m.end(), c -> withClock(dayFromPub(c, shift, null), part));
        });

    f.add("relative", 3,
        "(?<![\\w-])(?:(?<mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+))?(?<rel>[Tt]his"
            // "this calendar year": the year, said against a fiscal or school one
            + "|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast)\\s+(?:calendar\\s+(?=year))?(?<u>week|month|year|weekend|morning"
            + "|afternoon|evening|night|quarter|decade|century|spring|summer|autumn|fall|winter)"
            + END,
        RelativeRules::relative);

    f.add("ago", 4,
        "(?<![\\w])(?:(?<amod>about|around|nearly|almost|roughly|some|approximately|more\\s+than|less\\s+than|at\\s+least|over|just|only)\\s+)?(?<amt>" + NUM + ")[\\s-]+"
            // "a few short months ago", "two long years ago"
            + "(?:(?:long|short|full|whole)\\s+)?(?<u>" + UNITS
            + ")(?<half>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?\\s+ago" + END,
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          String amt = Calendar.amount(m.group("amt"));
          String unit = Calendar.unit(m.group("u"));
          if (amt == null || unit == null) {
            return null;
          }
          if (m.group("half") != null) {
            // "a year and a half ago": back to the month
            if (!amt.matches("\\d+") || !unit.equals("Y")) {
              return null;
            }
            String months = Long.toString(Long.parseLong(amt) * 12 + 6);
            return new Cand(m.start(), m.end(),
                c -> shifted(c, c.pubOrNull(), months, "M", -1, "publication"));
          }
          boolean yearBack = amt.equals("1") && unit.equals("Y");
          int at = m.start();
          // "sold in October ... down 10 percent from a year ago", "up from $38,373 a year ago":
          // a figure compared with a year before is the month its sentence names, a year back
          String before = doc.prevWord(at);
          int figure = doc.prevNonSpace(at);
          boolean compared = yearBack && (COMPARED_FROM.contains(before)
              || before.equals("percent") || before.equals("cent")
              || figure >= 0
                  && (Character.isDigit(doc.charAt(figure)) || doc.charAt(figure) == '%'));
          return new Cand(m.start(), m.end(), c -> {
            if (yearBack && c.quarterUnderDiscussion(at)) {
              return priorPeriod(c, 0, at);
            }
            LocalDate month = compared ? c.monthInSentence(at, true) : null;
            if (month != null) {
              return Res.of(Type.DATE, Calendar.month(month.minusYears(1)), null,
                  "month-context");
            }
            return shifted(c, c.pubOrNull(), amt, unit, -1, "publication");
          }).day();
        });

    f.add("offset", 4,
        // not "01:11\n\nWeeks later": a clip's running time, then a paragraph
        "(?<![\\w:])(?:(?<amod>about|around|nearly|almost|roughly|some|approximately|more\\s+than|less\\s+than|at\\s+least|over|just|only)\\s+)?(?<amt>" + NUM + ")(?:[\\s&&[^\\n]]|-|\\n(?![\\s&&[^\\n]]*\\n))+(?<u>" + UNITS + ")\\s+(?<dir>later|earlier"
            + "|afterwards|after|before|previously)" + END,
        Pattern.CASE_INSENSITIVE,
        (m, doc) -> {
          String dir = m.group("dir").toLowerCase(Locale.ROOT);
          if ((dir.equals("after") || dir.equals("before")) && !doc.clauseEndsAt(m.end())) {
            return null;
          }
          if (doc.nextWord(m.end()).equals("than")) {
            return null; // "came 20 days earlier than the average": a difference, the length's
          }
          String amt = Calendar.amount(m.group("amt"));
          String unit = Calendar.unit(m.group("u"));
          if (amt == null || unit == null) {
            return null;
          }
          int sign = dir.equals("earlier") || dir.equals("before") || dir.equals("previously")
              ? -1 : 1;
          if (unit.startsWith("T") && !amt.contains(".")) {
            // "over an hour later", "minutes earlier": the hour of the day is never known, so
            // the expression is the length
            String v = Calendar.duration(amt, unit);
            return new Cand(m.start(), m.end("u"),
                c -> Res.of(Type.DURATION, v, null, "offset-length"));
          }
          if (sign > 0 && amt.equals("X")) {
            // "a few days later", "several months afterwards": TimeML marks the length
            // ("a few days", PXD) and leaves "later" out; no date can be told from it
            String v = Calendar.duration("X", unit);
            return new Cand(m.start(), m.end("u"),
                c -> Res.of(Type.DURATION, v, null, "offset-length"));
          }
          boolean yearBack = sign < 0 && amt.equals("1") && unit.equals("Y");
          if (sign > 0 && !amt.contains(".")) {
            // "three days later": TimeBank marks the length ("three days", P3D) and leaves
            // "later" out. Counted from the last day the text gave, the length keeps that span
            // as its interval (and its end day anchors what follows); with no day before it, it
            // is a length after some unnamed event.
            String length = Calendar.duration(amt, unit);
            return new Cand(m.start(), m.end("u"), c -> {
              if (c.lastDay == null) {
                return Res.of(Type.DURATION, length, null, "offset-length");
              }
              LocalDate from = c.yearAnchor(unit); // "in 1971. A year later"
              Res to = shifted(c, from, amt, unit, sign, c.anchorName());
              if (to.value().endsWith("_REF") || afterPublication(c, to.value())) {
                // "The House voted on Monday. … A year later, …": a story told from a day that
                // cannot lie a year ahead of the article counts from some other day
                return Res.of(Type.DURATION, length, null, "offset-length");
              }
              // "seven decades later" runs from a year to a year, as its end does
              return new Res(Type.DURATION, length, to.day(), "offset-length," + c.anchorName(),
                  Calendar.at(from, unit.equals("DE") ? "Y" : unit), to.value());
            });
          }
          int at = m.start();
          boolean years = unit.equals("Y") && !amt.contains(".") && !amt.equals("X");
          return new Cand(m.start(), m.end(), c -> {
            // "retail sales grew 4.7 percent last month from a year earlier" in a story of the
            // third quarter: the month its sentence names is the one compared
            LocalDate month = years ? c.monthInSentence(at, true) : null;
            // "rose 2.2 pct in 1986 after a 3.3 pct rise a year earlier": the year before the
            // one its sentence is about, whatever quarter the story discusses
            Integer told = yearBack && month == null && c.quarterInSentenceBefore(at) == null
                ? c.yearOfSentence(at) : null;
            if (told != null) {
              return Res.of(Type.DATE, Calendar.year(told - 1), null, "year-of-sentence");
            }
            if (yearBack && (month == null || c.quarterInSentenceBefore(at) != null)
                && c.quarterUnderDiscussion(at)) {
              return priorPeriod(c, 0, at);
            }
            if (month != null) {
              // "sales rose in May from a year earlier": that month a year before
              LocalDate back = month.plusYears(sign * Long.parseLong(amt));
              return Res.of(Type.DATE, Calendar.month(back), null, "month-context");
            }
            LocalDate from = c.yearAnchor(unit);
            return shifted(c, from, amt, unit, sign, c.anchorName(from));
          }).day();
        });

    // "over the weekend", "year-end", "earlier in the year": the period around publication
    f.add("the-period", 3,
        "(?<![\\w-])(?:[Tt]he\\s+(?<we>weekend)(?!\\s+(?:of|before|after)\\b)"
            + "|(?<ye>[Yy]ear-end)(?!-)|(?<yse>[Yy]ear(?:['’]s)?\\s+end)(?![\\w-])|[Tt]he\\s+(?:(?<fy>fiscal)\\s+|calendar\\s+(?=year))?(?<y>year|week|month|decade)"
            // "the year to June 30", "the week to March 22": British wire style for "ended"
            + "(?:(?<ended>\\s+(?=(?:ended|ending)\\b|to\\s+(?:end-)?(?:[0-3]?\\d\\s+)?" + MON
            + "))|(?<since>(?=\\s+since\\b))"
            // "through the year 2000": the year rule's
            // (but "until the end of the month to pass a bill": an infinitive follows)
            + "|(?![\\w'’-]|\\s+(?:ended|ending|before|after|of|in)\\b"
            + "|\\s+to\\s+(?:date\\b|the\\b|an?\\b|\\d|\\p{Lu})|\\s+\\d)))",
        (m, doc) -> {
          int at = m.start();
          String prev = doc.prevWord(at);
          if (m.group("ended") != null) {
            // "for the year ended Sept. 30", "in the week ended March 14": a year-, week- or
            // month-long reporting period; the day that ends it is a date of its own
            String len = switch (m.group("y")) {
              case "week" -> "P1W";
              case "month" -> "P1M";
              default -> "P1Y";
            };
            return new Cand(m.start(), m.end("y"),
                c -> Res.of(Type.DURATION, len, null, "period-ended"));
          }
          if (m.group("since") != null) {
            // "in the year since the attack": the length from then to now
            String v = Calendar.duration("1", Calendar.unit(m.group("y")));
            return new Cand(m.start(), m.end("y"), c -> Res.of(Type.DURATION, v, null, "since"));
          }
          if ("decade".equals(m.group("y")) && (m.group("ended") != null || !prev.equals("of"))) {
            return null; // "the end of the decade" is this one; "in the decade" may be any
          }
          if (m.group("y") != null && m.group("fy") != null) {
            return null; // the fiscal-year rule
          }
          if (m.group("y") != null && !Set.of("in", "during", "through", "throughout", "of")
              .contains(prev) && !(prev.equals("for") && doc.clauseEndsAt(m.end()))) {
            return null; // "for the year" is as often the length of a year as this year
          }
          if ("month".equals(m.group("y")) && !prev.equals("of")) {
            return null; // "in the month before the vote" counts from another date
          }
          boolean decade = "decade".equals(m.group("y"));
          boolean month = "month".equals(m.group("y"));
          boolean week = "week".equals(m.group("y"));
          boolean weekend = m.group("we") != null;
          boolean yearEnd = m.group("ye") != null || m.group("yse") != null;
          boolean spelledEnd = m.group("yse") != null;
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            if (pub == null) {
              return null;
            }
            Direction dir = c.direction(at, doc.prevWord(at));
            if (weekend) {
              LocalDate sat = dir == Direction.PAST || dir == Direction.PRESENT
                  ? pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                  : pub.getDayOfWeek() == DayOfWeek.SUNDAY ? pub.minusDays(1)
                  : pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
              return Res.of(Type.DATE, Calendar.week(sat) + "-WE", null,
                  noteOf(dir));
            }
            if (week) {
              return Res.of(Type.DATE, Calendar.week(pub), null, "publication-week");
            }
            if (month) {
              return Res.of(Type.DATE, Calendar.month(pub), null, "publication-month");
            }
            if (decade) {
              return Res.of(Type.DATE, Integer.toString(pub.getYear() / 10), null,
                  "publication-decade");
            }
            // a past year-end early in the year is the one just gone
            int y = yearEnd && dir == Direction.PAST && pub.getMonthValue() <= 3
                ? pub.getYear() - 1 : pub.getYear();
            if (spelledEnd) {
              // "by year end", "by year's end": the year, at its end, as "the end of the year"
              return Res.of(Type.DATE, Calendar.year(y), null, "year-end");
            }
            if (!yearEnd && dir == Direction.PAST && c.anchorYear != null && c.anchorYear != y
                && c.anchorYearSpan != null && c.anchorYearSpan.end() <= at
                && at - c.anchorYearSpan.end() < YEAR_IN_DISCUSSION_CHARS
                && !doc.text.substring(c.anchorYearSpan.end(), at).contains("\n")) {
              // "Wages grew 2.5 percent during 2015 ... inflation was close to zero for the
              // year": the year just written out, in the same paragraph
              c.readSpan = c.anchorYearSpan;
              return Res.of(Type.DATE, Calendar.year(c.anchorYear), null, "year-in-discussion");
            }
            return yearEnd
                ? Res.of(Type.DATE, Calendar.year(y) + "-12-31", null, "year-end")
                : Res.of(Type.DATE, Calendar.year(y), null, "publication-year");
          });
        });

    f.add("anaphoric", 5,
        // "that same year", "the very same day": "same" adds nothing to the anaphor
        // ("late that night", "early the next morning": TimeML keeps the modifier)
        "(?<![\\w])(?:(?<mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?(?:[Tt]he\\s+(?:very\\s+)?(?<rel>following"
            + "|next|previous|same|preceding|prior)|(?<that>[Tt]hat)(?:\\s+same)?)\\s+(?<u>day|week"
            + "|month|year|morning|afternoon|evening|night|weekend)(?:\\s+of\\s+(?<oy>" + YEAR
            + "))?(?:\\s+or\\s+so)?" + END,
        RelativeRules::anaphoric);

    // "fell 2 percent compared with the year before,", "up from 15.6 in the week prior.": the
    // unit before the last one the text gave, said after it (not "the year before the vote", nor
    // "surveyed the week before, and again the week after, the election": the event follows)
    f.add("unit-before", 4,
        "(?<![\\w])[Tt]he\\s+(?<u>week|month|year)\\s+(?<rel>before|prior|earlier)"
            + "(?=\\s*[,.;:!?)]|\\s*$)(?!,\\s*(?:and\\s+)?(?:again\\s+)?(?:the\\s+)?(?:day|week"
            + "|month|year)\\s+after\\b)",
        RelativeRules::anaphoric);

    f.add("day-before", 4,
        "(?<![\\w])[Tt]he\\s+(?<u>day|night)\\s+(?<dir>before|after)(?=\\s*[,.;:!?)]|\\s*$)",
        (m, doc) -> {
          int sign = m.group("dir").equals("before") ? -1 : 1;
          boolean night = m.group("u").equals("night");
          return new Cand(m.start(), m.end(), c -> {
            Res r = shifted(c, c.anchor(), "1", "D", sign, c.anchorName());
            return night ? withClock(r, "NI") : r;
          }).day();
        });
    // "earlier in the month", "later in the week": the week or month the story is telling, of
    // the last day it gave, else publication's ("later in the year" is the-period's; "earlier
    // in the day" is left alone, as TimeBank and AQUAINT mostly do)
    f.add("in-the-unit", 4,
        "(?<=(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s{1,2}in\\s{1,2})the\\s+(?<u>week|month)"
            + "(?![\\w'’-])",
        (m, doc) -> {
          String u = m.group("u");
          return new Cand(m.start(), m.end(), c -> {
            LocalDate a = c.anchor();
            if (a == null) {
              return null;
            }
            return Res.of(Type.DATE, u.equals("week") ? Calendar.week(a) : Calendar.month(a),
                null, c.anchorName());
          });
        });
  }

  /**
   * "This time last year", "a year ago this week": the same time of a year before (after)
   * publication, one expression (TimeML).
   */
  static void sameTimeOtherYear(DateFinder f) {
    f.add("this-time-year", 4,
        "(?<![\\w])[Tt]his\\s+time\\s+(?<rel>last|next)\\s+year" + END,
        (m, doc) -> {
          int sign = m.group("rel").equals("last") ? -1 : 1;
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            return pub == null ? null
                : Res.of(Type.DATE, Calendar.year(pub.getYear() + sign), null, null);
          });
        });

    f.add("ago-this", 5,
        "(?<![\\w-])(?<amt>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\\d{1,2})\\s+years?\\s+ago"
            + "\\s+this\\s+(?<u>week|month)" + END,
        (m, doc) -> {
          String amt = Calendar.amount(m.group("amt"));
          boolean week = m.group("u").equals("week");
          if (amt == null || !amt.matches("\\d+")) {
            return null;
          }
          long n = Long.parseLong(amt);
          return new Cand(m.start(), m.end(), c -> {
            LocalDate pub = c.pubOrNull();
            if (pub == null) {
              return null;
            }
            LocalDate then = pub.minusYears(n);
            return Res.of(Type.DATE, week ? Calendar.week(then) : Calendar.month(then), null,
                "publication");
          });
        });
  }

  /**
   * "The previous Friday", "the following Monday": a weekday counted from the last day of the
   * text.
   */
  static void weekdayAnaphora(DateFinder f) {
    // "the previous Friday", "the following Monday": counted from the last day the text gave
    f.add("weekday-anaphoric", 4,
        "(?<![\\w])[Tt]he\\s+(?<rel>previous|preceding|following|next)\\s+(?<wd>" + WD_NAME
            + ")" + END,
        (m, doc) -> {
          DayOfWeek wd = Calendar.weekday(m.group("wd"));
          boolean back = m.group("rel").equals("previous") || m.group("rel").equals("preceding");
          return new Cand(m.start(), m.end(), c -> {
            LocalDate a = c.anchor();
            if (a == null) {
              return Res.of(Type.DATE, "XXXX-WXX-" + wd.getValue(), null, "no-anchor");
            }
            LocalDate d = back ? a.minusDays(1).with(TemporalAdjusters.previousOrSame(wd))
                : a.plusDays(1).with(TemporalAdjusters.nextOrSame(wd));
            return Res.of(Type.DATE, Calendar.day(d), d, c.anchorName());
          }).day();
        });
  }

  /**
   * "Monday of next week", "Friday last week", "Tuesday of this week", "Friday in the week
   * ahead": the weekday of the week named, counted from the publication week ("of the following
   * week": from the story's last day).
   */
  static void weekdayOfWeek(DateFinder f) {
    f.add("weekday-of-week", 4,
        "(?<![\\w])(?<wd>" + WD_NAME + "),?\\s+(?:(?:of|in)\\s+)?(?:(?<rel>next|last|this"
            + "|the\\s+coming|the\\s+following|the\\s+previous)\\s+week|the\\s+week\\s+ahead)"
            + "(?!['’])" + END,
        (m, doc) -> {
          DayOfWeek wd = Calendar.weekday(m.group("wd"));
          String rel = m.group("rel") == null ? "the coming" : m.group("rel");
          int shift = rel.equals("next") || rel.endsWith("coming") ? 1
              : rel.equals("last") ? -1 : 0;
          boolean anaphoric = rel.startsWith("the") && !rel.endsWith("coming");
          int turn = rel.endsWith("following") ? 1 : rel.endsWith("previous") ? -1 : 0;
          return new Cand(m.start(), m.end(), c -> {
            LocalDate from = anaphoric ? c.anchor() : c.pubOrNull();
            if (from == null) {
              return Res.of(Type.DATE, "XXXX-WXX-" + wd.getValue(), null, "no-anchor");
            }
            LocalDate d = from.plusWeeks(anaphoric ? turn : shift).with(wd);
            return Res.of(Type.DATE, Calendar.day(d), d,
                anaphoric ? c.anchorName() : "publication-week");
          }).day();
        });
  }

  /** "The eve of X", "the day before X": resolved after every other expression. */
  static void eves(DateFinder f) {
    f.add("eve", 6,
        "(?<![\\w])[Tt]he\\s+(?:(?<eve>eve)\\s+of|day\\s+(?<ba>before|after))\\s+(?=\\S)",
        RelativeRules::eve);
  }
}
