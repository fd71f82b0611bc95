package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.Documents;
import org.parley.io.Item;
import org.parley.io.SourceOptions;
import org.parley.io.Sources;

/** A real run killed with SIGKILL mid-way, then resumed: every article once, none lost. */
class ResumeAfterKillTest {
  @TempDir Path dir;

  @Test
  void aKilledRunResumedWithTheSameOutHasEveryArticleExactlyOnce() throws Exception {
    String shared = System.getProperty("parley.shared");
    if (shared == null) {
      fail("the system property parley.shared is not set (surefire sets it to ../shared)");
    }
    Path source = Path.of(shared, "data/news/guardian_sdf_2019.jsonl");
    List<String> lines = Files.readAllLines(source).subList(0, 16);
    Path input = Files.write(dir.resolve("in.jsonl"), lines);
    Path out = dir.resolve("out.jsonl");

    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "-Xss8m",
            "org.parley.cli.Main", "analyze", "--threads", "1", "-f", "jsonl", "-o",
            out.toString(), input.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (lineCount(out) < 3) {
      if (!child.isAlive()) {
        fail("the child run ended before it was killed: "
            + Files.readString(dir.resolve("child.log")));
      }
      if (System.nanoTime() > deadline) {
        child.destroyForcibly();
        fail("the child run wrote nothing in 5 minutes");
      }
      Thread.sleep(100);
    }
    child.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hook, no flush
    long killedAt = lineCount(out);
    assertThat(killedAt).isLessThan(16);
    // a kill while writing leaves half a line; make sure the repair is exercised
    Files.writeString(out, "{\"schema\":\"parley.analysis/1\",\"id\":\"trunc",
        java.nio.file.StandardOpenOption.APPEND);

    int rc = Main.commandLine().execute("analyze", "--threads", "2", "-f", "jsonl", "-o",
        out.toString(), "--resume", input.toString());
    assertThat(rc).isZero();

    ObjectMapper json = new ObjectMapper();
    List<String> written = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      written.add(json.readTree(l).get("id").asText());
    }
    List<String> expected = new ArrayList<>();
    try (Sources s = Sources.of(List.of(input.toString()), SourceOptions.defaults(),
        InputStream.nullInputStream())) {
      while (s.hasNext()) {
        Item i = s.next();
        expected.add(Documents.read(((Item.Doc) i).document(), Optional.empty()).id());
      }
    }
    assertThat(written).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(written).containsExactlyElementsOf(expected); // input order across both runs
  }

  private static long lineCount(Path p) throws IOException {
    if (!Files.exists(p)) {
      return 0;
    }
    return Files.readString(p).chars().filter(c -> c == '\n').count();
  }
}
