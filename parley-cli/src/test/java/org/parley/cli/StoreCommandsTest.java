package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest}, {@code search}, {@code sql} and {@code export} as a user runs them. */
class StoreCommandsTest {
  @TempDir Path dir;

  @Test
  void ingestTwiceThenSearchQueryAndExport() throws Exception {
    String db = dir.resolve("db").toString();
    String example = AnalyzeCommandTest.example().toString();
    AnalyzeCommandTest.Run first = AnalyzeCommandTest.run("ingest", example, "--db", db,
        "--threads", "1");
    assertThat(first.exit()).as(first.err()).isEqualTo(0);
    assertThat(first.err()).contains("1 analyzed (1 added, 0 replaced, 0 unchanged)");
    AnalyzeCommandTest.Run again = AnalyzeCommandTest.run("ingest", example, "--db", db);
    assertThat(again.err()).contains("0 analyzed").contains("1 already in the store")
        .contains("holds 1 articles");
    AnalyzeCommandTest.Run replaced = AnalyzeCommandTest.run("ingest", example, "--db", db,
        "--replace");
    assertThat(replaced.err()).contains("1 analyzed (0 added, 0 replaced, 1 unchanged)");

    AnalyzeCommandTest.Run search = AnalyzeCommandTest.run("search", "--db", db, "--format",
        "jsonl", "speaker:lavrov", "AND", "ceasefire");
    assertThat(search.exit()).as(search.err()).isEqualTo(0);
    List<JsonNode> hits = search.jsonLines();
    assertThat(hits).isNotEmpty().allSatisfy(h -> {
      assertThat(h.get("speaker").asText()).contains("Lavrov");
      assertThat(h.get("fragment").asText()).containsIgnoringCase("[ceasefire]");
    });
    AnalyzeCommandTest.Run text = AnalyzeCommandTest.run("search", "--db", db, "ceasefire");
    assertThat(text.out()).startsWith("1. ").contains("[ceasefire]");
    assertThat(AnalyzeCommandTest.run("search", "--db", db, "speaker:(").exit()).isEqualTo(2);

    AnalyzeCommandTest.Run sql = AnalyzeCommandTest.run("sql", "--db", db,
        "SELECT count(*) AS n FROM articles");
    assertThat(sql.out()).isEqualTo("n\n1\n");
    AnalyzeCommandTest.Run delete = AnalyzeCommandTest.run("sql", "--db", db,
        "DELETE FROM quotes");
    assertThat(delete.exit()).isEqualTo(1);
    assertThat(delete.err()).contains("read-only");
    assertThat(AnalyzeCommandTest.run("sql", "--db", db, "SELECT count(*) FROM quotes").out())
        .doesNotEndWith("\n0\n");

    Path csv = dir.resolve("quotes.csv");
    AnalyzeCommandTest.Run export = AnalyzeCommandTest.run("export", "--db", db, "--format",
        "csv", "--table", "quotes", "--out", csv.toString());
    assertThat(export.exit()).as(export.err()).isEqualTo(0);
    assertThat(Files.readAllLines(csv).get(0)).startsWith("articleId,id,kind,content,");
    assertThat(AnalyzeCommandTest.run("sql", "--db", dir.resolve("none").toString(), "SELECT 1")
        .err()).contains("no store in");
  }
}
