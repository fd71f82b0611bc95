package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
  private final PublicationDates dates = new PublicationDates();

  static Stream<Arguments> decisions() {
    return Stream.of(
        // name, dateline, text, expected date, reading, flagged
        Arguments.of("written-out date decides day-month", "11/02/2016",
            "The deal was signed on February 11, 2016 in Munich.", "2016-02-11", "day-month", false),
        Arguments.of("written-out date decides month-day", "02/11/2016",
            "The deal was signed on 11 February 2016 in Munich.", "2016-02-11", "month-day", false),
        Arguments.of("same-day weekday decides day-month", "04/02/2016",
            "Officials met on Thursday to talk.", "2016-02-04", "day-month", false),
        Arguments.of("same-day weekday decides month-day", "02/04/2016",
            "Officials met on Thursday to talk.", "2016-02-04", "month-day", false),
        Arguments.of("day-before weekday decides day-month", "04/02/2016",
            "Officials met on Wednesday to talk.", "2016-02-04", "day-month", false),
        Arguments.of("month-day mentions decide day-month", "10/03/2016",
            "Talks resume on March 20 and end by March 28.", "2016-03-10", "day-month", false),
        Arguments.of("month-day mentions decide month-day", "03/10/2016",
            "Talks resume on March 20 and end by March 28.", "2016-03-10", "month-day", false),
        Arguments.of("dotted and dashed numeric dates are ambiguous too", "10.03.2016",
            "Talks resume on 20 March.", "2016-03-10", "day-month", false),
        Arguments.of("no evidence reads day-month and flags", "05/06/2016",
            "Nothing here carries a date.", "2016-06-05", "day-month", true),
        Arguments.of("no evidence in a month-first text reads month-day and flags", "05/06/2016",
            "The plan dates from January 2 and was revised on January 9.", "2016-05-06",
            "month-day", true),
        Arguments.of("tied conflicting evidence flags", "04/02/2016",
            "It was signed on 2 April 2016 and on 4 February 2016.", "2016-02-04", "day-month", true),
        Arguments.of("conflicting evidence goes to the higher score", "04/02/2016",
            "It was signed on 4 February 2016. Later, on Saturday, it broke down.", "2016-02-04",
            "day-month", false),
        Arguments.of("a day above 12 is unambiguous (day first)", "13/02/2016",
            "On Thursday.", "2016-02-13", "unambiguous", false),
        Arguments.of("a day above 12 is unambiguous (month first)", "02/13/2016",
            "", "2016-02-13", "unambiguous", false),
        Arguments.of("ISO dates are unambiguous", "2016-02-11", "", "2016-02-11", "unambiguous", false),
        Arguments.of("written-out datelines are unambiguous", "Feb 11, 2016 10:32 GMT", "",
            "2016-02-11", "unambiguous", false),
        Arguments.of("prefixed datelines are read", "Published: 11 February 2016", "",
            "2016-02-11", "unambiguous", false),
        Arguments.of("two-digit years are read", "13/02/16", "", "2016-02-13", "unambiguous", false),
        Arguments.of("no date in the dateline", "yesterday", "On Thursday.", null, "none", false),
        Arguments.of("an impossible date", "31/02/2016", "", null, "none", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void decidesTheDateOrderFromEvidenceInTheText(
      String name, String dateline, String text, String date, String reading, boolean flagged) {
    PublicationDates.DateDecision d = dates.resolve(dateline, text);
    assertThat(d.date()).as(name).isEqualTo(Optional.ofNullable(date).map(LocalDate::parse));
    assertThat(d.reading()).as(name).isEqualTo(reading);
    assertThat(d.flagged()).as(name).isEqualTo(flagged);
    assertThat(d.evidence()).as(name).isNotBlank();
  }

  @Test
  void explainsWhatDecidedTheCeasefireReading() {
    PublicationDates.DateDecision d =
        dates.resolve(
            "11/02/2016",
            "Earlier on Thursday, Moscow said. — MFA Russia (@mfa_russia) February 11, 2016");
    assertThat(d.evidence())
        .startsWith("11/02/2016 read day-month: the text has 'February 11, 2016' and 'Thursday'")
        .contains("2016-02-11 was a Thursday (2016-11-02 was a Wednesday)");
  }

  @Test
  void saysWhenNoEvidenceDecided() {
    PublicationDates.DateDecision d = dates.resolve("05/06/2016", "No dates.");
    assertThat(d.evidence()).isEqualTo("no evidence either way; read day-month by default");
  }

  @Test
  void neverThrowsOnOddInput() {
    assertThat(dates.resolve(null, null).reading()).isEqualTo("none");
    assertThat(dates.resolve("99/99/9999999999", "x").reading()).isEqualTo("none");
    assertThat(dates.resolve("01/02/2016", "Monday ".repeat(10_000)).date()).isPresent();
  }
}
