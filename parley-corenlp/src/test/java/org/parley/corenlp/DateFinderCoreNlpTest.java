package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Analysis;
import org.parley.ingest.ArticleReader;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;
import org.parley.time.DateFinder;
import org.parley.time.TimeExpression;

/**
 * The time stage on parsed text: tense from the dependency parse, and the example's dates.
 *
 * <p>NOTE: runs clean → nlp → dates only (the shared CoreNLP stage, so models load once per JVM)
 * rather than {@link Shared#pipeline()}, so that it does not depend on the later stages.
 */
class DateFinderCoreNlpTest {
  private static final Pipeline PIPELINE =
      Pipeline.of(new ArticleReader(), CoreNlpStage.shared(), new DateFinder());

  /** A Thursday. */
  private static final LocalDate THU = LocalDate.of(2016, 2, 11);

  static Stream<Arguments> tensed() {
    return Stream.of(
        // text, expression, value
        Arguments.of("The ministers met on Monday in Geneva.", "Monday", "2016-02-08"),
        // a modal makes its word the verb, whatever the tagger made of it ("vote" as a noun)
        Arguments.of("The chamber would most likely vote on the measures on Monday.", "Monday",
            "2016-02-15"),
        // "since" and a gerund: what a time has run from is past (the parser may make the
        // gerund a modifier of its object)
        Arguments.of("Erdogan has threatened to push deeper into Syria since sending forces into "
            + "Afrin in April.", "April", "2015-04"),
        Arguments.of("The ministers will meet on Monday in Geneva.", "Monday", "2016-02-15"),
        Arguments.of("The ministers are expected to meet on Monday in Geneva.", "Monday",
            "2016-02-15"),
        Arguments.of("The summit is due to open on Saturday.", "Saturday", "2016-02-13"),
        // a plan in the present passive looks ahead
        Arguments.of("The vote is scheduled for Tuesday.", "Tuesday", "2016-02-16"),
        Arguments.of("The talks are set for Monday in Vienna.", "Monday", "2016-02-15"),
        // a season under way is the one ahead of a future clause
        Arguments.of("Elections will be held in the winter.", "the winter", "2016-WI"),
        Arguments.of("Earlier on Thursday, Moscow said the talks were ongoing.", "Thursday",
            "2016-02-11"),
        Arguments.of("The minister told reporters on Wednesday that he was ready.", "Wednesday",
            "2016-02-10"),
        Arguments.of("The plant closed in June.", "June", "2015-06"),
        Arguments.of("The plant will reopen in June.", "June", "2016-06"),
        Arguments.of("The talks have been suspended until February 25.", "February 25",
            "2016-02-25"),
        // a modal or a to-infinitive leaves the time open: no cue from elsewhere in the clause
        Arguments.of("It said two new flights would leave Bombay from March 30.", "March 30",
            "2016-03-30"),
        Arguments.of("He said he subpoenaed the boy to testify on Feb. 20.", "Feb. 20",
            "2016-02-20"),
        Arguments.of("The group could leave as soon as Friday, Castro said.", "Friday",
            "2016-02-12"),
        // a participle without auxiliary reports the past
        Arguments.of("Following are statements made Wednesday by the lawyer.", "Wednesday",
            "2016-02-10"),
        Arguments.of("Stocks neared the record high set on Aug. 6.", "Aug. 6", "2015-08-06"),
        Arguments.of("It had revenue of $76 million for the year ended March 31.", "March 31",
            "2015-03-31"),
        // a gerund takes the tense of the clause above it
        Arguments.of("After touring the capital Wednesday, the chief said he is satisfied.",
            "Wednesday", "2016-02-10"),
        Arguments.of("Protesters planned a large demonstration on Saturday.", "Saturday",
            "2016-02-13"),
        // a plan overtaken ("had been scheduled to") leans back, as a weekday with no tense does
        Arguments.of("The offer had been scheduled to expire at midnight Saturday.",
            "midnight Saturday", "2016-02-06T24:00"),
        Arguments.of("The president will deliver the speech at 8 p.m. ET on Tuesday.",
            "8 p.m. ET on Tuesday", "2016-02-16T20:00"),
        // "until" looks ahead, unless it ends a state already past (pluperfect, negated past)
        Arguments.of("The vote was postponed until Tuesday.", "Tuesday", "2016-02-16"),
        Arguments.of("Until Tuesday, the police had not called him a suspect.", "Tuesday",
            "2016-02-09"),
        Arguments.of("The minister did not arrive until Tuesday.", "Tuesday", "2016-02-09"),
        Arguments.of("Volume was 840 million shares, up from 443 million Monday and 390 million"
            + " Saturday.", "Saturday", "2016-02-06"),
        // a contraction with a typographic apostrophe is still the future
        Arguments.of("Obama called the budget he’ll unveil Wednesday a blueprint.", "Wednesday",
            "2016-02-17"),
        // a plan told in the past may have been kept or overtaken: the nearest day
        Arguments.of("He was scheduled to receive the dose at 4 p.m. Monday, but a judge stopped"
            + " it.", "4 p.m. Monday", "2016-02-08T16:00"),
        // the future of a quotation after the verb is not the verb's
        Arguments.of("Late Wednesday, Dorsey tweeted, “We’ll continue to point out errors.”",
            "Late Wednesday", "2016-02-10"),
        // a date that modifies a noun is not dated by the verb's tense: the nearest year
        Arguments.of("The ministers agreed on the agenda of a meeting on March 20.", "March 20",
            "2016-03-20"),
        // "would" reports a plan still ahead; "would not comment" a refusal already made
        Arguments.of("If that succeeds, another vote would occur on Monday, and a final vote on"
            + " Tuesday.", "Monday", "2016-02-15"),
        Arguments.of("If that succeeds, another vote would occur on Monday, and a final vote on"
            + " Tuesday.", "Tuesday", "2016-02-16"),
        Arguments.of("The officials would not comment on Tuesday.", "Tuesday", "2016-02-09"),
        Arguments.of("Netanyahu said he’d ask his cabinet to approve the plan on Monday.",
            "Monday", "2016-02-15"),
        // a purpose or wish of the present looks ahead
        Arguments.of("Abbas is heading to Rome to attend the canonization Monday.", "Monday",
            "2016-02-15"),
        // "until noon Tuesday": a deadline, ahead
        Arguments.of("A court on Monday gave the parties until noon Tuesday to file.",
            "noon Tuesday", "2016-02-16T12:00"),
        // ... but a habit is not ("tend to discount"), and "is to" is a plan
        Arguments.of("People tend to discount appearances like the CBS interview on Wednesday.",
            "Wednesday", "2016-02-10"),
        Arguments.of("The stock is traded in London and is to resume trading in Paris Tuesday.",
            "Tuesday", "2016-02-16"),
        // a participle under a verb ("get it done") takes that verb's time
        Arguments.of("I am optimistic we will be able to get it done by Tuesday.", "Tuesday",
            "2016-02-16"),
        // a date after a copula is dated by it
        Arguments.of("The deadline for the bank will be Jan. 30.", "Jan. 30", "2017-01-30"),
        Arguments.of("The deadline for the bank was March 30.", "March 30", "2015-03-30"),
        // a condition leaves the time open: the nearest (federal) Election Day
        Arguments.of("A runoff follows if neither candidate hit 50 percent on Election Day.",
            "Election Day", "2016-11-08"),
        // "one day" before a verb is some day to come, not a length
        Arguments.of("He hopes to one day be reunited with his brother.", "one day",
            "FUTURE_REF"),
        Arguments.of("Reconstruction is one day contemplated.", "one day", "FUTURE_REF"),
        Arguments.of("The visit was cut to one day because of the storm.", "one day", "P1D"),
        // a present clause: a month four or more back is the coming one, unless a comparison
        // or a noun holds it
        Arguments.of("A government shutdown looms in late April and again in October.", "October",
            "2016-10"),
        Arguments.of("In September, those electors meet at their state capitols.", "September",
            "2016-09"),
        Arguments.of("Support for the party is 14 points higher than in October.", "October",
            "2015-10"),
        Arguments.of("The share who think things are going badly stands at 55%, up from 50% in"
            + " September.", "September", "2015-09"),
        // "put" may be past: the reporting verb above it decides
        Arguments.of("It said assailants put an explosive device at the gate in early October.",
            "early October", "2015-10"),
        // a verb of phase shares its infinitive's time
        Arguments.of("The rumour began to spread on social media on Saturday.", "Saturday",
            "2016-02-06"),
        Arguments.of("If such attacks continued until Election Day, the result would be in"
            + " doubt.", "Election Day", "2016-11-08"),
        // a noun or adjective with its copula is the predicate: its tense is the clause's
        Arguments.of("There is a big election in September.", "September", "2016-09"),
        Arguments.of("Republicans need to prove they are serious before September.",
            "September", "2016-09"),
        Arguments.of("Republicans need to prove they are \"for something before September.\"",
            "September", "2016-09"),
        // a deadline ahead; getting ready for what is ahead; an imperative
        Arguments.of("Lawmakers are racing against a clock that requires final action by"
            + " Saturday.", "Saturday", "2016-02-13"),
        Arguments.of("As election officials prepare for the Tuesday onslaught, Ohio will keep its"
            + " polls open.", "Tuesday", "2016-02-16"),
        Arguments.of("The senator spoke about the budget. Join us on Monday for the rally at the"
            + " capitol.", "Monday", "2016-02-15"),
        // the day of the saying, whatever the parse hangs it on
        Arguments.of("The spokesman offered no clues, saying Wednesday the administration will"
            + " continue to wait for a ruling.", "Wednesday", "2016-02-10"),
        // what came before the purpose of a past act is past; a plan's "after" may lie ahead
        Arguments.of("Kim took to Instagram on Saturday evening to give followers an update,"
            + " after coming forward with his diagnosis on Friday.", "Friday", "2016-02-05"),
        // with no tense to decide, a day joined to one still ahead follows it
        Arguments.of("Among Democrats, it was 193-3. The Senate debate Friday and Tuesday is sure to"
            + " be contentious.", "Tuesday", "2016-02-16"),
        // a weekday of a named week
        Arguments.of("Neal wants the returns by then, Wednesday of next week.",
            "Wednesday of next week", "2016-02-17"),
        Arguments.of("The leader will meet on Friday in the week ahead with President Moon.",
            "Friday in the week ahead", "2016-02-19"),
        // a run of months told in the past is the last one
        Arguments.of("Thailand exported 7,715 tonnes of tin during October/December.",
            "October/December", "2015-Q4"),
        // a verb after "the future" closes its noun phrase
        Arguments.of("The economy's performance in the future depends on fiscal policy.",
            "the future", "FUTURE_REF"),
        // curly apostrophes are read as straight ones: "he’ll" is a future
        Arguments.of("On Saturday, he’ll celebrate his 100th day in office.", "Saturday",
            "2016-02-13"),
        Arguments.of("On Saturday, he'll celebrate his 100th day in office.", "Saturday",
            "2016-02-13"),
        // a plan told in the past with "was to": the day after the one before it
        Arguments.of("Two stops on Thursday in Ohio were to be followed by three in Florida on"
            + " Friday.", "Friday", "2016-02-12"),
        // a day's possession in a clause about what may come, or before which something stood
        Arguments.of("Friday's debate could focus more on immigration.", "Friday", "2016-02-12"),
        Arguments.of("Nestle's share of 7% before Monday's purchases is far below the leaders'.",
            "Monday", "2016-02-08"),
        Arguments.of("Candidates are preparing ahead of Monday's debate in Boulder.", "Monday",
            "2016-02-15"),
        Arguments.of("Rubio won praise for his performance in Friday's debate.", "Friday",
            "2016-02-05"),
        Arguments.of("Both candidates may still be claiming victory after Monday's debate.",
            "Monday", "2016-02-08"),
        // the same day named again is that day
        // "once" a present clause is ahead, and so is its owner's month
        Arguments.of("The fight will resume once Congress returns from its August recess.",
            "August", "2016-08"),
        // a vote named by its day and month, not told in the past, is the coming one
        Arguments.of("The senator will go before voters in the Jan. 19 primary.", "Jan. 19",
            "2017-01-19"),
        // a timetable in the simple present is ahead; "'d" before a participle is "had"
        Arguments.of("The HBO series debuts on Sunday.", "Sunday", "2016-02-14"),
        Arguments.of("The fiscal year ends on September 30.", "September 30", "2016-09-30"),
        Arguments.of("He’d just secured that post in December.", "December", "2015-12"),
        // "the next day" told in the past cannot fall after publication: with no day of the
        // story to count from, it has no value to give; said of what is ahead, it counts
        Arguments.of("Agnew was taken aback when the statement appeared in the press the next"
            + " day.", "the next day", "XXXX-XX-XX"),
        Arguments.of("The committee will vote the next day.", "the next day", "2016-02-12"),
        Arguments.of("Talks began on Feb. 3. The next day they collapsed.", "The next day",
            "2016-02-04"),
        // a month its sentence names is the one compared, even in a story of a quarter
        Arguments.of("The economy grew in the third quarter. Retail sales grew 4.7 percent last"
            + " month from a year earlier.", "a year earlier", "2015-01"),
        // a month told in the past in a story framed by an older year takes that year; one
        // still ahead does not
        Arguments.of("In 2008, Obama won the election. In March, the Senate will vote.", "March",
            "2016-03"),
        Arguments.of("In 2008, Obama ran for president. In June, he clinched the nomination.",
            "June", "2008-06"));
  }

