package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Parley;
import org.parley.actors.ActorDictionaries;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;

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
    // the event stage may add "navy", the subject of an event, as an unnamed group of its own
    assertThat(actors("The navy held a military exercise. The president attended an official dinner."))
        .filteredOn(x -> !x.evidence().startsWith("events:"))
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

  // --- each form of in-article evidence ----------------------------------------------------------

  static Stream<Arguments> evidenceForms() {
    return Stream.of(
        // text, actor name, expected code, expected source of the code
        Arguments.of("Russia's Deputy Foreign Minister Gennady Gatilov said the talks would go on.",
            "Gennady Gatilov", "RUSGOV", "article"),
        Arguments.of("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov",
            "RUSGOV", "article"),
        Arguments.of("Gennady Gatilov, Russia's deputy foreign minister, said the talks would go on.",
            "Gennady Gatilov", "RUSGOV", "article"),
        Arguments.of("Polish police chief Jan Kowalczyk said the border was calm.",
            "Jan Kowalczyk", "POLCOP", "article"),
        Arguments.of("Moscow said the strikes would continue.", "Russia (government)", "RUSGOV",
            "built-in"),
        Arguments.of("The White House said the strikes must stop.",
            "United States (government)", "USAGOV", "built-in"),
        Arguments.of("Reuters reported the deal on Monday.", "Reuters", "GBRMED", "built-in"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evidenceForms")
  void readsCountryAndSectorFromEachFormOfEvidence(String text, String name, String code,
      String source) {
    Actor a = named(actors(text), name).orElseThrow(() -> new AssertionError(
        name + " not among " + actors(text)));
    assertThat(a.code()).contains(code);
    assertThat(a.codeSource()).contains(source);
  }

  @Test
  void readsUnnamedGroupsWithTheirCountry() {
    assertThat(codes("US officials said the plan would fail. Syrian opposition members walked"
        + " out.")).contains("USAGOV", "SYROPP");
  }

  @Test
  void readsAnUnnamedPersonOrInstitutionOfACountry() {
    List<Actor> a = actors("A Tunisian court has jailed a Nigerian student for two years.");
    assertThat(a).extracting(x -> x.code().orElse("?")).contains("TUNJUD", "NGAEDU");
    assertThat(a).filteredOn(x -> x.code().orElse("").equals("TUNJUD"))
        .extracting(Actor::kind).containsExactly(Actor.Kind.ORGANIZATION);
  }

  @Test
  void readsGeorgiaAsTheUsStateWhenTheArticleIsAboutTheState() {
    String state = "Georgia Gov. Brian Kemp said the runoff would go ahead. Voters in Atlanta"
        + " lined up early. Georgia said the count was accurate.";
    assertThat(codes(state)).doesNotContain("GEOGOV");
    assertThat(named(actors(state), "Brian Kemp").orElseThrow().country()).contains("USA");
    String country = "Georgia said Russian troops had crossed into Abkhazia. Tbilisi asked for"
        + " talks.";
    assertThat(codes(country)).contains("GEOGOV");
  }

  @Test
  void givesAMinistryWithNoCountryTheArticlesGovernment() {
    List<Actor> a = actors("Moscow said the sanctions would hurt. The Kremlin denied it."
        + " The Ministry of Finance said the budget was safe.");
    Actor russia = a.stream().filter(x -> x.code().orElse("").equals("RUSGOV")).findFirst()
        .orElseThrow();
    assertThat(russia.mentions()).hasSize(3);
  }

  @Test
  void givesABareSurnameToTheMostNamedOfThoseWhoBearIt() {
    List<Actor> a = actors("Mark Kelly spoke first. Mark Kelly said the vote was close."
        + " His wife, Gabrielle Kelly, watched. Kelly said he would win.");
    // three names, and the "he" that opens what he said
    assertThat(named(a, "Mark Kelly").orElseThrow().mentions()).hasSize(4);
    assertThat(named(a, "Gabrielle Kelly").orElseThrow().mentions()).hasSize(1);
  }

  @Test
  void joinsSurnameAndRoleNounToTheNamedPerson() {
    List<Actor> a = actors("UN envoy Staffan de Mistura arrived on Monday. De Mistura said the"
        + " talks would resume. The envoy added that aid was ready.");
    Actor envoy = a.stream().filter(x -> x.name().endsWith("Mistura")).findFirst().orElseThrow();
    assertThat(envoy.mentions()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(envoy.code()).contains("IGOUNO");
  }

  // --- user dictionaries -------------------------------------------------------------------------

  private static volatile Pipeline withDictionaries;

  private static Path fixture(String name) {
    try {
      return Path.of(ActorResolverTest.class.getResource("/dictionaries/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Actor> actorsWithDictionaries(String text, String date) {
    if (withDictionaries == null) {
      withDictionaries = Parley.pipeline(CoreNlpStage.shared(), ActorDictionaries.load(
          List.of(fixture("test.actors.txt"), fixture("test.actors.csv")),
          List.of(fixture("test.agents.txt"))));
    }
    Article article = Article.of("test", text);
    if (date != null) {
      article = article.withPublished(LocalDate.parse(date));
    }
    return withDictionaries.run(article).actors();
  }

  static Stream<Arguments> datedDictionaryCodes() {
    return Stream.of(
        Arguments.of("2016-02-11", "Tomas Brevik", "NORGOV"),
        Arguments.of("2001-05-01", "Tomas Brevik", "NORMIL"),
        Arguments.of("1990-05-01", "Tomas Brevik", "NORBUS"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datedDictionaryCodes")
  void takesTheDictionaryCodeValidOnThePublicationDate(String date, String name, String code) {
    Actor a = named(actorsWithDictionaries(name + " said the talks would go on.", date), name)
        .orElseThrow();
    assertThat(a.code()).contains(code);
    assertThat(a.codeSource()).contains("dictionary");
    assertThat(a.evidence()).contains("test.actors.txt line");
    assertThat(a.key()).isEqualTo("dict:TOMAS_BREVIK");
  }

  @Test
  void findsADictionaryOrganizationByAnyOfItsNames() {
    List<Actor> a = actorsWithDictionaries("The Northern Valley Front said it had taken the town."
        + " Later the NVF withdrew.", "2016-02-11");
    Actor front = a.stream().filter(x -> x.code().orElse("").equals("XYZREB")).findFirst()
        .orElseThrow(() -> new AssertionError(a.toString()));
    assertThat(front.mentions()).hasSize(2);
    assertThat(front.key()).isEqualTo("dict:NORTHERN_VALLEY_FRONT");
  }

  @Test
  void letsTheArticlesTitleWinOverTheDictionary() {
    Actor a = named(actorsWithDictionaries("French Defense Minister Tomas Brevik said the talks"
        + " would go on.", "2016-02-11"), "Tomas Brevik").orElseThrow();
    assertThat(a.country()).contains("FRA");
    assertThat(a.codeSource()).contains("article");
    assertThat(a.key()).isEqualTo("dict:TOMAS_BREVIK");
  }

  @Test
  void readsOurOwnCsvDictionary() {
    Actor a = named(actorsWithDictionaries("Jane Roe said the bill would pass.", "2020-03-01"),
        "Jane Roe").orElseThrow();
    assertThat(a.code()).contains("GBRGOV");
    assertThat(a.role()).contains("Home Secretary");
  }

  @Test
  void usesAgentNounsAsRoleWords() {
    assertThat(actorsWithDictionaries("Kenyan herdsmen protested on Monday.", null))
        .extracting(x -> x.code().orElse("?")).contains("KENAGR");
  }

  // --- identity across articles ------------------------------------------------------------------

  @Test
  void givesTheSamePersonTheSameKeyInTwoArticles() {
    String one = key(actors("Russian Foreign Minister Sergei Lavrov met reporters. Lavrov said"
        + " the talks would go on."), "Lavrov");
    String two = key(actors("\"We will not yield,\" said Sergei Lavrov, Russia's foreign"
        + " minister."), "Lavrov");
    assertThat(one).isEqualTo(two).startsWith("person:");
    String other = key(actors("Polish police chief Jan Kowalczyk said the border was calm."),
        "Kowalczyk");
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void givesTheSameGovernmentTheSameKeyWhateverItIsCalled() {
    String one = key(actors("Moscow said the strikes would continue."), "Russia");
    String two = key(actors("The Kremlin denied the report."), "Russia");
    assertThat(one).isEqualTo(two).isEqualTo("government:RUSGOV");
  }

  @Test
  void keysAPersonADictionaryKnowsByTheDictionaryId() {
    String one = key(actorsWithDictionaries("Tomas Brevik spoke.", "2016-02-11"), "Brevik");
    String two = key(actorsWithDictionaries("Norway's minister Tom Brevik said no.", "2016-02-11"),
        "Brevik");
    assertThat(one).isEqualTo(two).isEqualTo("dict:TOMAS_BREVIK");
  }

  private static String key(List<Actor> actors, String nameContains) {
    return actors.stream().filter(a -> a.name().contains(nameContains)).findFirst()
        .map(Actor::key).orElseThrow(() -> new AssertionError(nameContains + " not in " + actors));
  }
}
