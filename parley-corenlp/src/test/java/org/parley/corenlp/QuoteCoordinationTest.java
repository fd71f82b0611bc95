package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.corenlp.QuoteAssertions.analyze;
import static org.parley.corenlp.QuoteAssertions.assertQuote;
import static org.parley.corenlp.QuoteAssertions.describe;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Analysis;

/**
 * Issue 3: attributions that meet in one sentence. A content ends where a coordinated clause makes
 * an attribution of its own (its own cue, its own or a shared subject), and a participle of saying
 * after a comma reports what the subject of the clause before it said; a cue inside the reported
 * clause with no such break stays nested in it, as PolNeAR annotates.
 */
class QuoteCoordinationTest {

  static Stream<Arguments> twoAttributions() {
    return Stream.of(
        // body; first cue, source, content; second cue, source, content
        Arguments.of("a second clause with its own subject after \", and\"",
            "Most voters said they were worried about the state of the economy, and more than half"
                + " said Sergei Shoigu would handle it best.",
            List.of("said", "Most voters", "they were worried about the state of the economy"),
            List.of("said", "more than half", "Sergei Shoigu would handle it best")),
        Arguments.of("a semicolon between two clauses",
            "The minister said the army would stay in the city; the rebels said they would attack"
                + " it soon.",
            List.of("said", "The minister", "the army would stay in the city"),
            List.of("said", "the rebels", "they would attack it soon")),
        Arguments.of("a verb coordinated with one inside the content shares the subject",
            "Sergei Shoigu says he respects Lavrov and calls him \"a very capable diplomat with long"
                + " experience.\"",
            List.of("says", "Sergei Shoigu", "he respects Lavrov"),
            List.of("calls", "Sergei Shoigu",
                "him \"a very capable diplomat with long experience")),
        Arguments.of("a second verb of saying joined by and",
            "Sergei Shoigu denied the rebels had left the city and added that the army would stay"
                + " until the spring.",
            List.of("denied", "Sergei Shoigu", "the rebels had left the city"),
            List.of("added", "Sergei Shoigu", "that the army would stay until the spring")),
        Arguments.of("a participle of saying after a comma and while",
            "Most senators said they would reluctantly back the treaty, while emphasizing it is not"
                + " an endorsement of the government.",
            List.of("said", "Most senators", "they would reluctantly back the treaty"),
            List.of("emphasizing", "Most senators",
                "it is not an endorsement of the government")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twoAttributions")
  void endsAContentWhereACoordinatedClauseMakesItsOwnAttribution(
      String form, String body, List<String> first, List<String> second) {
    Analysis a = analyze(body);
    assertQuote(a, first.get(0), first.get(1), first.get(2));
    assertQuote(a, second.get(0), second.get(1), second.get(2));
  }

  static Stream<Arguments> participles() {
    return Stream.of(
        // body, cue, source, content
        Arguments.of("Sergei Shoigu rescinded his endorsement of the governor, saying he lacks the"
                + " temperament to lead the region.",
            "saying", "Sergei Shoigu", "he lacks the temperament to lead the region"),
        Arguments.of("The attorney general is suing the ministry for $40 million, claiming the"
                + " program is a fraud.",
            "claiming", "The attorney general", "the program is a fraud"),
        Arguments.of("On Thursday, he hedged on whether he would support her if nominated, telling"
                + " reporters his involvement would depend on the platform.",
            "telling", "he", "his involvement would depend on the platform"),
        // a verb after ", then" that the parser left loose shares the subject of the one before
        Arguments.of("Sergei Shoigu jokingly offered the reporter a job on Monday, then says he will"
                + " welcome advice from anyone.",
            "says", "Sergei Shoigu", "he will welcome advice from anyone"));
  }

  @ParameterizedTest
  @MethodSource("participles")
  void givesALooseVerbOfSayingTheSubjectOfTheClauseBeforeIt(
      String body, String cue, String source, String content) {
    assertQuote(analyze(body), cue, source, content);
  }

  static Stream<Arguments> nested() {
    return Stream.of(
        Arguments.of("Sergei Shoigu said that Lavrov believes the talks will fail before the winter.",
            "that Lavrov believes the talks will fail before the winter"),
        Arguments.of("Sergei Shoigu said that in Moscow, most voters want the war to end soon.",
            "that in Moscow, most voters want the war to end soon"),
        Arguments.of("Sergei Shoigu said that while he opposed the plan, he was supporting the talks"
                + " in Geneva.",
            "that while he opposed the plan, he was supporting the talks in Geneva"));
  }

  @ParameterizedTest
  @MethodSource("nested")
  void keepsACueInsideTheReportedClauseNestedWhenNoClauseBreaksOff(String body, String content) {
    Analysis a = analyze(body);
    assertThat(a.quotes()).as(describe(a)).hasSize(1);
    assertQuote(a, "said", "Sergei Shoigu", content);
  }
}
