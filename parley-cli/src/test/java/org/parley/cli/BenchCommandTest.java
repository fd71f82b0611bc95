package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code bench} finds its default corpus and how it checks a corpus against SHA256SUMS. */
class BenchCommandTest {
  @TempDir Path dir;

  private Path corpusUnder(Path shared) throws IOException {
    Path file = shared.resolve(BenchCommand.DEFAULT_CORPUS);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"text\": \"x\"}\n");
    return file;
  }

  @Test
  void findsTheDefaultCorpusUnderTheSharedProperty() throws IOException {
    Path file = corpusUnder(dir.resolve("elsewhere"));
    assertThat(BenchCommand.defaultCorpus(dir.resolve("elsewhere").toString(), null, dir))
        .isEqualTo(file);
  }

  @Test
  void findsTheDefaultCorpusInTheSharedFolderNextToTheProjectRoot() throws IOException {
    Path file = corpusUnder(dir.resolve("shared"));
    Path root = Files.createDirectories(dir.resolve("project"));
    assertThat(BenchCommand.defaultCorpus(null, root, Path.of("/nowhere/at/all")))
        .isEqualTo(file);
  }

  @Test
  void namesWhereItLookedWhenTheCorpusIsMissing() {
    assertThatThrownBy(() -> BenchCommand.defaultCorpus(dir.toString(), null, dir))
        .hasMessageContaining(BenchCommand.DEFAULT_CORPUS).hasMessageContaining("parley.shared");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void acceptsAFileWhoseDigestMatchesItsLineInSha256Sums() throws Exception {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "abc\n");
    Files.writeString(dir.resolve("SHA256SUMS"), sha256("other") + "  ./b_a.jsonl\n"
        + sha256("abc\n") + "  ./a.jsonl\n");
    StringWriter out = new StringWriter();
    BenchCommand.checkSum(file, true, new PrintWriter(out, true));
    assertThat(out.toString()).contains("a.jsonl: SHA-256 matches");
  }

  @Test
  void refusesAFileWhoseDigestDiffers() throws Exception {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "abd\n");
    Files.writeString(dir.resolve("SHA256SUMS"), sha256("abc\n") + "  ./a.jsonl\n");
    assertThatThrownBy(() -> BenchCommand.checkSum(file, false, new PrintWriter(new StringWriter())))
        .hasMessageContaining("differs from SHA256SUMS");
  }

  @Test
  void refusesTheDefaultCorpusWhenSha256SumsDoesNotNameIt() throws Exception {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "abc\n");
    Files.writeString(dir.resolve("SHA256SUMS"), sha256("abc\n") + "  ./x_a.jsonl\n");
    assertThatThrownBy(() -> BenchCommand.checkSum(file, true, new PrintWriter(new StringWriter())))
        .hasMessageContaining("not listed");
    BenchCommand.checkSum(file, false, new PrintWriter(new StringWriter()));
  }

  @Test
  void analyzeStillRequiresAnInput() {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("analyze");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'INPUT'");
  }
}
