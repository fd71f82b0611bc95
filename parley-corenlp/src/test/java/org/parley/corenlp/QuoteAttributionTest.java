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
import org.parley.model.Span;

/** Attribution shapes, each written as a small article run through the standard pipeline. */
class QuoteAttributionTest {

  /** A small article: a title line, then the body. */
  private static Analysis analyze(String body) {
    return Shared.analyze("inline", "Talks on the war\n\n" + body + "\n");
  }

  /** The quote whose content holds the fragment; fails when there is none. */
  private static Quote quote(Analysis a, String fragment) {
    String text = a.text();
    return a.quotes().stream()
        .filter(q -> q.content().stream().anyMatch(s -> s.in(text).contains(fragment))
            || q.extent().in(text).contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote holds <" + fragment + "> in " + describe(a)));
  }

  private static String speaker(Analysis a, Quote q) {
    return q.speaker().flatMap(a::findActor).map(Actor::name).orElse("(none)");
  }

  private static String describe(Analysis a) {
    String text = a.text();
    StringBuilder b = new StringBuilder();
    for (Quote q : a.quotes()) {
      b.append("\n  ").append(speaker(a, q)).append(" <- ")
          .append(q.content().stream().map(s -> s.in(text)).toList());
    }
    return b.toString();
  }

  /** Checks what every analysis must hold: spans inside the text, quotes sorted, disjoint. */
  private static void assertInvariants(Analysis a) {
    int n = a.text().length();
    Span last = null;
    for (Quote q : a.quotes()) {
      for (Span s : q.content()) {
        assertThat(s.end()).isLessThanOrEqualTo(n);
      }
      q.cue().ifPresent(c -> assertThat(c.end()).isLessThanOrEqualTo(n));
      q.source().ifPresent(c -> assertThat(c.end()).isLessThanOrEqualTo(n));
      q.speaker().ifPresent(id -> assertThat(a.findActor(id)).isPresent());
      q.addressee().ifPresent(id -> assertThat(a.findActor(id)).isPresent());
      q.relayedBy().forEach(id -> assertThat(a.findActor(id)).isPresent());
      if (last != null) {
        assertThat(q.extent().start()).isGreaterThanOrEqualTo(last.start());
        assertThat(q.content().get(0).overlaps(last)).isFalse();
      }
      last = q.extent();
    }
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("cue after, name",
            "\"We will not give up the fight,\" Sergei Shoigu said on Monday.",
            "will not give up", "Shoigu", "direct", "said"),
        Arguments.of("cue after, inverted",
            "\"We will not give up the fight,\" said Sergei Shoigu, the defence minister.",
            "will not give up", "Shoigu", "direct", "said"),
        Arguments.of("cue after, appositive between",
            "\"The border will stay closed,\" Anna Petrova, a spokeswoman for the ministry, said.",
            "border will stay closed", "Petrova", "direct", "said"),
        Arguments.of("cue before, colon",
            "Sergei Shoigu said: \"The border will stay closed until further notice.\"",
            "border will stay closed", "Shoigu", "direct", "said"),
        Arguments.of("cue inside, split quote",
            "\"The border,\" Sergei Shoigu said, \"will stay closed until further notice.\"",
            "will stay closed", "Shoigu", "direct", "said"),
        Arguments.of("reported, that-clause",
            "Sergei Shoigu said that the border would stay closed until further notice.",
            "border would stay closed", "Shoigu", "indirect", "said"),
        Arguments.of("partial",
            "Sergei Shoigu said the border would stay \"closed until further notice\" for now.",
            "closed until further notice", "Shoigu", "partial", "said"),
        Arguments.of("according to",
            "The border will stay closed until further notice, according to Sergei Shoigu.",
            "border will stay closed", "Shoigu", "indirect", "according to"),
        Arguments.of("according to, first",
            "According to Sergei Shoigu, the border will stay closed until further notice.",
            "border will stay closed", "Shoigu", "indirect", "According to"),
        Arguments.of("told reporters that",
            "Sergei Shoigu told reporters that the border would stay closed until further notice.",
            "border would stay closed", "Shoigu", "indirect", "told"),
        Arguments.of("called for, a clause marked by for",
            "Sergei Shoigu called for the United States to take a stronger role in the conflict.",
            "the United States to take a stronger role", "Shoigu", "indirect", "called"),
        Arguments.of("called on someone to do something",
            "Sergei Lavrov called on Washington and Ankara to stop the shelling.",
            "Washington and Ankara to stop the shelling", "Lavrov", "indirect", "called"),
        Arguments.of("called, a small clause with a quoted predicate",
            "Sergei Lavrov called Erdogan \"unhinged.\"", "Erdogan", "Lavrov", "partial",
            "called"),
        Arguments.of("called, a quoted predicate hung on the object",
            "Sergei Lavrov called the statement \"offensive and outlandish.\"", "the statement",
            "Lavrov", "partial", "called"),
        Arguments.of("announced, a noun object as the content",
            "Sergei Shoigu announced a ceasefire along the whole border.",
            "a ceasefire along the whole border", "Shoigu", "indirect", "announced"),
        Arguments.of("refused to, an intention in the infinitive",
            "Sergei Lavrov refused to discuss the future of the Syrian president.",
            "to discuss the future", "Lavrov", "indirect", "refused"),
        Arguments.of("congratulated, a stance on someone",
            "Sergei Lavrov congratulated John Kerry for his patience in the talks.",
            "John Kerry for his patience", "Lavrov", "indirect", "congratulated"),
        Arguments.of("reported, a subject the parser took for the object of believed",
            "Sergei Lavrov said he believed the ceasefire would ultimately hold along the whole"
                + " border as more observers arrive.",
            "the ceasefire would ultimately hold along the whole border", "Lavrov", "indirect",
            "said"),
        Arguments.of("dismissed, a noun object with the as phrase that judges it",
            "Sergei Lavrov dismissed the proposal as a distraction from the talks in Geneva.",
            "the proposal as a distraction from the talks", "Lavrov", "indirect", "dismissed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void attributesEachShapeToItsSpeaker(
      String shape, String body, String fragment, String speaker, String kind, String cue) {
    Analysis a = analyze(body);
    assertInvariants(a);
    Quote q = quote(a, fragment);
    assertThat(speaker(a, q)).as(describe(a)).contains(speaker);
    assertThat(q.kind().wire()).isEqualTo(kind);
    assertThat(q.cue().map(c -> c.in(a.text()))).contains(cue);
    assertThat(a.quotes()).as("one quote only: " + describe(a)).hasSize(1);
  }

  static Stream<Arguments> closingAsides() {
    return Stream.of(
        Arguments.of("a relative clause on the last noun",
            "Sergei Lavrov said the talks would resume with John Kerry, who arrived in Geneva on"
                + " Monday.",
            "the talks would resume with John Kerry"),
        Arguments.of("a participle clause that reports in turn",
            "Sergei Lavrov said Moscow would not send more troops to the border, warning that"
                + " Kiev would bear the blame for any escalation.",
            "Moscow would not send more troops to the border"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closingAsides")
  void endsAReportedContentBeforeTheAsideThatClosesIt(String aside, String body, String content) {
    Analysis a = analyze(body);
    assertInvariants(a);
    Quote q = quote(a, content);
    assertThat(q.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly(content);
    assertThat(speaker(a, q)).contains("Lavrov");
  }

  @Test
  void givesAPollWhatItsNounObjectShows() {
    Analysis a = analyze(
        "A Levada poll showed Sergei Shoigu leading the field with 31 percent of the vote.");
    Quote q = quote(a, "Shoigu leading the field");
    assertThat(q.source().map(s -> s.in(a.text()))).contains("A Levada poll");
    assertThat(q.cue().map(c -> c.in(a.text()))).contains("showed");
    assertThat(q.mode()).isEqualTo("knowledge");
  }

  @Test
  void joinsBothHalvesOfASplitQuoteInTwoApostropheMarks() {
    // archive copy writes ''...''; the splitter puts the second opening mark in the sentence before
    Analysis a = analyze(
        "''The border will stay closed,'' said Sergei Shoigu, the defence minister. ''We will not"
            + " open it before the spring.''");
    Quote q = quote(a, "The border");
    assertThat(q.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly("The border will stay closed,", "We will not open it before the spring.");
    assertThat(speaker(a, q)).contains("Shoigu");
  }

  @Test
  void attributesAnExclamationToTheCueInTheSentenceAfterIt() {
    Analysis a = analyze(
        "Sergei Shoigu spoke in Moscow on Monday. \"Get your boots ready!\" he told the soldiers.");
    Quote q = quote(a, "Get your boots ready");
    assertThat(q.cue().map(s -> s.in(a.text()))).contains("told");
    assertThat(speaker(a, q)).contains("Shoigu");
  }

  @Test
  void givesARelativeClauseItsPronounAndItsNounAsSource() {
    Analysis a = analyze(
        "The talks were led by Sergei Shoigu, who said that the border would stay closed.");
    Quote q = quote(a, "the border would stay closed");
    assertThat(q.source().map(s -> s.in(a.text()))).contains("Sergei Shoigu, who");
    assertThat(speaker(a, q)).contains("Shoigu");
  }

  @Test
  void keepsAPassiveCueWithoutASource() {
    Analysis a = analyze(
        "Asked whether the border would open before the spring, Sergei Shoigu smiled.");
    Quote q = quote(a, "the border would open");
    assertThat(q.content()).extracting(s -> s.in(a.text()))
        .containsExactly("whether the border would open before the spring");
    assertThat(q.cue().map(s -> s.in(a.text()))).contains("Asked");
    assertThat(q.source()).isEmpty();
  }

  @Test
  void givesAQuoteAfterAColonToTheSubjectOfTheClauseBeforeIt() {
    Analysis a = analyze(
        "Sergei Shoigu, the defence minister, answered his critics:\n\n"
            + "\"The border will stay closed until the spring. Nobody will open it.\"");
    Quote q = quote(a, "The border will stay closed");
    assertThat(speaker(a, q)).as(describe(a)).contains("Shoigu");
  }

  @Test
  void givesAQuoteRightAfterAReportedStatementToTheSameSpeaker() {
    Analysis a = analyze(
        "Sergei Shoigu said on Monday that the border would stay closed.\n\n"
            + "\"Nobody will open it before the spring. We have decided.\"");
    Quote q = quote(a, "Nobody will open it");
    assertThat(speaker(a, q)).as(describe(a)).contains("Shoigu");
  }

  @Test
  void readsEachTurnOfATranscriptAsAQuoteOfItsSpeaker() {
    Analysis a = analyze(
        "Sergei Shoigu spoke to the anchor Anna Petrova on Monday.\n\n"
            + "PETROVA: Will the border open before the spring?\n\n"
            + "SHOIGU: No, I think it will stay closed until further notice.");
    Quote q = quote(a, "it will stay closed");
    assertThat(q.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly("No, I think it will stay closed until further notice");
    assertThat(q.source().map(s -> s.in(a.text()))).contains("SHOIGU");
    assertThat(speaker(a, q)).contains("Shoigu");
    assertThat(speaker(a, quote(a, "Will the border open"))).contains("Petrova");
  }

  @Test
  void takesNoTurnFromSectionLabels() {
    Analysis a = analyze("UPDATE: The border will stay closed until further notice.\n\n"
        + "ENERGY: Benchmark crude oil fell 42 cents to $51.69 per barrel.\n\n"
        + "CURRENCIES: The dollar rose to 108.78 yen from 108.69 late Tuesday.");
    assertThat(a.quotes()).as(describe(a)).isEmpty();
  }

  @Test
  void joinsBothHalvesOfASplitQuote() {
    Analysis a = analyze(
        "\"The border,\" Sergei Shoigu said, \"will stay closed until further notice.\"");
    Quote q = quote(a, "The border");
    assertThat(q.content()).extracting(s -> s.in(a.text()))
        .containsExactly("The border,", "will stay closed until further notice.");
  }

  @Test
  void resolvesAPronounToTheLastSpeakerBeforeItNotTheNextOne() {
    Analysis a = analyze(
        "Defence Minister Sergei Shoigu said that the border would stay closed. He added that "
            + "an \"immediate ceasefire\" was preferable.\n\n"
            + "\"We are ready to talk,\" Foreign Minister Sergei Lavrov told reporters.");
    assertThat(speaker(a, quote(a, "immediate ceasefire"))).contains("Shoigu");
    assertThat(speaker(a, quote(a, "ready to talk"))).contains("Lavrov");
  }

  @Test
  void makesThePronounOpeningAReportedClauseAMentionOfTheSpeaker() {
    Analysis a = analyze(
        "State Department spokesman Mark Toner said that he was not aware of the proposal. "
            + "Foreign Ministry spokeswoman Maria Zakharova said he had not called her.");
    org.parley.model.Actor toner = a.actors().stream()
        .filter(x -> x.name().contains("Toner")).findFirst().orElseThrow();
    assertThat(toner.mentions()).extracting(s -> s.in(a.text())).contains("he");
    org.parley.model.Actor zakharova = a.actors().stream()
        .filter(x -> x.name().contains("Zakharova")).findFirst().orElseThrow();
    assertThat(zakharova.mentions()).extracting(s -> s.in(a.text())).doesNotContain("he");
  }

  @Test
  void resolvesHeToTheSubjectRatherThanTheObjectOfTheSentenceBefore() {
    Analysis a = analyze(
        "Sergei Lavrov met John Kerry in Munich on Thursday. He said that the meeting had been "
            + "useful for both sides.");
    assertThat(speaker(a, quote(a, "meeting had been useful"))).contains("Lavrov");
  }

  @Test
  void resolvesADefiniteDescriptionToThePersonNamedBefore() {
    Analysis a = analyze(
        "Mohammad Al Mnajer came to Canada in 2016 with his family.\n\n"
            + "\"Each day I learn new English words at work,\" the 32-year-old labourer said.");
    assertThat(speaker(a, quote(a, "new English words"))).as(describe(a)).contains("Mnajer");
  }

  @Test
  void resolvesSheToAWomanAndNotToTheNearerMan() {
    Analysis a = analyze(
        "Foreign Ministry spokeswoman Maria Zakharova spoke after Sergei Lavrov. She said that "
            + "the talks would go on for another week.");
    assertThat(speaker(a, quote(a, "talks would go on"))).contains("Zakharova");
  }

  @Test
  void namesTheAddresseeOfTold() {
    Analysis a = analyze(
        "Maria Zakharova told RT on Wednesday that the opposition had come with \"non-negotiable\""
            + " demands.");
    Quote q = quote(a, "non-negotiable");
    assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
    assertThat(q.addressee().flatMap(a::findActor).map(Actor::name)).contains("RT");
  }

  @Test
  void recordsTheOutletThatRelayedAQuote() {
    Analysis a = analyze(
        "\"This is what will be talked about in Munich,\" Gennady Gatilov said as cited by TASS.");
    Quote q = quote(a, "talked about in Munich");
    assertThat(speaker(a, q)).contains("Gatilov");
    assertThat(q.relayedBy()).extracting(id -> a.expectActor(id).name()).containsExactly("TASS");
  }

  @Test
  void makesTheCitedOfficialsTheSpeakersAndTheOutletsTheRelays() {
    Analysis a = analyze(
        "Earlier, AP and Reuters cited anonymous US officials who claimed that Russia has "
            + "suggested a March 1 ceasefire in Syria.");
    Quote q = quote(a, "Russia has suggested");
    Actor speaker = a.expectActor(q.speaker().orElseThrow());
    assertThat(speaker.country()).contains("USA");
    assertThat(speaker.anonymous()).isTrue();
    assertThat(q.anonymous()).isTrue();
    assertThat(q.relayedBy()).extracting(id -> a.expectActor(id).name())
        .containsExactlyInAnyOrder("Associated Press", "Reuters");
  }

  @Test
  void marksASourceWhoSpokeOnConditionOfAnonymity() {
    Analysis a = analyze(
        "A US official, who spoke on condition of anonymity to AP, said that Washington is wary"
            + " of the proposal.");
    Quote q = quote(a, "Washington is wary");
    assertThat(q.anonymous()).isTrue();
    assertThat(q.relayedBy()).extracting(id -> a.expectActor(id).name()).containsExactly("Associated Press");
  }

  @Test
  void takesNoQuoteFromScareQuotes() {
    Analysis a = analyze("The so-called \"peace plan\" was never published.");
    assertThat(a.quotes()).as(describe(a)).isEmpty();
  }

  // Issue 3: PolNeAR attribution forms, each as the guidelines annotate it.

  static Stream<Arguments> polnearForms() {
    return Stream.of(
        // body, content the quote must have (trimmed), source mention, cue, mode
        Arguments.of(
            "The border will stay closed until further notice, officials said on Monday.",
            "The border will stay closed until further notice", "officials", "said", "speech"),
        Arguments.of(
            "Sergei Shoigu said that the border would stay closed until further notice.",
            "that the border would stay closed until further notice", "Sergei Shoigu", "said",
            "speech"),
        Arguments.of(
            "Sergei Shoigu spoke to reporters on Monday, saying that the border would stay closed for now.",
            "that the border would stay closed for now", "Sergei Shoigu", "saying", "speech"),
        Arguments.of(
            "Sergei Shoigu wants to close the border before the winter comes.",
            "to close the border before the winter comes", "Sergei Shoigu", "wants", "intention"),
        Arguments.of(
            "Defence Minister Sergei Shoigu called the proposal \"a dangerous provocation\".",
            "the proposal \"a dangerous provocation\"", "Defence Minister Sergei Shoigu", "called",
            "stance"),
        Arguments.of(
            "Sergei Shoigu told reporters on Monday the border would stay closed until spring.",
            "the border would stay closed until spring", "Sergei Shoigu", "told", "speech"),
        Arguments.of(
            "According to a new poll of Moscow voters, the border should stay closed until spring.",
            "the border should stay closed until spring", "a new poll of Moscow voters",
            "According to", "speech"),
        Arguments.of(
            "MOSCOW (AP) — Defence Minister Sergei Shoigu says the border will stay \"closed\" for"
                + " now.",
            "the border will stay \"closed\" for now", "Defence Minister Sergei Shoigu", "says",
            "speech"),
        Arguments.of(
            "Defence Minister Sergei Shoigu accused the rebels of breaking the truce.",
            "the rebels of breaking the truce", "Defence Minister Sergei Shoigu", "accused",
            "stance"),
        Arguments.of(
            "Sergei Shoigu supports Lavrov.", "Lavrov", "Sergei Shoigu", "supports", "belief"),
        Arguments.of(
            "Several new polls show that most voters want the war to end soon.",
            "that most voters want the war to end soon", "Several new polls", "show",
            "knowledge"),
        // the writer's own belief is an attribution too (guidelines: "I think he's lying")
        Arguments.of(
            "I think that the talks will fail before the winter.",
            "that the talks will fail before the winter", "I", "think", "belief"),
        // verbs outside the lists, read as cues from the learned lexicon: an object, a preposition
        Arguments.of(
            "Defence Minister Sergei Shoigu decried the new sanctions.",
            "the new sanctions", "Defence Minister Sergei Shoigu", "decried", "stance"),
        Arguments.of(
            "Sergei Shoigu railed against the new sanctions on Monday.",
            "the new sanctions", "Sergei Shoigu", "railed", "stance"),
        // a reporting clause closing the sentence takes all before its comma, whatever the parse
        Arguments.of(
            "Army rules called for the wounded soldiers to be taken to a hospital in the capital,"
                + " sources said.",
            "Army rules called for the wounded soldiers to be taken to a hospital in the capital",
            "sources", "said", "speech"),
        Arguments.of(
            "The rebels will leave the city before the winter, said Sergei Shoigu.",
            "The rebels will leave the city before the winter", "Sergei Shoigu", "said", "speech"),
        // a that-clause makes a document or a body a source too
        Arguments.of(
            "The Tax Policy Center estimates that the plan would raise taxes on the rich.",
            "that the plan would raise taxes on the rich", "The Tax Policy Center", "estimates",
            "speech"),
        // a noun of saying with its clause, sourced by its possessor
        Arguments.of(
            "Sergei Shoigu's claim that the rebels had left the city was false.",
            "that the rebels had left the city", "Sergei Shoigu", "claim", "speech"),
        // what a source cites, when it is not another speaker
        Arguments.of(
            "Sergei Shoigu cited the attacks on the border as proof of bad faith.",
            "the attacks on the border as proof of bad faith", "Sergei Shoigu", "cited",
            "stance"),
        // a participle of saying after a comma: what the subject of the clause before it said
        Arguments.of(
            "Sergei Shoigu spoke about the border on Monday, warning that the rebels would attack"
                + " the city soon.",
            "that the rebels would attack the city soon", "Sergei Shoigu", "warning", "speech"),
        // refusing is a statement of intent, however short ("He declined to comment.")
        Arguments.of(
            "A spokesman for the ministry declined to comment.",
            "to comment", "A spokesman for the ministry", "declined", "intention"),
        // a second verb of a coordination shares the subject of the first
        Arguments.of(
            "Sergei Shoigu met the envoys on Monday and said the border would stay closed until"
                + " spring.",
            "the border would stay closed until spring", "Sergei Shoigu", "said", "speech"),
        // a verb outside the lists that the cue model reads as one, with what it governs
        Arguments.of(
            "Sergei Shoigu lashed out at the new sanctions on Monday.",
            "the new sanctions", "Sergei Shoigu", "lashed", "stance"));
  }

  /** Issue 3: a belief held by no one named: the subject and the infinitive, no source. */
  @ParameterizedTest
  @MethodSource("raisedForms")
  void readsAnUnsourcedExpectationAsSubjectAndPredicate(
      String body, String subject, String predicate, String cue) {
    Analysis a = analyze(body);
    assertInvariants(a);
    Quote q = quote(a, predicate.substring(Math.max(0, predicate.length() - 10)));
    assertThat(q.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly(subject, predicate);
    assertThat(q.cue().map(s -> s.in(a.text()))).contains(cue);
    assertThat(q.source()).isEmpty();
    assertThat(q.speaker()).isEmpty();
  }

  static Stream<Arguments> raisedForms() {
    return Stream.of(
        Arguments.of("The central bank is widely expected to raise its rates in December.",
            "The central bank", "to raise its rates in December", "is widely expected"),
        Arguments.of("The defence minister is not expected to attend the talks in Geneva.",
            "The defence minister", "to attend the talks in Geneva", "is not expected"),
        Arguments.of("The rebels appear ready to leave the city before the winter.",
            "The rebels", "ready to leave the city before the winter", "appear"));
  }

  @Test
  void givesAnAccordingToSetOffInsideTheSentenceTheWordsOnBothSides() {
    Analysis a = analyze("Over the long term, according to the budget office, the rise in"
        + " deficits is mainly due to the aging of the population.");
    Quote q = quote(a, "aging of the population");
    assertThat(q.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly("Over the long term",
            "the rise in deficits is mainly due to the aging of the population");
    assertThat(q.source().map(s -> s.in(a.text()))).contains("the budget office");
  }

  @Test
  void takesNoBeliefFromAnExpletiveSubject() {
    Analysis a = analyze("It seems that nothing will change before the winter.");
    assertThat(a.quotes()).extracting(q -> q.rule()).as(describe(a))
        .noneMatch(r -> r.startsWith("raising"));
  }

  @ParameterizedTest
  @MethodSource("polnearForms")
  void readsContentSourceAndCueAsPolnearDoes(
      String body, String content, String source, String cue, String mode) {
    Analysis a = analyze(body);
    assertInvariants(a);
    String text = a.text();
    Quote q = quote(a, content.substring(Math.max(0, content.length() - 12)));
    assertThat(q.content()).extracting(s -> s.in(text)).as(describe(a)).containsExactly(content);
    assertThat(q.source().map(s -> s.in(text))).contains(source);
    assertThat(q.cue().map(s -> s.in(text))).contains(cue);
    assertThat(q.mode()).isEqualTo(mode);
  }

  @Test
  void keepsAQuoteThatRunsOnAfterItsAttributionAsOneQuoteWithinItsParagraph() {
    Analysis a = analyze(
        "\"We will not give up the fight,\" Sergei Shoigu said. \"Our soldiers are ready.\"\n\n"
            + "\"And they will stay as long as it takes.\"");
    Quote q = quote(a, "give up the fight");
    assertThat(q.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly("We will not give up the fight,", "Our soldiers are ready.");
    // after a paragraph break, a quote of its own by the same speaker
    Quote next = quote(a, "as long as it takes");
    assertThat(next).isNotSameAs(q);
    assertThat(speaker(a, next)).isEqualTo(speaker(a, q)).contains("Shoigu");
    assertThat(a.quotes()).hasSize(2);
  }

  @Test
  void makesOneQuoteOfTheHalvesAroundTheirCue() {
    Analysis a = analyze(
        "\u201cOn this basis,\u201d Sergei Shoigu said, \u201cthe rebels will have to leave the city"
            + " before the winter comes.\u201d");
    assertInvariants(a);
    Quote q = quote(a, "On this basis");
    assertThat(q.content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly("On this basis,", "the rebels will have to leave the city before the"
            + " winter comes.");
    assertThat(a.quotes()).hasSize(1);
  }

  static Stream<Arguments> headlines() {
    return Stream.of(
        Arguments.of("Shoigu: The border will stay closed until spring\n\n",
            "The border will stay closed until spring", "Shoigu"),
        Arguments.of("Shoigu: The border will stay closed until spring.\n\n",
            "The border will stay closed until spring", "Shoigu"),
        Arguments.of("The border will stay closed until spring - Shoigu\n\n",
            "The border will stay closed until spring", "Shoigu"));
  }

  @ParameterizedTest
  @MethodSource("headlines")
  void attributesAHeadlineThatNamesItsSpeaker(String title, String content, String source) {
    Analysis a = Shared.analyze("inline", title
        + "Defence Minister Sergei Shoigu spoke in Moscow on Monday about the border.\n");
    assertInvariants(a);
    Quote q = quote(a, content);
    assertThat(q.content()).extracting(s -> s.in(a.text())).containsExactly(content);
    assertThat(q.source().map(s -> s.in(a.text()))).contains(source);
    assertThat(speaker(a, q)).contains("Shoigu");
  }

  @Test
  void takesNoSpeakerFromAnOutletNamedAfterTheHeadline() {
    Analysis a = Shared.analyze("inline", "The border will stay closed until spring - The Moscow"
        + " Times\n\nDefence Minister Sergei Shoigu spoke in Moscow on Monday.\n");
    assertThat(a.quotes()).as(describe(a)).isEmpty();
  }

  @Test
  void leavesACueInsideTheReportedClauseOutOfItsContent() {
    Analysis a = analyze(
        "The border, Sergei Shoigu said on Monday, will stay closed until further notice.");
    Quote q = quote(a, "until further notice");
    assertThat(q.content()).extracting(s -> s.in(a.text()))
        .containsExactly("The border", "will stay closed until further notice");
    assertThat(speaker(a, q)).contains("Shoigu");
  }

  @Test
  void continuesAQuoteIntoTheNextParagraph() {
    Analysis a = analyze(
        "\"We will not give up the fight,\" Sergei Shoigu said.\n\n"
            + "\"Our soldiers are ready for anything that comes next.\"");
    assertThat(speaker(a, quote(a, "soldiers are ready"))).contains("Shoigu");
  }

  @Test
  void leavesTheSpeakerEmptyWhenNothingNamesIt() {
    Analysis a = analyze(
        "The meeting ended late.\n\n\"Nobody expected the talks to last this long, to be honest,\""
            + " was heard in the corridors.");
    for (Quote q : a.quotes()) {
      assertThat(q.speaker()).as(describe(a)).isEqualTo(Optional.empty());
    }
  }

  @Test
  void keepsQuoteIdsAndOrderDeterministic() {
    String body = "\"We will not give up,\" Sergei Shoigu said. Sergei Lavrov said that the talks "
        + "were useful.";
    List<String> first = analyze(body).quotes().stream().map(q -> q.id() + q.content()).toList();
    List<String> second = analyze(body).quotes().stream().map(q -> q.id() + q.content()).toList();
    assertThat(first).isEqualTo(second).hasSize(2);
  }
}
