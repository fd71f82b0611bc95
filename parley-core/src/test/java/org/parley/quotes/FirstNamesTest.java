package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FirstNamesTest {

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("Fouzia", 'f'),
        Arguments.of("Muriel", 'f'),
        Arguments.of("Chrystia", 'f'),
        Arguments.of("Mohammad", 'm'),
        Arguments.of("Jagmeet", 'm'),
        Arguments.of("Jean-Pierre", 'm'),
        Arguments.of("Marie-Claude", 'f'),
        Arguments.of("Stéphane", 'm'),
        Arguments.of("Jean", '?'),
        Arguments.of("Robin", '?'),
        Arguments.of("Xylophone", '?'));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("names")
  void tellsTheUsualPronounOfAGivenNameOrNothingWhenBothAreCommon(String name, char gender) {
    assertThat(FirstNames.gender(name)).isEqualTo(gender);
  }
}
