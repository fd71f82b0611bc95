package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.ingest.ArticleReader;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.time.TimeExpression.Anchor;
import org.parley.time.TimeExpression.Type;

class DateFinderTest {
  private static final ArticleReader READER = new ArticleReader();
  private static final DateFinder FINDER = new DateFinder();
  /** A Thursday. */
  private static final String THU = "2016-02-11";
  /** A Thursday in the fourth quarter, for financial news. */
  private static final String FIN = "1989-11-02";

  static Analysis analyze(String text, String published) {
    Article article = Article.of("test", text);
    if (published != null) {
      article = article.withPublished(LocalDate.parse(published));
    }
    return FINDER.apply(READER.apply(Analysis.of(article)));
  }

  static Stream<Arguments> expressions() {
    return Stream.of(
        // text, publication date, expected text, type, value
        // absolute dates
        Arguments.of("The deal was signed on February 11, 2016 in Munich.", THU,
            "February 11, 2016", Type.DATE, "2016-02-11"),
        Arguments.of("The deal was signed on 11 February 2016 in Munich.", THU,
            "11 February 2016", Type.DATE, "2016-02-11"),
        Arguments.of("Talks began on Feb. 9 in Geneva.", THU, "Feb. 9", Type.DATE, "2016-02-09"),
        Arguments.of("The file is dated 2016-02-11.", THU, "2016-02-11", Type.DATE, "2016-02-11"),
        Arguments.of("It was signed on Thursday, February 4, 2016.", THU,
            "Thursday, February 4, 2016", Type.DATE, "2016-02-04"),
        Arguments.of("The 5th of March was chosen.", THU, "5th of March", Type.DATE, "2016-03-05"),
        Arguments.of("A report dated 25/01/2016 was leaked.", THU, "25/01/2016", Type.DATE,
            "2016-01-25"),
        Arguments.of("A report dated 01/25/2016 was leaked.", THU, "01/25/2016", Type.DATE,
            "2016-01-25"),
        Arguments.of("A report dated 03/04/2016 was leaked.", THU, "03/04/2016", Type.DATE,
            "2016-03-04"),
        Arguments.of("A report dated 03/04/2016 was leaked.", null, "03/04/2016", Type.DATE,
            "2016-03-04"),
        // months counted back from the month named last, not from the day of writing
        Arguments.of("In February 2015, three pupils flew to Turkey, the route a friend took "
            + "three months earlier.", "2019-02-14", "three months earlier",
            Type.DATE, "2014-11"),
        // a year far ahead after "through", as after "until"; "that year" is then that one
        Arguments.of("Cuts through 2100 would reduce temperatures by that year.", "2017-06-02",
            "that year", Type.DATE, "2100"),
        // a number with a thousands comma is one amount ("2,000 years ago" is not "000 years ago")
        Arguments.of("That first Easter, some 2,000 years ago, he rose.", "2018-04-01",
            "years ago", Type.DATE, "PAST_REF"),
        Arguments.of("They saw twice as many calls as they would on an average Monday.",
            "2020-03-24", "Monday", Type.DATE, "XXXX-WXX-1"),
        // "It was not until X that": the cleft of a past event
        Arguments.of("It was not until February that the White House proposed a plan.",
            "2016-12-13", "February", Type.DATE, "2016-02"),
        // a modifier only a time takes makes the phrase a time whatever verb follows
        Arguments.of("The pledge to stay for the foreseeable future risks conflict.", THU,
            "the foreseeable future", Type.DATE, "FUTURE_REF"),
        Arguments.of("In August, 600 people were rescued in a single day.", THU, "a single day",
            Type.DURATION, "P1D"),
        Arguments.of("Guards watch the camp every hour of every day.", THU,
            "every hour of every day", Type.SET, "PT1H"),
        // financial news: quarters, year-earlier periods, fiscal years (publication 1989-11-02)
        Arguments.of("Net income rose in the third quarter. The quarter was strong.", FIN,
            "The quarter", Type.DATE, "1989-Q3"),
        Arguments.of("Profit fell in the third quarter from $5 million a year ago.", FIN,
            "a year ago", Type.DATE, "1988-Q3"),
        Arguments.of("Profit fell in the third quarter from $5 million a year earlier.", FIN,
            "a year earlier", Type.DATE, "1988-Q3"),
        Arguments.of("Sales rose 5% a year ago.", FIN, "a year ago", Type.DATE, "1988"),
        // a quarter with no year follows the quarter under discussion; "a year earlier" compares
        // with the quarter named before it in its sentence
        Arguments.of("It lost $2 million in the fourth quarter of 1988. Sales fell 3% after a 5%"
            + " rise in the third quarter.", "1989-03-17", "the third quarter", Type.DATE,
            "1988-Q3"),
        Arguments.of("Sales rose in the first quarter. Profit is expected to climb in the second"
            + " quarter of 1990 from $3 million a year earlier.", "1990-04-20", "a year earlier",
            Type.DATE, "1989-Q2"),
        Arguments.of("Third-quarter sales beat the year-earlier quarter.", FIN,
            "the year-earlier quarter", Type.DATE, "1988-Q3"),
        Arguments.of("Sales in the second quarter beat year-ago results.", FIN, "year-ago",
            Type.DATE, "1988-Q2"),
        Arguments.of("Year-earlier results were restated.", FIN, "Year-earlier", Type.DATE,
            "1988"),
        Arguments.of("Results for the 1988 third quarter were restated.", FIN,
            "the 1988 third quarter", Type.DATE, "1988-Q3"),
        Arguments.of("It earned less in this year's second quarter.", FIN,
            "this year's second quarter", Type.DATE, "1989-Q2"),
        Arguments.of("It expects a gain in next year's first half.", FIN,
            "next year's first half", Type.DATE, "1990-H1"),
        Arguments.of("Sales in the third quarter topped the 1988 period.", FIN, "the 1988 period",
            Type.DATE, "1988-Q3"),
        Arguments.of("It expects a loss for fiscal 1990.", FIN, "fiscal 1990", Type.DATE,
            "1990"),
        Arguments.of("Analysts see growth in the second half.", "2013-03-22", "the second half",
            Type.DATE, "2013-H2"),
        Arguments.of("Fourth-quarter profit is up 5%.", "2013-02-06", "Fourth-quarter",
            Type.DATE, "2012-Q4"),
        Arguments.of("It expects a loss in the current fiscal year.", FIN,
            "the current fiscal year", Type.DATE, "1989"),
        // "current" and "recent" as adjectives (TimeML)
        Arguments.of("The current talks are stalled.", THU, "current", Type.DATE,
            "PRESENT_REF"),
        Arguments.of("The recent talks were stalled.", THU, "recent", Type.DATE, "PAST_REF"),
        Arguments.of("Prices rose in recent years because of demand.", THU, "recent years",
            Type.DATE, "PAST_REF"),
        Arguments.of("Prices rose in recent months because of demand.", THU, "recent months",
            Type.DURATION, "PXM"),
        // years written out, as in broadcast transcripts
        Arguments.of("It happened in nineteen ninety-six in Iraq.", THU, "nineteen ninety-six",
            Type.DATE, "1996"),
        Arguments.of("Computers may fail in the year two thousand.", THU,
            "the year two thousand", Type.DATE, "2000"),
        // months and years
        Arguments.of("The vote was held in March 2014.", THU, "March 2014", Type.DATE, "2014-03"),
        Arguments.of("Prices fell in January.", THU, "January", Type.DATE, "2016-01"),
        Arguments.of("Prices rose sharply in June.", THU, "June", Type.DATE, "2015-06"),
        Arguments.of("The parliament will vote in June.", THU, "June", Type.DATE, "2016-06"),
        Arguments.of("Output fell in early December.", THU, "early December", Type.DATE,
            "2015-12"),
        Arguments.of("The war began in 2014.", THU, "2014", Type.DATE, "2014"),
        Arguments.of("The ceasefire held through mid-2015, officials said.", THU, "mid-2015",
            Type.DATE, "2015"),
        Arguments.of("Crime rose in the 1990s.", THU, "the 1990s", Type.DATE, "199"),
        Arguments.of("It was rebuilt in the late 19th century.", THU, "the late 19th century",
            Type.DATE, "18"),
        Arguments.of("The court ruled in January last year.", THU, "January last year",
            Type.DATE, "2015-01"),
        // worded ranges are two expressions (TimeML); see splitsWordedRanges...
        Arguments.of("The fighting lasted from 2010 to 2014.", THU, "2014", Type.DATE, "2014"),
        Arguments.of("Data between 2010 and 2014 were lost.", THU, "2010", Type.DATE, "2010"),
        Arguments.of("The 2010-2014 period was hard.", THU, "2010-2014", Type.DATE, "2010/2014"),
        // month-day ranges and the year of a yearless date
        Arguments.of("The conference will take place from February 12-14.", THU,
            "February 12-14", Type.DATE, "2016-02-12/2016-02-14"),
        Arguments.of("Talks were suspended until February 25.", THU, "February 25", Type.DATE,
            "2016-02-25"),
        Arguments.of("The festival runs from March 1 to March 5.", THU, "March 5",
            Type.DATE, "2016-03-05"),
        Arguments.of("Moscow had proposed March 1 as the start date.", THU, "March 1", Type.DATE,
            "2016-03-01"),
        Arguments.of("The plant closed on December 20.", THU, "December 20", Type.DATE,
            "2015-12-20"),
        Arguments.of("The plant will reopen on December 20.", THU, "December 20", Type.DATE,
            "2016-12-20"),
        Arguments.of("He resigned on May 3.", THU, "May 3", Type.DATE, "2015-05-03"),
        // a day a few weeks ahead in a past clause is the coming one: last year's would carry
        // its year
        Arguments.of("The bank raised the rate to 19 pct from March 3.", THU, "March 3",
            Type.DATE, "2016-03-03"),
        Arguments.of("Fox said the next debate on Feb. 23 would go ahead.", THU, "Feb. 23",
            Type.DATE, "2016-02-23"),
        Arguments.of("The plant closed on December 20.", "2016-01-10", "December 20", Type.DATE,
            "2015-12-20"),
        Arguments.of("Talks resume on March 3.", null, "March 3", Type.DATE, "XXXX-03-03"),
        // weekdays: direction from the tense
        Arguments.of("Earlier on Thursday, Moscow said talks were ongoing.", THU, "Thursday",
            Type.DATE, "2016-02-11"),
        Arguments.of("The minister told reporters on Wednesday that he was ready.", THU,
            "Wednesday", Type.DATE, "2016-02-10"),
        Arguments.of("The minister said on Friday that he was ready.", THU, "Friday", Type.DATE,
            "2016-02-05"),
        Arguments.of("The ministers will meet on Monday in Geneva.", THU, "Monday", Type.DATE,
            "2016-02-15"),
        Arguments.of("The envoy is due to arrive on Saturday.", THU, "Saturday", Type.DATE,
            "2016-02-13"),
        Arguments.of("The ministers will meet on Thursday in Geneva.", THU, "Thursday",
            Type.DATE, "2016-02-11"),
        Arguments.of("Officials met last Thursday.", THU, "last Thursday", Type.DATE,
            "2016-02-04"),
        Arguments.of("They meet next Monday.", THU, "next Monday", Type.DATE, "2016-02-15"),
        Arguments.of("Thursday's meeting was cancelled.", THU, "Thursday", Type.DATE,
            "2016-02-11"),
        Arguments.of("He spoke on Thursday.", null, "Thursday", Type.DATE, "XXXX-WXX-4"),
        Arguments.of("Protesters gathered on Tuesday morning.", THU, "Tuesday morning",
            Type.TIME, "2016-02-09TMO"),
        // deictic
        Arguments.of("The talks end today.", THU, "today", Type.DATE, "2016-02-11"),
        Arguments.of("The talks ended yesterday.", THU, "yesterday", Type.DATE, "2016-02-10"),
        Arguments.of("The talks resume tomorrow.", THU, "tomorrow", Type.DATE, "2016-02-12"),
        Arguments.of("He will speak tonight.", THU, "tonight", Type.TIME, "2016-02-11TNI"),
        Arguments.of("He spoke this morning.", THU, "this morning", Type.TIME, "2016-02-11TMO"),
        Arguments.of("Shelling resumed last night.", THU, "last night", Type.TIME,
            "2016-02-10TNI"),
        Arguments.of("Talks collapsed last week.", THU, "last week", Type.DATE, "2016-W05"),
        Arguments.of("He said so earlier this week.", THU, "earlier this week", Type.DATE,
            "2016-W06"),
        Arguments.of("Elections are due next month.", THU, "next month", Type.DATE, "2016-03"),
        Arguments.of("Growth slowed this year.", THU, "this year", Type.DATE, "2016"),
        Arguments.of("Growth slowed last year.", THU, "last year", Type.DATE, "2015"),
        Arguments.of("The army recently withdrew.", THU, "recently", Type.DATE, "PAST_REF"),
        Arguments.of("The army is currently withdrawing.", THU, "currently", Type.DATE,
            "PRESENT_REF"),
        Arguments.of("The army now controls the city.", THU, "now", Type.DATE, "PRESENT_REF"),
        Arguments.of("Nobody knows what happens in the future.", THU, "the future", Type.DATE,
            "FUTURE_REF"),
        Arguments.of("The town fell three days ago.", THU, "three days ago", Type.DATE,
            "2016-02-08"),
        Arguments.of("The town fell a couple months ago.", THU, "a couple months ago", Type.DATE,
            "2015-12"),
        Arguments.of("The town fell years ago.", THU, "years ago", Type.DATE, "PAST_REF"),
        Arguments.of("I met him the other day.", THU, "the other day", Type.DATE, "PAST_REF"),
        Arguments.of("Crowds cheered the new year.", "2016-12-31", "the new year", Type.DATE,
            "2017"),
        Arguments.of("Prices rose in the new year.", THU, "the new year", Type.DATE, "2016"),
        Arguments.of("He flew until Christmas Eve of 1944.", THU, "Christmas Eve of 1944",
            Type.DATE, "1944-12-24"),
        Arguments.of("The talks ended yesterday.", null, "yesterday", Type.DATE, "XXXX-XX-XX"),
        Arguments.of("Talks collapsed last week.", null, "last week", Type.DATE, "XXXX-WXX"),
        // anaphoric: from the last day the text established
        Arguments.of("The talks opened on March 3, 2015. The following day, they collapsed.",
            THU, "The following day", Type.DATE, "2015-03-04"),
        Arguments.of("The talks opened on March 3, 2015. The previous Friday, a bomb exploded.",
            THU, "The previous Friday", Type.DATE, "2015-02-27"),
        Arguments.of("The talks opened on March 3, 2015. The following Monday, they collapsed.",
            THU, "The following Monday", Type.DATE, "2015-03-09"),
        Arguments.of("The talks opened on March 3, 2015. Two days later, they collapsed. The"
            + " next day, they resumed.", THU, "The next day", Type.DATE, "2015-03-06"),
        Arguments.of("The talks opened on March 3, 2015. A day earlier, a bomb exploded.", THU,
            "A day earlier", Type.DATE, "2015-03-02"),
        Arguments.of("The talks opened on March 3, 2015. That week, a bomb exploded.", THU,
            "That week", Type.DATE, "2015-W10"),
        Arguments.of("The talks opened on March 3, 2015. The following day, they collapsed.",
            null, "The following day", Type.DATE, "2015-03-04"),
        // durations
        Arguments.of("It ended the five-year war.", THU, "five-year", Type.DURATION, "P5Y"),
        Arguments.of("He was held for three days.", THU, "three days", Type.DURATION, "P3D"),
        Arguments.of("Fighting intensified over the past two weeks.", THU, "the past two weeks",
            Type.DURATION, "P2W"),
        Arguments.of("The conflict has simmered for decades.", THU, "decades", Type.DURATION,
            "PXY"),
        Arguments.of("A 48-hour truce began.", THU, "48-hour", Type.DURATION, "PT48H"),
        Arguments.of("Crowds waited for hours outside.", THU, "hours", Type.DURATION, "PTXH"),
        Arguments.of("Prices fell over the last couple years.", THU, "the last couple years",
            Type.DURATION, "P2Y"),
        Arguments.of("Talks may resume in the next couple of weeks.", THU,
            "the next couple of weeks", Type.DURATION, "P2W"),
        Arguments.of("Shares fell for eight trading days.", THU, "eight trading days",
            Type.DURATION, "P8D"),
        Arguments.of("Refunds take five business days.", THU, "five business days",
            Type.DURATION, "P5D"),
        Arguments.of("More cases are expected in the weeks ahead.", THU, "the weeks ahead",
            Type.DURATION, "PXW"),
        Arguments.of("The plant closed a decade ago.", THU, "a decade ago", Type.DATE, "2006"),
        Arguments.of("He waited about three hours.", THU, "about three hours", Type.DURATION,
            "PT3H"),
        // sets
        Arguments.of("The committee meets every week.", THU, "every week", Type.SET, "P1W"),
        Arguments.of("The paper is published daily.", THU, "daily", Type.SET, "P1D"),
        Arguments.of("Reports are filed annually.", THU, "annually", Type.SET, "P1Y"),
        Arguments.of("The council meets every Monday.", THU, "every Monday", Type.SET,
            "XXXX-WXX-1"),
        Arguments.of("They meet twice a year.", THU, "twice a year", Type.SET, "P1Y"),
        // times
        Arguments.of("The vote closed at 3 p.m. on Thursday.", THU, "3 p.m. on Thursday",
            Type.TIME, "2016-02-11T15:00"),
        Arguments.of("The blast happened at 15:00 GMT.", THU, "15:00 GMT", Type.TIME,
            "2016-02-11T15:00"),
        Arguments.of("He arrived at 9:30 a.m.", THU, "9:30 a.m.", Type.TIME, "2016-02-11T09:30"),
        Arguments.of("The curfew begins at midnight.", THU, "midnight", Type.TIME,
            "2016-02-11T24:00"),
        // seasons, quarters, holidays
        Arguments.of("The offensive began last summer.", THU, "last summer", Type.DATE,
            "2015-SU"),
        Arguments.of("Talks may resume in the spring of 2017.", THU, "the spring of 2017",
            Type.DATE, "2017-SP"),
        Arguments.of("Profits rose in the first quarter of 2015.", THU,
            "the first quarter of 2015", Type.DATE, "2015-Q1"),
        Arguments.of("Third-quarter profits rose.", "2015-10-20", "Third-quarter", Type.DATE,
            "2015-Q3"),
        Arguments.of("Shops close on Christmas Day.", THU, "Christmas Day", Type.DATE,
            "2015-12-25"),
        // the eve of X
        Arguments.of("Lavrov spoke on the eve of the Munich Security Conference. The Munich"
                + " Security Conference will take place from February 12-14.", THU,
            "the eve of the Munich Security Conference", Type.DATE, "2016-02-11"),
        Arguments.of("He spoke on the eve of the March 1 vote.", THU, "the eve of the March 1 vote",
            Type.DATE, "2016-02-29"),
        Arguments.of("He spoke on Monday at a rally on the eve of the primary.", THU,
            "the eve of the primary", Type.DATE, "2016-02-08"),
        // what counts from "the day after X" counts from its day, read once X is dated
        Arguments.of("On Monday he spoke. He left on the day after the March 1 vote. The next"
                + " day, he was in Paris.", THU, "The next day", Type.DATE, "2016-03-03"),
        Arguments.of("He will arrive on the eve of the Munich Security Conference. The next day"
                + " he will speak. The Munich Security Conference opens on February 19.", THU,
            "The next day", Type.DATE, "2016-02-19"),
        // social posts and datelines
        Arguments.of("Title here\n\n11/02/2016\n\nEarlier on Thursday, talks ended.", null,
            "11/02/2016", Type.DATE, "2016-02-11"),
        Arguments.of("Title here\n\n02/11/2016\n\nEarlier on Thursday, talks ended.", null,
            "02/11/2016", Type.DATE, "2016-02-11"),
        Arguments.of("Title here\n\n11/02/2016\n\nTalks ended on Thursday. A memo of 05/03/2016 "
            + "and February 11, 2016 were cited.", null, "05/03/2016", Type.DATE, "2016-03-05"),
        // round 2: the year and week of dates written without one (publication THU 2016-02-11)
        Arguments.of("Ford's stake grew after Tuesday's announcement.", THU, "Tuesday",
            Type.DATE, "2016-02-09"),
        Arguments.of("Shares rose over Monday's close.", THU, "Monday", Type.DATE, "2016-02-08"),
        Arguments.of("The offer runs through Feb. 13, the bank said.", THU, "Feb. 13", Type.DATE,
            "2016-02-13"),
        Arguments.of("He was last seen Nov. 3, police said.", THU, "Nov. 3", Type.DATE,
            "2015-11-03"),
        Arguments.of("The paper said in an editorial on Saturday, Feb. 13: the court erred.", THU,
            "Saturday, Feb. 13", Type.DATE, "2016-02-13"),
        Arguments.of("Leap day: the vote is on Feb. 29.", THU, "Feb. 29", Type.DATE, "2016-02-29"),
        Arguments.of("The vote was held on Feb. 29.", "2017-03-01", "Feb. 29", Type.DATE,
            "2016-02-29"),
        Arguments.of("The plant closed on Dec. 30.", "2016-01-02", "Dec. 30", Type.DATE,
            "2015-12-30"),
        Arguments.of("The plant reopens on Jan. 3.", "2015-12-30", "Jan. 3", Type.DATE,
            "2016-01-03"),
        // fractions and sets
        Arguments.of("He served 2 1/2 years in prison.", THU, "2 1/2 years", Type.DURATION,
            "P2Y6M"),
        Arguments.of("The flight takes 1 1/2 hours.", THU, "1 1/2 hours", Type.DURATION,
            "PT1H30M"),
        Arguments.of("The talks lasted two and a half years.", THU, "two and a half years",
            Type.DURATION, "P2Y6M"),
        Arguments.of("The festival is held each July.", THU, "each July", Type.SET, "XXXX-07"),
        Arguments.of("Flights leave every Thursday.", THU, "every Thursday", Type.SET,
            "XXXX-WXX-4"),
        // a year before the noun it dates ("his 1996 campaign", "bonds due 1993")
        Arguments.of("He lost his 1996 campaign for re-election.", THU, "1996", Type.DATE, "1996"),
        Arguments.of("It overruled a 1971 convention.", THU, "1971", Type.DATE, "1971"),
        Arguments.of("It sold bonds due 2023 on Monday.", THU, "2023", Type.DATE, "2023"),
        Arguments.of("He lost his unsuccessful 1996 campaign.", THU, "1996", Type.DATE, "1996"),
        Arguments.of("Cars crossed the border in 1994, 1995 and 1997.", THU, "1995", Type.DATE,
            "1995"),
        // a month before the noun it dates ("a June agreement")
        Arguments.of("It acted under a June agreement with a group.", FIN, "June", Type.DATE,
            "1989-06"),
        // an adjective between ("the regular November election"), a name after ("a December
        // CNN poll"), "this past November", "come November", "as recently as March", a
        // possessive month after "and"
        Arguments.of("Voters backed the crowded April mayoral primary.", "2016-07-20", "April",
            Type.DATE, "2016-04"),
        Arguments.of("In a December CNN poll, 41% said no.", "2018-01-16", "December", Type.DATE,
            "2017-12"),
        Arguments.of("She challenged Christie this past November and lost.", "2014-01-20",
            "this past November", Type.DATE, "2013-11"),
        // the distal "that day" with no day of the story before it is not the day of writing
        Arguments.of("His mother was told that day that her son would walk again.", THU,
            "that day", Type.DATE, "XXXX-XX-XX"),
        Arguments.of("Stocks fell on Monday. Traders who sold that day lost most.", THU,
            "that day", Type.DATE, "2016-02-08"),
        // "past" after a verb or noun is the preposition, not "this past Thursday"
        Arguments.of("Britain voted to leave the EU this past Thursday.", "2016-06-25",
            "this past Thursday", Type.DATE, "2016-06-23"),
        Arguments.of("A new bill would put the government past Thursday's deadline.",
            "2013-10-17", "Thursday", Type.DATE, "2013-10-17"),
        Arguments.of("Republicans will be motivated come November.", "2020-06-08", "November",
            Type.DATE, "2020-11"),
        Arguments.of("As recently as March, 21 applications were pending.", "2013-07-24", "March",
            Type.DATE, "2013-03"),
        Arguments.of("It follows months on the road and July's convention.", "2016-09-05",
            "July", Type.DATE, "2016-07"),
        // a year before 1800 after a preposition of time, closing its phrase
        Arguments.of("The first such pardon came in 1794, when Washington acted.", THU, "1794",
            Type.DATE, "1794"),
        Arguments.of("Critics are politicizing July Fourth again.", "2019-07-02", "July Fourth",
            Type.DATE, "2019-07-04"),
        // a fiscal year written around its number; Super Tuesday of the election year
        Arguments.of("The bill funds the government for fiscal year 2016 in full.", THU,
            "fiscal year 2016", Type.DATE, "2016"),
        Arguments.of("Crossings rose in the 2018 fiscal year to 400,000.", "2019-02-12",
            "the 2018 fiscal year", Type.DATE, "2018"),
        Arguments.of("It will be a five-person race through Super Tuesday.", "2020-02-12",
            "Super Tuesday", Type.DATE, "2020-03-03"),
        Arguments.of("It is game over by Super Tuesday.", "2015-10-01", "Super Tuesday",
            Type.DATE, "2016-03-01"),
        // a season of the year the story tells ("that summer", "the following winter")
        Arguments.of("Biden ran in 1987. That summer, he was confronted by reports.", THU,
            "That summer", Type.DATE, "1987-SU"),
        Arguments.of("He moved in 1999 and left the following winter.", THU,
            "the following winter", Type.DATE, "2000-WI"),
        // the period around publication: weekend (ISO week), year-end, "in the year"
        Arguments.of("Fighting broke out over the weekend.", "2016-02-15", "the weekend",
            Type.DATE, "2016-W06-WE"),
        Arguments.of("Talks will resume after the weekend.", THU, "the weekend", Type.DATE,
            "2016-W06-WE"),
        Arguments.of("The deal is due to close by year-end.", THU, "year-end", Type.DATE,
            "2016-12-31"),
        Arguments.of("Sales rose 5% earlier in the year.", FIN, "the year", Type.DATE, "1989"),
        Arguments.of("The tally was made at the end of the week.", "2021-01-03",
            "the end of the week", Type.DATE, "2020-W53"),
        // "the past year", "the last decade": the calendar period just gone (TimeBank)
        Arguments.of("Hate groups grew over the past year.", "1998-03-03", "the past year",
            Type.DATE, "1997"),
        // ... but in the last days of December, the year then ending
        Arguments.of("The past year now suggests he has a chance.", "2018-12-30", "The past year",
            Type.DATE, "2018"),
        Arguments.of("Wages lost ground in the last decade.", "1998-02-06", "the last decade",
            Type.DATE, "198"),
        Arguments.of("Prices rose over the past two years.", "1998-02-06", "the past two years",
            Type.DURATION, "P2Y"),
        // lengths written around the unit
        Arguments.of("The fleet stays for at least 20 more years.", THU,
            "at least 20 more years", Type.DURATION, "P20Y"),
        Arguments.of("He was given an additional year to pay.", THU, "an additional year",
            Type.DURATION, "P1Y"),
        Arguments.of("It took a minute and a half to land.", THU, "a minute and a half",
            Type.DURATION, "PT1M30S"),
        Arguments.of("The wait took a year and a half.", THU, "a year and a half", Type.DURATION,
            "P1Y6M"),
        Arguments.of("I wrote about this a year and a half ago.", THU,
            "a year and a half ago", Type.DATE, "2014-08"),
        Arguments.of("She will spend only five hours on the ground.", THU, "five hours",
            Type.DURATION, "PT5H"),
        // a length written as an adjective; the article belongs to the noun
        Arguments.of("It was a day-long meeting.", THU, "day-long", Type.DURATION, "P1D"),
        Arguments.of("They ended a decades-long feud.", THU, "decades-long", Type.DURATION,
            "PXY"),
        Arguments.of("The months-long standoff ended.", THU, "months-long", Type.DURATION,
            "PXM"),
        Arguments.of("Critics of the eight-year-long war spoke.", THU, "eight-year-long",
            Type.DURATION, "P8Y"),
        // "later" with no amount or no date before it: the length, not a date
        Arguments.of("A few days later he left.", THU, "A few days", Type.DURATION, "PXD"),
        Arguments.of("She fled. Then a month later, three more students fled.", THU,
            "a month", Type.DURATION, "P1M"),
        Arguments.of("He came back over an hour later.", THU, "over an hour", Type.DURATION,
            "PT1H"),
        Arguments.of("Talks began on Feb. 3. Two days later they collapsed.", THU,
            "Two days", Type.DURATION, "P2D"),
        Arguments.of("Talks began on Feb. 3. Two days later they collapsed. The next day they"
            + " resumed.", THU, "The next day", Type.DATE, "2016-02-06"),
        // "Today" opening a sentence or a quotation is the day, inside a name it is not
        Arguments.of("“Today we act,” the minister said.", THU, "Today", Type.DATE,
            "2016-02-11"),
        Arguments.of("The minister said: Today is a good day.", THU, "Today", Type.DATE,
            "2016-02-11"),
        // decades without the apostrophe, centuries written with a capital
        Arguments.of("Crime peaked in the 80s.", THU, "the 80s", Type.DATE, "198"),
        Arguments.of("Growth returned in the early 90s.", THU, "the early 90s", Type.DATE, "199"),
        Arguments.of("In the 19th Century, the city grew.", THU, "the 19th Century", Type.DATE,
            "18"),
        // the age of a state of affairs is a length, a person's age is not a time expression
        Arguments.of("Talks aim to end the two-year-old conflict.", THU, "two-year-old",
            Type.DURATION, "P2Y"),
        Arguments.of("Attacks threaten the IRA's 8-month-old truce.", THU, "8-month-old",
            Type.DURATION, "P8M"),
        // the attacks of 2001 named by their day
        Arguments.of("Security tightened after the Sept. 11 attacks.", THU, "Sept. 11", Type.DATE,
            "2001-09-11"),
        Arguments.of("The talks were held on Sept. 11 in Rome.", THU, "Sept. 11", Type.DATE,
            "2015-09-11"),
        Arguments.of("Critics faulted security before the Sept. 11 terror attack in Benghazi.",
            "2013-03-22", "Sept. 11", Type.DATE, "2012-09-11"),
        // "For weeks" opening a sentence is a length
        Arguments.of("For weeks the government held rallies.", THU, "weeks", Type.DURATION,
            "PXW"),
        // a target year far ahead after a preposition; counts of straight units
        Arguments.of("By 2050, the population will double.", THU, "2050", Type.DATE, "2050"),
        Arguments.of("Sea levels may rise a metre by 2100.", THU, "2100", Type.DATE, "2100"),
        Arguments.of("The fund lost money for three straight years.", THU,
            "three straight years", Type.DURATION, "P3Y"),
        // the end of the year written without "the"
        Arguments.of("The deal should close by year end.", FIN, "year end", Type.DATE, "1989"),
        Arguments.of("Rules should be in place by year's end.", FIN, "year's end", Type.DATE,
            "1989"),
        Arguments.of("The sale should be completed by year-end.", FIN, "year-end", Type.DATE,
            "1989-12-31"),
        // rates are sets, "one day" after a modal is the future
        Arguments.of("This will add nearly 700 seats a week on the route.", THU, "a week",
            Type.SET, "P1W"),
        Arguments.of("The stock pays a dividend of $1.76 a year.", THU, "a year", Type.SET,
            "P1Y"),
        Arguments.of("Costs rise in 2016, a year that will test the plan.", THU, "a year",
            Type.DURATION, "P1Y"),
        Arguments.of("Ohioans will pay nearly $200 more a month for plans.", THU, "a month",
            Type.SET, "P1M"),
        Arguments.of("I typically get three to five calls a week.", THU, "a week", Type.SET,
            "P1W"),
        Arguments.of("Growth is stagnant at about two pct a year.", "1987-03-16", "a year",
            Type.SET, "P1Y"),
        Arguments.of("The tax would raise about 17 billion dlrs a year.", "1987-03-03", "a year",
            Type.SET, "P1Y"),
        Arguments.of("Growth came to 1.8%, less than 2010's 2.4%.", "2013-07-22", "2010",
            Type.DATE, "2010"),
        Arguments.of("Prices rose in 1990's boom.", "2013-07-22", "1990's", Type.DATE, "199"),
        // "a year earlier" counts from the last year the text gave; a half of a decade is not
        // a half year
        Arguments.of("GM bought Hughes in 1985. A year earlier it bought EDS.", "1987-06-19",
            "A year earlier", Type.DATE, "1984"),
        Arguments.of("Exports in November 1986 were 138,257 tonnes, against 109,250 tonnes in the"
            + " same month of 1985.", "1987-03-12", "the same month of 1985", Type.DATE,
            "1985-11"),
        Arguments.of("Net income rose in the third quarter, against $4 million for the"
            + " corresponding period last year.", FIN, "the corresponding period last year",
            Type.DATE, "1988-Q3"),
        Arguments.of("Load factor was 50.5 pct in February, up from 50.2 pct for the same month"
            + " last year.", "1987-03-02", "the same month last year", Type.DATE, "1986-02"),
        Arguments.of("Demand fell to 16.39 mln bpd from 16.08 mln in the same period a year ago."
            + " Distillate demand fell to 3.33 mln bpd from 3.40 mln a year earlier.",
            "1987-03-11", "a year earlier", Type.DATE, "1986"),
        Arguments.of("Demand rose 3.3 pct from 6.53 mln last year. Runs were 12.05 mln bpd, up from"
            + " 11.87 mln a year earlier.", "1987-03-11", "a year earlier", Type.DATE, "1986"),
        Arguments.of("Store sales rose 7.5 pct in May from a year earlier.", "1987-06-29",
            "a year earlier", Type.DATE, "1986-05"),
        Arguments.of("M-1 rose to 4.79 billion in December from 4.62 billion in November and 4.05"
            + " billion a year earlier.", "1987-03-09", "a year earlier", Type.DATE, "1985-12"),
        Arguments.of("Miles rose over the 376.1 mln posted for March 1986, and year-to-date miles"
            + " totaled 1.132 billion compared with 1.128 billion a year earlier.", "1987-04-03",
            "a year earlier", Type.DATE, "1986"),
        Arguments.of("Car sales fell to 98,036 from 107,207 a year before. Truck sales rose to"
            + " 42,593 from 38,402 a year before.", "1987-03-04", "a year before", Type.DATE,
            "1986"),
        Arguments.of("Jobs rose last month. Wages were 3.8 percent higher than a year earlier.",
            "1998-02-06", "a year earlier", Type.DATE, "1997"),
        Arguments.of("The cost escalation of the first half of the 1980's will reverse.",
            "1987-03-17", "the 1980's", Type.DATE, "198"),
        // "the next month" said of now counts from publication
        Arguments.of("In January the talks stalled. He still expects a deal in the next month"
            + " or so.", "2019-05-13", "the next month or so", Type.DATE, "2019-06"),
        Arguments.of("He arrived in March 2010 and resigned the next month.", "2019-05-13",
            "the next month", Type.DATE, "2010-04"),
        Arguments.of("He hopes he will one day fly the shuttle.", THU, "one day", Type.DATE,
            "FUTURE_REF"),
        Arguments.of("We don't minimize the challenges of the near term.", FIN, "the near term",
            Type.DATE, "FUTURE_REF"),
        Arguments.of("Rates may fall in coming weeks, they reasoned.", FIN, "coming weeks",
            Type.DATE, "FUTURE_REF"),
        // broadcast transcripts spell the year out
        Arguments.of("It began in January nineteen ninety-seven.", THU,
            "January nineteen ninety-seven", Type.DATE, "1997-01"),
        Arguments.of("It began in the winter of nineteen ninety-four.", THU,
            "the winter of nineteen ninety-four", Type.DATE, "1994-WI"),
        // a time takes the day written after its other-zone reading
        Arguments.of("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08",
            "about 10:35 a.m.", Type.TIME, "1998-08-07T10:35"),
        // a rate after a count of plural things, however it is written
        Arguments.of("About 3,000 people a day could be dying.", "2020-04-01", "a day", Type.SET,
            "P1D"),
        Arguments.of("There were 4.1 mass public shootings a year in the 2000s.", THU, "a year",
            Type.SET, "P1Y"),
        Arguments.of("Botched abortions kill three women a day.", THU, "a day", Type.SET, "P1D"),
        Arguments.of("He posts dozens of items a day.", THU, "a day", Type.SET, "P1D"),
        Arguments.of("He sleeps only several hours a day.", THU, "a day", Type.SET, "P1D"),
        Arguments.of("Troops killed three men a day after the raid.", THU, "a day",
            Type.DURATION, "P1D"),
        Arguments.of("In 2015 it was a year of change.", THU, "a year", Type.DURATION, "P1Y"),
        // "daily" before a name is still a set unless a newspaper is meant
        Arguments.of("Trump was asked at the daily White House briefing.", THU, "daily",
            Type.SET, "P1D"),
        Arguments.of("Macron said he was in daily contact with Trump.", THU, "daily", Type.SET,
            "P1D"),
        // clocks: zones written as words, wire-style four digits, the approximating word
        Arguments.of("The talks expired at 12 am Baghdad time.", "2014-07-01",
            "12 am Baghdad time", Type.TIME, "2014-07-01T00:00"),
        Arguments.of("An update is due at 12.15pm UK time.", "2018-04-12", "12.15pm UK time",
            Type.TIME, "2018-04-12T12:15"),
        Arguments.of("The blast hit at 0730 GMT on Tuesday.", "2017-08-12",
            "0730 GMT on Tuesday", Type.TIME, "2017-08-08T07:30"),
        Arguments.of("Flights resumed at 1400 local time.", "2017-08-12", "1400 local time",
            Type.TIME, "2017-08-12T14:00"),
        Arguments.of("It was reopened at about 4pm.", "2018-03-12", "about 4pm", Type.TIME,
            "2018-03-12T16:00"),
        Arguments.of("The report is due around noon.", "2018-04-12", "around noon", Type.TIME,
            "2018-04-12T12:00"),
        // a clock on a part of a named day takes that day
        Arguments.of("After 10 p.m. last night, a store was robbed.", "2013-04-19",
            "10 p.m. last night", Type.TIME, "2013-04-18T22:00"),
        Arguments.of("He was shot around 7:15 a.m. Wednesday morning.", "2013-04-19",
            "around 7:15 a.m. Wednesday morning", Type.TIME, "2013-04-17T07:15"),
        Arguments.of("She was shot at 7:30 p.m. Sunday night.", "2013-04-19",
            "7:30 p.m. Sunday night", Type.TIME, "2013-04-14T19:30"),
        Arguments.of("Candidates had until noon local time to register.", "2018-07-06",
            "noon local time", Type.TIME, "2018-07-06T12:00"),
        // the first clock of a range takes the half of the day of the second
        Arguments.of("Sometime between 5:30 and 6 p.m., he goes home.", "2020-03-31", "5:30",
            Type.TIME, "2020-03-31T17:30"),
        Arguments.of("The show airs from 3 to 5 p.m. on weekdays.", "2020-03-31", "3",
            Type.TIME, "2020-03-31T15:00"),
        Arguments.of("The cafe is open from 11 to 2 p.m. on weekdays.", "2020-03-31", "11",
            Type.TIME, "2020-03-31T11:00"),
        // British bylines, seasons written with a slash, possessive month-years, fortnights
        Arguments.of("First published on Tue 12 Mar 2019 10.30 GMT.", "2019-03-12",
            "Tue 12 Mar 2019 10.30 GMT", Type.TIME, "2019-03-12T10:30"),
        Arguments.of("Tuesday 12 March 2019 09:59. The vote followed.", "2019-03-12",
            "Tuesday 12 March 2019 09:59", Type.TIME, "2019-03-12T09:59"),
        // a season across two calendar years is named by the year it begins in
        Arguments.of("The 2012/13 season was his best.", "2019-03-12", "2012/13", Type.DATE,
            "2012"),
        Arguments.of("March 2019's vote was a defeat.", "2019-04-12", "March 2019", Type.DATE,
            "2019-03"),
        Arguments.of("Refugees who left a fortnight ago are settling in.", "2017-08-12",
            "a fortnight ago", Type.DATE, "2017-W30"),
        Arguments.of("Talks will resume in a fortnight.", "2017-08-12", "a fortnight",
            Type.DURATION, "P2W"),
        // a day and month with the year told relative to publication
        Arguments.of("He was killed on 21 December last year.", "2017-08-12",
            "21 December last year", Type.DATE, "2016-12-21"),
        Arguments.of("Then, on 5 July this year, a man died.", "2017-08-12", "5 July this year",
            Type.DATE, "2017-07-05"),
        Arguments.of("The act passed on January 1 this year.", "2013-04-15",
            "January 1 this year", Type.DATE, "2013-01-01"),
        // a half of an hour or a century is a length, not a half of the year
        Arguments.of("CNN devoted the first half hour to the pandemic.", "2020-03-15",
            "the first half hour", Type.DURATION, "PT30M"),
        Arguments.of("The share rose from 5% in 1965 to 14% over the next half century.",
            "2019-07-16", "the next half century", Type.DURATION, "P50Y"),
        Arguments.of("It became a slur in the second half of the nineteenth century.",
            "2020-07-14", "the nineteenth century", Type.DATE, "18"),
        // "a century ago" is a year back, as "a decade ago"
        Arguments.of("The Navy had more ships than it did a century ago.", "2012-10-22",
            "a century ago", Type.DATE, "1912"),
        // "the 1800s" is a century; "the 2000s" a decade
        Arguments.of("Toward the end of the 1800s, immigration swelled.", "2019-07-16",
            "the end of the 1800s", Type.DATE, "18"),
        Arguments.of("Wages rose in the early 1900s.", "2019-07-16", "the early 1900s", Type.DATE,
            "19"),
        Arguments.of("It was built in the 2000s.", "2019-07-16", "the 2000s", Type.DATE, "200"),
        Arguments.of("In the 1950s there was one; in the 1900s, none.", "2020-01-21",
            "the 1900s", Type.DATE, "190"),
        // "over" as the particle of "hand over" stays outside the length
        Arguments.of("They demanded that he hand over six years' worth of tax returns.",
            "2019-04-22", "six years", Type.DURATION, "P6Y"),
        // a holiday weekend is one expression, the weekend next to the holiday
        Arguments.of("Over the Fourth of July weekend, Crews tweeted again.", "2020-07-06",
            "the Fourth of July weekend", Type.DATE, "2020-W27-WE"),
        Arguments.of("Traffic peaked over Memorial Day weekend.", "2019-05-29",
            "Memorial Day weekend", Type.DATE, "2019-W21-WE"),
        Arguments.of("Stores opened early on the Thanksgiving weekend.", "2015-12-01",
            "the Thanksgiving weekend", Type.DATE, "2015-W48-WE"),
        // a season closing its noun phrase after "of", "to", "for"; "come fall"
        Arguments.of("Warren outshone him throughout much of the summer, but he came back.",
            "2020-04-08", "the summer", Type.DATE, "2019-SU"),
        Arguments.of("They will plan for the summer's policy fights.", "2013-04-14", "the summer",
            Type.DATE, "2013-SU"),
        Arguments.of("Trump wants schools to reopen come fall.", "2020-07-14", "fall", Type.DATE,
            "2020-FA"),
        // a named fiscal year is one expression
        Arguments.of("It issued 9,000 visas in fiscal year 2019.", "2020-06-23",
            "fiscal year 2019", Type.DATE, "2019"),
        Arguments.of("With two weeks to go in the 2018 fiscal year, 20,918 were admitted.",
            "2018-09-19", "the 2018 fiscal year", Type.DATE, "2018"),
        Arguments.of("This fiscal year, Maryland received more than $10 million.", "2012-11-20",
            "This fiscal year", Type.DATE, "2012"),
        Arguments.of("Japan will seek funds in its next fiscal year budget request.", "2017-12-11",
            "next fiscal year", Type.DATE, "2018"),
        Arguments.of("The FY2020 budget cuts aid.", "2019-03-11", "FY2020", Type.DATE, "2020"),
        // a holiday's year after "in"
        Arguments.of("Cyber Command disrupted troll farms on Election Day in 2018.", "2019-07-24",
            "Election Day in 2018", Type.DATE, "2018-11-06"),
        // the year told after the noun a holiday or month modifies
        Arguments.of("She marched in the Labor Day parade in 2015 in Milford.", "2016-06-07",
            "Labor Day", Type.DATE, "2015-09-07"),
        Arguments.of("He lost the November election in 2014 to a Democrat.", "2016-06-07",
            "November", Type.DATE, "2014-11"),
        // a weekday before a date on that weekday names it
        Arguments.of("The Democrats will be here first, for Saturday caucuses on Feb. 20.",
            "2016-02-10", "Saturday", Type.DATE, "2016-02-20"),
        Arguments.of("Voters went to the polls Tuesday; the count on Feb. 20 was final.",
            "2016-02-10", "Tuesday", Type.DATE, "2016-02-09"),
        // wire style: a quarter without article or hyphen, of a company or of its figures
        Arguments.of("The gain will be included in first quarter results.", "1987-03-31",
            "first quarter", Type.DATE, "1987-Q1"),
        Arguments.of("VW's first quarter figures also highlighted problems.", "1987-06-01",
            "first quarter", Type.DATE, "1987-Q1"),
        Arguments.of("The plant will not start commercial operation until 1988's first quarter.",
            "1987-03-06", "1988's first quarter", Type.DATE, "1988-Q1"),
        // a month before the noun of its figures, after a possessive or opening a sentence
        Arguments.of("Japan's February exports rose to 16.74 billion dlrs.", "1987-03-27",
            "February", Type.DATE, "1987-02"),
        Arguments.of("Its shipments grew. February revenue passenger miles fell to 171.7 mln.",
            "1987-03-06", "February", Type.DATE, "1987-02"),
        // the same period with its year written out is one expression
        Arguments.of("Miles declined to 745.3 mln from 751.7 mln for the same period of 1986.",
            "1987-03-06", "the same period of 1986", Type.DATE, "1986"),
        Arguments.of("First quarter net rose to 5 mln dlrs from 4 mln in the same period of 1986.",
            "1987-04-20", "the same period of 1986", Type.DATE, "1986-Q1"),
        Arguments.of("The quota was 93,000 tonnes against 85,000 for the same period in 1986/87.",
            "1987-04-07", "1986/87", Type.DATE, "1986"),
        // a run of months is one expression; a calendar quarter or half is named as such
        Arguments.of("GNP rose 1.2 pct in the January/March quarter after a 0.7 pct rise in"
            + " October/December.", "1987-06-16", "the January/March quarter", Type.DATE,
            "1987-Q1"),
        Arguments.of("GNP rose 1.2 pct in the first quarter after a 0.7 pct rise in"
            + " October/December.", "1987-03-16", "October/December", Type.DATE, "1986-Q4"),
        Arguments.of("The tender quota in April-September is 10 pct of the share.", "1987-04-07",
            "April-September", Type.DATE, "1987-04/1987-09"),
        Arguments.of("China will have to wait for the May-September rains.", "1987-03-20",
            "May-September", Type.DATE, "1987-05/1987-09"),
        Arguments.of("Sales fell 3 pct in October-December 1986.", "1987-02-20",
            "October-December 1986", Type.DATE, "1986-Q4"),
        Arguments.of("Mexicans were offered for April/Oct deliveries at 9.25 cents under.",
            "1987-03-16", "April/Oct", Type.DATE, "1987-04/1987-10"),
        // "earlier" and "later" belong to the day they place (TimeBank "Earlier yesterday")
        Arguments.of("Earlier yesterday, the Societe Generale said it would bid.", "1989-10-31",
            "Earlier yesterday", Type.DATE, "1989-10-30"),
        Arguments.of("He will speak later today in New York.", "1989-10-31", "later today",
            Type.DATE, "1989-10-31"),
        // a part of the day after a preposition: of the story's day
        Arguments.of("The Bank provided further assistance during the afternoon.", "1987-06-16",
            "the afternoon", Type.TIME, "1987-06-16TAF"),
        Arguments.of("Trading on Friday was heavy. In the morning, prices rose.", "1987-06-16",
            "the morning", Type.TIME, "1987-06-12TMO"),
        // British wire style: "the year to June 30" is "the year ended June 30" (TimeBank P1Y)
        Arguments.of("Profit rose 12 pct in the year to June 30.", "1987-09-02", "the year",
            Type.DURATION, "P1Y"),
        Arguments.of("Money supply grew 0.5 pct in the week to March 22.", "1987-03-27",
            "March 22", Type.DATE, "1987-03-22"),
        // May Day is a holiday, not the modal
        Arguments.of("Mines could face a May Day work stoppage, the Chamber said.", "1987-04-08",
            "May Day", Type.DATE, "1987-05-01"),
        // a day after "last March" belongs to it
        Arguments.of("For the fiscal year ended last March 31, gnp rose 2.6 pct.", "1987-06-16",
            "last March 31", Type.DATE, "1987-03-31"),
        Arguments.of("Planes hit the field, 100 miles off Abu Dhabi, last November 25.",
            "1987-03-25", "last November 25", Type.DATE, "1986-11-25"),
        Arguments.of("Prices rose last March 31 pct on the year.", "1987-06-16", "last March",
            Type.DATE, "1987-03"),
        // "the year 2000" is the year written after it
        Arguments.of("He proposed extending the exemption through the year 2000.", "1987-03-11",
            "2000", Type.DATE, "2000"),
        // the half follows the unit of a stretch back
        Arguments.of("The bank cut its rate five times over the last year and a half.",
            "1987-03-16", "the last year and a half", Type.DURATION, "P1Y6M"),
        // a possessive's month with its year after the noun
        Arguments.of("It rose during Congress's August recess in 2009.", "2016-02-11", "August",
            Type.DATE, "2009-08"),
        // an adjective of the length between the amount and the unit
        Arguments.of("The plaza was empty for nearly five long weeks of a lockdown.", "2020-04-27",
            "nearly five long weeks", Type.DURATION, "P5W"),
        Arguments.of("She waited two full years for a ruling.", THU, "two full years",
            Type.DURATION, "P2Y"),
        Arguments.of("He stayed a whole week in Paris.", THU, "a whole week", Type.DURATION,
            "P1W"),
        Arguments.of("Two long years ago the plan was dead.", THU, "Two long years ago",
            Type.DATE, "2014"),
        Arguments.of("A few short months ago the plan was dead.", THU, "A few short months ago",
            Type.DATE, "PAST_REF"),
        // a bare plural unit before "of" after "after", "amid", "by": a stretch of open length
        Arguments.of("After months of talks, the deal was signed.", THU, "months",
            Type.DURATION, "PXM"),
        Arguments.of("The vote came in the wake of weeks of protests.", THU, "weeks",
            Type.DURATION, "PXW"),
        Arguments.of("Voters, hammered by months of campaigning, went to the polls.", THU,
            "months", Type.DURATION, "PXM"),
        // a date "of that year": the year the text is telling
        Arguments.of("His phone was hacked in 2018. On 1 May of that year, the file was sent.",
            "2020-01-21", "1 May of that year", Type.DATE, "2018-05-01"),
        Arguments.of("The war began in 2003. In March of that same year, troops moved in.",
            "2016-06-01", "March of that same year", Type.DATE, "2003-03"),
        Arguments.of("They married in 1999. On June 5 that year, she left.", THU,
            "June 5 that year", Type.DATE, "1999-06-05"),
        // a part of the day the text is telling
        Arguments.of("On Saturday the campaign met donors. In the afternoon, Trump appeared.",
            "2016-10-09", "the afternoon", Type.TIME, "2016-10-08TAF"),
        Arguments.of("The House passed the bill after 5 a.m. Later in the evening, he spoke.", THU,
            "the evening", Type.TIME, "2016-02-11TEV"),
        Arguments.of("Trump said Saturday he would stay in. The tape surfaced Friday.\n\nIn the "
            + "afternoon, a smiling Trump appeared.", "2016-10-09", "the afternoon", Type.TIME,
            "2016-10-08TAF"),
        Arguments.of("The vote was Friday.\n\nDivers worked Wednesday afternoon but halted in "
            + "the evening.", THU, "the evening", Type.TIME, "2016-02-10TEV"),
        Arguments.of("The House passed the bill after 5:30 in the morning.", THU,
            "5:30 in the morning", Type.TIME, "2016-02-11T05:30"),
        // "for the past year": the length, not last year
        Arguments.of("Democrats have for the past year discussed the majority.", "2016-03-21",
            "the past year", Type.DURATION, "P1Y"),
        // a season's edge; "in fall" closing its phrase
        Arguments.of("Memorial Day is the unofficial start of summer.", "2013-05-26",
            "start of summer", Type.DATE, "2013-SU"),
        Arguments.of("Talks will resume at the end of the summer.", "2013-05-26",
            "the end of the summer", Type.DATE, "2013-SU"),
        Arguments.of("The court might take it up in fall and rule in 2020.", "2019-03-15", "fall",
            Type.DATE, "2019-FA"),
        // a plural amount before "a year" is a rate
        Arguments.of("The bureau spends billions a year on drug control.", THU, "a year",
            Type.SET, "P1Y"),
        // a day without its year after a day given with next year's: that year's schedule
        Arguments.of("The band will kick off the tour June 9, 2020 in West Palm Beach. The "
            + "Doobies will play a hometown show on Sept. 12, with the final date on the tour, "
            + "Oct. 10.", "2019-11-19", "Oct. 10", Type.DATE, "2020-10-10"),
        Arguments.of("The tour opens June 9, 2020.\n\nTour dates:\nJune 9 -- Tampa, FL\n"
            + "June 14 -- Alpharetta, GA", "2019-11-19", "June 14", Type.DATE, "2020-06-14"),
        Arguments.of("The tour opens June 9, 2020. Tickets go on sale Friday, Dec. 6.",
            "2019-11-19", "Friday, Dec. 6", Type.DATE, "2019-12-06"),
        Arguments.of("The law takes effect on Jan. 1, 2020. The Sept. 12 announcement explained it.",
            "2019-11-19", "Sept. 12", Type.DATE, "2019-09-12"),
        // a figure compared with a year before, in a sentence of a month: that month
        Arguments.of("Dealers sold 30,000 cars in October, the most of the year, but still down "
            + "10 percent from a year ago.", "2019-11-20", "a year ago", Type.DATE, "2018-10"),
        Arguments.of("The average price in October was $39,014, up from $38,373 a year ago.",
            "2019-11-20", "a year ago", Type.DATE, "2018-10"),
        Arguments.of("In October, he said he had left the firm a year ago.", "2019-11-20",
            "a year ago", Type.DATE, "2018"),
        // a quarter, or a year before, in a sentence about a past year: that year's
        Arguments.of("For all of 1986, productivity increased 0.7 pct from 1985, reflecting rises "
            + "of 4.3 pct in the first quarter and 0.5 pct in the second quarter.", "1987-03-02",
            "the first quarter", Type.DATE, "1986-Q1"),
        Arguments.of("The deflator rose 2.2 pct in 1986 after a 3.3 pct rise a year earlier.",
            "1987-03-02", "a year earlier", Type.DATE, "1985"),
        Arguments.of("The index, base 1980, was set at 109.8 in January after December's 109.4 "
            + "and compared with 108.2 a year earlier.", "1987-03-17", "a year earlier",
            Type.DATE, "1986-01"),
        // a month before data names the period measured, which is gone
        Arguments.of("Brisk increases in income are to appear in February data released today.",
            "1987-03-19", "February", Type.DATE, "1987-02"),
        // "that week" after a week named since the last day is that week
        Arguments.of("The next board meeting will be April 29. Early last week, Chrysler agreed to "
            + "buy the stake. Later that week, AMC said it had retained advisers.", "1987-03-20",
            "Later that week", Type.DATE, "1987-W11"),
        // the day that ends the quarter just named is in that quarter's year
        Arguments.of("Chemical businesses are expected to report good results for the quarter "
            + "ended March 31.", "1987-03-16", "March 31", Type.DATE, "1987-03-31"),
        Arguments.of("Its provision for the first quarter ended January 31 rose to 223 mln dlrs.",
            "1987-03-03", "January 31", Type.DATE, "1987-01-31"),
        // a quarter of a century, with or without "of a"
        Arguments.of("It is the first tour together in nearly a quarter century.", "2019-11-19",
            "nearly a quarter century", Type.DURATION, "P25Y"),
        Arguments.of("The quarter-century feud ended.", "2019-11-19", "quarter-century",
            Type.DURATION, "P25Y"),
        Arguments.of("It lasted a quarter of a century.", "2019-11-19", "a quarter of a century",
            Type.DURATION, "P25Y"),
        // what is counted since midnight runs from the start of the day
        Arguments.of("Police have made 12 arrests since midnight.", "2019-09-03", "midnight",
            Type.TIME, "2019-09-03T00:00"),
        Arguments.of("The strike begins at midnight.", "2019-09-03", "midnight", Type.TIME,
            "2019-09-03T24:00"),
        // under a heading of games to come, a day is ahead whatever the verb
        Arguments.of("The Lakers won 130-127.\n\nUP NEXT\n\nThunder: Host the Lakers on Friday."
            + "\n\nLakers: Visit the Thunder on Friday.", "2019-11-19", "Friday", Type.DATE,
            "2019-11-22"),
        // a weekday of a named week
        Arguments.of("The committee invited her to testify on Monday of next week.", "2018-09-19",
            "Monday of next week", Type.DATE, "2018-09-24"),
        // "overnight" of doings told: the night before the day of the story
        Arguments.of("The overnight airstrikes only serve to sharpen their rivalry.", "2018-04-14",
            "overnight", Type.TIME, "2018-04-13TNI"),
        Arguments.of("The attack came on Saturday. " + "Nothing was done. ".repeat(30)
            + "Its overnight bombing raid was not about avenging Douma.", "2018-04-09",
            "overnight", Type.TIME, "2018-04-08TNI"),
        Arguments.of("London shares closed lower Friday.\n\nThey were depressed by overnight "
            + "losses in New York.", "1989-10-30", "overnight", Type.TIME, "1989-10-26TNI"),
        // "one day" opening a clause to come is some day ahead, no length
        Arguments.of("One day, these fighters were going to return home.", THU, "One day",
            Type.DATE, "FUTURE_REF"),
        Arguments.of("I have not given up on the idea that one day Raqqa will be beautiful again.",
            THU, "one day", Type.DATE, "FUTURE_REF"),
        Arguments.of("One day later, he would be dead.", THU, "One day", Type.DURATION, "P1D"),
        // a month of the year after the story's last date, one expression
        Arguments.of("From late 2014 until her capture in May the following year, she passed on "
            + "his movements.", "2018-01-15", "May the following year", Type.DATE, "2015-05"),
        // a day's doings answered are gone by, whatever the tense of the answer
        Arguments.of("The cabinet met on Thursday to discuss the UK’s military response to "
            + "Saturday’s chemical attack in Syria.", "2018-04-12", "Saturday", Type.DATE,
            "2018-04-07"),
        // a weekday joined to one of a week told is in that week too
        Arguments.of("He is convening talks in Vienna on Thursday and Friday next week.",
            "2018-01-17", "Thursday", Type.DATE, "2018-01-25"),
        Arguments.of("He resigned on Friday of last week.", THU, "Friday of last week", Type.DATE,
            "2016-02-05"),
        // a month after a noun's possessive names the time of the thing
        Arguments.of("Mueller's July indictment of Russian officers named them.", "2018-12-06",
            "July", Type.DATE, "2018-07"),
        Arguments.of("She released the transcript of the panel's August interview.", "2018-01-10",
            "August", Type.DATE, "2017-08"),
        Arguments.of("That is about 20 percent of the government's October target.", "2013-11-13",
            "October", Type.DATE, "2013-10"),
        // an open clock takes its half of the day from the part of the day it is joined to
        Arguments.of("The vote is at 8:30 tonight.", "2019-05-15", "8:30 tonight", Type.TIME,
            "2019-05-15T20:30"),
        Arguments.of("The rally starts at 7:30 Thursday evening.", "2019-05-15",
            "7:30 Thursday evening", Type.TIME, "2019-05-16T19:30"),
        Arguments.of("The raid began at 6:15 this morning.", "2019-05-15", "6:15 this morning",
            Type.TIME, "2019-05-15T06:15"),
        Arguments.of("The polls closed at 8 p.m. last night.", "2019-05-15", "8 p.m. last night",
            Type.TIME, "2019-05-14T20:00"),
        // ... and a bare hour before a part of the day is a clock
        Arguments.of("The meeting ended at 9 this morning.", "2019-05-15", "9 this morning",
            Type.TIME, "2019-05-15T09:00"),
        Arguments.of("They met at 10 last night in the capital.", "2019-05-15", "10 last night",
            Type.TIME, "2019-05-14T22:00"),
        // a month or a day without its year in a story framed by an older year takes that year
        Arguments.of("In 2008, the senator ran for president. In June, he lost the primary.",
            "2019-05-15", "June", Type.DATE, "2008-06"),
        Arguments.of("On June 5, 2008, the senator ran for president. On Aug. 28, he spoke at the"
            + " convention.", "2019-05-15", "Aug. 28", Type.DATE, "2008-08-28"),
        Arguments.of("On Nov. 4, 2008, Obama won. On Jan. 20, he was sworn in.", "2019-05-15",
            "Jan. 20", Type.DATE, "2009-01-20"),
        // ... but not a year inside a clause, or one of another paragraph
        Arguments.of("Nashua had bought shares under a program approved in 1987 through Sept. 29.",
            "1989-10-30", "Sept. 29", Type.DATE, "1989-09-29"),
        Arguments.of("In 2008, the senator ran for president.\n\nIn March, he endorsed Smith.",
            "2019-05-15", "March", Type.DATE, "2019-03"),
        Arguments.of("In 2008, McCain lost. Trump later mocked him at a July event in Iowa.",
            "2016-01-19", "July", Type.DATE, "2015-07"),
        // a year that is the subject of its clause, starts a range, or dates a vote
        Arguments.of("Plus, 2020 is an election year.", "2020-03-17", "2020", Type.DATE, "2020"),
        Arguments.of("The files cover 2009 through this year.", "2016-09-01", "2009", Type.DATE,
            "2009"),
        Arguments.of("Treasury sanctions Russians over 2018 election meddling.", "2018-12-19",
            "2018", Type.DATE, "2018"),
        Arguments.of("Whoever wins them come 2020 may win the White House.", "2019-12-24", "2020",
            Type.DATE, "2020"),
        // "the attacks of September 11" are those of 2001
        Arguments.of("Bush mentioned the terrorist attacks of September 11 thirteen times.",
            "2013-03-18", "September 11", Type.DATE, "2001-09-11"),
        Arguments.of("Our ancestors were sold centuries ago.", "2018-02-07", "centuries ago",
            Type.DATE, "PAST_REF"),
        // the modifier of an anaphor stays inside it
        Arguments.of("The shooting happened on March 3. Late that night he confessed.",
            "2019-05-15", "Late that night", Type.TIME, "2019-03-03TNI"),
        // "each other" then a weekday
        Arguments.of("They blamed each other Thursday night for the shutdown.", "2018-01-19",
            "Thursday night", Type.TIME, "2018-01-18TNI"),
        // a bare plural unit placed by "later", "earlier", "away", "after" or spent: an open length
        Arguments.of("Five died at the scene and a sixth died days later.", THU, "days",
            Type.DURATION, "PXD"),
        Arguments.of("He backed the plan that just hours earlier he said he would not sign.", THU,
            "hours", Type.DURATION, "PTXH"),
        Arguments.of("He acted on Thursday, minutes after the Senate voted.", THU, "minutes",
            Type.DURATION, "PTXM"),
        Arguments.of("And he is doing this days after his aide pleaded guilty.", THU, "days",
            Type.DURATION, "PXD"),
        Arguments.of("He paid her just weeks before the 2016 election.", THU, "weeks",
            Type.DURATION, "PXW"),
        Arguments.of("A vote could still be days away.", THU, "days", Type.DURATION, "PXD"),
        Arguments.of("Hours later, the press secretary spoke.", THU, "Hours", Type.DURATION,
            "PTXH"),
        Arguments.of("Moon has spent years pushing for peace.", THU, "years", Type.DURATION,
            "PXY"),
        Arguments.of("It takes months to build a campaign.", THU, "months", Type.DURATION, "PXM"),
        Arguments.of("The deal, which was months in the making, eases caps.", THU, "months",
            Type.DURATION, "PXM"),
        Arguments.of("Tweaks to the algorithms over the years have hurt.", THU, "the years",
            Type.DURATION, "PXY"),
        Arguments.of("The merger follows months of twists and turns.", THU, "months",
            Type.DURATION, "PXM"),
        Arguments.of("Years of recession and austerity hurt Greece.", THU, "Years", Type.DURATION,
            "PXY"),
        // fiscal years counted, a plural's quarter, a year as a subject, months capitalized
        Arguments.of("It eases caps for the next two fiscal years.", THU,
            "the next two fiscal years", Type.DURATION, "P2Y"),
        Arguments.of("It comes as House Democrats’ third quarter fundraising totals rose.",
            "2019-10-20", "third quarter", Type.DATE, "2019-Q3"),
        Arguments.of("If 2004 was about Meetup, 2016 is going to be about Meerkat.", THU, "2004",
            Type.DATE, "2004"),
        Arguments.of("Will 2014 instead be remembered as another frustrating year?", THU, "2014",
            Type.DATE, "2014"),
        Arguments.of("We have a chance come 2020 to put an end to this.", "2019-05-01", "2020",
            Type.DATE, "2020"),
        Arguments.of("A final vote could slip into April.", "2015-03-12", "April", Type.DATE,
            "2015-04"),
        Arguments.of("Recent months have seen a surge in crossings.", THU, "Recent months",
            Type.DURATION, "PXM"),
        // "9/11": the day of the attacks of 2001
        Arguments.of("Hostility toward Muslims has risen since 9/11.", "2019-03-15", "9/11",
            Type.DATE, "2001-09-11"),
        Arguments.of("The post-9/11 wars cost trillions.", "2019-03-15", "9/11", Type.DATE,
            "2001-09-11"),
        // "the weeks since": the stretch from an event to now
        Arguments.of("In the weeks since the vote, nothing changed.", THU, "the weeks",
            Type.DURATION, "PXW"),
        // a range of lengths: one expression, valued at its lower bound
        Arguments.of("It will take three to five years to reach the market.", THU,
            "three to five years", Type.DURATION, "P3Y"),
        Arguments.of("Delivery takes 2-3 weeks.", THU, "2-3 weeks", Type.DURATION, "P2W"),
        Arguments.of("It is twenty-four hours too late.", THU, "twenty-four hours",
            Type.DURATION, "PT24H"),
        Arguments.of("They must wait just three to four more weeks.", THU,
            "three to four more weeks", Type.DURATION, "P3W"),
        // sets of minutes and seconds
        Arguments.of("Someone tweets about it every 12 seconds.", THU, "every 12 seconds",
            Type.SET, "PT12S"),
        Arguments.of("He checks the polls every minute.", THU, "every minute", Type.SET, "PT1M"),
        // "election night": the night of the nearest American Election Day, or of the year written
        Arguments.of("On election night, Trump won Florida.", "2016-11-10", "election night",
            Type.TIME, "2016-11-08TNI"),
        Arguments.of("Since election night, he has tweeted daily.", "2017-03-01", "election night",
            Type.TIME, "2016-11-08TNI"),
        Arguments.of("On election night 2012, Obama won.", "2017-03-01", "election night 2012",
            Type.TIME, "2012-11-06TNI"),
        Arguments.of("The euphoria on election night four years ago was gone.", "2012-11-06",
            "election night", Type.TIME, "2008-11-04TNI"),
        // "the new year" said in autumn, or looking ahead, is the next one
        Arguments.of("Talks will resume in the new year.", "2013-03-21", "the new year",
            Type.DATE, "2014"),
        Arguments.of("Congress returns in the new year.", "2013-11-21", "the new year",
            Type.DATE, "2014"),
        // the calendar year, said against a fiscal one
        Arguments.of("Benefits expire at the end of the calendar year.", "2013-12-10",
            "the end of the calendar year", Type.DATE, "2013"),
        Arguments.of("Sales this calendar year rose.", "2013-12-10", "this calendar year",
            Type.DATE, "2013"),
        // "a number of years": a length of no stated amount
        Arguments.of("He has worked with the firm for a number of years.", THU,
            "a number of years", Type.DURATION, "PXY"),
        // "half a century ago": a time back, like "50 years ago"
        Arguments.of("Half a century ago, the war ended.", THU, "Half a century ago", Type.DATE,
            "1966"),
        // a length in two units is one expression, one value (TimeML)
        Arguments.of("Today, the show is 2 hours and 7 minutes long.", THU,
            "2 hours and 7 minutes", Type.DURATION, "PT2H7M"),
        Arguments.of("He served one year and three months in prison.", THU,
            "one year and three months", Type.DURATION, "P1Y3M"),
        Arguments.of("The flight took about an hour and 15 minutes.", THU,
            "about an hour and 15 minutes", Type.DURATION, "PT1H15M"),
        Arguments.of("He was away for two weeks and three days.", THU, "two weeks and three days",
            Type.DURATION, "P17D"),
        // "per year" is a rate, as "a year" is
        Arguments.of("West Virginia saw its electricity costs soar 6% per year.", THU, "per year",
            Type.SET, "P1Y"),
        Arguments.of("The fee is $40 per day.", THU, "per day", Type.SET, "P1D"),
        // the same time of another year: one expression
        Arguments.of("This time last year, the economy was growing.", THU, "This time last year",
            Type.DATE, "2015"),
        Arguments.of("A year ago this week, the markets crashed.", THU, "A year ago this week",
            Type.DATE, "2015-W07"),
        // a month a figure closes: the object of "ended"
        Arguments.of("Fitzpatrick ended January with $1.39 million on hand.", THU, "January",
            Type.DATE, "2016-01"),
        // "the end of the month" before an infinitive ("the year to June" is British "ended")
        Arguments.of("Senators only have until the end of the month to pass a bill.", THU,
            "the end of the month", Type.DATE, "2016-02"),
        Arguments.of("They have until the end of the year to decide.", THU, "the end of the year",
            Type.DATE, "2016"),
        // "-long" lengths written solid
        Arguments.of("It capped a frenetic weeklong stretch on Capitol Hill.", THU, "weeklong",
            Type.DURATION, "P1W"),
        Arguments.of("The yearlong investigation ended.", THU, "yearlong", Type.DURATION, "P1Y"),
        // "over" the preposition stays out; "over" for "more than" stays in
        Arguments.of("The bill cuts Medicaid funding by $880 billion over 10 years.", THU,
            "10 years", Type.DURATION, "P10Y"),
        Arguments.of("Over five years, costs doubled.", THU, "five years", Type.DURATION, "P5Y"),
        Arguments.of("The tour is likely to last over a week.", THU, "over a week",
            Type.DURATION, "P1W"),
        Arguments.of("It was the first such meeting in over a decade.", THU, "over a decade",
            Type.DURATION, "P10Y"),
        Arguments.of("We've now experienced over a full year of low unemployment.", THU,
            "over a full year", Type.DURATION, "P1Y"),
        Arguments.of("Senators sat through over 30 hours of testimony.", THU, "over 30 hours",
            Type.DURATION, "PT30H"),
        // "earlier in the month": the month the story tells
        Arguments.of("The bill passed the House earlier in the month.", THU, "the month",
            Type.DATE, "2016-02"),
        Arguments.of("On Jan. 12 he spoke. Later in the week, he left.", THU, "the week",
            Type.DATE, "2016-W02"),
        // a bare "o'clock" hour from one to six is the afternoon's
        Arguments.of("Anything could change before 5 o'clock, when he speaks.", THU, "5 o'clock",
            Type.TIME, "2016-02-11T17:00"),
        // the shopping and giving days after Thanksgiving (Thanksgiving 2019: November 28)
        Arguments.of("Stores opened early on Black Friday.", "2019-12-02", "Black Friday",
            Type.DATE, "2019-11-29"),
        Arguments.of("Cyber Monday sales set a record.", "2019-12-03", "Cyber Monday", Type.DATE,
            "2019-12-02"),
        Arguments.of("Giving Tuesday raised $500 million.", "2019-12-04", "Giving Tuesday",
            Type.DATE, "2019-12-03"),
        // weekdays joined by "or"/"and" lie in one week, the second after the first
        Arguments.of("Officials have said such a meeting is perhaps still possible Thursday or"
                + " Friday.", "2012-09-24", "Friday", Type.DATE, "2012-09-28"),
        // "the year" after a year written out in its paragraph is that year
        Arguments.of("Wages grew 2.5 percent during 2015, while inflation was close to zero for"
                + " the year.", "2016-01-09", "the year", Type.DATE, "2015"),
        Arguments.of("Wages grew in 2015.\n\nInflation was close to zero for the year.",
            "2016-01-09", "the year", Type.DATE, "2016"),
        // a part of a day the text does not date is still a TIME
        Arguments.of("The association told its members to call his office that morning.",
            "2013-04-07", "that morning", Type.TIME, "XXXX-XX-XXTMO"),
        // a weekday with its day of the month
        Arguments.of("The campaign should change it to Saturday the 20th.", "2020-06-11",
            "Saturday the 20th", Type.DATE, "2020-06-20"),
        Arguments.of("We met on Tuesday, the 2nd.", "2020-06-11", "Tuesday, the 2nd", Type.DATE,
            "2020-06-02"),
        // the first of two coordinated dates takes the year written with the second
        Arguments.of("The group met in March and April 2016.", "2019-01-10", "March", Type.DATE,
            "2016-03"),
        Arguments.of("The group met in December and January 2017.", "2019-01-10", "December",
            Type.DATE, "2016-12"),
        Arguments.of("It happened in the spring and summer of 2016.", "2019-01-10", "the spring",
            Type.DATE, "2016-SP"),
        Arguments.of("Votes were held on March 3 and April 5, 2016.", "2019-01-10", "March 3",
            Type.DATE, "2016-03-03"),
        // years with their era
        Arguments.of("We are all able to judge it, said Pericles of Athens around 430 BC.",
            "2017-03-26", "around 430 BC", Type.DATE, "BC0430"),
        Arguments.of("The temple was destroyed in A.D. 70 by the Romans.", "2017-03-26",
            "A.D. 70", Type.DATE, "0070"),
        Arguments.of("The city was founded in 753 B.C. on seven hills.", "2017-03-26", "753 B.C.",
            Type.DATE, "BC0753"),
        // "recent decades": one expression, as "recent years"
        Arguments.of("In recent decades, nearly 100 countries have passed such laws.", "2017-03-26",
            "recent decades", Type.DATE, "PAST_REF"),
        // said on a Sunday, the first day of the American week
        Arguments.of("He will claim the nomination this week.", "2016-07-17", "this week",
            Type.DATE, "2016-W29"),
        Arguments.of("The Senate passed the bill this week.", "2016-07-17", "this week",
            Type.DATE, "2016-W28"),
        Arguments.of("The Senate passed the bill last week.", "2016-07-16", "last week",
            Type.DATE, "2016-W27"),
        // days of nations and of the world; Easter Monday before Easter; the inauguration
        Arguments.of("Irish independence is attached to Easter Monday.", "2019-07-04",
            "Easter Monday", Type.DATE, "2019-04-22"),
        Arguments.of("He wants an Independence Day parade in Washington.", "2019-07-02",
            "Independence Day", Type.DATE, "2019-07-04"),
        Arguments.of("France's annual Bastille Day festivities drew crowds.", "2018-08-17",
            "Bastille Day", Type.DATE, "2018-07-14"),
        Arguments.of("Russia's Victory Day parade marks the defeat of the Nazis.", "2018-08-17",
            "Victory Day", Type.DATE, "2018-05-09"),
        Arguments.of("He will resign on Inauguration Day.", "2019-11-20", "Inauguration Day",
            Type.DATE, "2021-01-20"),
        Arguments.of("Protests have grown since Inauguration Day.", "2018-03-01",
            "Inauguration Day", Type.DATE, "2017-01-20"),
        Arguments.of("Parties on New Years Eve ran late.", "2019-01-03", "New Years Eve",
            Type.DATE, "2018-12-31"),
        // a weekday with its part of the day after "every"; what is held each such day
        Arguments.of("He hosts a call every Monday morning with donors.", "2019-11-20",
            "every Monday morning", Type.SET, "XXXX-WXX-1TMO"),
        Arguments.of("He was a regular on the Sunday morning political talk shows.", "2019-11-20",
            "Sunday morning", Type.SET, "XXXX-WXX-7TMO"),
        Arguments.of("Families filled the pews for Sunday Mass.", "2019-11-20", "Sunday",
            Type.SET, "XXXX-WXX-7"),
        // ... but "his Sunday Mass at St. Patrick's" is one of them
        Arguments.of("In his Sunday Mass at St. Patrick's, the cardinal called for calm.",
            "2019-11-20", "Sunday", Type.DATE, "2019-11-17"),
        // "shortly after midnight": T00:00 of the day after the story's night, of the day it is
        // joined to, or of the day right before it
        Arguments.of("The party began Friday night. Shortly after midnight, shots rang out.",
            "2019-11-17", "midnight", Type.TIME, "2019-11-16T00:00"),
        Arguments.of("The shooting happened shortly after midnight Saturday.", "2019-11-17",
            "midnight Saturday", Type.TIME, "2019-11-16T00:00"),
        Arguments.of("It was posted Wednesday just after midnight Eastern time.", "2017-05-31",
            "midnight Eastern time", Type.TIME, "2017-05-31T00:00"),
        Arguments.of("The truce expires at midnight Saturday.", "2019-11-16", "midnight Saturday",
            Type.TIME, "2019-11-16T24:00"),
        // a weekday that fits one year near publication, months away from it
        Arguments.of("The rally was held on Friday, October 10 in Ohio.", "2015-01-15",
            "Friday, October 10", Type.DATE, "2014-10-10"),
        Arguments.of("The rally was held on Friday, October 10 in Ohio.", "2016-01-15",
            "Friday, October 10", Type.DATE, "2014-10-10"),
        // "per year" after an amount: a rate
        Arguments.of("Losses could reach billions of dollars per year.", THU, "per year",
            Type.SET, "P1Y"),
        Arguments.of("A $2,000 penalty per day applies.", THU, "per day", Type.SET, "P1D"),
        // "over" the preposition stays out of the length; "over" for "more than" stays in
        Arguments.of("It would cut the deficit by $1.8 trillion over 10 years.", THU, "10 years",
            Type.DURATION, "P10Y"),
        Arguments.of("The system has evolved over several years.", THU, "several years",
            Type.DURATION, "PXY"),
        Arguments.of("The tour will last over a week.", THU, "over a week", Type.DURATION,
            "P1W"),
        // "the July 4 weekend" is the holiday's weekend, as "the Fourth of July weekend" is
        Arguments.of("Ahead of the July 4 weekend, the mayor spoke.", "2020-07-05",
            "the July 4 weekend", Type.DATE, "2020-W27-WE"),
        Arguments.of("On July 4, the mayor spoke.", "2020-07-05", "July 4", Type.DATE,
            "2020-07-04"),
        // days counted from Easter; the Super Bowl's Sunday (first of February until 2021)
        Arguments.of("Ash Wednesday fell early this year.", "2020-03-01", "Ash Wednesday",
            Type.DATE, "2020-02-26"),
        Arguments.of("Palm Sunday services were canceled.", "2020-04-02", "Palm Sunday",
            Type.DATE, "2020-04-05"),
        Arguments.of("Ads cost $5 million on Super Bowl Sunday.", "2020-01-20",
            "Super Bowl Sunday", Type.DATE, "2020-02-02"),
        // a weekday's part of the day before a date: one time of that date (here of 2018, the
        // year near publication whose September 28 is a Friday)
        Arguments.of("It is Friday morning, Sept. 28. Khashoggi walks in.", "2019-06-23",
            "Friday morning, Sept. 28", Type.TIME, "2018-09-28TMO"),
        Arguments.of("He spoke Friday night, June 21, at a rally.", "2019-06-23",
            "Friday night, June 21", Type.TIME, "2019-06-21TNI"),
        // "the year 2050": a target year far ahead, as "by 2050" is
        Arguments.of("Emissions must fall 80 percent by the year 2050.", "2016-09-24", "2050",
            Type.DATE, "2050"),
        // a U.S. zone by its name ("Eastern Time", "Eastern") between a clock and its day
        Arguments.of("Cruz was projected the winner at around 10:20 p.m. Eastern Time on Tuesday"
            + " night.", "2018-11-07", "around 10:20 p.m. Eastern Time on Tuesday night",
            Type.TIME, "2018-11-06T22:20"),
        Arguments.of("The forecast as of 9:00 a.m. Eastern on March 10 showed him ahead.",
            "2020-03-10", "9:00 a.m. Eastern on March 10", Type.TIME, "2020-03-10T09:00"),
        Arguments.of("The speech starts at 8 p.m. Eastern.", "2020-03-10", "8 p.m. Eastern",
            Type.TIME, "2020-03-10T20:00"),
        Arguments.of("At 11 a.m. Financial Times reporters were told.", "2020-03-10", "11 a.m.",
            Type.TIME, "2020-03-10T11:00"),
        Arguments.of("The rally began at 5 p.m. Central Park was full.", "2020-03-10", "5 p.m.",
            Type.TIME, "2020-03-10T17:00"),
        // "earlier than" compares: the difference is a length, not a day before the story's
        Arguments.of("Spring break-up came 30 days earlier than the 20th century average.",
            "2015-07-16", "30 days", Type.DURATION, "P30D"),
        Arguments.of("The ice melted two weeks later than usual.", "2015-07-16", "two weeks",
            Type.DURATION, "P2W"),
        // a quarter with its year right after it, no "of"
        Arguments.of("The figure is based on its second quarter 2019 earnings.", "2019-09-09",
            "second quarter 2019", Type.DATE, "2019-Q2"),
        // a table of scores: "+23" is no day, "Feb. 11" is the next row's date
        Arguments.of("Iowa +3 +20 +23 Feb. 11 New Hampshire +2 +10 +12", "2020-02-04", "Feb. 11",
            Type.DATE, "2020-02-11"),
        // a day named again is the day the text gave before
        Arguments.of("The call was dated April 11, 2016. On April 11, he was in Paris.",
            "2017-06-07", "April 11", Type.DATE, "2016-04-11"),
        // "the first of the year": New Year's Day, the next one late in a year
        Arguments.of("We won't know until after the first of the year.", "2013-11-29",
            "the first of the year", Type.DATE, "2014-01-01"),
        Arguments.of("Sales have risen since the first of the year.", "2014-03-20",
            "the first of the year", Type.DATE, "2014-01-01"),
        // a stretch of open length after "to": "bowing to days of pressure"
        Arguments.of("The White House restored the pass, bowing to days of pressure.",
            "2018-11-19", "days", Type.DURATION, "PXD"),
        // a police clock with "hrs" glued on: "around 20:00hrs"
        Arguments.of("The men alleged that around 23:00hrs they heard a shot.", "2022-05-06",
            "around 23:00hrs", Type.TIME, "2022-05-06T23:00"),
        // a headline's abbreviated weekdays
        Arguments.of("Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.\n\nCold "
            + "winds blew.", "2023-11-07", "Wed.", Type.DATE, "2023-11-08"),
        Arguments.of("Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.\n\nCold "
            + "winds blew.", "2023-11-07", "Tues.", Type.DATE, "2023-11-07"),
        // a year after "post-" or "pre-"
        Arguments.of("The post-1959 politics have managed to divide them.", "2000-02-24",
            "post-1959", Type.DATE, "1959"),
        Arguments.of("Emissions are back to pre-2008 levels.", "2019-05-02", "pre-2008",
            Type.DATE, "2008"),
        // the unit before the last one given, said after the noun
        Arguments.of("Poland reported 25.9 new cases, increasing from 15.6 in the week prior.",
            "2020-10-01", "the week prior", Type.DATE, "2020-W39"),
        Arguments.of("Emissions fell last year, down 2 percent compared with the year before.",
            "2020-01-10", "the year before", Type.DATE, "2018"),
        // "January 6" naming the attack on the Capitol is 2021's, as 9/11
        Arguments.of("The violence led to the January 6 attack on the Capitol.", "2023-11-05",
            "January 6", Type.DATE, "2021-01-06"),
        // a fronted clause of time ending with its year sets the main clause's year
        Arguments.of("After denying retirement rumors in the summer of 2004, Lipinski announced a "
            + "resignation in mid-August.", "2019-12-30", "mid-August", Type.DATE, "2004-08"),
        // "last October" written in November reaches a year back: the month just gone is
        // "last month"
        Arguments.of("Velazquez changed her tune last October and backed the rezoning.",
            "2023-11-08", "last October", Type.DATE, "2022-10"),
        // "and" after a comma opens a clause: "..., and months later the story appeared"
        Arguments.of("Kate made Meghan cry during a discussion about the ceremony, and months "
            + "later the incorrect story appeared.", "2021-03-14", "months", Type.DURATION, "PXM"));
  }

