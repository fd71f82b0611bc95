package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Span;

/** The event stage on small sentences per pattern, and on the example article. */
class EventCoderTest {

  /** Flags an expected event carries; NONE means all four are false. */
  enum Flag { NONE, NEGATED, FUTURE, HYPOTHETICAL, REPORTED }

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("active", "Russia attacked Ukraine on Monday.", "ASSAULT", "190", "RUS", "UKR", Flag.NONE),
        Arguments.of("passive", "Ukraine was attacked by Russia on Monday.", "ASSAULT", "190", "RUS", "UKR", Flag.NONE),
        Arguments.of("coordinated subjects", "Russia and China criticized Japan on Friday.", "ACCUSE", "111", "RUS,CHN", "JPN", Flag.NONE),
        Arguments.of("negated", "Iran did not meet Germany last week.", "CONSULT", "040", "IRN", "DEU", Flag.NEGATED),
        Arguments.of("future", "Russia will meet Ukraine next week.", "AGREE", "036", "RUS", "UKR", Flag.FUTURE),
        Arguments.of("hypothetical", "Germany could impose sanctions on Iran.", "COERCE", "163", "DEU", null, Flag.HYPOTHETICAL),
        Arguments.of("held talks with", "Germany held talks with France on Tuesday.", "CONSULT", "040", "DEU", "FRA", Flag.NONE),
        Arguments.of("met", "Russia met with Turkey in Geneva on Tuesday.", "CONSULT", "044", "RUS", "TUR", Flag.NONE),
        Arguments.of("accused X of", "China accused Japan of provocations.", "ACCUSE", "112", "CHN", "JPN", Flag.NONE),
        Arguments.of("called on X to", "France called on Iran to release the prisoners.", "REQUEST", "0253", "FRA", null, Flag.NONE),
        Arguments.of("rejected", "Iran rejected the proposal from France.", "REJECT", "120", "IRN", null, Flag.NONE),
        Arguments.of("suspended", "Turkey suspended the negotiations with Greece.", "SANCTION", "164", "TUR", null, Flag.NONE),
        Arguments.of("imposed sanctions on", "The United States imposed sanctions on Iran.", "COERCE", "163", "USA", null, Flag.NONE),
        Arguments.of("is due to", "Iran is due to hold talks with Germany.", "AGREE", "036", "IRN", "DEU", Flag.FUTURE),
        Arguments.of("refused to", "Iran refused to meet Germany.", "REJECT", "125", "IRN", "DEU", Flag.NONE),
        Arguments.of("received X from", "Syria received weapons from the Iranian government.", "AID", "072", "IRN", "SYR", Flag.NONE),
        Arguments.of("alleged that", "France alleged that Rwanda armed the militias.", "ACCUSE", "112", "FRA", "RWA", Flag.NONE),
        Arguments.of("protested against", "Greece protested against Turkey on Monday.", "PROTEST", "140", "GRC", "TUR", Flag.NONE),
        Arguments.of("supply to", "The United States supplied arms to Israel.", "AID", "072", "USA", "ISR", Flag.NONE),
        Arguments.of("he of reported speech", "Obama said he would not provide support to Israel.", "REJECT", "120", "USA", "ISR", Flag.NONE),
        Arguments.of("wants to attack", "Putin wants to attack Ukraine.", "THREATEN", "138", "RUS", "UKR", Flag.NONE),
        Arguments.of("claimed that", "Officials claimed that Russia attacked Ukraine.", "ASSAULT", "190", "RUS", "UKR", Flag.REPORTED),
        Arguments.of("ratified", "Ukraine ratified the agreement with Poland.", "SUPPORT", "057", "UKR", "POL", Flag.NONE),
        Arguments.of("hosted talks between", "Egypt hosted talks between Israel and Jordan.", "CONSULT", "043", "EGY", null, Flag.NONE),
        Arguments.of("demanded that", "Iraq demanded that Turkey withdraw its forces.", "REQUEST", "100", "IRQ", "TUR", Flag.NONE),
        Arguments.of("protested to", "The Philippines protested to China over the incident.", "PROTEST", "140", "PHL", "CHN", Flag.NONE),
        Arguments.of("target in the complement", "Germany threatened to impose tariffs on Mexico.", "THREATEN", "1312", "DEU", "MEX", Flag.NONE),
        Arguments.of("future retreat", "Russia will withdraw its troops from Syria.", "CONCEDE", "080", "RUS", null, Flag.FUTURE),
        Arguments.of("target inside the object", "Germany pledged millions in aid to Syria.", "AGREE", "033", "DEU", "SYR", Flag.NONE),
        Arguments.of("is about to", "Iran is about to resume talks with Germany.", "AGREE", "036", "IRN", "DEU", Flag.FUTURE),
        Arguments.of("participle after a comma", "France sent two warships to the coast, offering support to Lebanon.", "AGREE", "030", "FRA", "LBN", Flag.NONE),
        Arguments.of("country adjectives on both sides", "Syrian forces clashed with Tunisian rioters.", "ASSAULT", "190", "SYR", "TUN", Flag.NONE),
        Arguments.of("killed in an attack", "Five Palestinian fighters were killed in an Israeli air strike.", "ASSAULT", "1823", "ISR", "PSE", Flag.NONE),
        Arguments.of("claimed X attacked", "Russian officials claimed Ukraine attacked the convoy.", "ACCUSE", "112", "RUS", "UKR", Flag.NONE),
        Arguments.of("said victims were killed by X", "Turkish officials said ten civilians were killed in an air strike by Syrian forces.", "ACCUSE", "112", "TUR", "SYR", Flag.NONE),
        Arguments.of("ordered an investigation", "Obama ordered an investigation against Iran.", "ACCUSE", "090", "USA", "IRN", Flag.NONE),
        Arguments.of("slapped sanctions on", "Turkey slapped sanctions on Russia.", "COERCE", "163", "TUR", "RUS", Flag.NONE),
        Arguments.of("imposed tariffs on", "The United States imposed tariffs on China.", "COERCE", "163", "USA", "CHN", Flag.NONE),
        Arguments.of("vowed to retaliate", "Iran vowed to retaliate against Israel.", "THREATEN", "138", "IRN", "ISR", Flag.NONE),
        Arguments.of("killed in X tank shelling", "Four children were killed in Israeli tank shelling on Friday.", "ASSAULT", "1823", "ISR", null, Flag.NONE),
        Arguments.of("unnamed victims", "Syrian troops killed three civilians near Aleppo.", "ASSAULT", "1823", "SYR", null, Flag.NONE),
        Arguments.of("released a role noun", "Israel released the mayor of Nablus on Wednesday.", "RETREAT", "0841", "ISR", null, Flag.NONE),
        Arguments.of("refused to attack", "Germany refused to attack Russia.", "ASSAULT", "190", "DEU", "RUS", Flag.NEGATED),
        Arguments.of("persuaded X to", "France persuaded Germany to back Ukraine.", "SUPPORT", "051", "DEU", "UKR", Flag.HYPOTHETICAL),
        Arguments.of("warned that it would", "Russia warned that it would retaliate against any new sanctions.", "THREATEN", "1312", "RUS", null, Flag.NONE),
        Arguments.of("accused X of attacking", "Iran accused Israel of attacking its ships.", "ASSAULT", "190", "ISR", null, Flag.REPORTED),
        Arguments.of("called off", "Israel called off the talks with the Palestinians.", "SANCTION", "164", "ISR", null, Flag.NONE),
        Arguments.of("turned down", "Iran turned down the offer from the European Union.", "REJECT", "120", "IRN", null, Flag.NONE),
        Arguments.of("backed down", "North Korea backed down after the talks.", "CONCEDE", "080", "PRK", null, Flag.NONE),
        Arguments.of("coordinated country adjectives", "Russian and Chinese leaders held talks in Beijing.", "CONSULT", "040", "RUS,CHN", null, Flag.NONE),
        Arguments.of("said X was behind the attacks", "Ukraine says Russia was behind the chemical attacks.", "ACCUSE", "112", "UKR", "RUS", Flag.NONE),
        Arguments.of("said it would attack", "Russia said it would attack Ukraine if provoked.", "THREATEN", "138", "RUS", "UKR", Flag.NONE),
        Arguments.of("announced it would free", "Israel announced it would free over 150 Palestinian prisoners by the end of August.", "CONCEDE", "080", "ISR", null, Flag.FUTURE),
        Arguments.of("pledged to expel", "Qatar has pledged to expel the leaders of the Muslim Brotherhood.", "COERCE", "174", "QAT", null, Flag.NONE),
        Arguments.of("presented evidence against", "The US presented evidence against Russia.", "ACCUSE", "112", "USA", "RUS", Flag.NONE),
        Arguments.of("would attack if", "Germany would attack Russia if provoked.", "ASSAULT", "190", "DEU", "RUS", Flag.HYPOTHETICAL),
        Arguments.of("threatened an act without a target", "Russia threatened to cut gas supplies to Europe.", "THREATEN", "130", "RUS", null, Flag.NONE),
        Arguments.of("counted protesters", "Thousands of French protesters marched in Paris against the pension reform.", "PROTEST", "141", "FRA", null, Flag.NONE),
        Arguments.of("pardoned", "The Egyptian president pardoned 200 political prisoners.", "CONCEDE", "080", "EGY", null, Flag.NONE),
        Arguments.of("granted amnesty to", "The Malian government granted amnesty to Tuareg rebels.", "CONCEDE", "080", "MLI", null, Flag.NONE),
        Arguments.of("beat back", "Russia beat back the offensive of Ukraine.", "REJECT", "120", "RUS", null, Flag.NONE),
        Arguments.of("occupied a town", "Israeli troops occupied the town of Jenin.", "COERCE", "192", "ISR", null, Flag.NONE),
        Arguments.of("agreed to extend sanctions", "The European Union agreed to extend sanctions against Russia.", "COERCE", "163", "IGO", "RUS", Flag.NONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void codesEventOfPattern(String pattern, String sentence, String type, String cameo,
                           String sources, String target, Flag flag) {
    Analysis a = Shared.analyze("events-" + pattern, sentence);
    assertInvariants(a);
    Event e = a.events().stream().filter(x -> x.plover().orElse("-").equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " event in " + a.events()));
    assertThat(e.cameo()).isEqualTo(cameo);
    assertThat(countries(a, e.source())).containsExactlyInAnyOrder(sources.split(","));
    if (target != null) {
      assertThat(countries(a, e.target())).containsExactly(target);
    }
    assertThat(e.negated()).isEqualTo(flag == Flag.NEGATED);
    assertThat(e.future()).isEqualTo(flag == Flag.FUTURE);
    assertThat(e.hypothetical()).isEqualTo(flag == Flag.HYPOTHETICAL);
    assertThat(e.reported()).isEqualTo(flag == Flag.REPORTED);
  }