  @Test
  void readsTheSameWeekdayNamedAgainAsTheSameDay() {
    Analysis a = PIPELINE.run(Article.of("t", "Voters will boot him on Tuesday, and Tuesday's"
        + " balloting could be close.").withPublished(THU));
    assertThat(a.dates()).as(a.dates().toString()).hasSize(2)
        .allMatch(t -> t.value().equals("2016-02-16"));
  }

  @Test
  void readsAnEventNamedAgainByItsDayAsTheOneNamedBefore() {
    Analysis a = PIPELINE.run(Article.of("t", "The White House on Sunday informed the committee it"
        + " will not participate in Wednesday's hearing. In a letter to Trump last week, Nadler"
        + " prefaced Wednesday's hearing as a scholarly examination.")
        .withPublished(LocalDate.parse("2019-12-02")));
    assertThat(a.dates()).as(a.dates().toString())
        .filteredOn(t -> t.text().equals("Wednesday")).hasSize(2)
        .allMatch(t -> t.value().equals("2019-12-04"));
  }

  /** The day a clause means, by how journalists tell it: (published, text, expression, value). */
  @ParameterizedTest(name = "[{index}] {1} ({0}) → {2} = {3}")
  @MethodSource("toldDays")
  void readsTheDayTheClauseMeans(String published, String text, String expression,
      String value) {
    Analysis a = PIPELINE.run(Article.of("t", text).withPublished(LocalDate.parse(published)));
    assertThat(a.dates()).as(a.dates().toString())
        .anyMatch(t -> t.text().equals(expression) && t.value().equals(value));
  }