  @ParameterizedTest(name = "[{index}] {0} → {2} = {4}")
  @MethodSource("expressions")
  void findsAndNormalizesTimeExpressions(String text, String published, String expected,
                                         Type type, String value) {
    Analysis a = analyze(text, published);
    Optional<TimeExpression> found =
        a.dates().stream().filter(t -> t.text().equals(expected)).findFirst();
    if (found.isEmpty()) {
      fail("no time expression '" + expected + "' in " + describe(a.dates()));
    }
    assertThat(found.get().type()).as(describe(a.dates())).isEqualTo(type);
    assertThat(found.get().value()).as(describe(a.dates())).isEqualTo(value);
  }

  /** What each value counts from, and the expression of a text anchor. */
  static Stream<Arguments> anchors() {
    return Stream.of(
        // text, publication date, expected text, anchor, text of the anchor's span (or null)
        // counted from publication
        Arguments.of("He met them on Thursday.", THU, "Thursday", Anchor.PUBLICATION, null),
        Arguments.of("Prices rose last week.", THU, "last week", Anchor.PUBLICATION, null),
        Arguments.of("The firm was sold two years ago.", THU, "two years ago",
            Anchor.PUBLICATION, null),
        Arguments.of("Talks resume on March 1.", THU, "March 1", Anchor.PUBLICATION, null),
        Arguments.of("The act passed on January 1 this year.", "2013-04-15",
            "January 1 this year", Anchor.PUBLICATION, null),
        // inside a post dated by its byline: counted from the date the byline writes
        Arguments.of("Title of story\n\nReporter prose on Friday.\n\nWe meet tonight in Geneva"
            + " https://t.co/abc\n\n- Jane Doe (@jdoe) March 3, 2016\n\nMore prose today.",
            "2016-03-05", "tonight", Anchor.TEXT, "March 3, 2016"),
        // counted from a date the text gave
        Arguments.of("Talks began on Feb. 3. Two days later they collapsed.", THU, "Two days",
            Anchor.TEXT, "Feb. 3"),
        Arguments.of("Talks began on Feb. 3, 2016. The next day they collapsed.", THU,
            "The next day", Anchor.TEXT, "Feb. 3, 2016"),
        Arguments.of("Talks began on Feb. 3. The following day they collapsed.", THU,
            "The following day", Anchor.TEXT, "Feb. 3"),
        Arguments.of("Rebels attacked on Jan. 20. That week, aid stopped.", THU, "That week",
            Anchor.TEXT, "Jan. 20"),
        Arguments.of("The war began on March 20, 2003. By May 1 it was over.", null, "May 1",
            Anchor.TEXT, "March 20, 2003"),
        // written in full
        Arguments.of("The deal was signed on Feb. 11, 2016 in Munich.", THU, "Feb. 11, 2016",
            Anchor.ABSOLUTE, null),
        Arguments.of("The party was founded in 1998.", THU, "1998", Anchor.ABSOLUTE, null),
        Arguments.of("Results for the fourth quarter of 1988 were restated.", FIN,
            "the fourth quarter of 1988", Anchor.ABSOLUTE, null),
        // nothing to count from
        Arguments.of("The talks lasted three days.", THU, "three days", Anchor.NONE, null),
        Arguments.of("The envoys meet every week.", THU, "every week", Anchor.NONE, null),
        Arguments.of("Prices are rising now.", THU, "now", Anchor.NONE, null),
        Arguments.of("Talks resume on March 1.", null, "March 1", Anchor.NONE, null));
  }

