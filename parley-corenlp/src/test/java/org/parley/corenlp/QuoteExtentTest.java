package org.parley.corenlp;

import static org.parley.corenlp.QuoteAssertions.analyze;
import static org.parley.corenlp.QuoteAssertions.assertQuote;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Analysis;

/**
 * Issue 3: where a reported (not quoted) content ends. A remark the writer adds after a dash, or an
 * appositive that describes the content's last noun, is left out; a phrase that hangs on the cue
 * right after a noun object (where, to whom, to do what; not a date) is taken in.
 */
class QuoteExtentTest {

  static Stream<Arguments> extents() {
    return Stream.of(
        // what the row shows; body; cue, source, content
        Arguments.of("a remark after a dash is the writer's",
            "The minister said the army would stay in the city until the spring — a move that may"
                + " anger the rebels.",
            "said", "The minister", "the army would stay in the city until the spring"),
        Arguments.of("a spaced hyphen works as a dash",
            "The minister said the army would stay in the city until the spring - a move that may"
                + " anger the rebels.",
            "said", "The minister", "the army would stay in the city until the spring"),
        Arguments.of("a dash before words that carry the content on",
            "The minister said the army would defend several cities in the north — including"
                + " Aleppo.",
            "said", "The minister",
            "the army would defend several cities in the north — including Aleppo"),
        Arguments.of("a hyphen inside a word is no dash",
            "The minister said the army would back the front-runner in the coming election.",
            "said", "The minister",
            "the army would back the front-runner in the coming election"),
        Arguments.of("a pair of dashes sets off an insertion the content goes on after",
            "The minister said the army — which lost many men — would stay in the city until the"
                + " spring.",
            "said", "The minister",
            "the army — which lost many men — would stay in the city until the spring"),
        Arguments.of("an appositive on the last noun describes it in the writer's words",
            "Sergei Lavrov said Moscow would never accept a deal with Petro Poroshenko, the"
                + " president of Ukraine.",
            "said", "Sergei Lavrov", "Moscow would never accept a deal with Petro Poroshenko"),
        Arguments.of("a phrase on the cue right after a noun object",
            "The foreign minister criticized the peace plan in a speech to parliament.",
            "criticized", "The foreign minister", "the peace plan in a speech to parliament"),
        Arguments.of("a date says when, not what",
            "The foreign minister criticized the peace plan on Thursday.",
            "criticized", "The foreign minister", "the peace plan"),
        Arguments.of("an infinitive on the cue right after a noun object",
            "The foreign minister urged the rebels to leave the city.",
            "urged", "The foreign minister", "the rebels to leave the city"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extents")
  void endsReportedContentWhereTheSourceStops(String what, String body, String cue, String source,
      String content) {
    assertQuote(analyze(body), cue, source, content);
  }
}
