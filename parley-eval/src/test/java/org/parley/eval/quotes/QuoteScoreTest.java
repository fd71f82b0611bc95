package org.parley.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Span;

class QuoteScoreTest {
  // 0         1         2         3         4         5         6         7
  // 0123456789012345678901234567890123456789012345678901234567890123456789012345
  static final String TEXT =
      "Smith said \"we will win the vote.\" Jones said the party would lose it badly.";

  static final String ANN = String.join("\n",
      "T1\tSource 0 5\tSmith",
      "T2\tCue 6 10\tsaid",
      "T3\tContent 11 34\t\"we will win the vote.\"",
      "T4\tAttribution 6 10\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tSource 35 40\tJones",
      "T6\tCue 41 45\tsaid",
      "T7\tContent 46 55;61 76\tthe party ... lose it badly.",
      "T8\tAttribution-no-source 41 45\tsaid",
      "E2\tAttribution-no-source:T8 Content:T7 Cue:T6 Source:T5",
      "the wrapped rest of a span text that holds a newline",
      "#1\tAnnotatorNotes T7\tnote");

  @Test
  void readsEventsWithDiscontinuousContentAndSkipsStrayLines() {
    List<Attribution> gold = Brat.read(ANN, TEXT);
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).content()).containsExactly(Span.of(11, 34));
    assertThat(gold.get(0).source()).contains(Span.of(0, 5));
    assertThat(gold.get(0).cue()).contains(Span.of(6, 10));
    assertThat(gold.get(0).quoted()).isTrue();
    assertThat(gold.get(1).content()).containsExactly(Span.of(46, 55), Span.of(61, 76));
    assertThat(gold.get(1).quoted()).isFalse();
  }

  @Test
  void rejectsAnEventThatNamesAnUnknownSpan() {
    assertThatThrownBy(() -> Brat.read("E1\tAttribution:T9 Content:T3", TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T9");
  }

  @Test
  void trimsQuoteMarksSpacesAndEdgePunctuationBeforeComparing() {
    // the inner text without marks and final stop is the same content, exactly
    List<ContentPairing.Pair> pairs =
        ContentPairing.pair(TEXT, List.of(List.of(Span.of(11, 34))), List.of(List.of(Span.of(12, 32))));
    assertThat(pairs).singleElement().satisfies(p -> {
      assertThat(p.exact()).isTrue();
      assertThat(p.dice()).isEqualTo(1.0);
    });
  }

  static Stream<Arguments> diceCases() {
    return Stream.of(
        // predicted content, lenient, exact
        Arguments.of(Span.of(12, 32), true, true),
        Arguments.of(Span.of(12, 24), true, false), // "we will win " : 11 of 20 chars
        Arguments.of(Span.of(12, 18), false, false), // "we wil": too little
        Arguments.of(Span.of(0, 34), true, false)); // the whole sentence: 20 of 33
  }

  @ParameterizedTest
  @MethodSource("diceCases")
  void countsDiceAtOrAboveOneHalfAsLenientAndEqualCharactersAsExact(
      Span pred, boolean lenient, boolean exact) {
    QuoteScore s = new QuoteScore();
    s.add("d", TEXT, List.of(gold(11, 34, Span.of(0, 5))), List.of(gold(pred.start(), pred.end(),
        Span.of(0, 5))));
    assertThat(s.lenient()).isEqualTo(lenient ? 1 : 0);
    assertThat(s.exact()).isEqualTo(exact ? 1 : 0);
  }

  @Test
  void pairsOneToOneGreedilyByBestDice() {
    // two predictions overlap the same gold; the better one takes it, the other stays unpaired
    List<ContentPairing.Pair> pairs = ContentPairing.pair(TEXT,
        List.of(List.of(Span.of(11, 34))),
        List.of(List.of(Span.of(12, 24)), List.of(Span.of(12, 32))));
    assertThat(pairs).singleElement().satisfies(p -> assertThat(p.pred()).isEqualTo(1));
  }

  static Stream<Arguments> sourceCases() {
    return Stream.of(
        Arguments.of(Optional.of(Span.of(0, 5)), Optional.of(Span.of(0, 5)), true),
        Arguments.of(Optional.of(Span.of(0, 5)), Optional.of(Span.of(3, 10)), true),
        Arguments.of(Optional.of(Span.of(0, 5)), Optional.of(Span.of(35, 40)), false),
        Arguments.of(Optional.empty(), Optional.empty(), true),
        Arguments.of(Optional.of(Span.of(0, 5)), Optional.empty(), false),
        Arguments.of(Optional.empty(), Optional.of(Span.of(0, 5)), false));
  }

  @ParameterizedTest
  @MethodSource("sourceCases")
  void countsTheSourceRightWhenBothOverlapOrBothAreAbsent(
      Optional<Span> gold, Optional<Span> pred, boolean right) {
    QuoteScore s = new QuoteScore();
    s.add("d", TEXT, List.of(Attribution.of(List.of(Span.of(11, 34)), gold, Optional.empty(), true)),
        List.of(Attribution.of(List.of(Span.of(11, 34)), pred, Optional.empty(), true)));
    assertThat(s.lenient()).isEqualTo(1);
    assertThat(s.attributed()).isEqualTo(right ? 1 : 0);
  }

  @Test
  void scoresPrecisionAndRecallOverAllContents() {
    QuoteScore s = new QuoteScore();
    List<Attribution> gold = Brat.read(ANN, TEXT);
    // one right (content and source), one spurious
    s.add("d", TEXT, gold, List.of(gold(12, 33, Span.of(0, 5)), gold(0, 5, Span.of(35, 40))));
    assertThat(s.gold()).isEqualTo(2);
    assertThat(s.predicted()).isEqualTo(2);
    assertThat(s.attributionF1()).isEqualTo(0.5);
    assertThat(s.errors()).anyMatch(e -> e.startsWith("MISSED")).anyMatch(e -> e.startsWith("SPURIOUS"));
    assertThat(s.report("Parley")).contains("attribution (lenient+source) P  50.0  R  50.0  F1  50.0");
  }

  @Test
  void namesThePredictingRuleInTheErrorRowsOfAPrediction() {
    QuoteScore s = new QuoteScore();
    Attribution spurious = new Attribution(List.of(Span.of(0, 5)), Optional.empty(),
        Optional.empty(), false, Optional.empty(), true, "speech", "reported:say");
    s.add("d", TEXT, List.of(), List.of(spurious, gold(12, 33, Span.of(0, 5))));
    assertThat(s.errors()).hasSize(2)
        .anyMatch(e -> e.startsWith("SPURIOUS") && e.endsWith("\trule=reported:say"))
        .allMatch(e -> e.startsWith("SPURIOUS"))
        .filteredOn(e -> !e.contains("rule=")).hasSize(1);
  }

  static Attribution gold(int s, int e, Span source) {
    return Attribution.of(List.of(Span.of(s, e)), Optional.of(source), Optional.empty(), false);
  }
}