  @ParameterizedTest(name = "[{index}] {0} ({1}) → {2} from {3} {4}")
  @MethodSource("anchors")
  void saysWhatEachValueCountsFrom(String text, String published, String expected,
                                   Anchor anchor, String from) {
    Analysis a = analyze(text, published);
    TimeExpression t = find(a, expected);
    assertThat(t.anchor()).as(describe(a.dates())).isEqualTo(anchor);
    assertThat(t.anchorSpan().map(s -> s.in(a.text()))).as(describe(a.dates()))
        .isEqualTo(Optional.ofNullable(from));
  }

  /** Calendar edge cases: expression × publication date × expected value (issue 5). */
  static Stream<Arguments> calendar() {
    return Stream.of(
        // text, publication date, expected text, value
        // ISO weeks across year boundaries
        Arguments.of("Talks collapsed last week.", "2021-01-04", "last week", "2020-W53"),
        Arguments.of("Talks resume this week.", "2016-01-01", "this week", "2015-W53"),
        Arguments.of("Talks resume next week.", "2015-12-28", "next week", "2016-W01"),
        Arguments.of("Talks resume this week.", "2019-12-30", "this week", "2020-W01"),
        // year ends: the year of a yearless date, last and next month, last year
        Arguments.of("The talks ended on Dec. 30.", "2016-01-02", "Dec. 30", "2015-12-30"),
        Arguments.of("The vote will be held on Jan. 3.", "2015-12-30", "Jan. 3", "2016-01-03"),
        Arguments.of("Prices rose last month.", "2016-01-05", "last month", "2015-12"),
        Arguments.of("Elections are due next month.", "2015-12-15", "next month", "2016-01"),
        Arguments.of("It happened last year.", "2016-01-03", "last year", "2015"),
        Arguments.of("He arrived on Wednesday.", "2016-01-01", "Wednesday", "2015-12-30"),
        Arguments.of("Prices fell in December.", "2016-01-04", "December", "2015-12"),
        Arguments.of("The law takes effect in January.", "2015-12-10", "January", "2016-01"),
        // leap days
        Arguments.of("The vote was held on Feb. 29.", "2016-03-01", "Feb. 29", "2016-02-29"),
        Arguments.of("The vote was held yesterday.", "2016-03-01", "yesterday", "2016-02-29"),
        Arguments.of("The vote is tomorrow.", "2016-02-28", "tomorrow", "2016-02-29"),
        Arguments.of("The vote was held on Monday.", "2016-03-02", "Monday", "2016-02-29"),
        Arguments.of("Talks began on Feb. 28. They met the next day.", "2016-03-01",
            "the next day", "2016-02-29"),
        // time zones in datelines and time stamps
        Arguments.of("Updated 11:30 p.m. EST, Feb. 10, 2016\n\nThe talks ended.", THU,
            "11:30 p.m. EST, Feb. 10, 2016", "2016-02-10T23:30"),
        Arguments.of("The blast happened at 15:00 GMT on Thursday.", THU,
            "15:00 GMT on Thursday", "2016-02-11T15:00"),
        Arguments.of("The strike began at 9 a.m. local time on Wednesday.", THU,
            "9 a.m. local time on Wednesday", "2016-02-10T09:00"),
        // two-digit years
        Arguments.of("He first ran in '98 and lost.", THU, "'98", "1998"),
        Arguments.of("The plan dates from Feb. '98.", THU, "Feb. '98", "1998-02"),
        Arguments.of("The games are set for '24.", "2020-06-01", "'24", "2024"),
        // a range with its year written only at the end
        Arguments.of("The poll was fielded August 7-September 16, 2013 by phone.", THU,
            "August 7-September 16, 2013", "2013-08-07/2013-09-16"),
        Arguments.of("Shops closed Dec. 28-Jan. 3, 2015 for the holidays.", THU,
            "Dec. 28-Jan. 3, 2015", "2014-12-28/2015-01-03"),
        // a month whose doings are reported is past
        Arguments.of("Strikes followed April's gas attack in Douma.", "2018-08-11", "April",
            "2018-04"),
        // the second of two coordinated months follows the first
        Arguments.of("A World Cup in November and December is a problem.", "2015-05-27",
            "December", "2015-12"),
        Arguments.of("Hiring slowed in December and January.", "2016-06-01", "January",
            "2016-01"),
        // the decade of publication; the length since an event
        Arguments.of("By the end of the decade, emissions must fall.", "2013-03-22",
            "the end of the decade", "201"),
        Arguments.of("In the year since the attack, little changed.", THU, "the year", "P1Y"),
        // holidays: "last"/"next" name the one before or after; one naming a thing is the nearest
        Arguments.of("Last Christmas the family was together.", "2016-09-02", "Last Christmas",
            "2015-12-25"),
        Arguments.of("They will meet next Thanksgiving.", "2016-09-02", "next Thanksgiving",
            "2016-11-24"),
        Arguments.of("The town had already started purging itself of Christmas decorations.",
            "2012-12-17", "Christmas", "2012-12-25"),
        // "by" in a past clause looks back
        Arguments.of("By December and January it was marginally worse.", "2016-09-02",
            "January", "2016-01"),
        // a deadline ahead is no anchor for the narrative
        Arguments.of("Freddie Mac extended the moratorium until Aug. 31. Applications fell 1.8%"
            + " from one week earlier.", "2020-07-02", "one week earlier", "2020-W26"),
        // a clock restated in another zone, then its day
        Arguments.of("The attack came at around 8:30 p.m. (1930 GMT) on Sunday.", THU,
            "around 8:30 p.m.", "2016-02-07T20:30"),
        // a holiday a few weeks ahead in a past clause is the coming one
        Arguments.of("The real threat on Election Day, said Schedler, is violence.", "2016-10-19",
            "Election Day", "2016-11-08"),
        // "the next year" in a story set in another time counts from that time
        Arguments.of("In 1815, Mount Tambora erupted. Over the next year its ash would dim the"
            + " skies.", "2020-01-23", "the next year", "1816"),
        // "until" bounds the present ahead; "through" in a count reports what is past
        Arguments.of("The primary is not until August 19.", "2013-12-31", "August 19",
            "2014-08-19"),
        // a share of a century or a decade, in years
        Arguments.of("Progress in the last quarter of a century was minimal.", THU,
            "the last quarter of a century", "P25Y"),
        // a "now" inside the sentence is the present
        Arguments.of("They won. The party now controls the Senate.", THU, "now", "PRESENT_REF"),
        // "Fox News Sunday" is a programme; "told NBC News Thursday" a day
        Arguments.of("He told NBC News Thursday that talks failed.", THU, "Thursday",
            "2016-02-11"),
        // a date counted from a day or from now
        Arguments.of("The primary is slated for a week from Saturday.", "2016-02-10",
            "a week from Saturday", "2016-02-20"),
        Arguments.of("The deadline is two weeks from today.", THU, "two weeks from today",
            "2016-02-25"),
        Arguments.of("The plan expires a year from now.", THU, "a year from now", "2017"),
        // half a unit
        Arguments.of("Over the next half-century, unions declined.", THU, "the next half-century",
            "P50Y"),
        Arguments.of("The meeting lasted half an hour.", THU, "half an hour", "PT30M"),
        Arguments.of("He arrived a half-hour late.", THU, "a half-hour", "PT30M"),
        Arguments.of("She is in the class of '89.", THU, "'89", "1989"),
        Arguments.of("A memo dated 25/12/15 was cited.", THU, "25/12/15", "2015-12-25"),
        // "Feb." and other abbreviations
        Arguments.of("Talks began on Feb. 9 in Geneva.", THU, "Feb. 9", "2016-02-09"),
        Arguments.of("Talks began on Feb 9 in Geneva.", THU, "Feb 9", "2016-02-09"),
        Arguments.of("The bonds were sold Sept. 27, 1989.", THU, "Sept. 27, 1989", "1989-09-27"),
        Arguments.of("The bonds were sold Sep 27, 1989.", THU, "Sep 27, 1989", "1989-09-27"),
        Arguments.of("The plan dates from Feb. 2014.", THU, "Feb. 2014", "2014-02"),
        // numeric dates in both orders, unambiguous by a field over 12
        Arguments.of("A memo dated 13/02/2016 was cited.", THU, "13/02/2016", "2016-02-13"),
        Arguments.of("A memo dated 02/13/2016 was cited.", THU, "02/13/2016", "2016-02-13"),
        Arguments.of("A memo dated 13.02.2016 was cited.", THU, "13.02.2016", "2016-02-13"),
        // parts of days, spelled decades, sets
        Arguments.of("The blast came at 4 in the morning.", THU, "4 in the morning",
            "2016-02-11T04:00"),
        Arguments.of("Shelling resumed in mid-afternoon yesterday.", THU,
            "mid-afternoon yesterday", "2016-02-10TAF"),
        Arguments.of("Shelling resumed late yesterday.", THU, "late yesterday", "2016-02-10"),
        Arguments.of("Prices rose in the nineties.", THU, "the nineties", "199"),
        Arguments.of("The show airs Tuesday nights.", THU, "Tuesday nights", "XXXX-WXX-2TNI"),
        // some weekday, not a given one; "a Saturday rally" names one
        Arguments.of("Usually on a Saturday, the street is full.", THU, "Saturday", "XXXX-WXX-6"),
        Arguments.of("We'd head to the store on a Saturday night.", THU, "Saturday night",
            "XXXX-WXX-6TNI"),
        Arguments.of("Peace will not come in the course of a single Saturday.", THU, "Saturday",
            "XXXX-WXX-6"),
        Arguments.of("He held a Saturday rally in Ohio.", THU, "Saturday", "2016-02-06"),
        // a weekday after a verb, or before a date, is a day; "Fox News" then a weekday other
        // than Sunday is the network
        Arguments.of("Data released Tuesday shows median household income rose.", THU, "Tuesday",
            "2016-02-09"),
        Arguments.of("Cruz made the charge on two Sunday talk shows on Jan. 31.", THU, "Sunday",
            "2016-01-31"),
        Arguments.of("Cruz told Fox News Tuesday night that he would run.", THU, "Tuesday night",
            "2016-02-09TNI"),
        // "from 30 to 10 days" is a change, to the length after "to"
        Arguments.of("It would lower wait times from 30 to 10 days.", THU, "10 days", "P10D"),
        Arguments.of("She took questions during a Q&A Monday afternoon.", THU, "Monday afternoon",
            "2016-02-08TAF"),
        Arguments.of("The board meets every quarter.", THU, "every quarter", "P1Q"),
        Arguments.of("He stood silent for one minute.", THU, "one minute", "PT1M"),
        // anaphoric years and months count from the last calendar date given
        Arguments.of("He fled in June 1998 and returned later that year.", THU,
            "later that year", "1998"),
        Arguments.of("Imports were $3 million in 1988, a small share of imports that year.", FIN,
            "that year", "1988"),
        // weekdays: reported days are past, "until" looks ahead, quarters from context
        Arguments.of("Volume was up from 443 million Thursday.", "1989-10-30", "Thursday",
            "1989-10-26"),
        Arguments.of("Officials postponed until Tuesday morning any action.", "2000-03-30",
            "Tuesday morning", "2000-04-04TMO"),
        Arguments.of("The agency extended its deadline until 9 a.m. EST Tuesday.", "2000-04-03",
            "9 a.m. EST Tuesday", "2000-04-04T09:00"),
        Arguments.of("Analysts expect it to earn 35 cents a share for the quarter.", FIN,
            "the quarter", "1989-Q3"),
        Arguments.of("Profit rose in the third quarter. A year earlier it fell. The quarter was"
            + " strong.", FIN, "The quarter", "1989-Q3"),
        Arguments.of("For the year ended Sept. 30, it earned $4 million.", FIN, "the year", "P1Y"),
        Arguments.of("Exports in the week ended March 29 totalled 447,200 tonnes.", "1987-04-03",
            "the week", "P1W"),
        Arguments.of("Exports in the week ended March 29 totalled 447,200 tonnes.", "1987-04-03",
            "March 29", "1987-03-29"),
        Arguments.of("Sales for the month ended Feb 28 rose.", "1987-04-03", "the month", "P1M"),
        Arguments.of("Sales rose in the last half of 1989.", FIN, "the last half of 1989",
            "1989-H2"),
        Arguments.of("Hearings are set for the week of March 6.", THU, "the week of March 6",
            "2016-W09"),
        // quarters counted, named with a possessive, centuries without "the", possessive years
        Arguments.of("Sales fell in the past two quarters.", FIN, "the past two quarters",
            "P2Q"),
        Arguments.of("Amdahl reported lower net income for its third quarter.", FIN,
            "third quarter", "1989-Q3"),
        Arguments.of("It is a 20th century invention.", THU, "20th century", "19"),
        Arguments.of("It will be reported in the company's 1989 operating results.", FIN, "1989",
            "1989"),
        // holidays with rules: US federal days, Easter-based days
        Arguments.of("Voters go to the polls on Election Day.", "1998-10-26", "Election Day",
            "1998-11-03"),
        Arguments.of("Voters go to the polls on Election Day.", "2016-10-20", "Election Day",
            "2016-11-08"),
        Arguments.of("The parade is on Memorial Day.", "2016-05-20", "Memorial Day",
            "2016-05-30"),
        Arguments.of("Markets close on Presidents' Day.", THU, "Presidents' Day", "2016-02-15"),
        Arguments.of("Markets close on Martin Luther King Jr. Day.", "2016-01-12",
            "Martin Luther King Jr. Day", "2016-01-18"),
        Arguments.of("The march will be held on Good Friday.", "2016-03-20", "Good Friday",
            "2016-03-25"),
        Arguments.of("Sales were weak this past spring.", FIN, "this past spring", "1989-SP"),
        Arguments.of("The vote is this coming Sunday.", THU, "this coming Sunday", "2016-02-14"),
        // a weekday with no tense to go by leans back (published on a Monday)
        Arguments.of("Volume: 840 million shares, up from 443 million Thursday.", "1989-10-30",
            "Thursday", "1989-10-26"),
        // a yearless date naming an event leans back; an undirected adverbial takes the nearest
        Arguments.of("Police searched for him since shortly after the Oct. 23 slaying.",
            "1999-05-06", "Oct. 23", "1998-10-23"),
        Arguments.of("Police gathered evidence in the October slaying.", "1999-04-19",
            "October", "1998-10"),
        Arguments.of("The airline plans daily flights from August 6.", "1998-02-13",
            "August 6", "1998-08-06"),
        // the end of a period
        Arguments.of("The deal is due by the end of the year.", THU, "the end of the year",
            "2016"),
        Arguments.of("The deal is due by the end of next month.", THU, "the end of next month",
            "2016-03"),
        // recall on unseen news: months bounded or owned, "that same" anaphors, plural weekdays
        Arguments.of("He was on the radar as early as July when troopers arrested him.",
            "2014-09-30", "July", "2014-07"),
        Arguments.of("The state of emergency was extended until at least October.", "2016-07-14",
            "October", "2016-10"),
        Arguments.of("Senators doubted her September comments on the attack.", "2012-12-13",
            "September", "2012-09"),
        Arguments.of("He met the staff at the same June hearing.", "2016-07-20", "June",
            "2016-06"),
        Arguments.of("Democrats blasted him during his June confirmation hearing.", "2019-05-05",
            "June", "2018-06"),
        Arguments.of("The treaty was signed in 1939. That same year, Roosevelt spoke.", THU,
            "That same year", "1939"),
        Arguments.of("The raid came on Feb. 3. The very same day, staff sent emails.", THU,
            "The very same day", "2016-02-03"),
        Arguments.of("He was killed last October. His name was crossed out that same day.",
            "1999-02-06", "that same day", "1998-10-XX"),
        Arguments.of("She also works on Saturdays when she can.", THU, "Saturdays",
            "XXXX-WXX-6"),
        Arguments.of("As the governor said in 2011: we refuse.", THU, "2011", "2011"),
        Arguments.of("The House leaves for a recess for the Thanksgiving holiday.", "2013-11-21",
            "Thanksgiving", "2013-11-28"),
        Arguments.of("He will remain in Florida over the Christmas holiday.", "2016-12-22",
            "Christmas", "2016-12-25"),
        Arguments.of("Reserves were 9.2 billion dlrs at end-September 1986.", "1987-03-29",
            "end-September 1986", "1986-09"),
        Arguments.of("Reserves fell to 9.2 billion dlrs at end-February.", "1987-03-29",
            "end-February", "1987-02"),
        Arguments.of("Debt is expected to fall by end-2019.", "2018-05-02", "end-2019", "2019"),
        Arguments.of("The plan is embraced by a number of Democratic 2020 candidates.",
            "2019-07-29", "2020", "2020"),
        Arguments.of("Santorum battled eventual GOP 2012 presidential nominee Mitt Romney.",
            "2013-07-09", "2012", "2012"),
        Arguments.of("The cuts go 30 percent below 2005 levels by 2025.", THU, "2005", "2005"),
        // a hard-wrapped wire line: the preposition ends the line before the month
        Arguments.of("U.S. tool orders fell.\n    The association said orders fell 13.3\npct to"
            + " 41.4 mln dlrs from a revised 47.7 mln dlrs in\nJanuary, and were off 1.1 pct.",
            "1987-03-27", "January", "1987-01"),
        // a hard-wrapped story reads on over its line breaks: "will complete ... in\nApril"
        Arguments.of("Acme Corp said it will complete the sale of its chemicals unit in\nApril,"
            + " a sale that was agreed last year and that would bring about 50 mln\ndlrs to"
            + " reduce debt, the company said in a statement issued in New York.\n", "1987-03-11",
            "April", "1987-04"),
        // a range whose year is written at its end only: the start takes that year
        Arguments.of("The survey was conducted between May and August 2016.", "2020-06-03", "May",
            "2016-05"),
        Arguments.of("Prices were collected from November to February 2015.", "2020-06-03",
            "November", "2014-11"),
        // "this Saturday" in a past clause is the one gone by
        Arguments.of("I asked Steve Cohen about this on MSNBC this Saturday.", "2013-11-18",
            "this Saturday", "2013-11-16"),
        Arguments.of("The committee meets this Saturday.", "2013-11-18", "this Saturday",
            "2013-11-23"),
        // a possessive month still awaited
        Arguments.of("Parties are campaigning ahead of November's elections.", "2016-02-11",
            "November", "2016-11"),
        Arguments.of("Turnout fell after April's chlorine attack.", "2016-02-11", "April",
            "2015-04"),
        // "that November": the month of the year the story tells
        Arguments.of("In 1972, Nixon ran again. That November, he won 49 states.", "2015-03-11",
            "That November", "1972-11"),
        Arguments.of("Officials said that November was the wettest month.", "2015-03-11",
            "November", "2014-11"),
        // a post quoted days later speaks of its own day
        Arguments.of("Title of story\n\nReporter prose on Friday.\n\nWe meet tonight in Geneva"
            + " https://t.co/abc\n\n- Jane Doe (@jdoe) March 3, 2016\n\nMore prose today.",
            "2016-03-05", "tonight", "2016-03-03TNI"),
        Arguments.of("Title of story\n\nReporter prose on Friday.\n\nWe meet tonight in Geneva"
            + " https://t.co/abc\n\n- Jane Doe (@jdoe) March 3, 2016\n\nMore prose today.",
            "2016-03-05", "today", "2016-03-05"),
        // a season under way, told in the past once enough of it has passed
        Arguments.of("Sales fell in the spring.", "2016-05-20", "the spring", "2016-SP"),
        Arguments.of("Sales fell in the spring.", "2016-03-10", "the spring", "2015-SP"),
        Arguments.of("It was a sleepy early summer weekend.", "2016-06-13", "early summer",
            "2016-SU"),
        // a holiday still to be reached
        Arguments.of("As we head toward Election Day, the polls tighten.", "2016-02-11",
            "Election Day", "2016-11-08"));
  }

