package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;

/**
 * The Spark job in local mode against the CLI on the same inputs: the same analyses byte for byte,
 * in input order, and the same failures.
 */
class SparkAnalyzeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("parley-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void writesTheLinesTheCliWritesForAJsonlDumpInInputOrder() throws IOException {
    Path news = shared().resolve("data/news/allsides_political_1k.jsonl");
    List<String> lines;
    try (Stream<String> s = Files.lines(news)) {
      lines = new ArrayList<>(s.limit(5).toList());
    }
    lines.add(2, "{this is not json");
    lines.add(4, "");
    lines.add("{\"title\": \"no text here\"}");
    Path dump = dir.resolve("dump.jsonl");
    Files.write(dump, lines);

    String out = dir.resolve("run-jsonl").toString();
    SparkAnalyze.Counts c = SparkAnalyze.run(spark, List.of(dump.toString()),
        SparkAnalyze.Job.defaults(), out, 3);

    Cli cli = cli(dump.toString());
    assertThat(c.analyzed()).isEqualTo(5);
    assertThat(c.failed()).isEqualTo(2);
    assertThat(parts(out + "/analyses")).containsExactlyElementsOf(cli.analyses());
    assertThat(parts(out + "/failures")).containsExactlyElementsOf(cli.failures());
    assertThat(cli.failures()).hasSize(2);
    assertThat(JSON.readTree(cli.failures().get(0)).get("record").asText()).isEqualTo("3");
  }

  @Test
  void readsAFolderOfArticlesAndPagesAsTheCliWalksIt() throws IOException {
    Path folder = dir.resolve("corpus");
    Files.createDirectories(folder.resolve("pages"));
    Files.copy(Path.of(System.getProperty("user.dir")).resolve(
        "../examples/ceasefire-2016-02-11.txt"), folder.resolve("ceasefire.txt"));
    Path pages = shared().resolve("data/html/scrapinghub_aeb/html");
    try (Stream<Path> s = Files.list(pages)) {
      for (Path p : s.sorted().limit(2).toList()) {
        Files.copy(p, folder.resolve("pages").resolve(p.getFileName()));
      }
    }
    Files.write(folder.resolve("empty.txt"), new byte[0]);

    String out = dir.resolve("run-folder").toString();
    SparkAnalyze.run(spark, List.of(folder.toString()), SparkAnalyze.Job.defaults(), out, 0);

    Cli cli = cli(folder.toString());
    List<String> analyses = parts(out + "/analyses");
    assertThat(analyses).hasSize(3).containsExactlyElementsOf(cli.analyses());
    assertThat(parts(out + "/failures")).containsExactlyElementsOf(cli.failures());
    JsonNode page = JSON.readTree(analyses.get(1));
    assertThat(page.get("text").asText()).isNotBlank(); // an extraction carries its text
    JsonNode example = JSON.readTree(analyses.get(0));
    assertThat(example.get("quotes")).hasSizeGreaterThanOrEqualTo(13);
  }

  @Test
  void streamsCsvDumpsAndWarcArchivesAndAnalyzesTheirRecordsInInputOrder() throws IOException {
    Path news = shared().resolve("data/news/allsides_political_1k.jsonl");
    List<JsonNode> articles = new ArrayList<>();
    try (Stream<String> s = Files.lines(news)) {
      for (String line : s.limit(3).toList()) {
        articles.add(JSON.readTree(line));
      }
    }
    StringBuilder csv = new StringBuilder("title,text,date\n");
    for (int i = 0; i < articles.size(); i++) {
      JsonNode a = articles.get(i);
      csv.append(field(a.path("title").asText())).append(',')
          .append(field(a.path("text").asText())).append(',')
          .append(a.path("date").asText()).append('\n');
      if (i == 0) {
        csv.append("a row without its text,,2020-01-01\n"); // one failure, second record
      }
    }
    Path folder = dir.resolve("containers");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("a-dump.csv"), csv);
    Files.copy(shared().resolve("data/warc/constructed_aeb_news_en20.warc"),
        folder.resolve("b-crawl.warc"));

    String out = dir.resolve("run-containers").toString();
    SparkAnalyze.Counts c = SparkAnalyze.run(spark, List.of(folder.resolve("a-dump.csv")
        .toString(), folder.resolve("b-crawl.warc").toString()), SparkAnalyze.Job.defaults(), out,
        3);

    Cli csvCli = cli(folder.resolve("a-dump.csv").toString());
    Cli warcCli = cli(folder.resolve("b-crawl.warc").toString());
    List<String> expected = new ArrayList<>(csvCli.analyses());
    expected.addAll(warcCli.analyses());
    List<String> failures = new ArrayList<>(csvCli.failures());
    failures.addAll(warcCli.failures());
    assertThat(csvCli.analyses()).hasSize(3);
    assertThat(csvCli.failures()).hasSize(1);
    assertThat(warcCli.analyses()).hasSizeGreaterThan(10);
    assertThat(parts(out + "/analyses")).containsExactlyElementsOf(expected);
    assertThat(parts(out + "/failures")).containsExactlyElementsOf(failures);
    assertThat(c.analyzed()).isEqualTo(expected.size());
  }

  private static String field(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  @Test
  void namesAFileOfAFolderAsTheFolderWalkDoes() {
    String abs = Path.of("corpus").toAbsolutePath().normalize().toString();
    assertThat(SparkAnalyze.sourceName("corpus", "file:" + abs + "/a/b.txt"))
        .isEqualTo("corpus/a/b.txt");
    assertThat(SparkAnalyze.sourceName("corpus/", "file:" + abs + "/b.txt"))
        .isEqualTo("corpus/b.txt");
    assertThat(SparkAnalyze.sourceName("corpus/x.txt", "file:" + abs + "/x.txt"))
        .isEqualTo("corpus/x.txt");
    assertThat(SparkAnalyze.sourceName("hdfs://nn/corpus", "hdfs://nn/corpus/y.html"))
        .isEqualTo("hdfs://nn/corpus/y.html");
  }

  /** What {@code parley analyze -f jsonl --failures F INPUT} writes. */
  private record Cli(List<String> analyses, List<String> failures) {}

  private static Cli cli(String input) throws IOException {
    Path o = Files.createTempFile(dir, "cli", ".jsonl");
    Path f = Files.createTempFile(dir, "cli", ".failures.jsonl");
    StringWriter err = new StringWriter();
    Main.commandLine().setErr(new PrintWriter(err)).execute("analyze", "-t", "2", "-f", "jsonl",
        "-o", o.toString(), "--failures", f.toString(), input);
    return new Cli(Files.readAllLines(o), Files.readAllLines(f));
  }

  /** The lines of a Spark output folder, part files in order. */
  private static List<String> parts(String folder) {
    try (Stream<Path> s = Files.list(Path.of(folder))) {
      List<String> lines = new ArrayList<>();
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
          .toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path shared() {
    String s = System.getProperty("parley.shared");
    if (s == null || !Files.isDirectory(Path.of(s))) {
      throw new IllegalStateException("the shared data folder is missing: set -Dparley.shared"
          + " (surefire sets it to ../shared beside the project); got " + s);
    }
    return Path.of(s);
  }
}
