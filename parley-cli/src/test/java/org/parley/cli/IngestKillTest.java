package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ArticleStore;

/**
 * Kills a real {@code parley ingest} process (SIGKILL, no shutdown hook) at random moments, again
 * and again on the same store, and checks after each kill that no article is half-written in
 * DuckDB or in Lucene, and at the end that the store equals the one of a clean run: 0 articles
 * lost, 0 doubled, row for row and document for document.
 *
 * <p>The child stores analyses read from Analysis JSON ({@code ingest --from-json}), made once by
 * this JVM: it then starts in a second or two instead of loading CoreNLP, so the kills fall
 * during the writes, which is what this test is about; the pipeline run before the writes holds
 * no store state. Three kills by default, twenty with {@code -Dparley.slow=true}; the seed is
 * printed and can be set with {@code -Dparley.seed=N}.
 */
class IngestKillTest {
  static final int ARTICLES = 40;

  @TempDir static Path dir;

  static Path input;
  static Path analyses;
  static Map<String, Map<String, String>> clean;
  static List<String> cleanKeys;

  @BeforeAll
  static void analyzeAndStoreCleanly() throws Exception {
    String shared = System.getProperty("parley.shared");
    if (shared == null) {
      fail("the system property parley.shared is not set (surefire sets it to ../shared)");
    }
    Path source = Path.of(shared, "data/news/allsides_political_1k.jsonl");
    input = Files.write(dir.resolve("in.jsonl"), Files.readAllLines(source).subList(0, ARTICLES));
    analyses = dir.resolve("analyses.jsonl");
    AnalyzeCommandTest.Run analyzed = AnalyzeCommandTest.run("analyze", "-f", "jsonl", "-o",
        analyses.toString(), "--threads", "2", input.toString());
    assertThat(analyzed.exit()).as(analyzed.err()).isZero();
    Path db = dir.resolve("clean");
    AnalyzeCommandTest.Run stored = AnalyzeCommandTest.run("ingest", "--db", db.toString(),
        "--from-json", analyses.toString(), input.toString());
    assertThat(stored.exit()).as(stored.err()).isZero();
    try (ArticleStore store = ArticleStore.openReadOnly(db, false)) {
      clean = store.fingerprints();
      cleanKeys = store.indexedKeys();
      assertThat(store.count("articles")).isEqualTo(ARTICLES);
      assertThat(store.count("quotes")).isGreaterThan(ARTICLES);
      assertThat(cleanKeys).hasSize(ARTICLES + (int) store.count("quotes"));
    }
  }

  @Test
  void killedIngestsLeaveNoHalfArticleAndTheNextRunCompletesTheStore() throws Exception {
    int kills = Boolean.getBoolean("parley.slow") ? 20 : 3;
    long seed = Long.getLong("parley.seed", System.nanoTime());
    System.out.println("IngestKillTest: " + kills + " kills, seed " + seed
        + " (-Dparley.seed=" + seed + " repeats it)");
    Random random = new Random(seed);

    // a whole run in a child, unkilled: the same store as in-process, and how long a run takes
    Path probe = dir.resolve("probe");
    long t0 = System.nanoTime();
    Process p = ingest(probe, dir.resolve("probe.log"));
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("probe.log"))).isZero();
    long runNanos = System.nanoTime() - t0;
    assertSameAsClean(probe, "the unkilled child run");

    int done = 0;
    int rounds = 0;
    int attempt = 0;
    Path db = dir.resolve("killed-0");
    while (done < kills) {
      attempt++;
      Path log = dir.resolve("child-" + attempt + ".log");
      Process child = ingest(db, log);
      long delay = (long) (random.nextDouble() * runNanos);
      boolean finished = child.waitFor(delay, TimeUnit.NANOSECONDS);
      if (finished) {
        // the run ended before its kill: the store must be whole; go on with a new one
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        assertSameAsClean(db, "a run that ended after " + done + " kills");
        rounds++;
        db = dir.resolve("killed-" + rounds);
        continue;
      }
      child.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hook, no flush
      done++;
      String when = "kill " + done + " at " + delay / 1_000_000 + " ms of a "
          + runNanos / 1_000_000 + " ms run";
      System.out.println("IngestKillTest: " + when + ": " + assertNoHalfArticle(db, when));
    }
    Path log = dir.resolve("final.log");
    Process last = ingest(db, log);
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(log)).isZero();
    assertSameAsClean(db, "the run after the last kill");
    System.out.println("IngestKillTest: " + done + " kills, " + rounds
        + " runs that ended before their kill, 0 lost, 0 doubled");
  }

  private static Process ingest(Path db, Path log) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"),
            "org.parley.cli.Main", "ingest", "--db", db.toString(), "--batch", "3",
            "--from-json", analyses.toString(), input.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Every table and every index document equal to the clean run's, none more, none less. */
  private static void assertSameAsClean(Path db, String when) throws Exception {
    try (ArticleStore store = ArticleStore.open(db)) {
      assertThat(store.fingerprints()).as(when).isEqualTo(clean);
      assertThat(store.indexedKeys()).as(when).isEqualTo(cleanKeys);
      assertThat(store.count("articles")).as(when).isEqualTo(ARTICLES);
    }
  }

  /**
   * As a killed run left it (read-only, before any repair): each article in DuckDB has all its
   * rows in every table and no other; Lucene has, for each article it holds, all its documents
   * and no other, and no article DuckDB lacks.
   */
  private static String assertNoHalfArticle(Path db, String when) throws Exception {
    if (!Files.exists(db.resolve("parley.duckdb"))) {
      return "no store yet"; // killed before the store was created
    }
    ArticleStore opened;
    try {
      opened = ArticleStore.openReadOnly(db, false);
    } catch (IOException e) {
      if (e.getMessage().contains("holds no tables yet")) {
        return "no tables yet"; // killed before the schema's one transaction committed
      }
      throw new AssertionError(when + ": the store cannot be read: " + e.getMessage(), e);
    }
    try (ArticleStore store = opened) {
      Map<String, Map<String, String>> now = store.fingerprints();
      Set<String> ids = now.get("articles").keySet();
      for (Map.Entry<String, Map<String, String>> table : now.entrySet()) {
        assertThat(ids).as(when + ": articles with rows in " + table.getKey())
            .containsAll(table.getValue().keySet());
        for (String id : ids) {
          assertThat(table.getValue().get(id)).as(when + ": rows of " + id + " in "
              + table.getKey()).isEqualTo(clean.get(table.getKey()).get(id));
        }
      }
      Map<String, List<String>> byArticle = new HashMap<>();
      for (String key : store.indexedKeys()) {
        byArticle.computeIfAbsent(key.split(" ")[1], k -> new ArrayList<>()).add(key);
      }
      assertThat(ids).as(when + ": articles in Lucene").containsAll(byArticle.keySet());
      for (Map.Entry<String, List<String>> e : byArticle.entrySet()) {
        assertThat(e.getValue()).as(when + ": documents of " + e.getKey())
            .isEqualTo(cleanKeys.stream().filter(k -> k.split(" ")[1].equals(e.getKey()))
                .toList());
      }
      return ids.size() + " articles in DuckDB, " + byArticle.size() + " in Lucene";
    } catch (java.sql.SQLException e) {
      throw new AssertionError(when + ": the store cannot be read: " + e.getMessage() + "; files: "
          + listing(db), e);
    }
  }

  private static Set<String> listing(Path db) throws IOException {
    try (Stream<Path> files = Files.walk(db)) {
      Set<String> out = new TreeSet<>();
      files.forEach(f -> out.add(db.relativize(f) + " " + f.toFile().length()));
      return out;
    }
  }
}