  @ParameterizedTest(name = "[{index}] {0} ({1}) → {2} = {3}")
  @MethodSource("calendar")
  void normalizesAgainstThePublicationDate(String text, String published, String expected,
                                           String value) {
    Analysis a = analyze(text, published);
    Optional<TimeExpression> found =
        a.dates().stream().filter(t -> t.text().equals(expected)).findFirst();
    if (found.isEmpty()) {
      fail("no time expression '" + expected + "' in " + describe(a.dates()));
    }
    assertThat(found.get().value()).as(describe(a.dates())).isEqualTo(value);
  }

  static Stream<Arguments> nonDates() {
    return Stream.of(
        // text, the words that must not be (part of) a time expression
        Arguments.of("A quarter of the vote went to him.", "quarter"),
        Arguments.of("Three quarters of them agreed.", "quarters"),
        Arguments.of("May I ask a question?", "May"),
        Arguments.of("Theresa May said the talks would go on.", "May"),
        Arguments.of("They forced a vote of no confidence in May.", "May"),
        Arguments.of("The pressure on May grew.", "May"),
        Arguments.of("Change will not happen overnight.", "overnight"),
        Arguments.of("The town was transformed almost overnight into a camp.", "overnight"),
        Arguments.of("She became an overnight success.", "overnight"),
        Arguments.of("His family have now written a letter to May demanding action.", "May"),
        Arguments.of("It goes on to call on May to engage with the Turkish government.", "May"),
        Arguments.of("The march drew thousands of people.", "march"),
        Arguments.of("The team scored twice. First quarter goals were rare.", "quarter"),
        Arguments.of("The morning session was quiet.", "morning"),
        Arguments.of("Dealers were busy in the morning session.", "morning"),
        Arguments.of("The Bank gave assistance in the morning\nsession.", "morning"),
        Arguments.of("March organisers said thousands came.", "March"),
        Arguments.of("The group has 2,000 members.", "2,000"),
        // "the week before" of an event named after it is no anaphor of the last date
        Arguments.of("In a study of 2015, people were surveyed the week before, and again the "
            + "week after, the 2016 election.", "the week before"),
        // a game's quarters, halves and clock
        Arguments.of("Schroder got a technical foul in the third quarter for confronting Davis.",
            "third quarter"),
        Arguments.of("Kuzma returned to the bench in the second half.", "second half"),
        Arguments.of("Parise's first-period goals - he scored at 7:14 and on the power play at "
            + "19:56 - gave the Wild a lead.", "7:14"),
        Arguments.of("Parise's first-period goals - he scored at 7:14 and on the power play at "
            + "19:56 - gave the Wild a lead.", "19:56"),
        Arguments.of("Officials counted 1996 ballots by hand.", "1996"),
        Arguments.of("The plan runs 2050 pages.", "2050"),
        // a half or quarter of something other than a year
        Arguments.of("They traded wins in the second half of the primary calendar.", "second half"),
        Arguments.of("He scored in the fourth quarter of the game.", "fourth quarter"),
        Arguments.of("It won by 1700 votes in the county.", "1700"),
        Arguments.of("Fans filled a March Madness game.", "March"),
        Arguments.of("Most models predict that summer sea ice will be gone.", "summer"),
        Arguments.of("It covers only positions that fall vacant during a recess.", "fall"),
        Arguments.of("He watched 60 Minutes on Sunday.", "60 Minutes"),
        Arguments.of("The poster showed Gary Cooper in High Noon.", "Noon"),
        Arguments.of("It is a marvellous June morning.", "June"),
        Arguments.of("He paid $2015 for it.", "2015"),
        Arguments.of("Article 5 of the treaty applies.", "5"),
        Arguments.of("About 1500 troops were sent.", "1500"),
        Arguments.of("The team won 3-2 at home.", "3-2"),
        Arguments.of("The 45-year-old man was arrested.", "45-year"),
        Arguments.of("The Sunday Times reported the deal.", "Sunday"),
        Arguments.of("Charlie Dent, head of the centrist Tuesday Group caucus, spoke.", "Tuesday"),
        Arguments.of("A Sunday Telegraph poll put Labour ahead.", "Sunday"),
        Arguments.of("The remarks were made ahead of Holocaust Remembrance Day.", "Remembrance"),
        Arguments.of("The state still marks Confederate Memorial Day.", "Memorial"),
        Arguments.of("He told BBC Radio 4's Today programme he would stay.", "Today"),
        Arguments.of("The poll was published by USA Today on Monday.", "Today"),
        Arguments.of("This is VOA Today.", "Today"),
        Arguments.of("The minister told Today the risk was real.", "Today"),
        Arguments.of("He appeared with Today host Savannah Guthrie.", "Today"),
        Arguments.of("Since 1975 there have been just five single years of such growth.",
            "five single years"),
        Arguments.of("Winds reached 80 mph and 80 soldiers died.", "80"),
        Arguments.of("He moved to Paris in his early 20s.", "20s"),
        Arguments.of("Shares of 21st Century Fox rose.", "Century"),
        Arguments.of("Temperatures will rise into the 80s on Friday.", "80s"),
        Arguments.of("Bush had an approval rating in the mid-30s.", "30s"),
        // the eve of an event the text does not date: no day can be told
        Arguments.of("He spoke on the eve of the summit.", "eve"),
        // "soon" is left out: TimeBank annotators mark it in a minority of uses
        Arguments.of("A decision is expected soon.", "soon"),
        Arguments.of("The current account deficit widened.", "current"),
        Arguments.of("The most recent poll shows a tie.", "recent"),
        Arguments.of("Bloody Sunday decides a lot.", "Sunday"),
        Arguments.of("The Sun reported the story on its front page.", "Sun"),
        Arguments.of("The fall of Aleppo shocked the world.", "fall"),
        Arguments.of("Should the U.S. cut off aid? 06:22", "06:22"),
        Arguments.of("They lost the past two elections.", "the past"),
        Arguments.of("It is 25 percent of 2015 output.", "25"),
        Arguments.of("Islamists won a nearly three-quarters majority.", "three-quarters"),
        Arguments.of("The attack came at around 8:30 p.m. (1930 GMT) on Sunday.", "1930"),
        Arguments.of("Schumer said so on \u201cFox News Sunday.\u201d", "Sunday"),
        Arguments.of("They won. Now, let's be clear about why.", "Now"),
        Arguments.of("McCarthy spoke after the '60 Minutes' interview.", "'60"),
        Arguments.of("Romney was wrong about the '47 Percent'.", "'47"),
        // "daily" naming a newspaper; a zone time restating the clock before it
        Arguments.of("Writing in the Israeli daily Haaretz, he said so.", "daily"),
        Arguments.of("Russian business daily Kommersant reported the talks.", "daily"),
        Arguments.of("The daily reported that talks had failed.", "daily"),
        Arguments.of("They will vote at 10 a.m. ET (1500 GMT) on Friday.", "1500"),
        Arguments.of("Turnout rose from 3 to 5 percent.", "3"),
        Arguments.of("Shares rose to 10.30 in London trading.", "10.30"),
        Arguments.of("He filed form 2012/14 with the court.", "2012/14"),
        Arguments.of("What FBI knew about suspect #1 in 2011 02:05 Helena Collins spoke.",
            "02:05"),
        Arguments.of("Brock founded the PAC American Bridge 21st Century, for example.",
            "21st Century"),
        Arguments.of("In June, the White House released the first half of its peace proposal.",
            "first half"),
        Arguments.of("She told her June would be fine.", "June"),
        Arguments.of("She received the Christmas card from Putin.", "Christmas"),
        Arguments.of("It was a dead-end-2010 model.", "2010"),
        Arguments.of("Officials counted 1996 votes by hand.", "1996"),
        Arguments.of("They will debate in McAllen three Fridays from now.", "Fridays"),
        Arguments.of("The exchange will open a session between 1900 and 2300 hours EST.", "1900"),
        Arguments.of("The clock in 2011:45 read wrong.", "2011"),
        Arguments.of("They stood as tall as June did.", "June"),
        // a length inside a war's name; a fraction; a decline
        Arguments.of("Then the Six-Day War erupted.", "Six-Day"),
        Arguments.of("It acted alone in the Six Day War and in 1981.", "Six Day"),
        Arguments.of("Europe fought the Thirty Years' War.", "Thirty Years"),
        Arguments.of("Oil prices contributed to the fall.", "fall"),
        // a march named after its marchers; a matter of days
        Arguments.of("She was confronted over the Women's March movement.", "March"),
        Arguments.of("It is a matter of days before he leaves.", "days"),
        Arguments.of("Prices will fall in fall semester.", "fall semester"),
        Arguments.of("Many feared a fall in prices.", "fall"),
        // titles of shows and events named by a weekday night
        Arguments.of("He hosted Saturday Night Live in 2015.", "Saturday"),
        Arguments.of("He feared a Saturday Night Massacre.", "Saturday"),
        Arguments.of("Fans watched Monday Night Football.", "Monday"),
        Arguments.of("The rally caused a dull current of nervousness.", "current"),
        Arguments.of("About 2000 people came to the rally.", "2000"),
        // a bare unit inside a longer phrase, or placed by a noun: left to other rules
        Arguments.of("In the days before the vote, they met.", "days"),
        Arguments.of("He crossed the border days after the killing.", "days"),
        Arguments.of("Officials counted 1996 were hurt.", "1996"),
        // "weekly" as a noun: a paper
        Arguments.of("The French satirical weekly was attacked in 2015.", "weekly"),
        // a clip's running time ends a paragraph: not a count of the next one's unit
        Arguments.of("MUST WATCH Sheriff speaks 01:11\n\nWeeks later, he was found.", "11"),
        // programmes, papers and idioms with a weekday; a firm named after a month
        Arguments.of("He said on Breitbart News Sunday that the bill was dead.", "Sunday"),
        Arguments.of("The Mail on Sunday reported it first.", "Sunday"),
        Arguments.of("He spoke on CBS Sunday Morning about it.", "Sunday"),
        Arguments.of("He has been attacked six ways from Sunday by the press.", "Sunday"),
        Arguments.of("The Supreme Court ruled in June Medical that the law fell.", "June"),
        // a holiday named as a thing, not as a day
        Arguments.of("No one knew about Juneteenth before the furor.", "Juneteenth"),
        Arguments.of("Kyiv marked Ukraine's Independence Day with a parade.", "Independence"),
        Arguments.of("Crowds gathered for Mexican Independence Day.", "Independence"),
        Arguments.of("The 2 BC Liberals who won seats were sworn in.", "BC"),
        Arguments.of("It is like being the main character in the movie Groundhog Day.",
            "Groundhog"),
        // "the same period" with no quarter told is not the reporting quarter
        Arguments.of("Crime rose 5% compared with the same period of time last year.",
            "same period"),
        // a copyright notice's year is the page's furniture
        Arguments.of("The tool was found in the sea.\n\n© 2016 Science X Network", "2016"),
        Arguments.of("Copyright 2016 Sunbeam Television Corp. All rights reserved.", "2016"),
        // "Sun." and "Sat." alone are no days
        Arguments.of("The story was first reported by The Sun. Nobody denied it.", "Sun."),
        // a game's quarters in a recap full of game words, even in a sentence with none
        Arguments.of("Covington was hit in the face late in the first quarter. Embiid scored 30 "
            + "points with 10 rebounds. Maxey hit a layup and two free throws, and Reed had a "
            + "dunk.", "first quarter"),
        Arguments.of("Embiid scored 30 points with 10 rebounds. Maxey hit a layup and two free "
            + "throws, and Reed had a dunk. Horford swatted a shot to close the quarter.",
            "the quarter"));
  }

