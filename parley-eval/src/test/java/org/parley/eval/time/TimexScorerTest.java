package org.parley.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class TimexScorerTest {
  // "On Monday, three days after March 5, 2016, talks ended."
  private static final String TEXT = "On Monday, three days after March 5, 2016, talks ended.";

  private static Timex t(int s, int e, String type, String value) {
    return new Timex(new Span(s, e), type, value);
  }

  @Test
  void countsStrictRelaxedAndValueMatchesTheTempEvalWay() {
    List<Timex> gold = List.of(
        t(3, 9, "DATE", "2016-03-07"),       // Monday
        t(11, 21, "DURATION", "P3D"),        // three days
        t(28, 41, "DATE", "2016-03-05"));    // March 5, 2016
    List<Timex> predicted = List.of(
        t(3, 9, "DATE", "2016-03-14"),       // exact extent, wrong value
        t(28, 35, "DATE", "2016-03-05"),     // "March 5": relaxed only, right value
        t(43, 48, "DATE", "PRESENT_REF"));   // spurious
    TimexScorer scorer = new TimexScorer();
    scorer.add("d", TEXT, gold, predicted);
    TimexScorer.Scores all = scorer.scores("all");
    assertThat(all.gold()).isEqualTo(3);
    assertThat(all.system()).isEqualTo(3);
    assertThat(all.strictP()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(all.relaxedR()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(all.valueAccuracy()).isCloseTo(0.5, within(1e-9));
    // value F1 = relaxed F1 × value accuracy = 2/3 × 1/2
    assertThat(all.valueF1()).isCloseTo(all.relaxedF1() * all.valueAccuracy(), within(1e-9));
    assertThat(all.valueF1()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(scorer.errors()).extracting(TimexScorer.Error::kind)
        .containsExactly("VALUE", "MISS", "EXTENT", "EXTRA");
  }

  @Test
  void scoresEachTypeByGoldForRecallAndByPredictionForPrecision() {
    List<Timex> gold = List.of(t(11, 21, "DURATION", "P3D"));
    List<Timex> predicted = List.of(t(11, 21, "DATE", "P3D"));
    TimexScorer scorer = new TimexScorer();
    scorer.add("d", TEXT, gold, predicted);
    assertThat(scorer.scores("DURATION").relaxedR()).isEqualTo(1.0);
    assertThat(scorer.scores("DURATION").system()).isZero();
    assertThat(scorer.scores("DATE").relaxedP()).isEqualTo(1.0);
    assertThat(scorer.scores("DATE").gold()).isZero();
    assertThat(scorer.scores("all").typeAccuracy()).isZero();
  }

  @Test
  void prefersTheExactPredictionWhenTwoOverlapOneGold() {
    List<Timex> gold = List.of(t(28, 41, "DATE", "2016-03-05"));
    List<Timex> predicted = List.of(t(28, 35, "DATE", "XXXX-03-05"), t(28, 41, "DATE", "2016-03-05"));
    TimexScorer scorer = new TimexScorer();
    scorer.add("d", TEXT, gold, predicted);
    assertThat(scorer.scores("all").strictGold()).isEqualTo(1);
    assertThat(scorer.scores("all").valueGold()).isEqualTo(1);
    assertThat(scorer.scores("all").relaxedSystem()).isEqualTo(1);
  }

  @Test
  void readsAGoldRecord() throws IOException {
    TimexDocument d = TimexReader.parse("{\"doc_id\": \"x\", \"dct\": \"2016-03-10\", \"text\": \""
        + TEXT + "\", \"timexes\": [{\"start\": 3, \"end\": 9, \"text\": \"Monday\","
        + " \"type\": \"DATE\", \"value\": \"2016-03-07\", \"tid\": \"t1\"}]}");
    assertThat(d.dct()).hasToString("2016-03-10");
    assertThat(d.gold()).containsExactly(t(3, 9, "DATE", "2016-03-07"));
  }

  @Test
  void rejectsAGoldSpanBeyondTheText() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimexReader.parse(
            "{\"doc_id\": \"x\", \"dct\": \"2016-03-10\", \"text\": \"abc\", \"timexes\":"
                + " [{\"start\": 1, \"end\": 9, \"type\": \"DATE\", \"value\": \"2016\"}]}"))
        .hasMessageContaining("beyond the text");
  }
}
