package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Quote;

/**
 * Who a quote's speaker is when the text names it by a pronoun, a role noun, a surname, a name
 * beside a possessive, or not at all (issue 3): each form a small article through the standard
 * pipeline.
 */
class SpeakerResolutionTest {

  private static Analysis analyze(String body) {
    return Shared.analyze("inline", "Life after the storm\n\n" + body + "\n");
  }

  private static Quote quote(Analysis a, String fragment) {
    String text = a.text();
    return a.quotes().stream()
        .filter(q -> q.content().stream().anyMatch(s -> s.in(text).contains(fragment)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote holds <" + fragment + "> in " + describe(a)));
  }

  private static String speaker(Analysis a, Quote q) {
    return q.speaker().flatMap(a::findActor).map(Actor::name).orElse("(none)");
  }

  private static String describe(Analysis a) {
    StringBuilder b = new StringBuilder();
    for (Quote q : a.quotes()) {
      b.append("\n  ").append(speaker(a, q)).append(" <- ")
          .append(q.content().stream().map(s -> s.in(a.text())).toList());
    }
    for (Actor x : a.actors()) {
      b.append("\n  actor ").append(x.name()).append(' ').append(x.kind())
          .append(x.mentions().stream().map(s -> s.in(a.text())).toList());
    }
    return b.toString();
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("she: a woman by her first name, not her husband",
            "Fouzia Al Hashish came to Canada in 2016 with her husband, Mohammad Al Mnajer.\n\n"
                + "\"I'm not a refugee. I'm a Canadian, same as you,\" she said.",
            "same as you", "Al Hashish"),
        Arguments.of("she: by the pronouns the article uses after each name",
            "Yuni Lestari said her house was destroyed by the wave. Budi Santoso said his boat "
                + "was lost.\n\n\"The sea came back twice in one night,\" she said.",
            "came back twice", "Lestari"),
        Arguments.of("he: the speaker of the main clause, not a name in a subordinate one",
            "University spokesman John Shibley said the school received about 3,000 votes. "
                + "Although Donald Trump has tweeted that there was \"no collusion,\" the choice "
                + "was not political. Rather, voters were just tired of hearing the word so "
                + "often, he said.",
            "tired of hearing", "Shibley"),
        Arguments.of("they: the group, not the company",
            "Canadian officials met representatives of Huawei in Ottawa on Monday. They said "
                + "the company had not answered their questions about the network.",
            "had not answered", "officials"),
        Arguments.of("role noun: the person the article gave that role",
            "Sergeant-at-Arms Kevin Vickers left Ottawa for Dublin in 2015.\n\n"
                + "The former sergeant-at-arms of the House of Commons said Monday that he is "
                + "considering a run for the Liberal leadership.",
            "considering a run", "Vickers"),
        Arguments.of("role noun: the mayor",
            "Surrey Mayor Doug McCallum defended the plan on Monday. Several councillors "
                + "disagreed with him.\n\n\"We will build the line on time and on budget,\" the "
                + "mayor said.",
            "on time and on budget", "McCallum"),
        Arguments.of("name beside a possessive: the agent, not the golfer",
            "DeLaet's agent, Danny Fritz, told The Canadian Press by email that the golfer was "
                + "a little sore after hitting balls last week.",
            "little sore", "Fritz"),
        Arguments.of("surname alone, later",
            "University spokesman John Shibley said the school received about 3,000 votes.\n\n"
                + "\"It was a record year for the list and we were thrilled,\" Shibley said.",
            "record year", "John Shibley"),
        Arguments.of("apposition: the person named, not a second actor",
            "Lina Arafeh, a Syrian refugee who works as a translator in Halifax, said she had "
                + "clients who are deeply worried.\n\n\"I have interpreted for one person, he "
                + "was frantic before his exam,\" she said in an interview.",
            "interpreted for one person", "Arafeh"),
        Arguments.of("no source: a quotation paragraph continues the last speaker",
            "For his part, Dennis Brooks said he obtained housing with the help of Dixon Hall. "
                + "On Oct. 1, he moved into a one-bedroom apartment.\n\n"
                + "\"It feels good. It feels warm. And nobody can bother you.\"",
            "It feels warm", "Brooks"),
        Arguments.of("no source: the next sentence of the same paragraph",
            "\"The board's failure to act is indicative of wilful blindness,\" Murray Sinclair "
                + "states. \"The board has perpetuated systemic discrimination in Thunder Bay.\"",
            "perpetuated systemic", "Sinclair"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void resolvesEachFormOfSpeakerMention(String form, String body, String fragment,
      String speaker) {
    Analysis a = analyze(body);
    assertThat(speaker(a, quote(a, fragment))).as(describe(a)).contains(speaker);
  }

  @Test
  void leavesTheSpeakerEmptyForAPossessorsLawyer() {
    Analysis a = analyze("McCallum's lawyer said that the case against the city was closed.");
    assertThat(speaker(a, quote(a, "case against the city"))).as(describe(a))
        .doesNotContain("McCallum");
  }

  @Test
  void continuesNoSpeakerAcrossAParagraphNamingSomeoneElse() {
    Analysis a = analyze(
        "\"We will build the line on time,\" Doug McCallum said.\n\n"
            + "Linda Annis, a councillor, disagreed with the plan entirely.\n\n"
            + "\"Nobody on this council was asked about any of this at all.\"");
    assertThat(speaker(a, quote(a, "Nobody on this council"))).as(describe(a))
        .doesNotContain("McCallum");
  }

  @Test
  void makesNoSecondActorOfAnApposition() {
    Analysis a = analyze(
        "Sutopo Purwo Nugroho, a spokesman for the disaster agency, said 48 people had died.");
    assertThat(a.actors()).extracting(Actor::name).as(describe(a))
        .noneMatch(n -> n.contains("spokesman"));
  }
}
