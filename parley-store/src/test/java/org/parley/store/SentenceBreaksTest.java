package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceBreaksTest {
  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Talks resumed. \"We will not yield,\" he said! Why?\nA new line", null),
        Arguments.of("One line without a mark", null),
        Arguments.of("Ends with a mark. ", null),
        Arguments.of("", null),
        // no abbreviations: "U.S." ends a passage
        Arguments.of("The U.S. envoy spoke. Then he left.", List.of(0, 9, 22, 35)),
        Arguments.of("He said: \u201cNo.\u201d Then (he left.) And   so\n\non", List.of(0, 15, 31,
            41, 43)));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void findsTheSentenceStartsForwardAndBackward(String text, List<Integer> expected) {
    SentenceBreaks b = new SentenceBreaks();
    b.setText(text);
    List<Integer> forward = new ArrayList<>();
    for (int i = b.first(); i != BreakIterator.DONE; i = b.next()) {
      forward.add(i);
    }
    List<Integer> backward = new ArrayList<>();
    for (int i = b.last(); i != BreakIterator.DONE; i = b.previous()) {
      backward.add(0, i);
    }
    assertThat(backward).isEqualTo(forward);
    if (expected != null) {
      assertThat(forward).isEqualTo(expected);
    } else {
      // without abbreviations, the JDK's sentence instance agrees
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      jdk.setText(text);
      List<Integer> want = new ArrayList<>();
      for (int i = jdk.first(); i != BreakIterator.DONE; i = jdk.next()) {
        want.add(i);
      }
      assertThat(forward).isEqualTo(want);
    }
    for (int at = 0; at <= text.length(); at++) {
      int offset = at;
      int before = forward.stream().filter(x -> x < offset).reduce((x, y) -> y).orElse(-1);
      int after = forward.stream().filter(x -> x > offset).findFirst().orElse(-1);
      assertThat(b.preceding(offset)).as("preceding %d", offset).isEqualTo(before);
      assertThat(b.following(offset)).as("following %d", offset).isEqualTo(after);
      assertThat(b.isBoundary(offset)).isEqualTo(forward.contains(offset));
    }
  }
}
