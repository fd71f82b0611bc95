package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.builtIn();
  private final Plover plover = Plover.builtIn();

  @Test
  void codesEveryEntryWithAKnownCameoCode() {
    assertThat(lexicon.entries()).hasSizeGreaterThan(150);
    assertThat(lexicon.entries()).allSatisfy(e -> {
      assertThat(e.cameo()).matches("\\d{2,4}");
      assertThat(plover.find(e.cameo())).as(e.rule()).isPresent();
    });
  }

  @Test
  void coversEveryPloverTypeButTheMildestOnes() {
    assertThat(lexicon.entries().stream()
        .map(e -> plover.expect(e.cameo()).type().orElse("-")).distinct())
        .contains("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
  }

  static Stream<Arguments> firstEntries() {
    return Stream.of(
        Arguments.of(Lexicon.Kind.VERB, "meet", "040"),
        Arguments.of(Lexicon.Kind.VERB, "accuse", "112"),
        Arguments.of(Lexicon.Kind.VERB, "reject", "120"),
        Arguments.of(Lexicon.Kind.VERB, "criticize", "111"),
        Arguments.of(Lexicon.Kind.NOUN, "talk", "040"),
        Arguments.of(Lexicon.Kind.NOUN, "ceasefire", "0871"),
        Arguments.of(Lexicon.Kind.NOUN, "proposal", "030"),
        Arguments.of(Lexicon.Kind.NOUN, "sanction", "163"));
  }

  @ParameterizedTest
  @MethodSource("firstEntries")
  void findsTheGeneralEntryOfATrigger(Lexicon.Kind kind, String lemma, String cameo) {
    var entries = kind == Lexicon.Kind.VERB ? lexicon.verbs(lemma) : lexicon.nouns(lemma);
    assertThat(entries).isNotEmpty();
    assertThat(entries.get(entries.size() - 1).cameo()).isEqualTo(cameo);
  }

  @Test
  void readsAPersonConditionApartFromANamedActor() {
    assertThat(lexicon.verbs("release")).anySatisfy(e -> assertThat(e.when())
        .extracting(Lexicon.Condition::type).containsExactly(Lexicon.Condition.Type.PERSON));
    assertThat(lexicon.verbs("back")).anySatisfy(e -> assertThat(e.when())
        .extracting(Lexicon.Condition::type).containsExactly(Lexicon.Condition.Type.ACTOR));
  }

  @Test
  void tellsDecidedActsFromAnnouncedIntents() {
    assertThat(lexicon.in("DECIDE", "agree")).isTrue();
    assertThat(lexicon.in("DECIDE", "vow")).isFalse();
    assertThat(lexicon.in("INTENT", "vow")).isTrue();
    assertThat(lexicon.in("FIGURATIVE", "battle")).isTrue();
    assertThat(lexicon.in("LIGHT", "slap")).isTrue();
  }

  @Test
  void putsSpecificLinesOfALemmaBeforeTheGeneralOne() {
    var suspend = lexicon.verbs("suspend");
    assertThat(suspend.get(0).cameo()).isEqualTo("164");
    assertThat(suspend.get(0).when()).extracting(Lexicon.Condition::type)
        .containsExactly(Lexicon.Condition.Type.THEME);
    assertThat(lexicon.verbs("call").get(0).targets()).containsExactly("on");
  }

  @Test
  void knowsWordClassesAndClosedLists() {
    assertThat(lexicon.in("NEGOTIATION", "talk")).isTrue();
    assertThat(lexicon.in("LIGHT", "hold")).isTrue();
    assertThat(lexicon.in("LIGHT", "reject")).isFalse();
    assertThat(lexicon.in("FUTURE", "due")).isTrue();
  }

  @Test
  void refinesGenericCodesIntoKnownOnes() {
    assertThat(lexicon.refinements()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.cameo()).startsWith(r.root());
      assertThat(plover.find(r.cameo())).isPresent();
      assertThat(lexicon.classNames()).contains(r.wordClass());
    });
  }

  @Test
  void ordersStatementStancesFromStrongestToPlainComment() {
    assertThat(lexicon.stances()).extracting(Lexicon.Stance::cameo)
        .startsWith("120", "111").contains("020", "030", "012");
  }
}
