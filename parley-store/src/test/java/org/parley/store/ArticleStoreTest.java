package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.io.AnalysisJson;
import org.parley.io.EventsTsv;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;

class ArticleStoreTest {
  static final String LAVROV = "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on"
      + " Tuesday that the ceasefire in Syria must hold. \"We will not allow the truce to collapse,"
      + " and we expect Washington to restrain its allies,\" Lavrov told reporters in Moscow.\n";
  static final String KIRBY = "WASHINGTON (AP) - State Department spokesman John Kirby condemned"
      + " the airstrikes on hospitals in Aleppo. \"These attacks on hospitals are unacceptable and"
      + " must stop,\" Kirby said at a briefing on Wednesday.\n";

  static Pipeline pipeline;
  static Analysis example;
  static Analysis lavrov;
  static Analysis kirby;

  @TempDir Path dir;

  @BeforeAll
  static void analyze() throws IOException {
    pipeline = Parley.pipeline(CoreNlpStage.shared());
    Path ex = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(ex.resolve("examples/ceasefire-2016-02-11.txt"))) {
      ex = ex.getParent();
    }
    example = pipeline.run(Article.of("examples/ceasefire-2016-02-11.txt",
        Files.readString(ex.resolve("examples/ceasefire-2016-02-11.txt"), StandardCharsets.UTF_8)));
    lavrov = pipeline.run(article("lavrov", LAVROV, "2016-02-09", "Reuters"));
    kirby = pipeline.run(article("kirby", KIRBY, "2016-03-02", "AP"));
  }

  static Article article(String key, String text, String date, String outlet) {
    return new Article(Article.idFor(key), key, text, Optional.of(LocalDate.parse(date)),
        Optional.empty(), Optional.of(outlet));
  }

  @Test
  void storesEveryRecordOfAnAnalysisInItsTable() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.put(List.of(example, lavrov, kirby))).isEqualTo(new ArticleStore.Put(3, 0, 0));
      assertThat(store.count("articles")).isEqualTo(3);
      assertThat(store.count("quotes"))
          .isEqualTo(example.quotes().size() + lavrov.quotes().size() + kirby.quotes().size());
      assertThat(store.count("actors"))
          .isEqualTo(example.actors().size() + lavrov.actors().size() + kirby.actors().size());
      assertThat(store.count("events")).isEqualTo(example.events().size()
          + lavrov.events().size() + kirby.events().size());
      assertThat(store.count("dates"))
          .isEqualTo(example.dates().size() + lavrov.dates().size() + kirby.dates().size());
      // every date says what it counts from, a text anchor with the expression's span
      long fromText = Stream.of(example, lavrov, kirby).flatMap(x -> x.dates().stream())
          .filter(t -> t.anchorSpan().isPresent()).count();
      String anchors = store.query("SELECT count(*) FILTER (WHERE anchor IS NULL) || ' '"
          + " || count(*) FILTER (WHERE anchorSpanStart < anchorSpanEnd AND anchor = 'text')"
          + " FROM dates", rows -> rows.next() ? rows.getString(1) : "");
      assertThat(anchors).isEqualTo("0 " + fromText);
      assertThat(store.indexed("article")).isEqualTo(3);
      assertThat(store.indexed("quote")).isEqualTo((int) store.count("quotes"));
      // offsets are raw-text offsets: the quote's text is the article text at them, less the
      // markdown emphasis and link markup that cleaning removes ("[#Lavrov](#) and" in the tweet)
      String checked = store.query("SELECT q.text, regexp_replace(substr(a.text, q.contentStart + 1,"
          + " q.contentEnd - q.contentStart), '\\*|\\]\\([^)]*\\)|\\[', '', 'g')"
          + " FROM quotes q JOIN articles a ON a.id = q.articleId"
          + " WHERE len(q.content) = 1", rows -> {
            StringBuilder bad = new StringBuilder();
            while (rows.next()) {
              if (!rows.getString(1).equals(rows.getString(2))) {
                bad.append(rows.getString(1)).append(" != ").append(rows.getString(2));
              }
            }
            return bad.toString();
          });
      assertThat(checked).isEmpty();
    }
  }

  @Test
  void puttingTheSameArticlesAgainAddsNothing() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(example, lavrov));
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      long quotes = store.count("quotes");
      long mentions = store.count("actor_mentions");
      assertThat(store.put(List.of(example, lavrov, kirby)))
          .isEqualTo(new ArticleStore.Put(1, 0, 2));
      assertThat(store.put(List.of(example, lavrov, kirby)))
          .isEqualTo(new ArticleStore.Put(0, 0, 3));
      assertThat(store.count("articles")).isEqualTo(3);
      assertThat(store.count("quotes")).isEqualTo(quotes + kirby.quotes().size());
      assertThat(store.count("actor_mentions")).isGreaterThan(mentions);
      assertThat(store.indexed("article")).isEqualTo(3);
      assertThat(store.indexed("quote")).isEqualTo((int) store.count("quotes"));
    }
  }

  @Test
  void aChangedArticleReplacesItsRows() throws Exception {
    Analysis changed = pipeline.run(new Article(lavrov.article().id(), "lavrov", KIRBY,
        Optional.of(LocalDate.parse("2016-02-09")), Optional.empty(), Optional.of("Reuters")));
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(lavrov));
      assertThat(store.search("truce", 10, "[", "]")).isNotEmpty();
      assertThat(store.put(List.of(changed))).isEqualTo(new ArticleStore.Put(0, 1, 0));
      assertThat(store.count("articles")).isEqualTo(1);
      assertThat(store.count("quotes")).isEqualTo(changed.quotes().size());
      assertThat(store.search("truce", 10, "[", "]")).isEmpty();
      assertThat(store.search("hospitals", 10, "[", "]")).isNotEmpty()
          .allSatisfy(h -> assertThat(h.articleId()).isEqualTo(lavrov.article().id()));
    }
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("\"truce to collapse\"", "lavrov"),
        Arguments.of("hospit*", "kirby"),
        Arguments.of("hospitals AND NOT Lavrov", "kirby"),
        Arguments.of("truce OR unacceptable", "lavrov kirby"),
        Arguments.of("speaker:lavrov", "lavrov example"),
        Arguments.of("speaker:kirby AND kind:direct", "kirby"),
        Arguments.of("country:RUS AND truce", "lavrov"),
        Arguments.of("outlet:AP", "kirby"),
        Arguments.of("allies AND date:[2016-02-01 TO 2016-02-29]", "lavrov"),
        Arguments.of("hospitals AND date:[2016-02-01 TO 2016-02-29]", ""));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void searchFindsQuotesAndArticlesByTextAndField(String query, String expected) throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(example, lavrov, kirby));
      List<Hit> hits = store.search(query, 20, "[", "]");
      List<String> ids = new ArrayList<>();
      for (String key : expected.split(" ")) {
        if (key.equals("example")) {
          ids.add(example.article().id());
        } else if (!key.isEmpty()) {
          ids.add(Article.idFor(key));
        }
      }
      assertThat(hits.stream().map(Hit::articleId).distinct().toList())
          .containsExactlyInAnyOrderElementsOf(ids);
    }
  }

  @Test
  void aQuoteHitCarriesItsSpeakerOutletDateAndAHighlightedFragment() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(lavrov));
      List<Hit> hits = store.search("truce AND kind:direct", 5, "[", "]");
      assertThat(hits).hasSize(1);
      Hit h = hits.get(0);
      assertThat(h.type()).isEqualTo("quote");
      assertThat(h.fragment()).contains("[truce]");
      assertThat(h.speaker()).contains("Lavrov");
      assertThat(h.country()).isEqualTo("RUS");
      assertThat(h.outlet()).isEqualTo("Reuters");
      assertThat(h.date()).isEqualTo("2016-02-09");
    }
  }

  @Test
  void theIndexIsRebuiltFromTheTablesWhenItFellBehind() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(example, lavrov));
    }
    // a crash after the DuckDB commit and before the Lucene one: the index lacks the batch
    try (Stream<Path> files = Files.list(dir.resolve("lucene"))) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    // and an article Lucene has that the tables lost
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("parley.duckdb"));
        Statement s = db.createStatement()) {
      s.execute("DELETE FROM articles WHERE id = '" + lavrov.article().id() + "'");
      s.execute("DELETE FROM quotes WHERE articleId = '" + lavrov.article().id() + "'");
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.indexed("article")).isEqualTo(1);
      assertThat(store.indexed("quote")).isEqualTo(example.quotes().size());
      assertThat(store.search("truce", 10, "[", "]")).isEmpty();
    }
  }

  @Test
  void readOnlySqlAnswersQueriesAndRefusesWrites() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(example));
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir, true)) {
      long n = store.query("SELECT count(*) FROM quotes", r -> {
        r.next();
        return r.getLong(1);
      });
      assertThat(n).isEqualTo(example.quotes().size());
      for (String write : List.of("DELETE FROM quotes", "INSERT INTO problems VALUES"
          + " ('x', 'x', 'x', 'x', 1, 2)", "DROP TABLE actors", "CREATE TABLE t (x INT)",
          "COPY quotes TO '" + dir.resolve("leak.csv") + "'")) {
        assertThatThrownBy(() -> store.query(write, r -> null))
            .as(write).isInstanceOf(ArticleStore.ReadOnlyException.class)
            .hasMessageContaining("read-only");
      }
      assertThat(dir.resolve("leak.csv")).doesNotExist();
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir, true)) {
      assertThat(store.count("quotes")).isEqualTo(example.quotes().size());
    }
  }

  @ParameterizedTest
  @MethodSource("formats")
  void exportWritesEveryTableThatDuckDbReadsBackWhole(ArticleStore.Format format, String reader)
      throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(example, lavrov, kirby));
    }
    Path out = dir.resolve("export");
    try (ArticleStore store = ArticleStore.openReadOnly(dir, false)) {
      List<Path> files = store.export(format, out, null);
      assertThat(files).hasSize(Schema.TABLES.size());
      try (Connection mem = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = mem.createStatement()) {
        for (String table : List.of("quotes", "actors", "events", "articles")) {
          Path file = out.resolve(table + "." + format.extension);
          try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + reader + "('" + file + "')")) {
            r.next();
            assertThat(r.getLong(1)).as(table).isEqualTo(store.count(table));
          }
        }
        Path quotes = out.resolve("quotes." + format.extension);
        try (ResultSet r = s.executeQuery("SELECT string_agg(text, '|' ORDER BY articleId, id)"
            + " FROM " + reader + "('" + quotes + "')")) {
          r.next();
          String back = r.getString(1);
          String stored = store.query("SELECT string_agg(text, '|' ORDER BY articleId, id) FROM"
              + " quotes", rows -> {
                rows.next();
                return rows.getString(1);
              });
          assertThat(back).isEqualTo(stored);
        }
      }
    }
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(ArticleStore.Format.PARQUET, "read_parquet"),
        Arguments.of(ArticleStore.Format.CSV, "read_csv"),
        Arguments.of(ArticleStore.Format.JSONL, "read_json"));
  }

  /** The columns written at ingest for the API equal what joins of the stored rows give. */
  @Test
  void derivedColumnsEqualWhatJoinsOfTheRowsGive() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(example, lavrov, kirby));
      assertThat(store.count("quotes")).isPositive();
      assertThat(mismatches(store, """
          SELECT q.articleId, q.id FROM quotes q
          LEFT JOIN actors s ON s.articleId = q.articleId AND s.id = q.speaker
          LEFT JOIN actors t ON t.articleId = q.articleId AND t.id = q.addressee
          JOIN articles a ON a.id = q.articleId
          WHERE q.speakerKey IS DISTINCT FROM s.key OR q.speakerName IS DISTINCT FROM s.name
            OR q.speakerCountry IS DISTINCT FROM s.country
            OR q.speakerCode IS DISTINCT FROM s.code OR q.addresseeKey IS DISTINCT FROM t.key
            OR q.addresseeName IS DISTINCT FROM t.name
            OR q.published IS DISTINCT FROM a.published OR q.outlet IS DISTINCT FROM a.outlet
          """)).isEmpty();
      assertThat(mismatches(store, """
          SELECT a.id FROM articles a WHERE a.length <> length(a.text)
            OR a.quoteCount <> (SELECT count(*) FROM quotes q WHERE q.articleId = a.id)
            OR a.actorCount <> (SELECT count(*) FROM actors x WHERE x.articleId = a.id)
            OR a.eventCount <> (SELECT count(*) FROM events e WHERE e.articleId = a.id)
          """)).isEmpty();
      assertThat(mismatches(store, """
          SELECT e.articleId, e.id FROM events e JOIN articles a ON a.id = e.articleId
          WHERE e.day IS DISTINCT FROM coalesce(e.date, CAST(a.published AS VARCHAR))
            OR e.evidenceText IS DISTINCT FROM substr(a.text, e.evidenceStart + 1,
              e.evidenceEnd - e.evidenceStart)
            OR e.sourceKeys IS DISTINCT FROM (SELECT coalesce(list(x.key ORDER BY i), [])
              FROM (SELECT unnest(e.source) AS sid, generate_subscripts(e.source, 1) AS i) u
              JOIN actors x ON x.articleId = e.articleId AND x.id = u.sid)
            OR e.sourceCountry IS DISTINCT FROM (SELECT string_agg(coalesce(x.country, ''), ';'
                ORDER BY i)
              FROM (SELECT unnest(e.source) AS sid, generate_subscripts(e.source, 1) AS i) u
              JOIN actors x ON x.articleId = e.articleId AND x.id = u.sid)
          """)).isEmpty();
      // the named actors of a quote: one item per mention inside one of its fragments
      long named = store.query("SELECT count(*) FROM quotes q, unnest(q.named) AS n(v)",
          r -> r.next() ? r.getLong(1) : -1);
      long inside = store.query("""
          SELECT count(*) FROM quotes q JOIN actor_mentions m ON m.articleId = q.articleId
          JOIN actors x ON x.articleId = m.articleId AND x.id = m.actorId
          WHERE x.key IS NOT NULL
            AND len(list_filter(q.content, c -> c[1] <= m.start AND m."end" <= c[2])) > 0""",
          r -> r.next() ? r.getLong(1) : -1);
      assertThat(named).isEqualTo(inside).isPositive();
    }
  }

  private static List<String> mismatches(ArticleStore store, String sql) throws Exception {
    return store.query(sql, r -> {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1) + (r.getMetaData().getColumnCount() > 1 ? " " + r.getString(2)
            : ""));
      }
      return out;
    });
  }

  @Test
  void storesTheEmbeddedPostsOfAnArticle() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode a =
        (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(AnalysisJson.line(lavrov));
    a.putArray("posts").addObject().put("author", "CSPAN").put("handle", "@cspan")
        .put("date", "June 28, 2019").putArray("span").add(19).add(40);
    StoredAnalysis read = StoredAnalysis.parse(m.writeValueAsString(a),
        id -> Optional.of(lavrov.article().raw()));
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.putStored(List.of(read));
      assertThat(mismatches(store, "SELECT author || ' ' || handle || ' ' || date || ' '"
          + " || spanStart || '-' || spanEnd, articleId FROM posts"))
          .containsExactly("CSPAN @cspan June 28, 2019 19-40 " + lavrov.article().id());
    }
  }

  @Test
  void aStoreMadeByAnEarlierVersionIsRefusedWithWhatToDo() throws Exception {
    Files.createDirectories(dir);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(
        "jdbc:duckdb:" + dir.resolve("parley.duckdb"));
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dates (articleId VARCHAR, value VARCHAR, rule VARCHAR)");
    }
    assertThatThrownBy(() -> ArticleStore.open(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("earlier version").hasMessageContaining("ingest");
    assertThatThrownBy(() -> ArticleStore.openReadOnly(dir, true))
        .isInstanceOf(IOException.class).hasMessageContaining("earlier version");
  }

  @Test
  void anAnalysisReadFromJsonLinesIsStoredAsTheSameRowsAndDocuments() throws Exception {
    Path json = dir.resolve("json");
    Path direct = dir.resolve("direct");
    Map<String, String> texts = new HashMap<>();
    List<StoredAnalysis> read = new ArrayList<>();
    for (Analysis a : List.of(example, lavrov, kirby)) {
      texts.put(a.article().id(), a.article().raw());
      // the line as 'parley analyze -f jsonl' writes it for a plain-text input: without the text
      String line = AnalysisJson.line(a);
      assertThat(line).doesNotContain("\"text\":\"" + a.article().raw().substring(0, 20));
      read.add(StoredAnalysis.parse(line, id -> Optional.ofNullable(texts.get(id))));
      assertThat(StoredAnalysis.id(line)).contains(a.article().id());
    }
    try (ArticleStore store = ArticleStore.open(direct)) {
      store.put(List.of(example, lavrov, kirby));
    }
    try (ArticleStore store = ArticleStore.open(json)) {
      assertThat(store.putStored(read)).isEqualTo(new ArticleStore.Put(3, 0, 0));
    }
    try (ArticleStore a = ArticleStore.open(direct); ArticleStore b = ArticleStore.open(json)) {
      assertThat(b.fingerprints()).isEqualTo(a.fingerprints());
      assertThat(b.indexedKeys()).isEqualTo(a.indexedKeys());
      // the same content has the same digest whichever way it came: storing it again is a no-op
      assertThat(a.putStored(read)).isEqualTo(new ArticleStore.Put(0, 0, 3));
    }
  }

  static Stream<Arguments> badLines() {
    String ok = AnalysisJson.line(lavrov);
    return Stream.of(
        Arguments.of("{\"id\": \"x\"", "not JSON"),
        Arguments.of("[1, 2]", "not a JSON object"),
        Arguments.of("{\"schema\": \"other/2\", \"id\": \"x\"}", "not Analysis JSON"),
        Arguments.of(ok.replace(lavrov.article().id(), ""), "has no \"id\""),
        Arguments.of(ok.replace(lavrov.article().id(), "unknown"), "pass its input too"),
        Arguments.of(ok.replaceFirst("\"content\":\\[\\[\\d+,\\d+\\]",
            "\"content\":[[5,99999]"), "does not fit in the article text"));
  }

  @ParameterizedTest
  @MethodSource("badLines")
  void aLineThatIsNotAnAnalysisOrDoesNotFitItsTextIsRefusedWithTheReason(String line,
      String reason) {
    assertThatThrownBy(() -> StoredAnalysis.parse(line, id -> id.equals(lavrov.article().id())
        ? Optional.of(lavrov.article().raw()) : Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
  }

  @Test
  void aConditionSelectsRowsForExportAndCannotReachFilesOrBreakOut() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(example, lavrov, kirby));
    }
    String select;
    try (ArticleStore sandbox = ArticleStore.openReadOnly(dir, true)) {
      select = sandbox.select("quotes", "kind = 'direct' AND text ILIKE '%--%' OR kind = 'direct'");
      for (String bad : List.of("1 = 1; DROP TABLE quotes",
          "articleId IN (SELECT 'x' FROM read_csv('/etc/passwd'))",
          "1 = 1) TO '" + dir.resolve("leak.csv") + "' (FORMAT csv) --",
          "noSuchColumn = 1")) {
        assertThatThrownBy(() -> sandbox.select("quotes", bad)).as(bad)
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThatThrownBy(() -> sandbox.select("nope", "1 = 1"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no table nope");
    }
    assertThat(dir.resolve("leak.csv")).doesNotExist();
    try (ArticleStore store = ArticleStore.openReadOnly(dir, false)) {
      Path out = dir.resolve("direct.csv");
      store.export(ArticleStore.Format.CSV, out, "quotes", select);
      long direct = store.query("SELECT count(*) FROM quotes WHERE kind = 'direct'", r -> {
        r.next();
        return r.getLong(1);
      });
      assertThat(direct).isPositive().isLessThan(store.count("quotes"));
      List<String> lines = Files.readAllLines(out);
      assertThat(lines).hasSize((int) direct + 1);
      assertThat(lines.get(0)).startsWith("articleId,id,kind,content,").doesNotContain("parley_row");
    }
  }

  @Test
  void eventsTsvFromTheStoreEqualsTheOneWrittenFromTheAnalyses() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(List.of(example, lavrov, kirby));
    }
    StringWriter expected = new StringWriter();
    expected.write(EventsTsv.header());
    Map<String, String> raw = new HashMap<>();
    for (Analysis a : List.of(example, lavrov, kirby)) {
      EventsTsv.write(a, expected);
      raw.put(a.article().id(), a.article().raw());
    }
    StringWriter written = new StringWriter();
    try (ArticleStore store = ArticleStore.openReadOnly(dir, false)) {
      long n = store.exportEvents(written, null);
      assertThat(n).isEqualTo(example.events().size() + lavrov.events().size()
          + kirby.events().size());
    }
    List<String> want = expected.toString().lines().toList();
    List<String> got = written.toString().lines().toList();
    assertThat(got).hasSameSizeAs(want);
    assertThat(got.get(0)).isEqualTo(want.get(0));
    for (int i = 1; i < got.size(); i++) {
      String[] g = got.get(i).split("\t", -1);
      String[] w = want.get(i).split("\t", -1);
      assertThat(g).hasSize(EventsTsv.COLUMNS.size());
      // every column as analyze writes it; the evidence is the raw input at its offsets, markup
      // the cleaner removed included
      assertThat(g).containsExactly(w);
      String text = raw.get(g[0]);
      assertThat(g[22]).isEqualTo(text.substring(Integer.parseInt(g[20]),
          Integer.parseInt(g[21])).replaceAll("[\t\r\n]", " "));
    }
    assertThat(String.join("\n", got)).as("the example's markdown stays in the evidence")
        .contains("\"*immediate ceasefire*\"");
  }
}
