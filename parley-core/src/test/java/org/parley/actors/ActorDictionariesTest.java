package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.actors.ActorDictionaries.Agent;
import org.parley.actors.ActorDictionaries.Match;
import org.parley.actors.ActorDictionaries.Problem;

class ActorDictionariesTest {
  private static final ActorDictionaries DICT =
      ActorDictionaries.load(
          List.of(fixture("fixture.actors.txt"), fixture("fixture.actors.csv")),
          List.of(fixture("fixture.agents.txt")));

  static Path fixture(String name) {
    try {
      return Path.of(ActorDictionariesTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> datedCodes() {
    return Stream.of(
        // name as written in a text, date (null: unknown), expected code ("" : none)
        Arguments.of("Sergey Lavrov", "2016-02-11", "RUSGOV"),
        Arguments.of("Sergei Lavrov", "2000-06-01", "RUSGOV"),
        Arguments.of("Lavrov", "1990-01-01", "RUSELI"),
        Arguments.of("Lavrov", null, "RUSELI"),
        Arguments.of("Kofi Annan", "2001-01-01", "IGOUNO"),
        Arguments.of("K. Annan", "2016-02-11", "ELI"),
        Arguments.of("Old King", "1940-01-01", "ARNGOV"),
        Arguments.of("Old King", "1960-01-01", ""),
        Arguments.of("Old King", null, "ARNGOV"),
        Arguments.of("Russia", "2016-02-11", "RUS"),
        Arguments.of("Russian Federation", null, "RUS"),
        Arguments.of("Moscow", null, "RUS"),
        // a name without a code shares the next name's codes, as in PETRARCH
        Arguments.of("U.N.", null, "IGOUNO"),
        Arguments.of("UN chief", null, "IGOUNO"),
        // the good code of an entry with a broken date line still loads
        Arguments.of("Broken Date Person", "2016-02-11", "FRAELI"),
        Arguments.of("Westeros Guard", null, "WESMIL"),
        // our CSV
        Arguments.of("Jane Roe", "2020-01-01", "GBRGOV"),
        Arguments.of("J. Roe", "2020-01-01", "GBRGOV"),
        Arguments.of("Jane Roe", "2022-01-01", ""),
        Arguments.of("Acme Watch, Inc.", null, "USANGOHRI"),
        Arguments.of("Acme", null, "USANGOHRI"));
  }

  @ParameterizedTest
  @MethodSource("datedCodes")
  void choosesTheCodeByTheArticleDate(String name, String date, String code) {
    Optional<DictionaryEntry> e = DICT.exact(List.of(name.split(" ")));
    assertThat(e).as(name).isPresent();
    LocalDate d = date == null ? null : LocalDate.parse(date);
    assertThat(e.get().codeOn(d).orElse("")).as(name + " on " + date).isEqualTo(code);
  }

  @Test
  void reportsEachMalformedLineWithFileAndLineAndLoadsTheRest() {
    assertThat(DICT.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).startsWith("fixture.actors.txt:28: bad date"))
        .anySatisfy(p -> assertThat(p).startsWith("fixture.actors.txt:30: bad date"))
        .anySatisfy(p -> assertThat(p).startsWith("fixture.actors.txt:32: unclosed '['"))
        .anySatisfy(p -> assertThat(p).startsWith("fixture.agents.txt:9: expected an agent code"))
        .anySatisfy(p -> assertThat(p).startsWith("fixture.actors.csv:4: country must be"))
        .anySatisfy(p -> assertThat(p).startsWith("fixture.actors.csv:5: dates must be ISO"))
        .hasSize(6);
    assertThat(DICT.exact(List.of("Unclosed"))).isEmpty();
    assertThat(DICT.exact(List.of("Bad", "Code"))).isEmpty();
    assertThat(DICT.exact(List.of("Afghan", "National", "Army"))).isPresent();
  }

  @Test
  void skipsCommentsOfEveryKind() {
    assertThat(DICT.exact(List.of("NOT", "A", "NAME"))).isEmpty();
    assertThat(DICT.exact(List.of("the", "capital"))).isEmpty();
    assertThat(DICT.exact(List.of("Sergey", "Lavrov")).get().codes()).hasSize(3);
  }

  @Test
  void findsTheLongestNamesInARunOfTokens() {
    List<String> words = List.of("the", "U.N.", "said", "Sergei", "Lavrov", "and", "the",
        "Afghan", "National", "Army", "met");
    List<Match> m = DICT.find(words, 0, words.size());
    assertThat(m).extracting(x -> words.subList(x.from(), x.to()).toString())
        .containsExactly("[U.N.]", "[Sergei, Lavrov]", "[Afghan, National, Army]");
    assertThat(m.get(1).entry().id()).isEqualTo("SERGEY_LAVROV");
    assertThat(m.get(1).entry().name()).isEqualTo("Sergey Lavrov");
  }

  static Stream<Arguments> agents() {
    return Stream.of(
        Arguments.of("foreign minister", "GOV", false),
        Arguments.of("foreign ministers", "GOV", false),
        Arguments.of("police", "COP", false),
        Arguments.of("attorneys general", "GOVJUD", false),
        Arguments.of("militias", "REB", false),
        Arguments.of("congresswoman", "LEG", false),
        Arguments.of("congressmen", "LEG", false),
        Arguments.of("peacekeeping troops", "IGO", true),
        Arguments.of("journalists", "MED", false));
  }

  @ParameterizedTest
  @MethodSource("agents")
  void readsAgentNounsWithPluralsAndSubstitutions(String phrase, String code, boolean prefix) {
    Optional<Agent> a = DICT.agent(phrase);
    assertThat(a).as(phrase).isPresent();
    assertThat(a.get().code()).isEqualTo(code);
    assertThat(a.get().prefix()).isEqualTo(prefix);
  }

  @Test
  void makesNoPluralWhereTheFileSaysNone() {
    assertThat(DICT.agent("polices")).isEmpty();
    assertThat(DICT.agent("attorney generals")).isEmpty();
    assertThat(DICT.agent("congress")).isEmpty();
  }

  @Test
  void showsDictionaryNamesInOrdinaryCase() {
    assertThat(ActorDictionaries.display("SERGEY_LAVROV_")).isEqualTo("Sergey Lavrov");
    assertThat(ActorDictionaries.display("UN_ENVOY")).isEqualTo("UN Envoy");
    assertThat(ActorDictionaries.display("BANK_OF_THE_EAST")).isEqualTo("Bank of the East");
    assertThat(ActorDictionaries.display("BAN_KI-MOON")).isEqualTo("Ban Ki-Moon");
  }

  @Test
  void splitsCodesIntoCountryAndSectors() {
    assertThat(ActorDictionaries.countryOf("USAGOVLEG")).isEqualTo("USA");
    assertThat(ActorDictionaries.sectorsOf("USAGOVLEG")).containsExactly("GOV", "LEG");
    assertThat(ActorDictionaries.countryOf("ELI")).isNull();
    assertThat(ActorDictionaries.sectorsOf("IGOUNO")).containsExactly("UNO");
  }

  /**
   * The real Phoenix dictionaries load whole, with their date-bounded codes. Their load time and
   * heap (the issue asks for under 3 s and 300 MB) are printed here and by {@code parley eval
   * actors}, not asserted: a timed unit test only measures how busy the machine is.
   */
  @Test
  void loadsThePhoenixDictionaries() {
    String shared = System.getProperty("parley.shared");
    assertThat(shared).as("system property parley.shared (set by surefire)").isNotNull();
    Path dir = Path.of(shared, "data/events/petrarch2");
    assertThat(dir.resolve("Phoenix.Countries.actors.txt"))
        .as("Phoenix dictionaries under " + dir).exists();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    ActorDictionaries d = ActorDictionaries.load(
        List.of(dir.resolve("Phoenix.Countries.actors.txt"),
            dir.resolve("Phoenix.International.actors.txt"),
            dir.resolve("Phoenix.MilNonState.actors.txt")),
        List.of(dir.resolve("Phoenix.agents.txt")));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("Phoenix dictionaries: %s; %d ms; about %d MB retained%n", d.summary(), ms,
        (after - before) >> 20);
    assertThat(d.summary()).contains("actors");
    assertThat(d.exact(List.of("Sergei", "Lavrov")).orElseThrow()
        .codeOn(LocalDate.of(2016, 2, 11))).contains("RUSGOV");
    assertThat(Files.exists(dir)).isTrue();
  }
}
