package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.io.Documents;
import org.parley.io.EventsTsv;
import org.parley.io.RawDocument;
import org.parley.model.Analysis;
import picocli.CommandLine;

/**
 * The example's events as {@code --format events-tsv}: the whole output against its golden file
 * ({@code -Dgolden.update=true} rewrites it for review), and the columns of single events.
 */
class EventsTsvGoldenTest {
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

  static String tsv(Analysis a) {
    StringWriter w = new StringWriter();
    w.write(EventsTsv.header());
    EventsTsv.write(a, w);
    return w.toString();
  }

  /** The rows as column-name maps. */
  static List<Map<String, String>> rows(String tsv) {
    List<String> lines = tsv.lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    return lines.subList(1, lines.size()).stream().map(l -> {
      String[] f = l.split("\t", -1);
      assertThat(f).as("columns of %s", l).hasSize(header.size());
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < f.length; i++) {
        m.put(header.get(i), f[i]);
      }
      return m;
    }).toList();
  }

  @Test
  void matchesTheGoldenFileWhole() throws IOException {
    String actual = tsv(analysis);
    Path golden = ExampleGoldenTest.goldenDir().resolve("ceasefire-2016-02-11.events.tsv");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (run with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void writesOneLinePerEventUnderTheHeader() {
    assertThat(tsv(analysis).lines().count()).isEqualTo(analysis.events().size() + 1);
    assertThat(tsv(analysis).lines().findFirst().orElseThrow().split("\t"))
        .containsExactlyElementsOf(EventsTsv.COLUMNS);
  }

  @Test
  void fillsEveryColumnOfTheMunichMeeting() {
    Map<String, String> meeting = rows(tsv(analysis)).stream()
        .filter(r -> r.get("plover").equals("CONSULT") && r.get("target_name").contains("Kerry"))
        .findFirst().orElseThrow();
    assertThat(meeting.get("article_id")).isEqualTo(analysis.article().id());
    assertThat(meeting.get("event_id")).matches("e\\d+");
    assertThat(meeting.get("date")).isEqualTo("2016-02-11");
    assertThat(meeting.get("source_name")).contains("Lavrov");
    assertThat(meeting.get("source_code")).isEqualTo("RUSGOV");
    assertThat(meeting.get("source_country")).isEqualTo("RUS");
    assertThat(meeting.get("cameo")).startsWith("04");
    assertThat(meeting.get("mode")).isNotEmpty();
    assertThat(meeting.get("target_code")).isEqualTo("USAGOV");
    assertThat(meeting.get("target_country")).isEqualTo("USA");
    assertThat(meeting.get("place")).isEqualTo("Munich");
    assertThat(meeting.get("negated")).isEqualTo("false");
    assertThat(meeting.get("future")).isEqualTo("false");
    assertThat(meeting.get("hypothetical")).isEqualTo("false");
    assertThat(meeting.get("reported")).isIn("true", "false");
    assertThat(meeting.get("rule")).startsWith("verb:meet");
    assertThat(Double.parseDouble(meeting.get("confidence"))).isBetween(0.0, 1.0);
    int start = Integer.parseInt(meeting.get("evidence_start"));
    int end = Integer.parseInt(meeting.get("evidence_end"));
    assertThat(raw.substring(start, end)).isEqualTo(meeting.get("evidence"));
    assertThat(meeting.get("evidence")).contains("meeting his US counterpart John Kerry");
  }

  @Test
  void marksTheSuspendedTalksAndTheQuotedStatements() {
    List<Map<String, String>> rows = rows(tsv(analysis));
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.get("cameo")).isEqualTo("164");
      assertThat(r.get("place")).isEqualTo("Geneva");
    });
    assertThat(rows).anySatisfy(r -> assertThat(r.get("quote")).matches("q\\d+"));
    assertThat(rows).anySatisfy(r -> assertThat(r.get("hypothetical")).isEqualTo("true"));
  }

  @Test
  void analyzeWritesTheHeaderOnceForSeveralArticles() throws IOException {
    Path example = AnalyzeCommandTest.example();
    StringWriter out = new StringWriter();
    int code = new CommandLine(new AnalyzeCommand()).setOut(new PrintWriter(out))
        .execute("--format", "events-tsv", example.toString(), example.toString());
    assertThat(code).isZero();
    assertThat(out.toString().lines().filter(l -> l.startsWith("article_id\t")).count()).isEqualTo(1);
    assertThat(out.toString().lines().count()).isEqualTo(2L * analysis.events().size() + 1);
  }
}
