package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.corenlp.QuoteAssertions.analyze;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Analysis;
import org.parley.model.Quote;

/**
 * Issue 3: what looks like an attribution but is none in PolNeAR's sense: a cue word that modifies
 * a noun ("pledged delegates"), a source that is only a number ("475 pledged delegates will be at
 * stake"), a verb whose bare noun object is no proposition ("stated an interest in", "told The
 * Huffington Post"), and an outlet's note about its own article ("Editor's note: ..."). The same
 * verbs with a clause or a noun of communication still report what was said.
 */
class QuoteFilterTest {

  private static String describe(Analysis a) {
    StringBuilder b = new StringBuilder();
    for (Quote q : a.quotes()) {
      b.append("\n  ").append(q.rule()).append(" ").append(q.cue().map(s -> s.in(a.text())).orElse("-")).append(" <- ")
          .append(q.content().stream().map(s -> s.in(a.text())).toList());
    }
    return b.toString();
  }

  private static boolean hasCue(Analysis a, String cue) {
    return a.quotes().stream().anyMatch(q -> q.cue().map(c -> c.in(a.text())).orElse("").equals(cue));
  }

  static Stream<Arguments> noAttribution() {
    return Stream.of(
        // why; body; the cue that must not make a quote
        Arguments.of("a participle that modifies a noun",
            "Clinton won 40 pledged delegates in Ohio on Tuesday.", "pledged"),
        Arguments.of("a participle that modifies a noun, after a number",
            "In Kentucky, 55 pledged delegates will be at stake.", "pledged"),
        Arguments.of("state with a noun object that is no statement",
            "Mayor de Blasio stated an interest in ending business with Trump.", "stated"),
        Arguments.of("tell with only its addressee",
            "Ben Jealous, the former president of the NAACP, told The Huffington Post.", "told"),
        Arguments.of("the title of a show",
            "Donald Trump called in to \u201cFox and Friends,\u201d on Monday morning.", "called"),
        Arguments.of("the title of a show before a verb of saying",
            "Mr. Madden has written for television. \u201cPrison Break,\u201d he said.", "said"),
        Arguments.of("an editor's note about the article",
            "The senator spoke in Ohio.\n\nEditor's note: Donald Trump is a candidate who has"
                + " repeatedly pledged to ban all Muslims from entering the U.S.", "pledged"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void noAttribution(String why, String body, String cue) {
    Analysis a = analyze(body);
    assertThat(hasCue(a, cue)).as(describe(a)).isFalse();
  }

  static Stream<Arguments> stillAttribution() {
    return Stream.of(
        Arguments.of("maintain with a that-clause",
            "Clinton maintained that the server was secure.", "maintained",
            "that the server was secure"),
        Arguments.of("tell with an addressee and a clause",
            "Trump told reporters he would win the state.", "told", "he would win the state"),
        Arguments.of("tell with a noun that names what was said",
            "Sanders told a different story about the vote.", "told", "a different story about the vote"),
        Arguments.of("state with a noun of intention",
            "Mayor de Blasio stated his intention to vote for Clinton.", "stated",
            "his intention to vote for Clinton"),
        Arguments.of("a short quotation that ends in an exclamation mark",
            "\u201cPower to the people!\u201d the protesters shouted.", "shouted",
            "Power to the people!"),
        Arguments.of("a short quotation in capitals",
            "\u201cGROWING PARTY,\u201d Trump declared.", "declared", "GROWING PARTY,"),
        Arguments.of("pledge as a verb of promising",
            "Trump pledged to ban all Muslims from entering the U.S.", "pledged",
            "to ban all Muslims from entering the U.S"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void stillAttribution(String why, String body, String cue, String content) {
    Analysis a = analyze(body);
    assertThat(a.quotes()).as(describe(a))
        .anySatisfy(q -> {
          assertThat(q.cue().map(c -> c.in(a.text())).orElse("")).isEqualTo(cue);
          assertThat(q.content()).extracting(s -> s.in(a.text())).containsExactly(content);
        });
  }
}
