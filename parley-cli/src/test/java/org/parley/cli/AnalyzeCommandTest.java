package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code analyze} command as a user runs it: exit codes, formats, bad inputs, stdin, --out. */
class AnalyzeCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** What one run printed. */
  record Run(int exit, String out, String err) {
    List<JsonNode> jsonLines() throws IOException {
      List<JsonNode> out = new ArrayList<>();
      for (String line : this.out.split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Path example() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("examples/ceasefire-2016-02-11.txt");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("the example article is missing");
  }

  @Test
  void printsVersionAndHelpWithExitZero() {
    assertThat(run("--version").out()).startsWith("parley ");
    Run help = run("analyze", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--format", "--out", "--published");
  }

  @Test
  void exitsWithTwoOnUsageErrors() {
    assertThat(run().exit()).isEqualTo(2);
    assertThat(run("analyze").exit()).isEqualTo(2);
    assertThat(run("analyze", "--format", "xml", "a.txt").exit()).isEqualTo(2);
    Run badDate = run("analyze", "--published", "11/02/2016", "a.txt");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("--published");
  }

  @Test
  void reportsEachBadInputOnOneLineAndAnalyzesTheRest() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path png = Files.write(dir.resolve("image.txt"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    Path emptyDir = Files.createDirectory(dir.resolve("nothing-here"));
    Path big = dir.resolve("big.txt");
    try (var out = Files.newOutputStream(big)) {
      byte[] line = "The minister said nothing of note today.\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Path latin1 = Files.write(dir.resolve("latin1.txt"),
        "Le ministre fran\u00e7ais a d\u00e9clar\u00e9 mardi que les n\u00e9gociations continuent."
            .getBytes(StandardCharsets.ISO_8859_1));

    Run r = run("analyze", "--format", "jsonl", empty.toString(), png.toString(),
        dir.resolve("missing.txt").toString(), emptyDir.toString(), big.toString(),
        latin1.toString(), example().toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(6); // five failures, then the summary line
    assertThat(r.err().lines().toList().get(5)).startsWith("parley: 2 done, 5 failed");
    assertThat(r.err())
        .contains("empty.txt: EMPTY_TEXT")
        .contains("image.txt: BINARY_INPUT")
        .contains("missing.txt: NOT_FOUND")
        .contains("nothing-here: NO_INPUT")
        .contains("big.txt: TOO_LARGE")
        .contains("limit is " + (10L * 1024 * 1024));
    List<JsonNode> analyses = r.jsonLines();
    assertThat(analyses).hasSize(2);
    assertThat(analyses.get(0).get("source").asText()).endsWith("latin1.txt");
    String raw = Files.readString(latin1, StandardCharsets.ISO_8859_1);
    assertThat(raw).contains("fran\u00e7ais");
    assertThat(analyses.get(1).get("title").asText())
        .isEqualTo("Russia makes proposals for Syria ceasefire, awaits reaction from US - Lavrov");
  }

  @Test
  void skipsAnArticleLongerThanMaxCharsWithAFailureLineAndAnalyzesTheNext() throws IOException {
    Path jsonl = dir.resolve("two.jsonl");
    String longText = "The minister said on Monday that talks would resume.\n\n".repeat(40);
    Files.writeString(jsonl, "{\"id\": \"long\", \"text\": " + JSON.writeValueAsString(longText)
        + "}\n{\"id\": \"short\", \"text\": \"Officials said talks would resume.\"}\n");
    Path failures = dir.resolve("failures.jsonl");

    Run r = run("analyze", "--format", "jsonl", "--max-chars", "1000", "--failures",
        failures.toString(), jsonl.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("TOO_LONG").contains("limit is 1000");
    JsonNode failure = JSON.readTree(Files.readAllLines(failures).get(0));
    assertThat(failure.toString()).contains("TOO_LONG");
    assertThat(r.jsonLines()).hasSize(1);
    assertThat(r.jsonLines().get(0).get("source").asText()).endsWith("two.jsonl#short");
  }

  @Test
  void walksAFolderAndWritesJsonLinesToTheOutFile() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(folder.resolve("b.txt"), "Officials said on Monday that talks would resume.");
    Files.writeString(dir.resolve("in/a.txt"), "\"We are ready,\" the minister said.");
    Files.writeString(dir.resolve("in/.hidden.txt"), "not read");
    Path out = dir.resolve("out/result.jsonl");

    Run r = run("analyze", "--format", "jsonl", "--out", out.toString(),
        "--published", "2016-02-11", dir.resolve("in").toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("source").asText()).endsWith("a.txt");
    assertThat(first.get("published").asText()).isEqualTo("2016-02-11");
    assertThat(first.get("publishedEvidence").get("reading").asText()).isEqualTo("declared");
    assertThat(JSON.readTree(lines.get(1)).get("source").asText()).endsWith("b.txt");
  }

  @Test
  void readsStandardInputForDash() throws IOException {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(
          "\"The process is very fragile,\" Kremlin spokesman Dmitry Peskov told reporters."
              .getBytes(StandardCharsets.UTF_8)));
      Run r = run("analyze", "--format", "jsonl", "-");
      assertThat(r.exit()).isZero();
      JsonNode a = r.jsonLines().get(0);
      assertThat(a.get("source").asText()).isEqualTo("-");
      assertThat(a.get("quotes")).isNotEmpty();
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void printsAReadableSummaryWithTextFormat() {
    Run r = run("analyze", "--format", "text", example().toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("Russia makes proposals for Syria ceasefire, awaits reaction from US - Lavrov\n")
        .contains("Published: 2016-02-11")
        .contains("Quotes (")
        .contains("Actors (")
        .contains("Dates (");
  }

  @Test
  void givesByteIdenticalOutputOnOneThreadAndOnSeveral() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(folder.resolve("a" + i + ".txt"),
          "\"We will not yield " + i + ",\" the minister told reporters on Monday. Moscow said that"
              + " talks with Washington would resume in Geneva on March " + (i + 1) + ".");
    }
    Run one = run("analyze", "--format", "jsonl", "--threads", "1", "--published", "2016-02-11",
        folder.toString());
    Run three = run("analyze", "--format", "jsonl", "--threads", "3", "--published", "2016-02-11",
        folder.toString());
    assertThat(one.exit()).isZero();
    assertThat(one.jsonLines()).hasSize(6);
    assertThat(three.out()).isEqualTo(one.out());
  }
}
