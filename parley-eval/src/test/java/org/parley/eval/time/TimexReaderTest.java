package org.parley.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Span;

class TimexReaderTest {
  @TempDir Path dir;

  private static final String ARTICLE = "Talks ended on Monday. They resume in March.";

  @Test
  void standOffGoldTakesItsTextFromTheTextsFileByIdGzippedOrNot() throws IOException {
    Path texts = dir.resolve("texts.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(texts))) {
      out.write(("{\"id\":\"other\",\"text\":\"x\"}\n{\"id\":\"a1\",\"text\":\"" + ARTICLE
          + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"doc_id\":\"d1\",\"text_id\":\"a1\",\"dct\":\"2016-02-11\","
        + "\"timexes\":[{\"start\":15,\"end\":21,\"text\":\"Monday\",\"type\":\"DATE\","
        + "\"value\":\"2016-02-08\"}]}\n");

    Map<String, String> byId = TimexReader.texts(texts, TimexReader.textIds(gold));
    List<TimexDocument> docs = TimexReader.read(gold, byId);

    assertThat(byId).containsOnlyKeys("a1");
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo(ARTICLE);
      assertThat(d.gold()).containsExactly(new Timex(new Span(15, 21), "DATE", "2016-02-08"));
    });
  }

  @Test
  void aJsonTextsFileIsOneObjectKeyedByIdWithTextOrArticleBody() throws IOException {
    Path texts = dir.resolve("ground-truth.json");
    Files.writeString(texts, "{\"a1\":{\"articleBody\":\"" + ARTICLE + "\",\"url\":\"u\"},"
        + "\"a2\":{\"text\":\"On Monday.\"},\"a3\":{\"articleBody\":\"unwanted\"}}");

    assertThat(TimexReader.texts(texts, Set.of("a1", "a2", "missing")))
        .isEqualTo(Map.of("a1", ARTICLE, "a2", "On Monday."));
    Path lines = dir.resolve("lines.json");
    Files.writeString(lines, "[{\"id\":\"a1\"}]");
    assertThatThrownBy(() -> TimexReader.texts(lines, Set.of("a1")))
        .hasMessageContaining("one object keyed by id");
  }

  @Test
  void standOffGoldWhoseWordsAreNotAtItsOffsetsFails() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"doc_id\":\"d1\",\"text_id\":\"a1\",\"dct\":\"2016-02-11\","
        + "\"timexes\":[{\"start\":0,\"end\":5,\"text\":\"March\",\"type\":\"DATE\","
        + "\"value\":\"2016-03\"}]}\n");

    assertThatThrownBy(() -> TimexReader.read(gold, Map.of("a1", ARTICLE)))
        .hasMessageContaining("gold.jsonl:1").hasMessageContaining("reads 'Talks'");
    assertThatThrownBy(() -> TimexReader.read(gold, Map.of()))
        .hasMessageContaining("--texts");
    assertThat(TimexReader.textIds(gold)).isEqualTo(Set.of("a1"));
  }
}