  @ParameterizedTest(name = "[{index}] {0} has no date at {1}")
  @MethodSource("nonDates")
  void leavesNonDatesAlone(String text, String notADate) {
    Analysis a = analyze(text, THU);
    int at = a.text().indexOf(notADate);
    assertThat(at).isGreaterThanOrEqualTo(0);
    Span span = new Span(at, at + notADate.length());
    assertThat(a.dates()).as(describe(a.dates()))
        .noneMatch(t -> t.span().overlaps(span) && !t.text().equals("2015"));
  }

  @Test
  void givesALengthAfterADayTheSpanItCovers() {
    Analysis a = analyze("Talks began on Feb. 3. Two days later they collapsed.", THU);
    TimeExpression later = a.dates().stream().filter(t -> t.text().equals("Two days"))
        .findFirst().orElseThrow(() -> new AssertionError(describe(a.dates())));
    assertThat(later.start()).contains("2016-02-03");
    assertThat(later.end()).contains("2016-02-05");
  }

  @Test
  void givesNoSpanToALengthThatWouldEndAfterPublication() {
    Analysis a = analyze("The House passed the bill on Monday. A year later, fervor reshaped"
        + " Congress.", THU);
    TimeExpression later = find(a, "A year");
    assertThat(later.value()).isEqualTo("P1Y");
    assertThat(later.start()).isEmpty();
    assertThat(later.end()).isEmpty();
  }

