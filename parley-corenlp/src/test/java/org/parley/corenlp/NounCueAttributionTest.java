package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Analysis;
import org.parley.model.Quote;

/** Attributions whose cue is a noun or a framing phrase, as PolNeAR marks them. */
class NounCueAttributionTest {

  private static Analysis analyze(String body) {
    return Shared.analyze("inline", "Talks on the budget\n\n" + body + "\n");
  }

  private static String describe(Analysis a) {
    StringBuilder b = new StringBuilder();
    for (Quote q : a.quotes()) {
      b.append("\n  ").append(q.rule()).append(": ")
          .append(q.content().stream().map(s -> s.in(a.text())).toList())
          .append(" cue=").append(q.cue().map(s -> s.in(a.text())).orElse("-"))
          .append(" source=").append(q.source().map(s -> s.in(a.text())).orElse("-"));
    }
    return b.toString();
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        // body, content, source mention ("-" for none), cue
        Arguments.of(
            "In a new Fox News poll released Thursday, Cruz had 38 percent support among"
                + " Republicans.",
            "Cruz had 38 percent support among Republicans",
            "a new Fox News poll released Thursday", "In"),
        Arguments.of(
            "The volatility is not entirely bad, in Mr. Connolly's view.",
            "The volatility is not entirely bad", "Mr. Connolly's view", "in"));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void readsAFramingPhraseAtTheEdgeOfItsSentenceAsACue(
      String body, String content, String source, String cue) {
    Analysis a = analyze(body);
    Quote q = a.quotes().stream()
        .filter(x -> x.content().stream().anyMatch(s -> s.in(a.text()).equals(content)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote <" + content + ">" + describe(a)));
    assertThat(q.source().map(s -> s.in(a.text())).orElse("-")).isEqualTo(source);
    assertThat(q.cue().map(s -> s.in(a.text()))).contains(cue);
  }

  @Test
  void readsANounOfStanceWithItsPossessorAsSourceAndItsObjectAsContent() {
    Analysis a = analyze("Warren's harsh criticism of the trade deal drew applause in Iowa.");
    Quote q = a.quotes().stream()
        .filter(x -> x.cue().map(s -> s.in(a.text()).startsWith("criticism")).orElse(false))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no noun cue" + describe(a)));
    assertThat(q.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly("the trade deal");
    assertThat(q.source().map(s -> s.in(a.text()))).hasValueSatisfying(
        x -> assertThat(x).startsWith("Warren"));
  }

  @Test
  void givesANounAfterACopulaToTheSubject() {
    Analysis a = analyze("Clinton is an outspoken supporter of the trade deal.");
    Quote q = a.quotes().stream()
        .filter(x -> x.cue().map(s -> s.in(a.text()).startsWith("supporter")).orElse(false))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no noun cue" + describe(a)));
    assertThat(q.content()).extracting(s -> s.in(a.text())).containsExactly("the trade deal");
    assertThat(q.source().map(s -> s.in(a.text()))).contains("Clinton");
  }

  @Test
  void takesNoCueFromAnOrdinaryNounOrAnOpeningPhraseOfTime() {
    Analysis a = analyze("For years, the price of oil rose faster than the cost of living.");
    assertThat(a.quotes()).as(describe(a)).isEmpty();
  }
}
