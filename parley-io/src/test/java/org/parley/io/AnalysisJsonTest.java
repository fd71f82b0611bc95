package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleReader;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.time.DateFinder;

class AnalysisJsonTest {
  static final String RAW =
      "Talks resume - Lavrov\n\n11/02/2016\n\n*\"We made [proposals](#),\"* Lavrov said on Thursday.\n";

  static Analysis analysis() {
    Analysis a = new ArticleReader().apply(Analysis.of(Article.of("t.txt", RAW)));
    String text = a.text();
    int q0 = text.indexOf("We made");
    int q1 = text.indexOf(",", q0);
    int lav = text.lastIndexOf("Lavrov");
    int said = text.indexOf("said");
    Actor lavrov = new Actor("a1", "Sergey Lavrov", Actor.Kind.PERSON, Optional.of("RUS"),
        List.of("GOV"), Optional.of("RUSGOV"), Optional.of("Foreign Minister"), Optional.empty(),
        false, List.of(new Span(lav, lav + 6)), "test");
    Quote q = new Quote("q1", Quote.Kind.DIRECT, List.of(new Span(q0, q1)),
        Optional.of(new Span(said, said + 4)), Optional.of(new Span(lav, lav + 6)),
        Optional.of("a1"), Optional.empty(), List.of(), "speech", false, 0.9, "test");
    return a.withActors(List.of(lavrov)).withQuotes(List.of(q));
  }

  @Test
  void writesTheContractFieldsInAFixedOrder() throws Exception {
    JsonNode j = new ObjectMapper().readTree(AnalysisJson.line(analysis()));
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsSubsequence(
        "id", "source", "title", "published", "outlet", "quotes", "actors", "events", "dates",
        "problems");
    JsonNode q = j.get("quotes").get(0);
    assertThat(names(q)).containsSubsequence("id", "kind", "content", "cue", "source", "speaker",
        "addressee", "relayedBy", "confidence");
    assertThat(names(j.get("actors").get(0))).containsSubsequence(
        "id", "name", "country", "sectors", "code", "role", "mentions");
    assertThat(j.get("published").asText()).isEqualTo("2016-02-11");
    assertThat(q.get("kind").asText()).isEqualTo("direct");
    assertThat(q.get("speaker").asText()).isEqualTo("a1");
    assertThat(q.get("addressee").isNull()).isTrue();
  }

  @Test
  void mapsEverySpanToTheRawText() throws Exception {
    JsonNode j = new ObjectMapper().readTree(AnalysisJson.line(analysis()));
    JsonNode content = j.get("quotes").get(0).get("content").get(0);
    String quoted = RAW.substring(content.get(0).asInt(), content.get(1).asInt());
    assertThat(quoted).isEqualTo("We made [proposals");
    JsonNode cue = j.get("quotes").get(0).get("cue");
    assertThat(RAW.substring(cue.get(0).asInt(), cue.get(1).asInt())).isEqualTo("said");
    JsonNode mention = j.get("actors").get(0).get("mentions").get(0);
    assertThat(RAW.substring(mention.get(0).asInt(), mention.get(1).asInt())).isEqualTo("Lavrov");
  }

  @Test
  void isByteIdenticalFromRunToRunAndPrettyMatchesLine() throws Exception {
    Analysis a = analysis();
    assertThat(AnalysisJson.line(a)).isEqualTo(AnalysisJson.line(analysis()));
    assertThat(AnalysisJson.line(a)).doesNotContain("\n");
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(AnalysisJson.pretty(a))).isEqualTo(m.readTree(AnalysisJson.line(a)));
  }

  @Test
  void writesWhatEachDateCountsFromWithTheSpanInTheRawText() throws Exception {
    String raw = "Talks stall\n\n11/02/2016\n\nTalks began on *Feb. 3*. Two days later they"
        + " stopped; they resume on Monday.\n";
    Analysis a = new DateFinder().apply(
        new ArticleReader().apply(Analysis.of(Article.of("t.txt", raw))));
    JsonNode dates = new ObjectMapper().readTree(AnalysisJson.line(a)).get("dates");
    JsonNode later = date(dates, "Two days");
    assertThat(names(later)).containsSubsequence("span", "text", "value", "rule", "anchor",
        "anchorSpan");
    assertThat(later.get("anchor").asText()).isEqualTo("text");
    JsonNode from = later.get("anchorSpan");
    assertThat(raw.substring(from.get(0).asInt(), from.get(1).asInt())).isEqualTo("Feb. 3");
    JsonNode monday = date(dates, "Monday");
    assertThat(monday.get("anchor").asText()).isEqualTo("publication");
    assertThat(monday.get("anchorSpan").isNull()).isTrue();
    assertThat(date(dates, "Feb. 3").get("anchor").asText()).isEqualTo("publication");
  }

  private static JsonNode date(JsonNode dates, String text) {
    for (JsonNode d : dates) {
      if (d.get("text").asText().equals(text)) {
        return d;
      }
    }
    throw new AssertionError("no date '" + text + "' in " + dates);
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
