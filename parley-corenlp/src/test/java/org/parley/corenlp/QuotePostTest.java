package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Quote;

/**
 * An embedded social-media post is a statement by its author: its text (without byline and links)
 * is the content, the author's name in the byline the source, the byline's dash the cue; what the
 * post itself reports is found as in prose.
 */
class QuotePostTest {

  private static Analysis analyze(String body) {
    return Shared.analyze("inline", "Trade fight grows\n\n" + body + "\n");
  }

  private static List<Quote> postQuotes(Analysis a) {
    return a.quotes().stream().filter(q -> q.rule().equals("embedded-post")).toList();
  }

  private static String speaker(Analysis a, Quote q) {
    return q.speaker().flatMap(a::findActor).map(Actor::name).orElse("(none)");
  }

  private static String describe(Analysis a) {
    StringBuilder b = new StringBuilder();
    for (Quote q : a.quotes()) {
      b.append("\n  ").append(q.rule()).append(' ').append(speaker(a, q)).append(" / ")
          .append(q.source().map(s -> s.in(a.text())).orElse("-")).append(" <- ")
          .append(q.content().stream().map(s -> s.in(a.text())).toList());
    }
    return b.toString();
  }

  static Stream<Arguments> posts() {
    return Stream.of(
        // why; body; the post's content fragments; source; speaker
        Arguments.of("pasted as plain text, its author named otherwise in the article",
            "President Trump defended the tariffs on Friday.\n\n"
                + "When a country is losing many billions of dollars on trade, trade wars are good,"
                + " and easy to win. — Donald J. Trump (@realDonaldTrump) March 2, 2018\n\n"
                + "Trump later spoke to reporters at the White House.",
            List.of("When a country is losing many billions of dollars on trade, trade wars are"
                + " good, and easy to win"), "Donald J. Trump", "Trump"),
        Arguments.of("pasted with a link to its picture and a byline in a paragraph of its own",
            "The minister answered within the hour.\n\n"
                + "We will not accept these tariffs. pic.twitter.com/abc123\n\n"
                + "— Chrystia Freeland (@cafreeland) June 1, 2018\n\nThe talks resume next week.",
            List.of("We will not accept these tariffs"), "Chrystia Freeland", "Freeland"),
        Arguments.of("embedded from markdown with links",
            "The ministry posted a photo of the meeting.\n\n"
                + "Talks with the US delegation began in Munich "
                + "[pic.twitter.com/7Flp](https://pic.twitter.com/7Flp)\n\n"
                + "— Sergey Lavrov (@mfa_lavrov) [February 11, 2016](https://twitter.com/x/1)\n\n"
                + "Lavrov spoke to reporters later.",
            List.of("Talks with the US delegation began in Munich"), "Sergey Lavrov", "Lavrov"),
        Arguments.of("the next post of a thread, opened by dots",
            "Trump went on in a second post.\n\n"
                + "....and Safety at the Border. Our great Law Enforcement professionals MUST BE"
                + " ALLOWED TO DO THEIR JOB! — Donald J. Trump (@realDonaldTrump) November 22, 2018",
            List.of("and Safety at the Border. Our great Law Enforcement professionals MUST BE"
                + " ALLOWED TO DO THEIR JOB!"), "Donald J. Trump", "Trump"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void posts(String why, String body, List<String> content, String source, String speaker) {
    Analysis a = analyze(body);
    assertThat(postQuotes(a)).as(describe(a)).singleElement().satisfies(q -> {
      assertThat(q.content()).extracting(s -> s.in(a.text())).containsExactlyElementsOf(content);
      assertThat(q.source().map(s -> s.in(a.text()))).hasValue(source);
      assertThat(q.cue().map(s -> s.in(a.text()))).hasValue("—");
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.mode()).isEqualTo("post");
      assertThat(speaker(a, q)).contains(speaker);
    });
  }

  @Test
  void givesThePostAndTheNameInTheArticleTheSameActor() {
    Analysis a = analyze("Trump said the tariffs would stay.\n\n"
        + "Trade wars are good, and easy to win. — Donald J. Trump (@realDonaldTrump) March 2, 2018");
    Quote post = postQuotes(a).get(0);
    Quote said = a.quotes().stream().filter(q -> q.rule().startsWith("reported")).findFirst()
        .orElseThrow(() -> new AssertionError(describe(a)));
    assertThat(post.speaker()).as(describe(a)).isPresent().isEqualTo(said.speaker());
  }

  @Test
  void stillFindsWhatAPostReports() {
    Analysis a = analyze("Paramedics are stretched, a reporter noted.\n\n"
        + "Ambulances are supposed to arrive in nine minutes but the paramedics union says"
        + " ambulances are too often missing the mark. pic.twitter.com/HRlO8uT0x0 — Alicia Draus"
        + " (@Alicia_Draus) January 15, 2019\n\nThe province did not comment.");
    assertThat(postQuotes(a)).as(describe(a)).singleElement()
        .satisfies(q -> assertThat(speaker(a, q)).contains("Draus"));
    Quote union = QuoteAssertions.find(a, "says", "the paramedics union");
    assertThat(union.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly("ambulances are too often missing the mark");
  }

  @Test
  void givesTheFirstPersonInAPostToItsAuthor() {
    Analysis a = analyze("Clinton reacted on Twitter.\n\n"
        + "I refuse to accept this as normal. We must act now. -H — Hillary Clinton"
        + " (@HillaryClinton) December 2, 2015\n\nOther candidates followed.");
    Quote refuse = QuoteAssertions.find(a, "refuse", "I");
    assertThat(speaker(a, refuse)).as(describe(a)).contains("Clinton");
  }

  @Test
  void readsNoStatementInTheBylineAndGivesAPostQuotedFromProseOnlyOnce() {
    Analysis a = analyze("Trump wrote:\n\n"
        + "Trade wars are good, and easy to win. — Donald J. Trump (@realDonaldTrump) March 2, 2018");
    String text = a.text();
    int byline = text.indexOf("— Donald");
    assertThat(a.quotes()).as(describe(a)).allSatisfy(q -> {
      assertThat(q.content()).allSatisfy(c -> assertThat(c.end()).isLessThanOrEqualTo(byline));
      assertThat(q.cue().map(c -> c.start() < byline || q.rule().equals("embedded-post"))
          .orElse(true)).isTrue();
    });
    assertThat(a.quotes().stream()
        .filter(q -> q.content().stream().anyMatch(c -> c.in(text).contains("easy to win"))))
        .as(describe(a)).hasSize(1);
  }

  @Test
  void takesNoProseParagraphForAPost() {
    Analysis a = analyze("The senator said the tariffs were a mistake, according to a statement"
        + " posted by her office (@SenOffice) on Monday.\n\nShe will vote against the bill.");
    assertThat(postQuotes(a)).as(describe(a)).isEmpty();
  }
}