  @Test
  void setsIntervalEndsFromRangesAndPrepositions() {
    Analysis a = analyze("The talks, held from February 12-14, were suspended until February 25"
        + " and have run since January 29.", THU);
    TimeExpression range = find(a, "February 12-14");
    assertThat(range.start()).contains("2016-02-12");
    assertThat(range.end()).contains("2016-02-14");
    TimeExpression until = find(a, "February 25");
    assertThat(until.end()).contains("2016-02-25");
    assertThat(until.start()).isEmpty();
    assertThat(find(a, "January 29").start()).contains("2016-01-29");
  }

  @Test
  void splitsWordedRangesIntoTwoExpressionsSharingTheInterval() {
    Analysis a = analyze("Shares were bought from Aug. 26 to Oct. 20, 2015 and between "
        + "January 5 and January 9.", THU);
    TimeExpression from = find(a, "Aug. 26");
    TimeExpression to = find(a, "Oct. 20, 2015");
    assertThat(from.value()).isEqualTo("2015-08-26");
    assertThat(to.value()).isEqualTo("2015-10-20");
    assertThat(from.start()).contains("2015-08-26");
    assertThat(from.end()).contains("2015-10-20");
    assertThat(to.start()).contains("2015-08-26");
    assertThat(find(a, "January 5").value()).isEqualTo("2016-01-05");
    assertThat(find(a, "January 9").end()).contains("2016-01-09");
  }