  static Stream<Arguments> toldDays() {
    return Stream.of(
        // a hard-wrapped wire story whose first line is taken for a title: the sentence goes on
        // over the wrapping break, and so does its verb
        Arguments.of("1987-03-11", "U.S. Commercial banks are expected to\nreceive Finance"
            + " Ministry approval in late April to operate\nsecurities subsidiaries in Japan, U.S."
            + " Bank officials said.\n    A senior official at one of four prospective banks said"
            + " the\nministry told his bank it would give approval as long as the\nparent firm"
            + " holds no more than 50 pct of the capital.\n", "late April", "1987-04"),
        // a participle right after its noun reports what was done, whatever the parse hangs it on
        Arguments.of("2018-12-20", "Republicans started the day planning to hold a vote on the"
            + " stopgap measure approved Wednesday night by the Senate.", "Wednesday night",
            "2018-12-19TNI"),
        // "certain to", "sure to" look ahead as "likely to" does
        Arguments.of("2012-09-03", "Thursday's event is certain to draw comparisons to 2008.",
            "Thursday", "2012-09-06"),
        // what a speaker said he expected lies ahead of the telling
        Arguments.of("2017-07-20", "Cornyn said he expected a procedural vote on Tuesday to take"
            + " up a healthcare bill.", "Tuesday", "2017-07-25"),
        Arguments.of("2017-07-20", "Negotiators said they expected indirect negotiations to begin"
            + " Wednesday.", "Wednesday", "2017-07-26"),
        // what was tried was done when the trying was
        Arguments.of("2020-05-29", "Police were trying to put Floyd in a squad car Monday when he"
            + " fell to the ground.", "Monday", "2020-05-25"),
        Arguments.of("2018-01-26", "The Times reported that he had tried to fire special counsel"
            + " Robert Mueller in June.", "June", "2017-06"),
        Arguments.of("2018-10-04", "Officials said the Russians had made unsuccessful attempts to"
            + " carry out an attack on the foreign office in March.", "March", "2018-03"),
        // a meeting or a vote a future act is aimed at lies ahead; one told in the present is
        // the nearest
        Arguments.of("2018-09-20", "Judge Kavanaugh said he will be at Monday's hearing and is"
            + " eager to defend his integrity.", "Monday", "2018-09-24"),
        Arguments.of("2018-09-18", "The political world is bracing for Monday's hearing.",
            "Monday", "2018-09-24"),
        Arguments.of("2018-11-04", "Trump was in Montana to boost Matt Rosendale, who is"
            + " challenging Tester in Tuesday's election.", "Tuesday", "2018-11-06"),
        // ... not a thing that follows from one, nor what something is based on, nor an event
        // a parse hangs on the future of a clause about it
        Arguments.of("2000-01-07", "His relatives said they would look for ways to get around"
            + " Wednesday's ruling.", "Wednesday", "2000-01-05"),
        Arguments.of("2014-05-06", "Sources said that based on Wednesday's meeting, it appears"
            + " Democrats are leaning toward a boycott.", "Wednesday", "2014-04-30"),
        Arguments.of("2016-09-28", "Clinton's team believes its candidate had a strong performance"
            + " in Monday's debate that will translate into a wider lead.", "Monday",
            "2016-09-26"),
        // the distal "that" points to the time of the story, not to a "today" of the present
        // named in between; a "today" of the story is its day
        Arguments.of("2019-04-04", "In 1991, I was 15. I felt connected to women's history in a"
            + " way we don't hear about often today. That year, I learned street smarts.",
            "That year", "1991"),
        Arguments.of("2019-04-04", "On March 3, 2015, the senator spoke in Ohio. Voters still"
            + " remember the speech today. That day, he promised to cut taxes.", "That day",
            "2015-03-03"),
        Arguments.of("2019-04-04", "On Monday, police searched his home. He was arrested today in"
            + " Dallas. Later that day, he was released.", "Later that day", "2019-04-04"),
        // a time moved to a day, or a state kept through it, looks ahead as "until" does
        Arguments.of("2019-10-21", "The verdict has been moved to Thursday instead of today.",
            "Thursday", "2019-10-24"),
        Arguments.of("2012-10-27", "The campaign moved up his planned Monday departure for Florida"
            + " to Sunday night to beat the storm.", "Sunday night", "2012-10-28TNI"),
        Arguments.of("2012-11-01", "Gov. Bob McDonnell has extended absentee voting through"
            + " Saturday.", "Saturday", "2012-11-03"),
        Arguments.of("2015-02-28", "Obama signed the legislation, which provides funding to DHS"
            + " through Friday.", "Friday", "2015-03-06"),
        // ... not the end of a range, nor a state told in the simple past
        Arguments.of("2016-10-18", "Clinton leads by 12 points in a Monmouth poll conducted Friday"
            + " through Sunday.", "Sunday", "2016-10-16"),
        Arguments.of("2017-06-20", "The festival ran through Sunday.", "Sunday", "2017-06-18"),
        // guards: a name before a participle, a plan overtaken, a possessive with its own reading
        Arguments.of("2018-04-11", "Ryan could step down at the end of this Congress, but a formal"
            + " announcement was not expected before Election Day given the negative signal the"
            + " retirement would send.", "Election Day", "2018-11-06"),
        Arguments.of("2018-05-16", "The FCC said the rules would expire on June 11 and that the new"
            + " regulations approved in December would take effect.", "December", "2017-12"),
        Arguments.of("2018-05-23", "Ryan, who was supposed to stay in Wisconsin through Tuesday"
            + " evening for his son's graduation, returned.", "Tuesday evening", "2018-05-22TEV"),
        Arguments.of("2012-06-04", "Democrats began a recall effort that eventually led to"
            + " Tuesday's vote. While Tuesday's vote will culminate a two-year fight, the outcome"
            + " is unclear.", "Tuesday", "2012-06-05"),
        // ... but a thing named by its day may lie ahead: "attempted to frame Thursday's vote"
        Arguments.of("2017-03-20", "Ryan attempted to frame Thursday's healthcare vote as the most"
            + " consequential of his career.", "Thursday", "2017-03-23"));
  }

