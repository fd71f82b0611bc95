package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PloverTest {
  /** The modes the PLOVER ontology (draft 0.8) allows per event type. */
  private static final Map<String, Set<String>> MODES = Map.ofEntries(
      Map.entry("CONSULT", Set.of("visit", "third-party", "multilateral", "phone")),
      Map.entry("RETREAT", Set.of("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
      Map.entry("REQUEST", Set.of("assist", "change", "yield", "meet")),
      Map.entry("ACCUSE", Set.of("disapprove", "investigate", "allege")),
      Map.entry("REJECT", Set.of("assist", "change", "yield", "meet")),
      Map.entry("THREATEN", Set.of("restrict", "arrest", "relations", "expel", "territory", "violence")),
      Map.entry("PROTEST", Set.of("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
      Map.entry("SANCTION", Set.of("convict", "expel", "withdraw", "discontinue")),
      Map.entry("MOBILIZE", Set.of("troops", "weapons", "police", "militia")),
      Map.entry("COERCE", Set.of("seize", "restrict", "censor", "curfew", "martial-law", "arrest",
          "deport", "withhold", "misinformation", "cyber")),
      Map.entry("ASSAULT", Set.of("abduct", "beat", "torture", "sexual", "targeted", "destroy",
          "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
          "crowd-control", "unconventional")));

  private final Plover plover = Plover.builtIn();

  @Test
  void holdsEveryCameoCodeAsAStringOfTwoToFourDigits() {
    assertThat(plover.codes()).hasSizeGreaterThan(300);
    assertThat(plover.codes()).allSatisfy(c -> assertThat(c.cameo()).matches("\\d{2,4}"));
    assertThat(plover.codes()).extracting(Plover.Code::cameo).doesNotHaveDuplicates();
  }

  @Test
  void mapsEveryCodeToOneOfTheSixteenTypesOrNoneForStatements() {
    assertThat(Plover.TYPES).hasSize(16).doesNotHaveDuplicates();
    for (Plover.Code c : plover.codes()) {
      if (c.root().equals("01")) {
        assertThat(c.type()).as(c.cameo()).isEmpty();
      } else {
        assertThat(c.type()).as(c.cameo()).isPresent();
        assertThat(Plover.isType(c.type().get())).as(c.cameo()).isTrue();
      }
    }
  }

  @Test
  void givesOnlyModesTheOntologyAllowsForTheType() {
    for (Plover.Code c : plover.codes()) {
      c.mode().ifPresent(m -> assertThat(MODES.getOrDefault(c.type().orElse("-"), Set.of()))
          .as("mode of " + c.cameo()).contains(m));
    }
  }

  static Stream<Arguments> knownCodes() {
    return Stream.of(
        Arguments.of("036", "AGREE", null),
        Arguments.of("044", "CONSULT", "third-party"),
        Arguments.of("0256", "REQUEST", "yield"),
        Arguments.of("111", "ACCUSE", "disapprove"),
        Arguments.of("125", "REJECT", "meet"),
        Arguments.of("163", "COERCE", "restrict"),
        Arguments.of("164", "SANCTION", "withdraw"),
        Arguments.of("173", "COERCE", "arrest"),
        Arguments.of("195", "ASSAULT", "aerial"),
        Arguments.of("0871", "RETREAT", "ceasefire"));
  }

  @ParameterizedTest
  @MethodSource("knownCodes")
  void mapsCameoCodeToPloverTypeAndMode(String cameo, String type, String mode) {
    Plover.Code c = plover.expect(cameo);
    assertThat(c.type()).contains(type);
    assertThat(c.mode().orElse(null)).isEqualTo(mode);
  }

  @Test
  void keepsLeadingZerosAndRejectsUnknownCodes() {
    assertThat(plover.find("010")).isPresent();
    assertThat(plover.find("10")).isPresent().get().extracting(Plover.Code::name).isEqualTo("DEMAND");
    assertThat(plover.find("44")).isEmpty();
    assertThatThrownBy(() -> plover.expect("999")).hasMessageContaining("999");
  }

  @Test
  void listsTypesInPloverOrder() {
    assertThat(Plover.TYPES.subList(0, 2)).isEqualTo(List.of("AGREE", "CONSULT"));
  }
}
