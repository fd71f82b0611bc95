package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.actors.Gazetteer.Entry;
import org.parley.actors.Gazetteer.Type;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.builtIn();

  static Stream<Arguments> phrases() {
    return Stream.of(
        // phrase, type, country, first sector
        Arguments.of("Moscow", Type.METONYM, "RUS", "GOV"),
        Arguments.of("the Kremlin", Type.METONYM, "RUS", "GOV"),
        Arguments.of("The Kremlin", Type.METONYM, "RUS", "GOV"),
        Arguments.of("Kremlin", Type.METONYM, "RUS", "GOV"),
        Arguments.of("the Pentagon", Type.METONYM, "USA", "MIL"),
        Arguments.of("Downing Street", Type.METONYM, "GBR", "GOV"),
        Arguments.of("Capitol Hill", Type.METONYM, "USA", "LEG"),
        Arguments.of("Washington", Type.METONYM, "USA", "GOV"),
        Arguments.of("Riyadh", Type.METONYM, "SAU", "GOV"),
        Arguments.of("Russia", Type.COUNTRY, "RUS", "GOV"),
        Arguments.of("Russian Federation", Type.COUNTRY, "RUS", "GOV"),
        Arguments.of("US", Type.COUNTRY, "USA", "GOV"),
        Arguments.of("U.S.", Type.COUNTRY, "USA", "GOV"),
        Arguments.of("Britain", Type.COUNTRY, "GBR", "GOV"),
        Arguments.of("South Korea", Type.COUNTRY, "KOR", "GOV"),
        Arguments.of("North Korea", Type.COUNTRY, "PRK", "GOV"),
        Arguments.of("Kosovo", Type.COUNTRY, "XKX", "GOV"),
        Arguments.of("Ivory Coast", Type.COUNTRY, "CIV", "GOV"),
        Arguments.of("Palestinian territories", Type.COUNTRY, "PSE", "GOV"),
        Arguments.of("Russian", Type.ADJECTIVE, "RUS", null),
        Arguments.of("Russians", Type.ADJECTIVE, "RUS", null),
        Arguments.of("Saudi", Type.ADJECTIVE, "SAU", null),
        Arguments.of("Syrian", Type.ADJECTIVE, "SYR", null),
        Arguments.of("Reuters", Type.ORGANIZATION, "GBR", "MED"),
        Arguments.of("AP", Type.ORGANIZATION, "USA", "MED"),
        Arguments.of("TASS", Type.ORGANIZATION, "RUS", "MED"),
        Arguments.of("RT", Type.ORGANIZATION, "RUS", "MED"),
        Arguments.of("Al Jazeera", Type.ORGANIZATION, "QAT", "MED"),
        Arguments.of("UN", Type.ORGANIZATION, "IGO", "IGO"),
        Arguments.of("U.N.", Type.ORGANIZATION, "IGO", "IGO"),
        Arguments.of("NATO", Type.ORGANIZATION, "IGO", "IGO"),
        Arguments.of("International Syria Support Group", Type.ORGANIZATION, "IGO", "IGO"),
        Arguments.of("Amnesty International", Type.ORGANIZATION, "NGO", "NGO"),
        Arguments.of("State Department", Type.ORGANIZATION, "USA", "GOV"),
        Arguments.of("Knesset", Type.ORGANIZATION, "ISR", "LEG"),
        Arguments.of("Hezbollah", Type.ORGANIZATION, "LBN", "REB"),
        Arguments.of("Islamic State", Type.ORGANIZATION, "IMG", "REB"),
        Arguments.of("Sergey Lavrov", Type.PERSON, "RUS", "GOV"),
        Arguments.of("Sergei Lavrov", Type.PERSON, "RUS", "GOV"),
        Arguments.of("Staffan de Mistura", Type.PERSON, "IGO", "IGO"));
  }

  @ParameterizedTest(name = "{0} is {1} {2} {3}")
  @MethodSource("phrases")
  void findsPhraseWithItsCountryAndSector(String phrase, Type type, String country, String sector) {
    Optional<Entry> e = GAZETTEER.first(phrase, type);
    assertThat(e).as(phrase).isPresent();
    assertThat(e.get().country()).isEqualTo(country);
    if (sector == null) {
      assertThat(e.get().sectors()).isEmpty();
    } else {
      assertThat(e.get().sectors()).first().isEqualTo(sector);
    }
  }

  static Stream<Arguments> roles() {
    return Stream.of(
        Arguments.of("deputy foreign minister", "GOV", "yes"),
        Arguments.of("Deputy Foreign Minister", "GOV", "yes"),
        Arguments.of("secretary of state", "GOV", "yes"),
        Arguments.of("spokeswoman", "GOV", "yes"),
        Arguments.of("official", "GOV", "yes"),
        Arguments.of("officials", "GOV", "group"),
        Arguments.of("envoy", "GOV", "yes"),
        Arguments.of("defense minister", "MIL", "yes"),
        Arguments.of("troops", "MIL", "yes"),
        Arguments.of("army", "MIL", "group"),
        Arguments.of("senator", "LEG", "yes"),
        Arguments.of("judge", "JUD", "yes"),
        Arguments.of("police", "COP", "group"),
        Arguments.of("rebels", "REB", "group"),
        Arguments.of("opposition", "OPP", "group"),
        Arguments.of("protesters", "CVL", "group"),
        Arguments.of("journalist", "MED", "yes"),
        Arguments.of("ceo", "BUS", "yes"));
  }

  @ParameterizedTest(name = "{0} is {1} ({2})")
  @MethodSource("roles")
  void findsRoleWithItsSectorAndKind(String phrase, String sector, String kind) {
    Optional<Entry> r = GAZETTEER.role(phrase);
    assertThat(r).as(phrase).isPresent();
    assertThat(r.get().sectors()).containsExactly(sector);
    assertThat(r.get().kind()).isEqualTo(kind);
  }

  @Test
  void givesNoSectorToRolesThatSayNothingOfIt() {
    assertThat(GAZETTEER.role("leader")).get().extracting(Entry::sectors).asList().isEmpty();
  }

  @Test
  void keepsPersonOnlyWithinTheDatesOfTheOffice() {
    Entry kerry = GAZETTEER.first("John Kerry", Type.PERSON).orElseThrow();
    assertThat(kerry.role()).isEqualTo("Secretary of State");
    assertThat(kerry.validOn(LocalDate.of(2016, 2, 11))).isTrue();
    assertThat(kerry.validOn(LocalDate.of(2012, 6, 1))).isFalse();
    assertThat(kerry.validOn(LocalDate.of(2019, 6, 1))).isFalse();
    assertThat(kerry.validOn(null)).isTrue();
  }

  @Test
  void listsEachOfficeOfAPersonSeparately() {
    assertThat(officesOn("Donald Trump", LocalDate.of(2018, 1, 1))).containsExactly("President");
    assertThat(officesOn("Donald Trump", LocalDate.of(2023, 1, 1))).isEmpty();
    assertThat(officesOn("Trump", LocalDate.of(2025, 6, 1))).containsExactly("President");
    assertThat(officesOn("Putin", LocalDate.of(2010, 1, 1))).containsExactly("Prime Minister");
    assertThat(officesOn("Putin", LocalDate.of(2016, 2, 11))).containsExactly("President");
  }

  @Test
  void listsTheLatestOfficeFirstForArticlesWithoutADate() {
    assertThat(GAZETTEER.first("Putin", Type.PERSON)).get().extracting(Entry::role)
        .isEqualTo("President");
    assertThat(GAZETTEER.first("Mike Pompeo", Type.PERSON)).get().extracting(Entry::role)
        .isEqualTo("Secretary of State");
  }

  private static List<String> officesOn(String name, LocalDate date) {
    List<String> out = new ArrayList<>();
    for (Entry e : GAZETTEER.lookup(name)) {
      if (e.type() == Type.PERSON && e.validOn(date)) {
        out.add(e.role());
      }
    }
    return out;
  }

  @Test
  void leavesOutCapitalsThatAreCommonNames() {
    for (String risky : List.of("Victoria", "Kingston", "Lima", "Male", "Sofia", "Brussels")) {
      assertThat(GAZETTEER.lookup(risky)).as(risky).isEmpty();
    }
  }

  @Test
  void matchesLowerCaseTextOnlyWhenListedSo() {
    assertThat(GAZETTEER.lookup("turkey")).isEmpty();
    assertThat(GAZETTEER.lookup("china")).isEmpty();
    assertThat(GAZETTEER.first("RUSSIA", Type.COUNTRY)).isPresent();
    assertThat(GAZETTEER.lookup("Un")).isEmpty();
  }

  @Test
  void keepsCountryNamesInsideOtherNamesFromBeingActors() {
    assertThat(GAZETTEER.lookup("Latin America")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Type.OTHER))
        .satisfies(e -> assertThat(e.country()).isNull());
    assertThat(GAZETTEER.first("New Mexico", Type.OTHER)).get().extracting(Entry::country)
        .isEqualTo("USA");
    assertThat(GAZETTEER.first("the Paris Agreement", Type.OTHER)).isEmpty();
    assertThat(GAZETTEER.first("Paris Agreement", Type.OTHER)).isPresent();
    assertThat(GAZETTEER.first("Paris", Type.METONYM)).get().extracting(Entry::country)
        .isEqualTo("FRA");
  }

  @Test
  void namesCountriesByTheirCommonName() {
    assertThat(GAZETTEER.countryName("RUS")).isEqualTo("Russia");
    assertThat(GAZETTEER.countryName("USA")).isEqualTo("United States");
    assertThat(GAZETTEER.countryName("GBR")).isEqualTo("United Kingdom");
    assertThat(GAZETTEER.countryName("IGO")).isEqualTo("IGO");
  }

  @Test
  void hasEveryCountryOnceWithAThreeLetterCode() throws IOException {
    List<String[]> rows = rows("countries.tsv");
    Set<String> codes = new HashSet<>();
    for (String[] c : rows) {
      assertThat(c).hasSize(4);
      assertThat(c[0]).matches("[A-Z]{3}");
      assertThat(codes.add(c[0])).as("duplicate code " + c[0]).isTrue();
      assertThat(c[1]).as(c[0] + " names").isNotBlank().isNotEqualTo("-");
    }
    assertThat(codes).hasSizeGreaterThanOrEqualTo(250).contains("USA", "RUS", "PSE", "TWN", "XKX");
  }

  @Test
  void usesOnlyKnownCodesInOrganizationsAndPeople() throws IOException {
    Set<String> countries = new HashSet<>();
    for (String[] c : rows("countries.tsv")) {
      countries.add(c[0]);
    }
    countries.addAll(List.of("IGO", "NGO", "IMG"));
    Set<String> kinds = Set.of("organization", "government", "media", "group");
    for (String[] c : rows("organizations.tsv")) {
      assertThat(c).as(c[0]).hasSize(4);
      assertThat(countries).as(c[0]).contains(c[1]);
      assertThat(c[2].split("\\|")).as(c[0]).allMatch(s -> s.matches("[A-Z]{3}"));
      assertThat(kinds).as(c[0]).contains(c[3]);
      if (c[3].equals("media")) {
        assertThat(c[2]).as(c[0]).contains("MED");
      }
    }
    for (String[] c : rows("people.tsv")) {
      assertThat(c).as(c[0]).hasSize(6);
      assertThat(countries).as(c[0]).contains(c[1]);
      LocalDate from = date(c[4]);
      LocalDate to = date(c[5]);
      assertThat(from).as(c[0] + " from").isNotNull();
      if (to != null) {
        assertThat(to).as(c[0]).isAfterOrEqualTo(from);
      }
    }
    for (String[] c : rows("other-names.tsv")) {
      assertThat(c).as(c[0]).hasSize(3);
      if (!c[1].equals("-")) {
        assertThat(c[1]).as(c[0]).isIn(countries.toArray()).isNotIn("IGO", "NGO", "IMG");
      }
    }
    for (String[] c : rows("roles.tsv")) {
      assertThat(c).as(c[0]).hasSize(3);
      assertThat(c[1]).as(c[0]).matches("[A-Z]{3}|-");
      assertThat(c[2]).as(c[0]).isIn("yes", "group");
    }
  }

  @Test
  void givesEachRolePhraseOneMeaning() throws IOException {
    Set<String> seen = new HashSet<>();
    for (String[] c : rows("roles.tsv")) {
      for (String r : c[0].split("\\|")) {
        assertThat(seen.add(r.strip().toLowerCase())).as("listed twice: " + r).isTrue();
      }
    }
  }

  @Test
  void loadsAFreshCopyEqualToTheBuiltIn() {
    // Load time is measured by `parley bench` (models loaded in ...), not asserted here: a timed
    // unit test fails on a busy machine and proves nothing on a quiet one.
    Gazetteer g = Gazetteer.load();
    assertThat(g.first("Moscow", Type.METONYM)).isPresent();
    assertThat(g.countryName("RUS")).isEqualTo(Gazetteer.builtIn().countryName("RUS"));
  }

  private static LocalDate date(String s) {
    return s.equals("-") ? null : LocalDate.parse(s);
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream("/org/parley/actors/" + file)) {
      assertThat(in).as(file).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    }
    return out;
  }
}