  @ParameterizedTest(name = "[{index}] {0} → {1} = {2}")
  @MethodSource("tensed")
  void readsDirectionFromTheParse(String text, String expression, String value) {
    Analysis a = PIPELINE.run(Article.of("t", text).withPublished(THU));
    assertThat(a.dates()).as(a.dates().toString())
        .anyMatch(t -> t.text().equals(expression) && t.value().equals(value));
  }

  /** A month's vote, a state held until a month, what came since or before: (published, text). */
  @ParameterizedTest(name = "[{index}] {1} ({0}) → {2} = {3}")
  @MethodSource("votesAndBounds")
  void readsAVoteOrABoundByItsMonth(String published, String text, String expression,
      String value) {
    Analysis a = PIPELINE.run(Article.of("t", text).withPublished(LocalDate.parse(published)));
    assertThat(a.dates()).as(a.dates().toString())
        .anyMatch(t -> t.text().equals(expression) && t.value().equals(value));
  }

  static Stream<Arguments> votesAndBounds() {
    return Stream.of(
        // a vote named by its month, not told as past, is the coming one
        Arguments.of("2016-02-15", "If he wins his primary, his re-election in November is not in"
            + " question.", "November", "2016-11"),
        Arguments.of("2016-04-24", "The poll shows the Ohio governor well ahead of Clinton in a"
            + " November matchup.", "November", "2016-11"),
        Arguments.of("2017-12-13", "The governor chose Tina Smith to fill the seat until the"
            + " November election.", "November", "2018-11"),
        Arguments.of("2020-01-29", "We talked about how a person like me might vote in"
            + " November.", "November", "2020-11"),
        Arguments.of("2014-01-15", "One to watch is Kay Hagan of North Carolina, an endangered"
            + " Democrat facing reelection in November.", "November", "2014-11"),
        // a plan told in the passive looks ahead
        Arguments.of("1987-03-11", "U.S. Commercial banks are expected to receive Finance Ministry"
            + " approval in late April to operate securities subsidiaries in Japan, U.S. Bank"
            + " officials said.", "late April", "1987-04"),
        // Election Day talked of in the present or as a possibility is the coming one, however far
        Arguments.of("2015-08-12", "For Republicans, she is their only hope on Election Day.",
            "Election Day", "2016-11-08"),
        // an election told in the present or with no tense is the coming one
        Arguments.of("2014-10-30", "Senator Pryor, who is up for re-election on Tuesday, spoke.",
            "Tuesday", "2014-11-04"),
        Arguments.of("2016-01-28", "After Iowa's caucuses on Monday, attention will shift to New"
            + " Hampshire.", "Monday", "2016-02-01"),
        // ... a month half a year away, told without a tense, has happened
        Arguments.of("2013-05-19", "But those numbers are virtually unchanged from November.",
            "November", "2012-11"),
        // an itinerary in the simple present lies ahead
        Arguments.of("2015-12-14", "Obama, who leaves Friday for his annual vacation in Hawaii,"
            + " had to interrupt that trip last year.", "Friday", "2015-12-18"),
        // a vote inside a noun phrase is not dated by the reporting verb's past
        Arguments.of("2016-09-07", "\u201cI am doing better,\u201d Hillary Clinton, Trump's opponent in"
            + " the November presidential race, told Fox News.", "November", "2016-11"),
        Arguments.of("2017-01-10", "Clinton, his rival in the November election, spoke on Monday.",
            "November", "2016-11"),
        // ... but a vote just held, or told in the past, is the last one
        Arguments.of("2016-12-13", "Trump's refusal to accept the November election results is"
            + " troubling.", "November", "2016-11"),
        Arguments.of("2017-03-10", "Turnout in the regular November election was low.",
            "November", "2016-11"),
        // since a month, a post held until a month, what came before a present: past
        Arguments.of("2016-02-11", "That is an 11-point drop since the survey in June.", "June",
            "2015-06"),
        Arguments.of("2016-02-11", "Pence served as governor until June.", "June", "2015-06"),
        Arguments.of("2016-02-11", "Clinton walks on her stage after winning the New York primary"
            + " in July.", "July", "2015-07"),
        // a plan told with a past auxiliary may lie either side; a gerund recalled is past
        Arguments.of("2018-11-08", "The news conference on Tuesday was intended to showcase the"
            + " results.", "Tuesday", "2018-11-06"),
        Arguments.of("2013-04-23", "He posted pictures he reports taking in the early hours of"
            + " Friday.", "Friday", "2013-04-19"),
        // a holiday naming a thing done is past; a count of the weeks from a holiday looks ahead
        Arguments.of("2019-10-28", "Islamic State claimed the Easter Sunday bomb attacks on"
            + " churches.", "Easter Sunday", "2019-04-21"),
        Arguments.of("2012-09-20", "Unable to overtake Obama less than seven weeks from Election"
            + " Day, the former governor has been lambasted.", "Election Day", "2012-11-06"),
        Arguments.of("2014-05-20", "Congress left town Thursday for the Memorial Day recess.",
            "Memorial Day", "2014-05-26"),
        Arguments.of("2020-04-16", "Trump said in late March he hoped to reopen the economy by"
            + " Easter.", "Easter", "2020-04-12"),
        // "Election Day" without a year is the federal one, of an even year, but in the weeks
        // around an odd year's
        Arguments.of("2017-05-26", "Everything that has happened since Election Day only confirms"
            + " those doubts.", "Election Day", "2016-11-08"),
        Arguments.of("2019-09-18", "She still won't be old enough to vote on Election Day.",
            "Election Day", "2020-11-03"),
        Arguments.of("2015-11-03", "Voters in Ohio went to the polls on Election Day.",
            "Election Day", "2015-11-03"),
        // "take effect" on a day is told by its verb; "if elected" lies ahead; a participle
        // after a degree word is an adjective; an owner's month in an open clause is the nearest
        Arguments.of("2013-06-03", "The rule is set to take effect Jan. 1, officials said.",
            "Jan. 1", "2014-01-01"),
        Arguments.of("2018-04-09", "He vowed to shake up Washington if elected in November.",
            "November", "2018-11"),
        Arguments.of("2012-06-10", "The race could be one of the most contested in November.",
            "November", "2012-11"),
        Arguments.of("2016-05-26", "Sanders vowed to fight on at the party's July convention.",
            "July", "2016-07"),
        // the run-up to a holiday is told by its clause
        Arguments.of("2018-05-04", "Trump had denied any knowledge of the payment in the weeks"
            + " leading up to Election Day.", "Election Day", "2016-11-08"),
        // a day a present copula names is still to come
        Arguments.of("2017-06-04", "The vote is on Thursday, so it is hard not to see her comments"
            + " in that light.", "Thursday", "2017-06-08"),
        // the thing something will come after is not ahead for that: the nearest
        Arguments.of("2013-11-05", "It was the first time voters could weigh in on where they want"
            + " to take their party after the partial government shutdown in October.", "October",
            "2013-10"),
        // what is needed over the next year lies ahead from now: a need is no act done
        Arguments.of("1987-03-09", "The World Bank would raise 90 pct of the funds needed over the"
            + " next year with methods used before, Rotberg said.", "the next year", "1988"),
        // the day of "on the night of" is told as that night is
        Arguments.of("2019-11-18", "Andrew could not say what he was doing on the night of"
            + " March 10.", "March 10", "2019-03-10"),
        Arguments.of("2019-11-18", "He will speak on the morning of March 10.", "March 10",
            "2020-03-10"),
        // a photo caption tells in the present what was
        Arguments.of("2016-09-20", "A National Guard member stops traffic in New Rochelle in early"
            + " March. (John Moore / Getty Images)\n\nThe state reopened.", "early March",
            "2016-03"),
        Arguments.of("2016-12-06", "John Bolton waves as he leaves Trump Tower on Friday."
            + " Photograph: Drew Angerer/Getty Images", "Friday", "2016-12-02"),
        // the figure a change is counted from is earlier
        Arguments.of("2013-08-10", "About 500,000 are backlogged, down from about 611,000 in"
            + " March.", "March", "2013-03"),
        // a subject's time is set before the future-in-the-past it is told in
        Arguments.of("2020-06-05", "Economists had predicted the jobless rate in May would rise as"
            + " high as 19 percent.", "May", "2020-05"),
        Arguments.of("2012-08-28", "They said that any ripples of discord on Monday would be"
            + " forgotten by Tuesday night.", "Monday", "2012-08-27"),
        // a condition in the present lies ahead; so does a deadline not told in the past
        Arguments.of("2016-04-17", "They will feel differently if a Republican wins the White"
            + " House in November.", "November", "2016-11"),
        Arguments.of("2013-12-18", "Reid expects the law to become a political benefit as"
            + " problems are smoothed out by Election Day.", "Election Day", "2014-11-04"));
  }

