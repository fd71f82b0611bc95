package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.io.AnalysisJson;
import org.parley.io.Documents;
import org.parley.io.RawDocument;
import org.parley.model.Analysis;
import org.parley.testkit.SpanInvariants;

/**
 * The ceasefire example end to end: the whole Analysis JSON against its golden file (key-sorted,
 * compared whole; {@code -Dgolden.update=true} rewrites it for review), the reference reading of
 * {@code shared/examples} (title, date, quotes with speakers, dates, events), and the span
 * invariants.
 */
class ExampleGoldenTest {
  static final ObjectMapper SORTED = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(SerializationFeature.INDENT_OUTPUT);
  static Analysis analysis;
  static String raw;

  @BeforeAll
  static void analyze() throws IOException {
    Path example = AnalyzeCommandTest.example();
    raw = Files.readString(example, StandardCharsets.UTF_8);
    analysis = Parley.pipeline(CoreNlpStage.shared()).run(Documents.read(
        RawDocument.ofBytes("examples/ceasefire-2016-02-11.txt", Files.readAllBytes(example)),
        Optional.empty()));
  }

  static String sorted(String json) throws IOException {
    Object tree = SORTED.readValue(json, Object.class);
    return SORTED.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
  }

  @Test
  void matchesTheGoldenFileWhole() throws IOException {
    String actual = sorted(AnalysisJson.pretty(analysis));
    Path golden = goldenDir().resolve("ceasefire-2016-02-11.expected.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(golden)).as("golden file %s (run with -Dgolden.update=true)", golden)
        .isTrue();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void keepsEverySpanValid() {
    SpanInvariants.check(analysis);
  }

  @Test
  void scoresAgainstTheReferenceReadingAtLeastAsTheIssueAsks() throws IOException {
    Path reference = shared().resolve("examples/ceasefire-2016-02-11.expected.json");
    JsonNode ref = new ObjectMapper().readTree(Files.readString(reference, StandardCharsets.UTF_8));
    ReferenceScore score = ReferenceScore.of(analysis, ref);
    String report = score.report();
    assertThat(score.count("article")[0]).as(report).isEqualTo(2);
    assertThat(score.count("quotes")[0]).as(report).isGreaterThanOrEqualTo(11);
    assertThat(score.count("not quotes")[0]).as(report).isEqualTo(2);
    assertThat(score.count("dates")[0]).as(report).isGreaterThanOrEqualTo(7);
    assertThat(score.count("actors")[0]).as(report).isGreaterThanOrEqualTo(13);
    assertThat(score.count("events")[0]).as(report).isGreaterThanOrEqualTo(5);
  }

  @Test
  void saysNothingOfThePromoAnywhere() throws IOException {
    assertThat(AnalysisJson.pretty(analysis)).doesNotContain("Churkin").doesNotContain("unilaterally");
  }

  static Path goldenDir() {
    Path here = Path.of("src/test/resources/golden");
    if (Files.isDirectory(here)) {
      return here;
    }
    return Path.of("parley-cli/src/test/resources/golden");
  }

  static Path shared() {
    String prop = System.getProperty("parley.shared");
    Path p = prop != null ? Path.of(prop) : Path.of("../shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("../../shared");
    }
    assertThat(p.resolve("examples")).as("the shared data folder beside the project").isDirectory();
    return p;
  }
}
