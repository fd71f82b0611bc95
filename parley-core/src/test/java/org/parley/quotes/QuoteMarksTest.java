package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Span;
import org.parley.quotes.QuoteMarks.Quoted;

class QuoteMarksTest {

  /** The quoted fragments of each quotation, joined by " | ". */
  private static List<String> quotes(String text) {
    return QuoteMarks.find(text).stream()
        .map(q -> String.join(" | ", q.inner().stream().map(s -> s.in(text)).toList()))
        .toList();
  }

  static Stream<Arguments> markStyles() {
    return Stream.of(
        Arguments.of("curly", "He said “we will stay” and left.", List.of("we will stay")),
        Arguments.of("straight", "He said \"we will stay\" and left.", List.of("we will stay")),
        Arguments.of("curly single", "He said ‘we will stay’ and left.", List.of("we will stay")),
        Arguments.of("straight single", "He said 'we will stay' and left.", List.of("we will stay")),
        Arguments.of("two apostrophes", "''We will stay,'' he said. ''Not now.''",
            List.of("We will stay,", "Not now.")),
        Arguments.of("guillemets", "Il a dit « nous restons » hier.", List.of("nous restons")),
        Arguments.of("reversed guillemets", "Er sagte »wir bleiben« gestern.", List.of("wir bleiben")),
        Arguments.of("low-high", "Er sagte „wir bleiben“ gestern.", List.of("wir bleiben")),
        Arguments.of("latex", "He said ``we will stay'' and left.", List.of("we will stay")),
        Arguments.of("two in a row", "\"One,\" he said. \"Two.\"", List.of("One,", "Two.")),
        Arguments.of("emphasis inside", "*\"We made proposals,\"* he said.", List.of("We made proposals,")),
        Arguments.of("closed by an opening mark", "He said “we stay“ and left.", List.of("we stay")),
        Arguments.of("double around single", "\"He told me 'no' twice,\" she said.",
            List.of("He told me 'no' twice,")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markStyles")
  void findsTheTextInsideEveryMarkStyle(String style, String text, List<String> expected) {
    assertThat(quotes(text)).isEqualTo(expected);
  }

  static Stream<Arguments> apostrophes() {
    return Stream.of(
        Arguments.of("It's the students' union, don't you know.", List.of()),
        Arguments.of("Back in the '90s it was 'fine' all day.", List.of("fine")),
        Arguments.of("Give 'em what they want.", List.of()),
        Arguments.of("Rock’n’roll isn’t dead.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("apostrophes")
  void takesApostrophesForApostrophes(String text, List<String> expected) {
    assertThat(quotes(text)).isEqualTo(expected);
  }

  @Test
  void dropsAnUnbalancedMarkAtTheParagraphEnd() {
    String text = "He said \"we will stay and left.\n\nThen \"she\" came.";
    assertThat(quotes(text)).containsExactly("she");
  }

  @Test
  void restartsAtANewCurlyOpeningMarkWhenTheOldOneWasNeverClosed() {
    String text = "A “stray mark here. Then “a real quote” follows.";
    assertThat(quotes(text)).containsExactly("a real quote");
  }

  @Test
  void continuesAQuoteIntoTheNextParagraphThatOpensAMark() {
    String text = "He said: “The first part goes on.\n\n“The second part ends here,” he added.";
    List<Quoted> found = QuoteMarks.find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).inner()).extracting(s -> s.in(text))
        .containsExactly("The first part goes on.", "The second part ends here,");
    assertThat(found.get(0).outer().in(text))
        .startsWith("“The first").endsWith("ends here,”");
  }

  @Test
  void continuesOverSeveralParagraphsWithStraightMarks() {
    String text = "\"One.\n\n\"Two.\n\n\"Three,\" he said.";
    assertThat(quotes(text)).containsExactly("One. | Two. | Three,");
  }

  @Test
  void doesNotContinueIntoAParagraphThatDoesNotOpenAMark() {
    String text = "He said: “The first part goes on.\n\nA new paragraph with “its own” quote.";
    assertThat(quotes(text)).containsExactly("its own");
  }

  @Test
  void ignoresEmptyQuotes() {
    assertThat(quotes("He said \"\" and \" \" then.")).isEmpty();
  }

  @Test
  void findsNothingInEmptyText() {
    assertThat(QuoteMarks.find("")).isEmpty();
  }

  @Test
  void blastsRandomText() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    String[] pieces = {
      "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "`", "``", "''", "*", "_", " ", " ", " ", "\n",
      "\n\n", "said", "he", "We", "s", "don't", ".", ",", "—", "é", "\uD83D\uDE00", "a", "Z", "9"
    };
    for (int round = 0; round < 1000; round++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      String why = "seed " + seed + ", round " + round + ", text <" + text + ">";
      List<Quoted> found;
      try {
        found = QuoteMarks.find(text);
      } catch (RuntimeException e) {
        throw new AssertionError(why, e);
      }
      int lastEnd = 0;
      for (Quoted q : found) {
        Span outer = q.outer();
        assertThat(outer.end()).as(why).isLessThanOrEqualTo(text.length());
        assertThat(outer.start()).as(why).isGreaterThanOrEqualTo(lastEnd);
        assertThat(q.inner()).as(why).isNotEmpty();
        int innerEnd = outer.start();
        for (Span in : q.inner()) {
          assertThat(outer.contains(in)).as(why).isTrue();
          assertThat(in.start()).as(why).isGreaterThanOrEqualTo(innerEnd);
          assertThat(in.isEmpty()).as(why).isFalse();
          assertThat(in.trim(text)).as(why).isEqualTo(in);
          innerEnd = in.end();
        }
        lastEnd = outer.end();
      }
    }
  }
}