  /** A month naming a thing, half a year either way of publication (2018-05-23). */
  @ParameterizedTest(name = "[{index}] {0} → {1} = {2}")
  @MethodSource("namingMonths")
  void readsAMonthNamingAThingByTheClauseAroundIt(String text, String expression, String value) {
    Analysis a = PIPELINE.run(Article.of("t", text).withPublished(LocalDate.of(2018, 5, 23)));
    assertThat(a.dates()).as(a.dates().toString())
        .anyMatch(t -> t.text().equals(expression) && t.value().equals(value));
  }

  static Stream<Arguments> namingMonths() {
    return Stream.of(
        // a plan points ahead; an event told in the past has happened
        Arguments.of("She was among a slate of candidates selected by voters to advance to the"
            + " November midterm elections.", "November", "2018-11"),
        Arguments.of("He was embarrassed by the November defeat.", "November", "2017-11"));
  }

  @ParameterizedTest(name = "[{index}] {0} → {1} = {2}")
  @MethodSource("openLengths")
  void readsABareUnitAfterAVerbAsAnOpenLength(String text, String expression, String value) {
    Analysis a = PIPELINE.run(Article.of("t", text).withPublished(THU));
    assertThat(a.dates()).as(a.dates().toString())
        .anyMatch(t -> t.text().equals(expression) && t.value().equals(value));
  }