  @Test
  void readsTheEmbeddedPostBylineAndTheDatelineAsDates() {
    String raw = "Title of the story\n\n11/02/2016\n\nSome text here.\n\n"
        + "> Meeting in Munich began pic.twitter.com/x\n>\n"
        + "> — MFA Russia (@mfa_russia) [February 11, 2016](#)\n\nMore text.";
    Analysis a = analyze(raw, null);
    assertThat(a.clean().dateline()).isPresent();
    TimeExpression dateline = a.dates().stream()
        .filter(t -> t.span().overlaps(a.clean().dateline().get())).findFirst().orElseThrow();
    assertThat(dateline.value()).isEqualTo(a.publication().date().orElseThrow().toString());
    assertThat(find(a, "February 11, 2016").value()).isEqualTo("2016-02-11");
  }

  @Test
  void flagsUnconfirmedMonthDayReadings() {
    Analysis a = analyze("A memo dated 05/03/2016 was leaked.", null);
    TimeExpression t = find(a, "05/03/2016");
    assertThat(t.value()).isEqualTo("2016-05-03");
    assertThat(t.rule()).contains("month-day-unconfirmed");
  }

  @Test
  void keepsSpansSortedAndDisjointOnTheWholeExample() {
    String text = "Thursday, February 11, 2016 at 3 p.m. GMT the talks, which will run from"
        + " February 12-14, ended. Two days later, every week, for three days, in the 1990s.";
    assertInvariants(analyze(text, THU));
  }

