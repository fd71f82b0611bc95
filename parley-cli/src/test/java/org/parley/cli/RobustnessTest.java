package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.io.AnalysisJson;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Problem;
import org.parley.pipeline.Pipeline;
import org.parley.testkit.SpanInvariants;

/**
 * The full pipeline on text built to break it: every article that ever broke a stage (the crash
 * corpus under {@code src/test/resources/crashers/}) and seeded random text. Only invariants are
 * asserted: no stage fails, every span is valid, the JSON can be written.
 */
class RobustnessTest {
  static final Pipeline PIPELINE = Parley.pipeline(CoreNlpStage.shared());
  static final String[] PIECES = {
    "\"", "“", "”", "'", "‘", "’", "«", "»", "``", "''", " said ", " told reporters ", "he ",
    "She ", "according to ", "Lavrov", "Moscow", "the UN", "Mr. Smith", ", ", ". ", "\n\n", "?",
    "???? ", "*", "[", "](#)", "Read more ", "— MFA Russia (@mfa_russia) February 11, 2016\n",
    "on Thursday", "11/02/2016", "March 1", "2016", "-", "\t", "é", "中文", "😀", "\u0000", "\r\n",
    "met", "accused", "will meet", "did not agree", "# ", "> ", "|", "http://x.y/z"
  };

  static Stream<Path> crashers() throws IOException {
    Path dir = Path.of("src/test/resources/crashers");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("crashers")
  void analyzesEveryCrasher(Path file) throws IOException {
    check(PIPELINE.run(Article.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8))));
  }

  @Test
  void blastsRandomText() {
    // a failure names its seed; -Dparley.seed=... replays it
    long seed = Long.getLong("parley.seed", new Random().nextLong());
    Random r = new Random(seed);
    String text = "";
    try {
      for (int i = 0; i < 200; i++) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(60);
        for (int k = 0; k < n; k++) {
          b.append(r.nextInt(4) == 0 ? word(r) : PIECES[r.nextInt(PIECES.length)]);
        }
        text = b.toString();
        if (text.isBlank()) {
          continue;
        }
        check(PIPELINE.run(Article.of("random-" + i, text)));
      }
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("random text failed with seed " + seed + "L: " + e.getMessage()
          + "\non: " + text, e);
    }
  }

  private static String word(Random r) {
    int len = 1 + r.nextInt(9);
    StringBuilder b = new StringBuilder(len + 1);
    b.append(' ');
    for (int i = 0; i < len; i++) {
      char c = (char) ('a' + r.nextInt(26));
      b.append(i == 0 && r.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }

  private static void check(Analysis a) {
    List<Problem> failed =
        a.problems().stream().filter(p -> p.code().equals("STAGE_FAILED")).toList();
    assertThat(failed).as("stage failures on %s", a.article().source()).isEmpty();
    SpanInvariants.check(a);
    assertThat(AnalysisJson.line(a)).startsWith("{");
  }
}