  static Stream<Arguments> openLengths() {
    return Stream.of(
        // "days after" placed by a verb: an open length (a noun's "the border days after" is not)
        Arguments.of("He resigned days after the report was published.", "days", "PXD"),
        Arguments.of("The senator died weeks before the election.", "weeks", "PXW"));
  }

  @ParameterizedTest(name = "[{index}] {0} → {2} = {3}")
  @MethodSource("storyDays")
  void readsTheYearOfTheStoryItsDaysAreToldIn(String text, String published, String expression,
                                              String value) {
    Analysis a = PIPELINE.run(Article.of("t", text).withPublished(LocalDate.parse(published)));
    assertThat(a.dates()).as(a.dates().toString())
        .anyMatch(t -> t.text().equals(expression) && t.value().equals(value));
  }

  static Stream<Arguments> storyDays() {
    String outbreak = "The 2009 outbreak started in Mexico. It was reported to the Pan American"
        + " Health Organization on April 12 of that year. Two days later, the U.S. Centers for"
        + " Disease Control examined a specimen, and by April 15, the CDC had determined it was"
        + " swine flu. On April 22, the CDC activated its Emergency Operations Center. On May 1,"
        + " the test kits were shipped.";
    return Stream.of(
        // text, publication date, expression, value
        // past clauses right after a day given with its year go on in that year
        Arguments.of(outbreak, "2020-03-29", "April 15", "2009-04-15"),
        Arguments.of(outbreak, "2020-03-29", "April 22", "2009-04-22"),
        Arguments.of(outbreak, "2020-03-29", "May 1", "2009-05-01"),
        // ... not a month before that day's, nor after a year that dates a noun
        Arguments.of("Pan Am Flight 103 exploded over Lockerbie on Dec. 21, 1988. On Jan. 5,"
            + " prosecutors said they would appeal.", "2019-05-10", "Jan. 5", "2019-01-05"),
        Arguments.of("He accepted the treaty he had rejected after the August 1988 cease-fire."
            + " Iran had condemned the invasion of Kuwait on Aug. 2.", "1990-08-15", "Aug. 2",
            "1990-08-02"),
        // "May" tagged as a modal is still the month when its day and year follow
        Arguments.of("Cruz and Rand Paul listen during a news conference May 16, 2013, on Capitol"
            + " Hill.", "2016-03-24", "May 16, 2013", "2013-05-16"));
  }

