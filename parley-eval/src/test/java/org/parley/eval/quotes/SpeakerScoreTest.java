package org.parley.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Span;

class SpeakerScoreTest {
  // 0         1         2         3         4         5         6
  // 0123456789012345678901234567890123456789012345678901234567890123
  static final String TEXT = "\"We will build it,\" she said. \"No,\" the council said.";

  @ParameterizedTest
  @CsvSource({
    "Justin Trudeau, Trudeau, true",
    "Trudeau, Prime Minister Justin Trudeau, true",
    "Justin Trudeau, Justine, false",
    "Doug Ford, Rob Ford, true",
    "Doug Ford, Andrea Horwath, false",
  })
  void matchesNamesByLastWordOrContainment(String gold, String pred, boolean same) {
    assertThat(SpeakerScore.sameName(gold, pred)).isEqualTo(same);
  }

  @Test
  void readsGgtQuotesAndScoresByMentionKind() throws Exception {
    String line = "{\"doc_id\":\"d1\",\"text\":" + new ObjectMapper().writeValueAsString(TEXT)
        + ",\"quotes\":["
        + "{\"content\":[[0,19]],\"speaker\":\"Mary Smith\",\"speaker_is_person\":true,"
        + "\"source\":[20,23],\"source_type\":\"pronoun\",\"cue\":[24,28]},"
        + "{\"content\":[[30,35]],\"speaker\":\"city council\",\"speaker_is_person\":false,"
        + "\"source\":null,\"source_type\":\"nominal\",\"cue\":null}]}";
    Ggt.Doc doc = Ggt.doc(new ObjectMapper().readTree(line), "test");
    assertThat(doc.gold()).hasSize(2);
    assertThat(doc.gold().get(0).quoted()).isTrue();
    assertThat(doc.gold().get(1).person()).isFalse();

    SpeakerScore s = new SpeakerScore();
    s.add("d1", TEXT, doc.gold(), List.of(
        pred(1, 17, 20, 23, "Smith"), // right person through the pronoun
        pred(31, 33, 36, 47, null))); // no speaker for a non-person: right too
    assertThat(s.endToEndF1("all")).isEqualTo(1.0);
    assertThat(s.endToEndF1("pronoun")).isEqualTo(1.0);

    SpeakerScore wrong = new SpeakerScore();
    wrong.add("d1", TEXT, doc.gold(), List.of(pred(1, 17, 20, 23, "John Jones")));
    assertThat(wrong.endToEndF1("pronoun")).isZero();
    assertThat(wrong.errors()).anyMatch(e -> e.startsWith("SPEAKER")).anyMatch(e -> e.startsWith("MISSED"));
  }

  @Test
  void classifiesUnmatchedPredictionsByTheirOwnMention() {
    assertThat(SpeakerScore.kindOf(TEXT, Optional.of(Span.of(20, 23)))).isEqualTo("pronoun");
    assertThat(SpeakerScore.kindOf(TEXT, Optional.of(Span.of(36, 47)))).isEqualTo("nominal");
    assertThat(SpeakerScore.kindOf(TEXT, Optional.empty())).isEqualTo("none");
  }

  static Attribution pred(int s, int e, int ss, int se, String speaker) {
    return new Attribution(List.of(Span.of(s, e)), Optional.of(Span.of(ss, se)), Optional.empty(),
        true, Optional.ofNullable(speaker), true, "speech");
  }
}
