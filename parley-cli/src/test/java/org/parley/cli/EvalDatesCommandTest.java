package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code parley eval dates} on the project's own stand-off gold: modern news annotated blind
 * (eval/dates), its articles read from the shared AllSides file. Guards the dates stage on news
 * unlike TimeBank's.
 */
class EvalDatesCommandTest {
  private static final Pattern ALL =
      Pattern.compile("(?m)^parley\\s+all\\s+(\\d+)\\s+(\\d+)\\s.*\\|\\s+([\\d.]+)\\s*$");

  static Path repoFile(String path) {
    Path p = Path.of(path);
    return Files.exists(p) ? p : Path.of("..").resolve(p);
  }

  @Test
  void scoresTheBlindAnnotatedDevArticlesAboveTheFloor() {
    Path texts = ExampleGoldenTest.shared().resolve("data/news/allsides_political_10k.jsonl.gz");
    assertThat(texts).as("the shared AllSides articles").exists();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new EvalDatesCommand()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute("--texts", texts.toString(), repoFile("eval/dates/allsides-dev.jsonl").toString());
    assertThat(code).as(err.toString()).isZero();
    Matcher m = ALL.matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).as("gold expressions").isEqualTo(369);
    // 85.5 when this test was written; the floor leaves room for a trade-off, not a slide
    assertThat(Double.parseDouble(m.group(3))).as(out.toString()).isGreaterThanOrEqualTo(84.0);
  }

  @Test
  void scoresTheWebNewsDevPagesReadFromTheBenchmarksGroundTruth() {
    Path texts = ExampleGoldenTest.shared()
        .resolve("data/html/scrapinghub_aeb/ground-truth.json");
    assertThat(texts).as("the shared article-extraction benchmark").exists();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new EvalDatesCommand()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute("--texts", texts.toString(), repoFile("eval/dates/aeb-dev.jsonl").toString());
    assertThat(code).as(err.toString()).isZero();
    Matcher m = ALL.matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).as("gold expressions").isEqualTo(124);
    // 91.7 when this test was written (61.0 before the tour-schedule and game rules)
    assertThat(Double.parseDouble(m.group(3))).as(out.toString()).isGreaterThanOrEqualTo(89.0);
  }

  @Test
  void refusesStandOffGoldWithoutItsTexts() {
    StringWriter err = new StringWriter();
    int code = new CommandLine(new EvalDatesCommand()).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err))
        .execute(repoFile("eval/dates/allsides-dev.jsonl").toString());
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("--texts");
  }
}