  @Test
  void blastsRandomText() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] pieces = {"on", "Thursday", "March", "May", "1", "12", "2016", "-", "/", ".", ",",
        " ", " ", " ", "\n", "\n\n", "the", "eve", "of", "last", "next", "week", "days", "ago",
        "later", "p.m.", "15:00", "GMT", "'90s", "1990s", "from", "to", "between", "and", "until",
        "five-year", "every", "daily", "Q3", "\"", "“", "’s", "é", "\u00a0", "today", "Feb.",
        "11/02/2016", "2016-02-11", "then", "summer", "quarter", "first", "Christmas", "—", "#",
        "\uD83D\uDE00", "0", "31", "99", "noon", "o'clock", "century", "20th", "said", "will"};
    for (int i = 0; i < 1000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        if (random.nextInt(10) == 0) {
          b.append((char) random.nextInt(0x3000));
        } else {
          b.append(pieces[random.nextInt(pieces.length)]);
        }
        if (random.nextBoolean()) {
          b.append(' ');
        }
      }
      String text = b.toString();
      String published =
          random.nextBoolean() ? null : LocalDate.of(2016, 2, 1 + random.nextInt(28)).toString();
      try {
        assertInvariants(analyze(text, published));
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + ", text " + text.replace("\n", "\\n"), e);
      }
    }
  }

  private static void assertInvariants(Analysis a) {
    List<TimeExpression> dates = a.dates();
    int last = 0;
    for (TimeExpression t : dates) {
      assertThat(t.span().end()).isLessThanOrEqualTo(a.text().length());
      assertThat(t.span().start()).as("sorted and disjoint").isGreaterThanOrEqualTo(last);
      assertThat(t.span().isEmpty()).isFalse();
      assertThat(t.text()).isEqualTo(t.span().in(a.text()));
      assertThat(t.value()).isNotBlank();
      t.anchorSpan().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(a.text().length()));
      last = t.span().end();
    }
  }

  private static TimeExpression find(Analysis a, String text) {
    return a.dates().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + text + "' in " + describe(a.dates())));
  }

  private static String describe(List<TimeExpression> dates) {
    StringBuilder b = new StringBuilder();
    for (TimeExpression t : dates) {
      b.append("\n  '").append(t.text()).append("' ").append(t.type()).append(' ')
          .append(t.value()).append(' ').append(t.rule()).append(' ').append(t.anchor())
          .append(t.anchorSpan().map(x -> " " + x).orElse(""));
    }
    return b.toString();
  }
}
