package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
  private static final List<String> SAMPLE = List.of(
      "&SOMESET_",
      "+WORD",
      "",
      "---  THAW   [---]  ---",
      "THAW {THAWS THAWED}",
      "MELT  # a comment",
      "- * TIES                      [054]   # THAW",
      "- * AGAINST                   [111]   # THAW",
      "- $ * + WITH                  [040]   # THAW",
      "- * {BANK ACCOUNT}            [9999]  # THAW",
      "",
      "---  SCOLD   [111]  ---",
      "SCOLD",
      "+TELL_OFF",
      "- * PUBLICLY                  [111:111]");

  private final VerbDictionary dict = VerbDictionary.parse("test.txt", SAMPLE, Plover.builtIn());

  @Test
  void readsBlockCodesAndPatternsAfterTheVerb() {
    assertThat(dict.entries()).extracting(Lexicon.Entry::lemma, Lexicon.Entry::cameo).containsExactly(
        org.assertj.core.groups.Tuple.tuple("thaw", "054"), org.assertj.core.groups.Tuple.tuple("melt", "054"),
        org.assertj.core.groups.Tuple.tuple("thaw", "111"), org.assertj.core.groups.Tuple.tuple("melt", "111"),
        org.assertj.core.groups.Tuple.tuple("scold", "111"), org.assertj.core.groups.Tuple.tuple("scold", "111"));
  }

  @Test
  void turnsAWordIntoAnObjectConditionAndAPrepositionIntoAnArgument() {
    Lexicon.Entry ties = dict.entries().get(0);
    assertThat(ties.when()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(Lexicon.Condition.Type.THEME);
      assertThat(dict.classes().get(c.wordClass())).containsExactly("ties");
    });
    Lexicon.Entry against = dict.entries().get(2);
    assertThat(against.when()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(Lexicon.Condition.Type.PREP);
      assertThat(c.word()).isEqualTo("against");
    });
    assertThat(against.targets()).contains("obj", "against");
    assertThat(against.rule()).startsWith("test.txt:8:verb:thaw");
  }

  @Test
  void skipsMarkedPatternsUnknownCodesAndMultiWordVerbs() {
    assertThat(dict.skipped()).isEqualTo(3);
  }

  @Test
  void addsItsEntriesAfterTheBuiltInOnes() {
    Lexicon both = dict.over(Lexicon.builtIn());
    assertThat(both.verbs("thaw")).hasSize(2);
    assertThat(both.verbs("scold").get(0).origin()).isEqualTo("lexicon");
    assertThat(both.verbs("scold")).last().extracting(Lexicon.Entry::origin).isEqualTo("test.txt");
    assertThat(Lexicon.builtIn().verbs("thaw")).isEmpty();
  }
}
