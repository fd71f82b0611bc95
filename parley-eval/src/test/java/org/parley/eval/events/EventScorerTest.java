package org.parley.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.eval.events.EventRecord.Expected;
import org.parley.eval.events.EventScorer.Coded;
import org.parley.events.Plover;

class EventScorerTest {
  private static EventRecord record(String id, Expected... expected) {
    return new EventRecord(id, "TEST", Optional.empty(), "text", List.of(expected), expected.length == 0,
        Optional.empty(), Map.of());
  }

  private static Coded coded(String cameo, String type, String source, String target) {
    return new Coded(cameo, Optional.ofNullable(type), source == null ? List.of() : List.of(source),
        target == null ? List.of() : List.of(target));
  }

  @Test
  void pairsOnRootAndTypeAndScoresBothSides() {
    EventScorer s = new EventScorer(Plover.builtIn());
    s.add(record("a", new Expected("USAGOV", "RUS", "042")),
        List.of(coded("040", "CONSULT", "USAGOV", "RUSGOV")));
    assertThat(s.rootAccuracy()).isEqualTo(1.0);
    assertThat(s.ploverF1()).isEqualTo(1.0);
    assertThat(s.sourceCodeAccuracy()).isEqualTo(1.0);
    assertThat(s.targetCodeAccuracy()).isEqualTo(0.0);
    assertThat(s.targetCountryAccuracy()).isEqualTo(1.0);
  }

  @Test
  void countsWrongTypeAsFalsePositiveAndMiss() {
    EventScorer s = new EventScorer(Plover.builtIn());
    s.add(record("a", new Expected("ISR", "PSE", "190")),
        List.of(coded("111", "ACCUSE", "ISR", "PSE")));
    assertThat(s.rootAccuracy()).isZero();
    assertThat(s.ploverPrecision()).isZero();
    assertThat(s.ploverRecall()).isZero();
  }

  @Test
  void mapsAppealsAndDemandsToOnePloverType() {
    EventScorer s = new EventScorer(Plover.builtIn());
    s.add(record("a", new Expected("UKR", "RUS", "1014")), List.of(coded("020", "REQUEST", "UKR", "RUS")));
    assertThat(s.rootAccuracy()).isZero();
    assertThat(s.ploverF1()).isEqualTo(1.0);
  }

  @Test
  void leavesStatementsOutOfPloverScore() {
    EventScorer s = new EventScorer(Plover.builtIn());
    s.add(record("a", new Expected("USA", "CHN", "015")), List.of(coded("010", null, "USA", "CHN")));
    assertThat(s.rootAccuracy()).isEqualTo(1.0);
    assertThat(s.ploverRecall()).isZero();
    assertThat(s.ploverPrecision()).isZero();
    assertThat(s.report()).contains("PLOVER type  P   0.0%  R   0.0%");
  }

  @Test
  void setsAsideCodesOutsideCameoAndExcusesOneCodedEventEach() {
    EventScorer s = new EventScorer(Plover.builtIn());
    s.add(record("a", new Expected("ARN", "GON", "903"), new Expected("ARN", "GON", "041")),
        List.of(coded("041", "CONSULT", "ARN", "GON"), coded("190", "ASSAULT", "ARN", "GON")));
    assertThat(s.rootAccuracy()).isEqualTo(1.0);
    assertThat(s.rootPrecision()).isEqualTo(1.0);
    assertThat(s.ploverPrecision()).isEqualTo(1.0);
    assertThat(s.report()).contains("1 set aside");
  }

  @Test
  void prefersTheCodedEventWithTheExpectedSourceCountry() {
    EventScorer s = new EventScorer(Plover.builtIn());
    s.add(record("a", new Expected("RUS", "USA", "040")),
        List.of(coded("040", "CONSULT", "USA", "RUS"), coded("040", "CONSULT", "RUSGOV", "USA")));
    assertThat(s.sourceCountryAccuracy()).isEqualTo(1.0);
    assertThat(s.ploverPrecision()).isEqualTo(0.5);
    assertThat(s.ploverF1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void scoresSentencesWithoutEvents() {
    EventScorer s = new EventScorer(Plover.builtIn());
    s.add(record("none-ok"), List.of());
    s.add(record("none-but-coded"), List.of(coded("010", null, "USA", null)));
    s.add(record("missed", new Expected("USA", "CHN", "042")), List.of());
    assertThat(s.noEventPrecision()).isEqualTo(0.5);
    assertThat(s.noEventRecall()).isEqualTo(0.5);
  }

  @Test
  void skipsRecordsThatExpectPetrarchToFail() {
    EventScorer s = new EventScorer(Plover.builtIn());
    EventRecord r = new EventRecord("e", "ERROR", Optional.empty(), "x", List.of(), false,
        Optional.of("sentencediscard"), Map.of());
    assertThat(s.add(r, List.of(coded("190", "ASSAULT", "A", "B"))).skipped()).isTrue();
    assertThat(s.report()).contains("1 skipped");
  }

  @Test
  void readsARecordWithItsDateConfigAndExpectedEvents() throws Exception {
    String line = "{\"id\":\"DEMO-00\",\"category\":\"DEMO\",\"date\":\"19950101\",\"text\":\"Arnor met Gondor.\","
        + "\"expected_events\":[{\"source\":\"ARN\",\"target\":\"GON\",\"code\":\"041\"}],"
        + "\"expect_no_events\":false,\"expected_error\":null,"
        + "\"config_in_effect\":{\"require_dyad\":\"True\"}}";
    EventRecord r = EventRecord.parse(new ObjectMapper().readTree(line));
    assertThat(r.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("1995-01-01"));
    assertThat(r.expected()).containsExactly(new Expected("ARN", "GON", "041"));
    assertThat(r.error()).isEmpty();
    assertThat(r.config()).containsEntry("require_dyad", "True");
  }

  @Test
  void splitsCodedEventsIntoDyads() {
    Coded met = new Coded("040", Optional.of("CONSULT"), List.of("USA", "RUS", "CHE"), List.of());
    assertThat(Coded.dyads(met)).hasSize(6)
        .contains(new Coded("040", Optional.of("CONSULT"), List.of("RUS"), List.of("CHE")));
    Coded two = new Coded("190", Optional.of("ASSAULT"), List.of("ISR"), List.of("PSE", "LBN"));
    assertThat(Coded.dyads(two)).extracting(Coded::targets)
        .containsExactly(List.of("PSE"), List.of("LBN"));
    Coded none = new Coded("010", Optional.empty(), List.of(), List.of());
    assertThat(Coded.dyads(none)).containsExactly(none);
  }
}
