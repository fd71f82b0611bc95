package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Actor;
import org.parley.model.Analysis;

/** The actors of the ceasefire example, as its hand-made reading has them. */
class ActorResolverExampleTest {

  private static Actor actor(Analysis a, String name) {
    return a.actors().stream().filter(x -> x.name().contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named like " + name + " in "
            + a.actors().stream().map(Actor::name).toList()));
  }

  private static List<String> mentions(Analysis a, Actor x) {
    return x.mentions().stream().map(s -> s.in(a.text())).toList();
  }

  static Stream<Arguments> actors() {
    return Stream.of(
        Arguments.of("Lavrov", "RUSGOV", null),
        Arguments.of("John Kerry", "USAGOV", null),
        Arguments.of("Dmitry Peskov", "RUSGOV", "Kremlin spokesman"),
        Arguments.of("Mark Toner", "USAGOV", "State Department spokesman"),
        Arguments.of("Gennady Gatilov", "RUSGOV", "Deputy Foreign Minister"),
        Arguments.of("Staffan de Mistura", "IGOUNO", "UN envoy"),
        Arguments.of("Maria Zakharova", "RUSGOV", "Foreign Ministry spokeswoman"),
        Arguments.of("Russia (government)", "RUSGOV", null),
        Arguments.of("United States (government)", "USAGOV", null),
        Arguments.of("International Syria Support Group", "IGO", null),
        Arguments.of("Associated Press", "USAMED", null),
        Arguments.of("Reuters", "GBRMED", null),
        Arguments.of("TASS", "RUSMED", null),
        Arguments.of("RT", "RUSMED", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actors")
  void resolvesEachActorWithCodeAndRole(String name, String code, String role) {
    Actor x = actor(Shared.example(), name);
    assertThat(x.code()).contains(code);
    if (role != null) {
      assertThat(x.role()).contains(role);
    }
  }

  @Test
  void joinsMetonymsAndTheTitlesCountryToOneGovernmentPerCountry() {
    Analysis a = Shared.example();
    assertThat(a.actors().stream().filter(x -> x.code().orElse("").equals("RUSGOV")
        && x.kind() == Actor.Kind.GOVERNMENT)).hasSize(1);
    assertThat(a.actors().stream().filter(x -> x.code().orElse("").equals("USAGOV")
        && x.kind() == Actor.Kind.GOVERNMENT)).hasSize(1);
    assertThat(mentions(a, actor(a, "Russia (government)"))).contains("Moscow", "Kremlin");
    assertThat(mentions(a, actor(a, "United States (government)")))
        .contains("US", "Washington", "State Department");
  }

  @Test
  void joinsLaterShortMentionsAndPronounsToTheirPerson() {
    Analysis a = Shared.example();
    assertThat(mentions(a, actor(a, "Mistura"))).contains("Staffan de Mistura", "De Mistura");
    assertThat(mentions(a, actor(a, "Gatilov"))).contains("Gennady Gatilov", "he");
    assertThat(mentions(a, actor(a, "Lavrov"))).contains("Lavrov");
  }

  @Test
  void findsTheUnnamedOfficialsAndTheOpposition() {
    Analysis a = Shared.example();
    Actor officials = actor(a, "US officials");
    assertThat(officials.code()).contains("USAGOV");
    assertThat(officials.anonymous()).isTrue();
    Actor opposition = a.actors().stream().filter(x -> x.code().orElse("").equals("SYROPP"))
        .findFirst().orElseThrow();
    assertThat(mentions(a, opposition)).anyMatch(m -> m.contains("Saudi-backed opposition"))
        .anyMatch(m -> m.contains("Syrian opposition members"));
  }

  @Test
  void makesNoActorOfThePromoOrOfBareRoleNouns() {
    Analysis a = Shared.example();
    assertThat(a.actors()).extracting(Actor::name)
        .noneMatch(n -> n.contains("Churkin"))
        .noneMatch(n -> n.equalsIgnoreCase("members"))
        .noneMatch(n -> n.equals("Foreign Ministry"));
    List<String> ids = a.actors().stream().map(Actor::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo("a" + (i + 1));
    }
  }
}
