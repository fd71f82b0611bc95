package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.io.AnalysisJson;
import org.parley.io.Documents;
import org.parley.io.RawDocument;
import org.parley.model.Analysis;

/** The JSON API over a real store: answers, filters, paging, errors and the write token. */
class WebApiTest {
  static Fixture f;

  @BeforeAll
  static void start() throws Exception {
    f = Fixture.get();
  }

  private JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = f.get(path);
    assertThat(r.statusCode()).as("%s answered %s", path, r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/json"));
    return f.json.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void listsTheStoredArticlesNewestFirst() throws Exception {
    JsonNode page = json("/api/articles?limit=3", 200);
    long stored = f.store.count("articles");
    assertThat(stored).isGreaterThanOrEqualTo(f.all.size());
    assertThat(page.get("total").asLong()).isEqualTo(stored);
    assertThat(page.get("items")).hasSize(3);
    JsonNode rest = json("/api/articles?limit=100&offset=3", 200);
    assertThat(rest.get("items")).hasSize((int) stored - 3);
    List<String> dates = new ArrayList<>();
    page.get("items").forEach(a -> dates.add(a.path("published").asText("")));
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  /** The article endpoint rebuilds from the tables what the writer wrote for the analysis. */
  @Test
  void givesAnArticleAsTheAnalysisJsonWithItsText() throws Exception {
    Analysis a = f.example;
    JsonNode got = json("/api/articles/" + a.article().id(), 200);
    StringWriter w = new StringWriter();
    AnalysisJson.write(a, w, false, true);
    JsonNode want = f.json.readTree(w.toString());
    for (String field : List.of("schema", "id", "source", "title", "published",
        "publishedEvidence", "outlet", "text", "titleSpan", "datelineSpan", "quotes", "actors",
        "events", "dates", "posts", "problems")) {
      assertThat(got.get(field)).as(field).isEqualTo(want.get(field));
    }
    // the whole of it, field names in the writer's order, for every stored article
    for (Analysis each : f.all) {
      StringWriter out = new StringWriter();
      AnalysisJson.write(each, out, false, true);
      JsonNode expected = f.json.readTree(out.toString());
      JsonNode actual = json("/api/articles/" + each.article().id(), 200);
      assertThat(actual).as(each.article().id()).isEqualTo(expected);
      List<String> names = new ArrayList<>();
      actual.fieldNames().forEachRemaining(names::add);
      List<String> wanted = new ArrayList<>();
      expected.fieldNames().forEachRemaining(wanted::add);
      assertThat(names).isEqualTo(wanted);
    }
  }

  @Test
  void answersAnUnknownArticleWithA404InJson() throws Exception {
    JsonNode e = json("/api/articles/no-such-id", 404);
    assertThat(e.get("status").asInt()).isEqualTo(404);
    assertThat(e.get("error").asText()).contains("no-such-id");
  }

  @Test
  void filtersQuotesBySpeakerAndKind() throws Exception {
    JsonNode page = json("/api/quotes?speaker=lavrov&kind=direct&limit=100", 200);
    assertThat(page.get("total").asInt()).isPositive();
    page.get("items").forEach(q -> {
      assertThat(q.get("speakerName").asText()).containsIgnoringCase("lavrov");
      assertThat(q.get("kind").asText()).isEqualTo("direct");
    });
    JsonNode byCountry = json("/api/quotes?country=rus&from=2016-02-01&to=2016-02-29", 200);
    assertThat(byCountry.get("total").asInt()).isPositive();
    byCountry.get("items").forEach(q -> assertThat(q.get("country").asText()).isEqualTo("RUS"));
  }

  /** A speaker given by its key finds the quotes of every actor with that key. */
  @Test
  void filtersQuotesBySpeakerKey() throws Exception {
    String key = f.store.query("SELECT speakerKey FROM quotes WHERE speakerKey IS NOT NULL"
        + " GROUP BY speakerKey ORDER BY count(*) DESC, speakerKey LIMIT 1",
        r -> r.next() ? r.getString(1) : null);
    long want = f.store.query("SELECT count(*) FROM quotes q JOIN actors s"
        + " ON s.articleId = q.articleId AND s.id = q.speaker WHERE s.key = '"
        + key.replace("'", "''") + "'", r -> r.next() ? r.getLong(1) : -1);
    JsonNode page = json("/api/quotes?speaker=" + enc(key) + "&limit=100", 200);
    assertThat(page.get("total").asLong()).isEqualTo(want).isPositive();
    page.get("items").forEach(q -> assertThat(q.get("speakerKey").asText()).isEqualTo(key));
  }

  /** A quote or SQL inside a filter is a value to look for, never SQL. */
  @Test
  void bindsFilterValuesAsParameters() throws Exception {
    long before = f.store.count("quotes");
    for (String hostile : List.of("O'Brien", "x' OR '1'='1", "'; DROP TABLE quotes; --",
        "\" OR 1=1 --", "%", "_")) {
      JsonNode page = json("/api/quotes?speaker=" + enc(hostile) + "&outlet=" + enc(hostile),
          200);
      assertThat(page.get("total").asInt()).as(hostile).isZero();
      assertThat(json("/api/events?plover=" + enc(hostile), 200).get("total").asInt()).isZero();
      assertThat(json("/api/actors?q=" + enc(hostile), 200).get("total").asInt()).isZero();
    }
    assertThat(f.store.count("quotes")).isEqualTo(before);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("/api/quotes?kind=rumour", 400, "kind"),
        Arguments.of("/api/quotes?from=2016-13-01", 400, "from"),
        Arguments.of("/api/articles?limit=1000", 400, "limit"),
        Arguments.of("/api/articles?offset=-1", 400, "offset"),
        Arguments.of("/api/events?limit=ten", 400, "limit"),
        Arguments.of("/api/actors?sort=key;DROP", 400, "sort"),
        Arguments.of("/api/search", 400, "'q'"),
        Arguments.of("/api/search?q=" + enc("\"unclosed"), 400, "query"),
        Arguments.of("/api/actors/no-such-actor", 404, "no-such-actor"),
        Arguments.of("/api/nothing-here", 404, "not found"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void answersBadRequestsWithJsonErrors(String path, int status, String mentions)
      throws Exception {
    JsonNode e = json(path, status);
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("error").asText()).containsIgnoringCase(mentions)
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void searchesWithLuceneSyntaxAndCountsFacets() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("ceasefire AND country:RUS"), 200);
    assertThat(r.get("count").asInt()).isPositive();
    r.get("hits").forEach(h -> {
      assertThat(h.get("country").asText()).isEqualTo("RUS");
      assertThat(h.get("fragment").asText()).contains(WebApp.MARK_START);
    });
    assertThat(r.at("/facets/country/0/value").asText()).isEqualTo("RUS");
    assertThat(r.at("/facets/country/0/count").asInt()).isEqualTo(r.get("count").asInt());
  }

  @Test
  void listsActorsWithCountsAndShowsOneOverTime() throws Exception {
    JsonNode byQuotes = json("/api/actors?sort=quotes&limit=10", 200);
    List<Integer> counts = new ArrayList<>();
    byQuotes.get("items").forEach(x -> counts.add(x.get("quotes").asInt()));
    assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
    JsonNode page = json("/api/actors?q=lavrov", 200);
    assertThat(page.get("items")).isNotEmpty();
    JsonNode lavrov = page.get("items").get(0);
    assertThat(lavrov.get("quotes").asInt()).isPositive();
    JsonNode x = json("/api/actors/" + enc(lavrov.get("key").asText()).replace("+", "%20"), 200);
    assertThat(x.get("name").asText()).containsIgnoringCase("lavrov");
    assertThat(x.get("statements")).hasSize(lavrov.get("quotes").asInt());
    assertThat(x.get("timeline")).isNotEmpty();
    assertThat(x.at("/network/nodes/0/key").asText()).isEqualTo(lavrov.get("key").asText());
    JsonNode same = json("/api/actor?key=" + enc(lavrov.get("key").asText()), 200);
    assertThat(same.get("statements")).isEqualTo(x.get("statements"));
  }

  @Test
  void filtersEventsAsTheEventsTsvColumns() throws Exception {
    JsonNode page = json("/api/events?source_country=RUS&limit=100", 200);
    assertThat(page.get("total").asInt()).isPositive();
    page.get("items").forEach(e -> {
      assertThat(e.get("source_country").asText()).contains("RUS");
      assertThat(e.get("evidence").asText()).isNotBlank();
    });
    JsonNode consult = json("/api/events?plover=consult&cameo=04", 200);
    consult.get("items").forEach(e -> {
      assertThat(e.get("plover").asText()).isEqualTo("CONSULT");
      assertThat(e.get("cameo").asText()).startsWith("04");
    });
  }

  @Test
  void describesThePipeline() throws Exception {
    JsonNode p = json("/api/pipeline", 200);
    List<String> names = new ArrayList<>();
    p.get("stages").forEach(s -> names.add(s.get("stage").asText()));
    assertThat(names).contains("clean", "nlp", "quotes", "actors", "events");
  }

  @Test
  void refusesWritesWithoutTheToken() throws Exception {
    for (String path : List.of("/api/analyze", "/api/ingest")) {
      HttpResponse<String> none = f.send("POST", path, "Some text.", null, "text/plain");
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertThat(f.json.readTree(none.body()).get("status").asInt()).isEqualTo(401);
      HttpResponse<String> wrong = f.send("POST", path, "Some text.", "not-the-token",
          "text/plain");
      assertThat(wrong.statusCode()).isEqualTo(401);
    }
    assertThat(f.get("/api/analyze").statusCode()).isIn(404, 405);
  }

  /** The same bytes as the Analysis JSON writer gives for the text read as standard input. */
  @Test
  void analyzesAPostedArticleAsTheCommandLineDoes() throws Exception {
    String text = Files.readString(Fixture.root().resolve("examples/ceasefire-2016-02-11.txt"));
    HttpResponse<String> r = f.send("POST", "/api/analyze", text, Fixture.TOKEN,
        "text/plain; charset=utf-8");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Analysis a = f.pipeline.run(Documents.read(RawDocument.ofBytes("-",
        text.getBytes(StandardCharsets.UTF_8)), Optional.empty()));
    assertThat(r.body()).isEqualTo(AnalysisJson.pretty(a) + "\n");
    HttpResponse<String> empty = f.send("POST", "/api/analyze", "  ", Fixture.TOKEN,
        "text/plain");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(f.json.readTree(empty.body()).get("error").asText()).isNotBlank();
  }

  @Test
  void ingestsOnceAndThenReportsTheArticleUnchanged() throws Exception {
    String text = "Mayor Jane Doe said on Tuesday that the bridge would reopen in May. \"We are"
        + " ready,\" she told reporters.";
    HttpResponse<String> first = f.send("POST", "/api/ingest", text, Fixture.TOKEN,
        "text/plain");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode put = f.json.readTree(first.body());
    assertThat(put.get("added").asInt()).isEqualTo(1);
    HttpResponse<String> again = f.send("POST", "/api/ingest", text, Fixture.TOKEN,
        "text/plain");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(f.json.readTree(again.body()).get("unchanged").asInt()).isEqualTo(1);
    JsonNode stored = json("/api/articles/" + put.get("id").asText(), 200);
    assertThat(stored.get("text").asText()).isEqualTo(text);
  }

  /** Counts, the actor list and pages are kept between requests, but never past a write. */
  @Test
  void showsAnIngestedArticleInCountsListsAndPagesAtOnce() throws Exception {
    String name = "Zebulon Quartermain";
    JsonNode stats = json("/api/stats", 200);
    JsonNode articles = json("/api/articles?limit=1", 200);
    assertThat(json("/api/actors?q=" + enc("Quartermain"), 200).get("total").asLong()).isZero();
    assertThat(json("/api/quotes?speaker=Quartermain", 200).get("total").asLong()).isZero();
    String text = "Governor " + name + " said on Monday that the dam would hold. \"We have"
        + " checked every gate,\" " + name + " told reporters.";
    HttpResponse<String> put = f.send("POST", "/api/ingest", text, Fixture.TOKEN, "text/plain");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    assertThat(json("/api/stats", 200).get("articles").asLong())
        .isEqualTo(stats.get("articles").asLong() + 1);
    assertThat(json("/api/articles?limit=1", 200).get("total").asLong())
        .isEqualTo(articles.get("total").asLong() + 1);
    assertThat(json("/api/actors?q=" + enc("Quartermain"), 200).get("total").asLong())
        .isPositive();
    assertThat(json("/api/quotes?speaker=Quartermain", 200).get("total").asLong())
        .isPositive();
  }
}
