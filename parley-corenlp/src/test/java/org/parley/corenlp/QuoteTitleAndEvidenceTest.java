package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.corenlp.QuoteAssertions.assertQuote;
import static org.parley.corenlp.QuoteAssertions.describe;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Analysis;

/**
 * Issue 3: a title line that runs on into the deck line below it ("...; \nIn speech to AIPAC,
 * ..."), parted at the line end, and what a poll, a study or a record shows or finds when the
 * complement is a small clause ("showed Trump leading the field with 31 percent") or the parser
 * took a reduced relative for the main verb ("Exit polls taken in South Carolina found that").
 */
class QuoteTitleAndEvidenceTest {

  static Stream<Arguments> smallClauses() {
    return Stream.of(
        Arguments.of("A CNN/ORC poll showed Mr. Trump leading Mr. Cruz nationally, 45 percent to"
                + " 18 percent, among white evangelical voters.", "showed", "A CNN/ORC poll",
            "Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among white"
                + " evangelical voters"),
        Arguments.of("Recent polls show Mrs. Clinton slightly trailing Senator Bernie Sanders of"
                + " Vermont.", "show", "Recent polls",
            "Mrs. Clinton slightly trailing Senator Bernie Sanders of Vermont"),
        Arguments.of("A video of the episode shows her clutching her cellphone and pinballing"
                + " among outstretched, shoving hands.", "shows", "A video of the episode",
            "her clutching her cellphone and pinballing among outstretched, shoving hands"),
        Arguments.of("The scene was caught on a video that shows her clutching her cellphone in the"
                + " crowd.", "shows", "a video", "her clutching her cellphone in the crowd"),
        Arguments.of("Early polls show voters in the area resoundingly rejecting Mr. Trump.", "show",
            "Early polls", "voters in the area resoundingly rejecting Mr. Trump"),
        Arguments.of("New polls released Sunday showed Clinton taking a lead in Florida and Ohio.",
            "showed", "New polls released Sunday", "Clinton taking a lead in Florida and Ohio"),
        Arguments.of("Exit polls taken in South Carolina found that most voters were angry at the"
                + " government.", "found", "Exit polls taken in South Carolina",
            "that most voters were angry at the government"));
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("smallClauses")
  void takesTheWholeSmallClauseAfterAnEvidenceVerb(String body, String cue, String source,
      String content) {
    assertQuote(Shared.analyze("inline", "Polls of the week\n\n" + body + "\n"), cue, source,
        content);
  }

  static Stream<Arguments> noSmallClause() {
    return Stream.of(
        Arguments.of("The senator found herself facing a hostile crowd in Ohio.", "found"),
        Arguments.of("The senators found themselves defending the plan in Ohio.", "found"),
        Arguments.of("He finds a comfortable position campaigning against Trump.", "finds"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noSmallClause")
  void takesNoReflexiveOrIndefiniteObjectForASmallClause(String body, String cue) {
    Analysis a = Shared.analyze("inline", "Campaign notes\n\n" + body + "\n");
    assertThat(a.quotes()).as(describe(a))
        .noneMatch(q -> q.cue().map(c -> c.in(a.text())).orElse("").equals(cue));
  }

  static Stream<Arguments> runOnTitles() {
    return Stream.of(
        Arguments.of("Clinton: Trump's view of the world is 'dangerously wrong'; \nIn speech to"
                + " AIPAC, she attacks rival's foreign policy inexperience.",
            ":", "Clinton", "Trump's view of the world is 'dangerously wrong'"),
        Arguments.of("Campaign for Trump says he'll recast image; \nIncendiary style amounts to"
                + " an act, top aide implies.", "says", "Campaign for Trump", "he'll recast image"),
        Arguments.of("Rubio: I Still Believe Trump Can't Be Trusted with the Nuclear Codes.", ":",
            "Rubio", "I Still Believe Trump Can't Be Trusted with the Nuclear Codes"),
        Arguments.of("'2nd Amendment people' his secret weapon, Trump hints; \nSays Clinton would"
                + " stack Supreme Court against gun advocates.", "hints", "Trump",
            "'2nd Amendment people' his secret weapon"),
        Arguments.of("Clinton Says Russians Hacked DNC, Calls Trump's Putin Remarks 'Troubling.'",
            "Says", "Clinton", "Russians Hacked DNC"),
        Arguments.of("Independents alone won't decide N.H.; \nCandidates will need solid backing"
                + " by party core, analysts say.", "say", "analysts",
            "Candidates will need solid backing by party core"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runOnTitles")
  void partsATitleFromTheDeckLineItRunsInto(String title, String cue, String source,
      String content) {
    Analysis a = Shared.analyze("inline", title + "\n\nHillary Clinton, Marco Rubio and Donald"
        + " Trump campaigned in New Hampshire on Monday.\n");
    assertQuote(a, cue, source, content);
  }

  @Test
  void leavesTheOutletTagAfterABarOutOfAHeadlineQuote() {
    Analysis a = Shared.analyze("inline", "Lavrov: Moscow will not yield to pressure over Syria"
        + " | Reuters\n\nRussian Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n");
    assertQuote(a, ":", "Lavrov", "Moscow will not yield to pressure over Syria");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labels")
  void takesNoClauseBeforeAHeadlineColonForASpeaker(String title) {
    Analysis a = Shared.analyze("inline", title + "\n\nBill Clinton campaigned in New Hampshire"
        + " on Monday.\n");
    assertThat(a.quotes()).as(describe(a))
        .noneMatch(q -> q.cue().map(c -> c.in(a.text())).orElse("").equals(":"));
  }

  static Stream<String> labels() {
    return Stream.of("Bill is back: Hillary's husband on campaign trail in New Hampshire.",
        "Spoiler no more: Kasich ends bid.",
        "On Trade, Angry Voters Have Point: It Hasn't Been Much Good for Them.");
  }
}
