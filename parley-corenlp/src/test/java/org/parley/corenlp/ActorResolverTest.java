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

/** The actor stage on small sentences, one journalistic phenomenon each. */
class ActorResolverTest {

  private static List<Actor> actors(String text) {
    return Shared.analyze("test", text).actors();
  }

  private static List<String> codes(String text) {
    return actors(text).stream().map(a -> a.code().orElse("?")).toList();
  }

  private static Optional<Actor> named(List<Actor> actors, String name) {
    return actors.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  static Stream<Arguments> noGovernment() {
    return Stream.of(
        Arguments.of("Acting Homeland Security Secretary Chad Wolf said the agency would act.",
            "TCDGOV"),
        Arguments.of("Rep. Jim Jordan criticized the plan on Tuesday.", "JORGOV"),
        Arguments.of("Syria rebels seized the base on Monday.", "SYRGOV"),
        Arguments.of("Hong Kong protesters marched on Sunday.", "HKGGOV"),
        Arguments.of("A rocket hit Baghdad airport on Friday.", "IRQGOV"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noGovernment")
  void readsNoGovernmentFromANameOrANonStateModifier(String text, String code) {
    assertThat(codes(text)).doesNotContain(code);
  }

  @Test
  void readsNoOutletInsideAPersonsName() {
    assertThat(actors("Michael Bloomberg donated money to the campaign."))
        .extracting(Actor::name).containsExactly("Michael Bloomberg");
  }

  @Test
  void readsNoRoleFromTheModifierOfAThing() {
    assertThat(actors("The navy held a military exercise. The president attended an official dinner."))
        .noneMatch(Actor::anonymous);
  }

  @Test
  void makesNoGroupOnTopOfAKnownOrganization() {
    List<Actor> a = actors("The Free Syrian Army said it had captured the town.");
    assertThat(a).extracting(x -> x.code().orElse("?")).containsExactly("SYRREB");
  }

  @Test
  void keepsCountrylessGroupsApartFromOtherGroups() {
    List<Actor> a = actors("Saudi-backed government forces attacked the village. "
        + "Russian Foreign Ministry officials said the strikes would continue.");
    Actor officials = a.stream().filter(x -> x.name().contains("officials")).findFirst().orElseThrow();
    assertThat(officials.mentions()).hasSize(1);
  }

  @Test
  void givesAnIgoAndAnNgoTheirSubcodeNotTheirCountryTwice() {
    assertThat(codes("The International Syria Support Group met in Munich. UN officials said "
        + "aid would arrive. Amnesty International said the strikes were illegal."))
        .noneMatch(c -> c.equals("IGOIGO") || c.equals("NGONGO"))
        .contains("IGO", "IGOUNO");
  }

  @Test
  void readsAnOutletAfterTheNameAsAJournalistsTitle() {
    Actor aleem = named(actors("\"This is absurd,\" said Zeeshan Aleem, Vox."), "Zeeshan Aleem")
        .orElseThrow();
    assertThat(aleem.code()).contains("USAMED");
  }

  @Test
  void readsNamesAndTitlesAcrossOf() {
    List<Actor> a = actors("The House of Commons voted on the bill. "
        + "Troops entered the Republic of the Congo.");
    assertThat(a).extracting(x -> x.code().orElse("?")).contains("GBRLEG", "COGGOV")
        .doesNotContain("CODGOV");
    assertThat(a).extracting(Actor::name).doesNotContain("House", "Commons");
  }

  @Test
  void makesNoActorOfAnOrganizationInsideATitle() {
    assertThat(actors("Foreign Ministry spokeswoman Maria Zakharova said the talks would fail."))
        .extracting(Actor::name).containsExactly("Maria Zakharova");
  }

  @Test
  void keepsAListedOrganizationThatNerTagsAsAPerson() {
    assertThat(codes("Al Qaeda claimed the attack on Sunday.")).containsExactly("IMGREB");
  }

  @Test
  void givesABareListedSurnameToThePersonItNamesNotToTheLastRelative() {
    List<Actor> a = actors("Donald Trump and his wife Melania Trump arrived in Florida. "
        + "Trump said the economy was strong.");
    Actor donald = named(a, "Donald Trump").orElseThrow();
    Actor melania = named(a, "Melania Trump").orElseThrow();
    assertThat(donald.mentions()).hasSize(2);
    assertThat(melania.mentions()).hasSize(1);
  }

  static Stream<Arguments> targetsAfterOnAndTo() {
    return Stream.of(
        Arguments.of("The United States imposed sanctions on Iran.", "IRNGOV"),
        Arguments.of("The minister called on Russia to stop the strikes.", "RUSGOV"),
        Arguments.of("Kerry flew to Moscow on Tuesday.", "RUSGOV"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targetsAfterOnAndTo")
  void keepsACountryAfterOnOrToAsAnActor(String text, String code) {
    assertThat(codes(text)).contains(code);
  }

  @Test
  void stillReadsACountryAfterInAsAPlace() {
    assertThat(codes("The talks were held in Syria last week.")).doesNotContain("SYRGOV");
  }
}