  @Test
  void countsTheNextWeekSaidOfNowFromPublicationAfterADayOfTheStory() {
    Analysis a = PIPELINE.run(Article.of("t", "Talks began on Feb. 3. A deal is expected within"
        + " the next week.").withPublished(THU));
    TimeExpression next = a.dates().stream().filter(t -> t.text().equals("the next week"))
        .findFirst().orElseThrow(() -> new AssertionError(a.dates().toString()));
    assertThat(next.value()).isEqualTo("2016-W07");
    assertThat(next.anchor()).isEqualTo(TimeExpression.Anchor.PUBLICATION);
    assertThat(next.anchorSpan()).isEmpty();
  }

  @Test
  void normalizesTheReferenceDatesOfTheExample() {
    List<TimeExpression> dates =
        PIPELINE.run(Article.of("example", Shared.read(Shared.examplePath()))).dates();
    Map<String, String> expected = Map.of(
        "11/02/2016", "2016-02-11",
        "February 11, 2016", "2016-02-11",
        "March 1", "2016-03-01",
        "February 12-14", "2016-02-12/2016-02-14",
        "February 25", "2016-02-25",
        "Wednesday", "2016-02-10",
        "the eve of the start of the Munich Security Conference", "2016-02-11");
    Map<String, String> found = dates.stream()
        .collect(Collectors.toMap(TimeExpression::text, TimeExpression::value, (x, y) -> x));
    expected.forEach((text, value) -> assertThat(found).as(dates.toString()).containsEntry(text, value));
    assertThat(dates).filteredOn(t -> t.text().equals("Thursday"))
        .isNotEmpty().allMatch(t -> t.value().equals("2016-02-11"));
  }
}