  @Test
  void codesAFutureNamedGatheringAsAgreementToMeet() {
    Analysis a = Shared.analyze("events-gathering", "The Munich Security Conference, which will take"
        + " place next week, is due to focus on global security issues.");
    assertInvariants(a);
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.plover()).contains("AGREE"); // PLOVER: future meetings and summits are AGREE
      assertThat(e.cameo()).isEqualTo("036");
      assertThat(e.future()).isTrue();
      assertThat(e.source()).isEmpty();
      assertThat(e.rule()).contains("named-gathering");
    });
  }

  @Test
  void codesTheIntendedActNotAGenericOfferBesideIt() {
    Analysis a = Shared.analyze("events-intent", "Iran and Saudi Arabia agreed to restore diplomatic relations.");
    assertInvariants(a);
    assertThat(a.events()).extracting(Event::cameo).containsExactly("032");
    assertThat(countries(a, a.events().get(0).source())).containsExactlyInAnyOrder("IRN", "SAU");
  }

  @Test
  void codesNoAidForHelpWithoutAnActorObject() {
    Analysis a = Shared.analyze("events-help", "Germany helped the economy grow.");
    assertThat(a.events()).noneSatisfy(e -> assertThat(e.plover()).contains("AID"));
  }

  @Test
  void placesAMeetingInTheCityNamedWithIn() {
    Analysis a = Shared.analyze("events-place", "Russia met with Turkey in Geneva on Tuesday.");
    assertThat(a.events()).anySatisfy(e -> assertThat(e.place()).contains("Geneva"));
  }

  @Test
  void codesNoEventForASentenceWithoutActors() {
    Analysis a = Shared.analyze("events-none", "The weather was cold and the meeting room was empty.");
    assertThat(a.events()).isEmpty();
  }

  @Test
  void codesTheExampleArticle() {
    Analysis a = Shared.example();
    assertInvariants(a);
    List<Event> ev = a.events();
    assertThat(ev).anySatisfy(e -> {
      assertThat(e.plover()).contains("CONSULT");
      assertThat(e.cameo()).isEqualTo("044");
      assertThat(names(a, e.source())).contains("Sergey Lavrov");
      assertThat(names(a, e.target())).contains("John Kerry");
      assertThat(e.place()).contains("Munich");
      assertThat(e.date()).contains("2016-02-11");
    });
    assertThat(ev).anySatisfy(e -> {
      assertThat(e.rule()).contains("named-gathering");
      assertThat(e.date()).contains("2016-02-12/2016-02-14");
      assertThat(e.future()).isTrue();
      assertThat(e.place()).contains("Munich");
    });
    assertThat(ev).anySatisfy(e -> {
      assertThat(e.plover()).contains("SANCTION");
      assertThat(e.mode()).contains("withdraw");
      assertThat(e.cameo()).isEqualTo("164");
      assertThat(e.place()).contains("Geneva");
      assertThat(e.date()).contains("2016-02-11/2016-02-25"); // "suspended until February 25"
      assertThat(names(a, e.source())).contains("Staffan de Mistura");
    });
    assertThat(ev).anySatisfy(e -> {
      assertThat(e.plover()).contains("ACCUSE");
      assertThat(e.cameo()).isEqualTo("111");
      assertThat(names(a, e.source())).contains("Maria Zakharova");
      assertThat(e.quote()).isPresent();
    });
    assertThat(ev).anySatisfy(e -> {
      assertThat(e.plover()).contains("AGREE");
      assertThat(e.cameo()).isEqualTo("036");
      assertThat(names(a, e.source())).contains("Gennady Gatilov");
      assertThat(e.quote()).isPresent();
      assertThat(e.trigger().get().in(a.text())).isEqualTo("discuss");
    });
    assertThat(ev).anySatisfy(e -> {
      assertThat(e.plover()).contains("REQUEST");
      assertThat(e.cameo()).isEqualTo("0256");
      assertThat(names(a, e.source())).contains("Mark Toner");
    });
    assertThat(ev).anySatisfy(e -> {
      assertThat(e.plover()).contains("CONSULT");
      assertThat(e.mode()).contains("multilateral");
      assertThat(names(a, e.source())).contains("International Syria Support Group");
    });
    assertThat(ev).noneSatisfy(e -> assertThat(e.evidence().in(a.text())).contains("pic.twitter"));
  }

  static Stream<Arguments> nonEvents() {
    return Stream.of(
        Arguments.of("Michael Flynn pleaded guilty to lying to the FBI.", "REQUEST"),
        Arguments.of("The minister said he has a great deal of confidence in Germany.", "SUPPORT"),
        Arguments.of("Manafort's plea deal with the United States broke down.", "SUPPORT"),
        Arguments.of("Centrist Democrats seize on the state election.", "COERCE"),
        Arguments.of("The French officers would not talk to NPR on tape.", "REJECT"),
        Arguments.of("We must recognize the facts, Cameron said.", "SUPPORT"),
        Arguments.of("Israel's critics accused the United States of hypocrisy.", "ACCUSE:ISR"),
        Arguments.of("Fox News host Sean Hannity on Monday called McConnell weak and spineless.", "REQUEST"),
        Arguments.of("A senior official, who requested anonymity, said the talks failed.", "REQUEST"),
        Arguments.of("The senators were rushing to beat a September 30 deadline.", "ASSAULT"),
        Arguments.of("Either a Clinton or a Bush would have occupied the Oval Office for 24 years.", "COERCE"),
        Arguments.of("\"We arrested 500 illegal immigrants,\" the police chief said.", "ACCUSE"),
        Arguments.of("The senator has not had a seizure before.", "COERCE"),
        Arguments.of("Thousands of classified U.S. diplomatic cables were released.", "RETREAT"),
        Arguments.of("Twelve Republicans resigned to higher taxes.", "CONCEDE"),
        Arguments.of("Mr. Trump was asked by reporters if he would meet Kim.", "REQUEST"),
        Arguments.of("Russia threatened to cut gas supplies to Europe.", "SANCTION"),
        Arguments.of("Germany threatened to impose tariffs on Mexico.", "COERCE"),
        Arguments.of("He wants to say illegal alien, as opposed to undocumented migrant.", "REJECT"),
        Arguments.of("\"The rule will limit the choices offered to clients,\" a senior official said.", "AGREE"));
  }

  /** TYPE means no event of that type; TYPE:CTY no event of that type with a source of that country. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("nonEvents")
  void codesNoEventWhereTheWordsAreNoAct(String sentence, String forbidden) {
    Analysis a = Shared.analyze("events-non-event", sentence);
    assertInvariants(a);
    String[] f = forbidden.split(":");
    assertThat(a.events()).noneSatisfy(e -> {
      assertThat(e.plover()).contains(f[0]);
      if (f.length > 1) {
        assertThat(countries(a, e.source())).contains(f[1]);
      }
    });
  }

  @Test
  void codesAWarningAboutOthersAsNoThreat() {
    Analysis a = Shared.analyze("events-warning", "Trump warned that Germany must avoid the migration problems.");
    assertInvariants(a);
    assertThat(a.events()).noneSatisfy(e -> assertThat(e.plover()).contains("THREATEN"));
  }

  @Test
  void codesTheDecidedSanctionAloneNotAnOfferBesideIt() {
    Analysis a = Shared.analyze("events-decided", "The European Union agreed to extend sanctions against Russia.");
    assertInvariants(a);
    assertThat(a.events()).extracting(e -> e.plover().orElse("-")).containsExactly("COERCE");
  }

  @Test
  void negatesAnAttackThatIsDenied() {
    Analysis a = Shared.analyze("events-deny", "Russia denied that Russian forces attacked Ukraine.");
    assertInvariants(a);
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.plover()).contains("ASSAULT");
      assertThat(e.negated()).isTrue();
    });
    assertThat(a.events()).noneSatisfy(e -> assertThat(e.plover()).contains("ACCUSE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figurative")
  void codesNoAssaultForAFigurativeBattle(String sentence) {
    Analysis a = Shared.analyze("events-figurative", sentence);
    assertInvariants(a);
    assertThat(a.events()).noneSatisfy(e -> assertThat(e.plover()).contains("ASSAULT"));
  }

  static Stream<String> figurative() {
    return Stream.of("Senate Democrats launched a legal battle against the White House.",
        "Members of Congress could resume that battle with the president.",
        "The senator fought the governor over the budget.");
  }

  @Test
  void endsTheDateOfASuspensionAtItsUntil() {
    Analysis a = Shared.pipeline().run(new Article("until", "events-until",
        "Germany suspended the talks with Iran until February 25.",
        Optional.of(LocalDate.of(2016, 2, 11)), Optional.empty(), Optional.empty()));
    assertInvariants(a);
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("164");
      assertThat(e.date()).contains("2016-02-11/2016-02-25");
    });
  }

  @Test
  void datesAnEventCountedFromAnEarlierDayOnTheDayItReaches() {
    Analysis a = Shared.pipeline().run(new Article("later", "events-later",
        "Syrian troops entered Aleppo on February 8. Three days later, Turkey shelled the Kurdish"
            + " militia near Azaz.",
        Optional.of(LocalDate.of(2016, 2, 15)), Optional.empty(), Optional.empty()));
    assertInvariants(a);
    assertThat(a.dates()).anySatisfy(d -> {
      assertThat(d.text()).isEqualTo("Three days");
      assertThat(d.end()).contains("2016-02-11");
    });
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("19");
      assertThat(e.date()).contains("2016-02-11");
    });
  }

  @Test
  void takesAnUnnamedGroupAsAnActorByItsRoleNoun() {
    Analysis a = Shared.analyze("events-nominal", "Police arrested two protesters in the capital.");
    assertInvariants(a);
    Event e = a.events().stream().filter(x -> x.cameo().equals("173")).findFirst()
        .orElseThrow(() -> new AssertionError("no arrest in " + a.events()));
    Actor police = a.expectActor(e.source().get(0));
    assertThat(police.sectors()).containsExactly("COP");
    assertThat(police.country()).isEmpty();
    assertThat(police.mentions()).allSatisfy(m -> assertThat(m.in(a.text())).isEqualTo("Police"));
  }

  @Test
  void doesNotCallAnAttackByTheSpeakersOwnSideAnAccusation() {
    Analysis a = Shared.analyze("events-own-side", "A US military spokesman said the United States"
        + " launched an air strike against the militant group.");
    assertInvariants(a);
    assertThat(a.events()).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("112"));
  }

  /** Ids e1, e2 ... in text order, valid spans, string CAMEO codes, one event per trigger. */
  static void assertInvariants(Analysis a) {
    Set<Span> triggers = new HashSet<>();
    int prev = -1;
    for (int i = 0; i < a.events().size(); i++) {
      Event e = a.events().get(i);
      assertThat(e.id()).isEqualTo("e" + (i + 1));
      assertThat(e.cameo()).matches("\\d{2,4}");
      assertThat(e.evidence().end()).isLessThanOrEqualTo(a.text().length());
      assertThat(e.trigger()).isPresent();
      Span t = e.trigger().get();
      assertThat(t.end()).isLessThanOrEqualTo(a.text().length());
      assertThat(triggers.add(t)).as("duplicate trigger " + t).isTrue();
      assertThat(t.start()).isGreaterThanOrEqualTo(prev);
      prev = t.start();
      if (!e.rule().contains("named-gathering")) {
        assertThat(e.source().size() + e.target().size()).isPositive();
      }
      for (String id : e.source()) {
        assertThat(a.findActor(id)).isPresent();
      }
      for (String id : e.target()) {
        assertThat(a.findActor(id)).isPresent();
        assertThat(e.source()).doesNotContain(id);
      }
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
  }

  static List<String> countries(Analysis a, List<String> ids) {
    return ids.stream().map(id -> a.expectActor(id).country().orElse("?")).collect(Collectors.toList());
  }

  static List<String> names(Analysis a, List<String> ids) {
    return ids.stream().map(a::expectActor).map(Actor::name).collect(Collectors.toList());
  }
}
