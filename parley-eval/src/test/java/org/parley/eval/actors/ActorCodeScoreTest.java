package org.parley.eval.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.actors.PetrarchActorGold.GoldEvent;
import org.parley.eval.actors.PetrarchActorGold.GoldSentence;
import org.parley.model.Actor;
import org.parley.model.Span;

class ActorCodeScoreTest {
  private static Actor actor(String country, String code) {
    return new Actor("a1", "x", Actor.Kind.GOVERNMENT, Optional.of(country), List.of(),
        Optional.of(code), Optional.empty(), Optional.empty(), false, List.of(new Span(0, 1)), "");
  }

  @Test
  void scoresCountryAndFullCodeOfSourceAndTargetApart() {
    ActorCodeScore s = new ActorCodeScore();
    GoldSentence g = new GoldSentence("s1", Optional.empty(), "text",
        List.of(new GoldEvent("USAGOV", "RUS", "042"), new GoldEvent("---LEG", "CHN", "010")));
    s.add(g, List.of(actor("USA", "USAGOV"), actor("RUS", "RUSGOV")));
    assertThat(s.source().scored()).isEqualTo(1); // "---LEG" has no country
    assertThat(s.source().countryRight()).isEqualTo(1);
    assertThat(s.source().codeRight()).isEqualTo(1);
    assertThat(s.target().scored()).isEqualTo(2);
    assertThat(s.target().countryRight()).isEqualTo(1); // RUS yes, CHN no
    assertThat(s.target().codeRight()).isZero(); // "RUS" is not "RUSGOV"
    assertThat(s.all().countryAccuracy()).isEqualTo(2.0 / 3);
    assertThat(s.misses()).extracting(ActorCodeScore.Miss::gold).containsExactly("RUS", "CHN");
    assertThat(ActorCodeScore.cell(2, 3)).isEqualTo("2/3 (66.7%)");
  }

  @Test
  void readsTheGoldRecords(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(f, "{\"id\": \"a\", \"date\": \"20080804\", \"text\": \"The US leader met.\","
        + " \"expected_events\": [{\"source\": \"USA\", \"target\": \"CHN\", \"code\": \"042\"}]}\n"
        + "\n{\"id\": \"b\", \"date\": \"\", \"text\": \"Nothing.\", \"expected_events\": []}\n",
        StandardCharsets.UTF_8);
    List<GoldSentence> g = PetrarchActorGold.read(f);
    assertThat(g).hasSize(2);
    assertThat(g.get(0).date()).contains(LocalDate.of(2008, 8, 4));
    assertThat(g.get(0).events()).containsExactly(new GoldEvent("USA", "CHN", "042"));
    assertThat(g.get(1).date()).isEmpty();
  }
}
