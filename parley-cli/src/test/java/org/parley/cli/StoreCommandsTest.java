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
  void aStoreFileThatIsNotADatabaseGivesOneLineAndExitCodeOne() throws Exception {
    Path db = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(db.resolve("parley.duckdb"), "not a database, a text file in its place\n");
    for (String command : List.of("sql", "search", "ingest")) {
      AnalyzeCommandTest.Run r = command.equals("ingest")
          ? AnalyzeCommandTest.run("ingest", "--db", db.toString(), "--from-json", "/dev/null")
          : AnalyzeCommandTest.run(command, "--db", db.toString(), "x");
      assertThat(r.exit()).as(command + ": " + r.err()).isEqualTo(1);
      assertThat(r.err()).as(command).matches("(?s)parley( " + command + ")?: .*not a valid"
          + " DuckDB database file.*").doesNotContain("\tat ");
      assertThat(r.err().strip().lines()).as(command).hasSize(1);
    }
  }

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

  @Test
  void ingestFromJsonStoresWhatAnalyzeWroteAndExportFiltersIt() throws Exception {
    String example = AnalyzeCommandTest.example().toString();
    Path lines = dir.resolve("example.jsonl");
    AnalyzeCommandTest.Run analyzed = AnalyzeCommandTest.run("analyze", "-f", "jsonl", "-o",
        lines.toString(), example);
    assertThat(analyzed.exit()).as(analyzed.err()).isZero();
    Files.writeString(lines, "{\"schema\":\"parley.analysis/1\",\"id\":\"broken\"\n",
        java.nio.file.StandardOpenOption.APPEND);
    String db = dir.resolve("db").toString();
    AnalyzeCommandTest.Run noText = AnalyzeCommandTest.run("ingest", "--db", db, "--from-json",
        lines.toString());
    assertThat(noText.exit()).isEqualTo(1);
    assertThat(noText.err()).contains("has no \"text\"").contains("BAD_ANALYSIS_JSON")
        .contains("holds 0 articles");
    AnalyzeCommandTest.Run stored = AnalyzeCommandTest.run("ingest", "--db", db, "--from-json",
        lines.toString(), example);
    assertThat(stored.exit()).isEqualTo(1); // the broken line
    assertThat(stored.err()).contains("1 analyses read (1 added").contains("holds 1 articles");
    // the analyzing ingest finds the article already there
    AnalyzeCommandTest.Run again = AnalyzeCommandTest.run("ingest", "--db", db, example,
        "--replace");
    assertThat(again.err()).contains("1 analyzed (0 added, 0 replaced, 1 unchanged)");

    Path tsv = dir.resolve("events.tsv");
    AnalyzeCommandTest.Run events = AnalyzeCommandTest.run("export", "--db", db, "--format",
        "events-tsv", "--out", tsv.toString(), "--where", "plover = 'CONSULT'");
    assertThat(events.exit()).as(events.err()).isZero();
    List<String> rows = Files.readAllLines(tsv);
    assertThat(rows.get(0)).isEqualTo(String.join("\t", org.parley.io.EventsTsv.COLUMNS));
    assertThat(rows).hasSizeGreaterThan(1);
    assertThat(rows.subList(1, rows.size())).allSatisfy(r ->
        assertThat(r.split("\t", -1)).hasSize(23).contains("CONSULT"));
    AnalyzeCommandTest.Run all = AnalyzeCommandTest.run("analyze", "--format", "events-tsv",
        example);
    // the same lines as analyze's events-tsv, the evidence (the raw input at its offsets) included
    assertThat(all.out().lines().filter(l -> l.contains("\tCONSULT\t")).toList())
        .isEqualTo(rows.subList(1, rows.size()));

    Path parquet = dir.resolve("direct.parquet");
    assertThat(AnalyzeCommandTest.run("export", "--db", db, "--format", "parquet", "--table",
        "quotes", "--where", "kind = 'direct'", "--out", parquet.toString()).exit()).isZero();
    assertThat(AnalyzeCommandTest.run("sql", "--db", db,
        "SELECT count(*) FROM quotes WHERE kind <> 'direct'").out()).doesNotEndWith("\n0\n");
    for (String[] refused : List.of(
        new String[] {"--table", "quotes", "--where", "1 = 1; DELETE FROM quotes"},
        new String[] {"--where", "kind = 'direct'"},
        new String[] {"--table", "quotes", "--where", "id IN (SELECT * FROM read_csv('x'))"})) {
      List<String> args = new java.util.ArrayList<>(List.of("export", "--db", db, "--format",
          "csv", "--out", dir.resolve("x.csv").toString()));
      args.addAll(List.of(refused));
      AnalyzeCommandTest.Run r = AnalyzeCommandTest.run(args.toArray(String[]::new));
      assertThat(r.exit()).as(String.join(" ", refused) + r.err()).isEqualTo(2);
    }
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }
}
