package org.parley.corenlp.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.time.TimeExpression.Anchor;
import org.parley.time.TimeExpression.Type;

class SuTimeBaselineTest {
  static Stream<Arguments> anchors() {
    return Stream.of(
        // type, value, covered text, anchor
        Arguments.of(Type.DATE, "2016-02-11", "Feb. 11, 2016", Anchor.ABSOLUTE),
        Arguments.of(Type.DATE, "199", "the 1990s", Anchor.ABSOLUTE),
        Arguments.of(Type.DATE, "2016-02-11", "Thursday", Anchor.PUBLICATION),
        Arguments.of(Type.DATE, "2014", "two years ago", Anchor.PUBLICATION),
        Arguments.of(Type.DURATION, "P3D", "three days", Anchor.NONE),
        Arguments.of(Type.SET, "P1W", "every week", Anchor.NONE),
        Arguments.of(Type.DATE, "PRESENT_REF", "now", Anchor.NONE),
        Arguments.of(Type.DATE, "XXXX-03-01", "March 1", Anchor.NONE));
  }

  @ParameterizedTest(name = "[{index}] {2} = {1} → {3}")
  @MethodSource("anchors")
  void guessesWhatSuTimeCountedFrom(Type type, String value, String text, Anchor anchor) {
    assertThat(SuTimeBaseline.anchorOf(type, value, text)).isEqualTo(anchor);
  }
}
