package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Quote;

/** The quotes and speakers of the ceasefire example, as its hand-made reading has them. */
class QuoteExampleTest {

  private static Quote quote(Analysis a, String fragment) {
    String text = a.text();
    return a.quotes().stream()
        .filter(q -> q.content().stream().anyMatch(s -> s.in(text).contains(fragment)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote holds <" + fragment + ">"));
  }

  static Stream<Arguments> quotes() {
    return Stream.of(
        Arguments.of("We made proposals on implementing a ceasefire", "Lavrov", "direct", "said", null),
        Arguments.of("We are waiting for a US response", "Lavrov", "direct", "said", null),
        Arguments.of("negotiations about a possible ceasefire were still ongoing", "Russia",
            "indirect", "said", null),
        Arguments.of("The process is very fragile", "Peskov", "direct", "told", "reporters"),
        Arguments.of("Russia has suggested a March 1 ceasefire", "officials", "indirect", "claimed",
            null),
        Arguments.of("Washington is wary of accepting Moscow's proposal", "official", "indirect",
            "said", null),
        Arguments.of("he was not aware of Russia's suggestion", "Toner", "indirect", "said", null),
        Arguments.of("immediate ceasefire", "Toner", "partial", "added", null),
        Arguments.of("We are ready to discuss the modalities", "Gatilov", "direct", "told",
            "reporters"),
        Arguments.of("This is what will be talked about in Munich", "Gatilov", "direct", "said",
            null),
        Arguments.of("have been suspended until February 25", "Mistura", "indirect", "according to",
            null),
        Arguments.of("he remained determined to continue", "Mistura", "indirect", "said", null),
        Arguments.of("non-negotiable", "Zakharova", "partial", "told", "RT"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotes")
  void findsEveryReferenceQuoteWithItsSpeaker(
      String fragment, String speaker, String kind, String cue, String addressee) {
    Analysis a = Shared.example();
    Quote q = quote(a, fragment);
    assertThat(q.speaker().flatMap(a::findActor).map(Actor::name).orElse("(none)"))
        .contains(speaker);
    assertThat(q.kind().wire()).isEqualTo(kind);
    assertThat(q.cue().map(c -> c.in(a.text()))).contains(cue);
    if (addressee != null) {
      assertThat(q.addressee().flatMap(a::findActor).map(Actor::name)).contains(addressee);
    }
  }

  @Test
  void findsNoOtherQuotesAndNoneFromThePromoAndGivesTheTweetToItsAuthor() {
    Analysis a = Shared.example();
    // the 13 of the reference reading have a source; PolNeAR also counts a belief held by no one
    // named ("meetings are expected to take place"), which may come on top, without a speaker
    assertThat(a.quotes()).filteredOn(q -> q.source().isPresent() && !q.mode().equals("post"))
        .hasSize(13);
    assertThat(a.quotes()).filteredOn(q -> q.source().isEmpty())
        .allSatisfy(q -> {
          assertThat(q.mode()).isEqualTo("belief");
          assertThat(q.speaker()).isEmpty();
        });
    String text = a.text();
    // the embedded tweet is not the reporter's prose: the reference reading allows it only as a
    // statement of its author, MFA Russia
    assertThat(a.quotes()).filteredOn(q -> q.mode().equals("post")).singleElement()
        .satisfies(q -> {
          assertThat(q.extent().in(text)).startsWith("#Lavrov and #Keery meeting in Munich began");
          assertThat(q.source().map(s -> s.in(text))).hasValue("MFA Russia");
          assertThat(q.speaker().flatMap(a::findActor).map(Actor::name))
              .hasValueSatisfying(n -> assertThat(n).contains("Russia"));
        });
    for (Quote q : a.quotes()) {
      assertThat(q.extent().in(text)).doesNotContain("unilaterally");
      if (!q.mode().equals("post")) {
        assertThat(q.extent().in(text)).doesNotContain("Keery");
      }
    }
  }

  @Test
  void recordsRelaysAndAnonymousSources() {
    Analysis a = Shared.example();
    Quote claimed = quote(a, "Russia has suggested");
    assertThat(names(a, claimed.relayedBy())).containsExactlyInAnyOrder("Associated Press", "Reuters");
    assertThat(claimed.anonymous()).isTrue();
    Quote wary = quote(a, "Washington is wary");
    assertThat(names(a, wary.relayedBy())).containsExactly("Associated Press");
    assertThat(wary.anonymous()).isTrue();
    assertThat(names(a, quote(a, "talked about in Munich").relayedBy())).containsExactly("TASS");
    assertThat(quote(a, "We made proposals").anonymous()).isFalse();
  }

  @Test
  void pointsTheSourceSpanAtTheSpeakersMention() {
    Analysis a = Shared.example();
    String text = a.text();
    assertThat(quote(a, "The process is very fragile").source().map(s -> s.in(text)))
        .contains("Kremlin spokesman Dmitry Peskov");
    assertThat(quote(a, "immediate ceasefire").source().map(s -> s.in(text))).contains("He");
    assertThat(quote(a, "Washington is wary").source().map(s -> s.in(text)))
        .contains("A US official, who spoke on condition of anonymity to AP");
  }

  private static List<String> names(Analysis a, List<String> ids) {
    return ids.stream().map(id -> a.expectActor(id).name()).toList();
  }

  @Test
  void addsResolvedPronounsToTheirActorsMentions() {
    Analysis a = Shared.example();
    Actor toner = a.actors().stream().filter(x -> x.name().contains("Toner")).findFirst()
        .orElseThrow();
    assertThat(toner.mentions()).extracting(s -> s.in(a.text())).contains("He");
    assertThat(toner.code()).isEqualTo(Optional.of("USAGOV"));
  }
}
