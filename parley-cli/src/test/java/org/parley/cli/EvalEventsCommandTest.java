package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code parley eval events} on a small suite of its own (every figure of the report), and, with
 * {@code -Dparley.eval=true}, on the shared PETRARCH validation sentences.
 */
class EvalEventsCommandTest {
  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new EvalEventsCommand()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  static Path small() {
    Path p = Path.of("src/test/resources/events/small.jsonl");
    return Files.exists(p) ? p : Path.of("parley-cli").resolve(p);
  }

  @Test
  void scoresASmallSuiteAndListsTheMisses() {
    String out = run(small().toString(), "--show", "all");
    assertThat(out).contains("records 5 (1 skipped: expected PETRARCH errors)");
    assertThat(out).contains("expected events 2 scored, 1 set aside");
    assertThat(out).contains("CAMEO root   accuracy 100.0% (2/2)");
    assertThat(out).contains("PLOVER type  P 100.0%  R 100.0%  F1 100.0");
    assertThat(out).contains("source       code   0.0% (0/2)   country 100.0% (2/2)");
    assertThat(out).contains("no event     precision 100.0% (1/1)");
    assertThat(out).contains("  ok  S1  expected: RUS>190>UKR  coded: RUSGOV>190/ASSAULT>UKRGOV");
  }

  @Test
  void refusesAMissingFileAsAUsageError() {
    int code = new CommandLine(new EvalEventsCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute("no-such-file.jsonl");
    assertThat(code).isEqualTo(2);
  }

  @Test
  void measuresThePetrarchValidationSentences() {
    assumeTrue(Boolean.getBoolean("parley.eval"), "set -Dparley.eval=true to run");
    Path gsr = ExampleGoldenTest.shared().resolve("data/events/universalpetrarch/PETR2_GSR_validation.jsonl");
    assertThat(gsr).as("shared PETRARCH validation sentences").exists();
    String out = run(gsr.toString());
    System.out.println(out);
    assertThat(out).contains("records 78");
  }
}
