package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Gazetteer.Entry;
import org.parley.actors.Gazetteer.Type;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;

/**
 * The actor stage ("actors"): finds the people, institutions, governments, groups and outlets an
 * article speaks of and learns each one's country, sector and role from the article's own words
 * ("Russia's Deputy Foreign Minister Gennady Gatilov", "Kremlin spokesman Dmitry Peskov", "US
 * officials"), then from the built-in {@link Gazetteer}. Requires TOKENS and ENTITIES; provides
 * ACTORS.
 *
 * <p>Design decision: noun-phrase chunks are read left to right once; a chunk holding a person's
 * name gives that person with its title, a chunk whose head is a role or group noun gives a group
 * or an unnamed source, and gazetteer phrases give governments (countries and their metonyms, unless
 * they follow a locative preposition), organizations and outlets. Governments merge by code,
 * people by surname, so every later mention joins the first.
 */
public final class ActorResolver implements Stage {
  /**
   * Prepositions after which a country or capital is a place, not its government ("in Syria").
   * "on" and "to" are not among them: "sanctions on Iran", "called on Russia", "an appeal to the
   * UN" name targets, and even "flew to Moscow" keeps the actor so the event coder can decide.
   */
  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "inside", "across", "throughout", "around", "near", "into", "from",
          "outside", "within", "via", "over");
  private static final Set<String> ANONYMOUS =
      Set.of("anonymous", "unnamed", "unidentified", "senior", "a", "an", "some", "several", "two",
          "three", "many");
  /** Words that make a state's own formal name with "of": "Republic of Korea". */
  private static final Set<String> STATE_NAMES =
      Set.of("Republic", "Kingdom", "Emirate", "Emirates", "Commonwealth", "Principality",
          "Sultanate", "Federation", "State", "States", "Government", "Islands");
  /** Sectors of a state's own people and institutions. */
  private static final Set<String> STATE = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
  /** Heads that take their sector from the word before: "opposition members", "rebel factions". */
  private static final Set<String> MEMBER_HEADS =
      Set.of("member", "group", "faction", "wing", "unit", "supporter", "figure", "people", "man",
          "woman", "men", "women", "personnel", "staff", "staffer", "representative", "leadership");
  /** Role nouns that name an institution, not a person: "a Tunisian court". */
  private static final Set<String> INSTITUTIONS =
      Set.of("court", "tribunal", "parliament", "assembly", "senate", "congress", "council",
          "ministry", "government", "cabinet", "judiciary", "legislature", "army", "navy",
          "police", "agency", "commission", "committee", "regime", "administration");
  /** Words that make a capitalized run an institution's name, not a person's. */
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of("House", "College", "University", "Foundation", "Inc", "Inc.", "Corp", "Corp.",
          "Group", "Hospital", "Centre", "Center", "Institute", "Company", "Fund", "Bank", "Hall",
          "Society", "Association", "Trust", "Partners", "LLP", "Ltd", "Ltd.", "Co", "Co.",
          "School", "Church", "Club", "Network", "Media", "Press", "News", "Times", "Post",
          "Project", "Program", "Award", "Awards", "Prize", "Street", "Park", "Bridge", "Airport",
          "Arena", "Stadium", "Library", "Museum", "Gallery", "Theatre", "Theater", "Show");
  private static final Set<String> NOT_ACTOR_ORG_ENDINGS =
      Set.of("Conference", "Summit", "Forum", "Games", "Festival", "Cup", "Talks", "Agreement",
          "Accord", "Accords", "Convention", "Treaty", "Plan", "Process");

  /** Georgia the US state: a place whose people and officials are American. */
  private static final Entry US_GEORGIA =
      new Entry(Type.OTHER, "Georgia", "USA", List.of(), "state", null, null, null);
  /** Words that put an article's "Georgia" in the United States. */
  private static final java.util.regex.Pattern GEORGIA_STATE =
      java.util.regex.Pattern.compile("\\b(Atlanta|Savannah|Macon|Augusta|Athens, Ga|Fulton"
          + " County|Gwinnett|Cobb County|DeKalb|Peach State|Ga\\.|Kemp|Raffensperger|Warnock"
          + "|Ossoff|Loeffler|Perdue|Stacey Abrams|Marjorie Taylor Greene|state of Georgia|Georgia"
          + " (Republicans?|Democrats?|voters|Gov\\.|governor|legislature|House|Senate|senators?"
          + "|secretary of state|Secretary of State|Bulldogs|Tech|State University)|Georgia's"
          + " (Senate|governor|voters|election|runoff)|runoffs?)\\b");
  /** Words that make it the country. */
  private static final java.util.regex.Pattern GEORGIA_COUNTRY =
      java.util.regex.Pattern.compile("\\b(Tbilisi|Georgians?|Saakashvili|Abkhazia|South Ossetia"
          + "|Ossetia|Caucasus|Ivanishvili|Zourabichvili|Garibashvili|Kobakhidze|Republic of"
          + " Georgia|Batumi|Kutaisi)\\b");

  private final Gazetteer gazetteer;
  private final ActorDictionaries dictionaries;

  public ActorResolver() {
    this(Gazetteer.builtIn());
  }

  public ActorResolver(Gazetteer gazetteer) {
    this(gazetteer, ActorDictionaries.empty());
  }

  /**
   * The resolver with user dictionaries as a second source: a dictionary names people, groups and
   * organizations the article does not qualify, and its agent nouns add role words. What the
   * article says comes first.
   */
  public ActorResolver(Gazetteer gazetteer, ActorDictionaries dictionaries) {
    this.gazetteer = gazetteer;
    this.dictionaries = dictionaries;
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Analysis apply(Analysis in) {
    Registry reg = new Registry(in.publication().date().orElse(null));
    String text = in.text();
    reg.georgiaIsState = georgiaIsTheState(text);
    for (Sentence s : in.sentences()) {
      readSentence(s, text, reg);
    }
    return in.withActors(reg.build());
  }

  // ---------------------------------------------------------------------------------------------

  private void readSentence(Sentence s, String text, Registry reg) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!chunkable(t, i)) {
        i++;
        continue;
      }
      int j = chunkEnd(t, i);
      readChunk(s, i, j, text, reg);
      i = j;
    }
  }

  /** The end of the chunk starting at {@code i}, across "of" inside a name or a title. */
  private int chunkEnd(List<Token> t, int i) {
    int j = i;
    while (true) {
      while (j < t.size() && chunkable(t, j)) {
        j++;
      }
      int next = joinsOf(t, i, j);
      if (next < 0) {
        return j;
      }
      j = next;
    }
  }

  /**
   * Whether the "of" at {@code j} continues the chunk [from, j): inside a name ("Ministry of
   * Finance", "House of Commons", "Republic of the Congo") or a title ("assistant secretary of
   * state", "chief of staff"). Returns the index of the first token after "of" (and "the"), or -1.
   */
  private int joinsOf(List<Token> t, int from, int j) {
    if (j == from || j + 1 >= t.size() || !t.get(j).word().equals("of")) {
      return -1;
    }
    int k = j + 1;
    if (t.get(k).word().equalsIgnoreCase("the") && k + 1 < t.size()) {
      k++;
    }
    Token before = t.get(j - 1);
    Token after = t.get(k);
    if (!chunkable(t, k)) {
      return -1;
    }
    boolean capitals = Character.isUpperCase(before.word().charAt(0))
        && before.pos().startsWith("NNP") && Character.isUpperCase(after.word().charAt(0))
        && after.pos().startsWith("NNP");
    if (capitals) {
      return j + 1;
    }
    String role = before.word() + " of " + (k > j + 1 ? "the " : "") + after.word();
    return role(role).isPresent() ? j + 1 : -1;
  }

  private static boolean chunkable(List<Token> t, int i) {
    Token k = t.get(i);
    String p = k.pos();
    if (p.startsWith("NN") || p.equals("JJ") || p.equals("JJS") || p.equals("JJR")
        || p.equals("POS") || p.equals("PRP$") || p.equals("CD")) {
      return true;
    }
    if (p.equals("DT")) {
      return true;
    }
    if (p.equals("HYPH") || k.word().equals("-")) {
      return i > 0 && i + 1 < t.size() && t.get(i + 1).span().start() == k.span().end()
          && t.get(i - 1).span().end() == k.span().start();
    }
    if (p.equals("VBN") && i > 0 && t.get(i - 1).word().equals("-")) {
      return true; // "Saudi-backed"
    }
    return k.hasEntity() && Character.isUpperCase(k.word().charAt(0));
  }

  /** A gazetteer phrase found inside a chunk: tokens [from, to). */
  private record Hit(int from, int to, Entry entry) {}

  private void readChunk(Sentence s, int from, int to, String text, Registry reg) {
    List<Token> t = s.tokens();
    List<Hit> hits = gazetteerHits(s, from, to, text, reg.georgiaIsState);
    // people: NER runs and gazetteer people
    List<int[]> names = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (t.get(i).ner().equals("PERSON") && Character.isUpperCase(t.get(i).word().charAt(0))) {
        int j = i;
        while (j < to && t.get(j).ner().equals("PERSON")) {
          j++;
        }
        // "de Mistura": a lower-case particle inside a name
        names.add(new int[] {i, j});
        i = j - 1;
      }
    }
    // a listed organization or country that NER took for a person ("Al Qaeda", "Jordan"): the
    // gazetteer wins unless the name is a surname already met ("Jordan" after "Jim Jordan")
    names.removeIf(n -> hits.stream().anyMatch(h -> coversName(h, n)
        && (h.entry().type() == Type.ORGANIZATION || !reg.knowsSurname(nameAt(s, n, text)))));
    // a country or outlet inside a person's name is no actor: "Chad Wolf", "Michael Bloomberg";
    // nor is one just before a name in the same capitalized run ("Chad" when NER tags "Wolf")
    for (int[] n : names) {
      for (Hit h : hits) {
        if (startsName(t, h, n)) {
          n[0] = h.from();
        }
      }
    }
    hits.removeIf(h -> h.entry().type() != Type.PERSON && h.entry().type() != Type.OTHER
        && names.stream().anyMatch(n -> overlaps(n, h) && !coversName(h, n)));
    for (Hit h : hits) {
      if (h.entry().type() == Type.PERSON && names.stream().noneMatch(n -> overlaps(n, h))) {
        names.add(new int[] {h.from(), h.to()});
      }
    }
    names.sort((a, b) -> Integer.compare(a[0], b[0]));
    Draft apposedTo = reg.personBefore(t, from);
    names.removeIf(n -> notAPerson(t, n, to, text, reg, apposedTo != null)
        || credit(text, s.span(n[0], n[1])));
    List<ActorDictionaries.Match> dict = dictionaries.isEmpty() ? List.of()
        : dictionaries.find(words(t), from, to);
    addDictionaryHits(t, dict, names, hits, reg.date);
    Set<Hit> used = new java.util.HashSet<>();
    boolean[] inTitle = new boolean[to - from];
    int titleFrom = from;
    for (int[] n : names) {
      int nameFrom = n[0];
      int nameTo = n[1];
      // include a lower-case particle before the surname: "Staffan de Mistura"
      Span nameSpan = s.span(nameFrom, nameTo);
      String name = collapse(nameSpan.in(text));
      Entry known = personEntry(name, reg.date);
      Entry listed = dict.isEmpty() ? null : dictionaryPerson(t, nameFrom, nameTo, dict, reg, name);
      List<Hit> titleHits = new ArrayList<>();
      for (Hit h : hits) {
        if (h.from() >= titleFrom && h.to() <= nameFrom) {
          titleHits.add(h);
          used.add(h);
        }
      }
      Title title = readTitle(s, titleFrom, nameFrom, titleHits, text);
      if (title.role != null) {
        java.util.Arrays.fill(inTitle, titleFrom - from, nameFrom - from, true);
      }
      if (title.role == null) {
        Title app = appositive(s, nameTo, text, reg.georgiaIsState);
        if (app != null) {
          title = app;
        }
      }
      reg.person(name, nameSpan, title, known != null ? known : listed, listed);
      titleFrom = nameTo;
    }
    // organizations, governments, outlets; tokens an organization took are no group's head
    boolean[] taken = new boolean[to - from];
    for (Hit h : hits) {
      if (h.entry().type() == Type.PERSON) {
        continue;
      }
      Span span = s.span(h.from(), h.to());
      Entry e = h.entry();
      switch (e.type()) {
        case COUNTRY -> {
          if (locative(t, h.from()) || modifiesThing(t, h.to(), to)
              || insideLongerName(t, h, hits)) {
            continue;
          }
          reg.government(e.country(), firstOr(e.sectors(), "GOV"), span);
        }
        case METONYM -> {
          if (locative(t, h.from()) || modifiesThing(t, h.to(), to)
              || insideLongerName(t, h, hits)) {
            continue;
          }
          reg.government(e.country(), firstOr(e.sectors(), "GOV"), span);
        }
        case ORGANIZATION -> {
          java.util.Arrays.fill(taken, h.from() - from, h.to() - from, true);
          if ("government".equals(e.kind()) && e.country() != null && e.country().length() == 3
              && !e.sectors().isEmpty() && !"IGO".equals(e.country())) {
            reg.government(e.country(), e.sectors().get(0), span);
          } else {
            reg.organization(e, span);
          }
        }
        default -> {}
      }
    }
    // unknown organizations tagged by NER
    for (int i = from; i < to; i++) {
      if (!t.get(i).ner().equals("ORGANIZATION")) {
        continue;
      }
      int j = i;
      while (j < to && t.get(j).ner().equals("ORGANIZATION")) {
        j++;
      }
      final int a = i;
      final int b = j;
      boolean known = hits.stream().anyMatch(h -> h.from() < b && a < h.to());
      String last = t.get(j - 1).word();
      if (!known && !inTitle[i - from] && personLike(t, i, j)) {
        // "Fouzia Al Hashish": a given name NER read as the start of an organization's name
        reg.person(collapse(s.span(i, j).in(text)), s.span(i, j), new Title(), null, null);
        java.util.Arrays.fill(taken, i - from, j - from, true);
      } else if (!known && j - i == 1 && reg.knowsSurname(last) && !inTitle[i - from]) {
        // "Shibley said": a surname NER took for an organization
        reg.person(last, s.span(i, j), new Title(), null, null);
        java.util.Arrays.fill(taken, i - from, j - from, true);
      } else if (!known && !NOT_ACTOR_ORG_ENDINGS.contains(last) && !locative(t, i)) {
        Span span = s.span(i, j);
        Optional<Entry> institution = institution(s, i, j, text);
        if (institution.isPresent()) {
          // "the Russian Foreign Ministry", "Russia's Defense Ministry": that government's sector
          String country = countryBefore(t, i, hits);
          if (country == null && !inTitle[i - from]) {
            // "the Ministry of Finance" with no country named: the article's own government
            country = reg.mainCountry();
          }
          if (country != null) {
            reg.government(country, firstOr(institution.get().sectors(), "GOV"), span);
            java.util.Arrays.fill(taken, i - from, j - from, true);
          }
        } else if (!inTitle[i - from]) {
          // "Foreign Ministry spokeswoman Maria Zakharova": part of her title, not an actor
          reg.unknownOrganization(collapse(span.in(text)), span);
          java.util.Arrays.fill(taken, i - from, j - from, true);
        }
      }
      i = j - 1;
    }
    // groups and unnamed sources: the chunk's head is a role noun ("US officials")
    if (names.isEmpty()) {
      group(s, from, to, hits, text, reg, taken, apposedTo);
    }
  }

  /**
   * Whether an NER organization run of two to four capitalized words reads as a person's name: a
   * common given name first, and no word that names an institution ("Tim Hortons" stays, as does
   * "Sarah Lawrence College").
   */
  private static boolean personLike(List<Token> t, int i, int j) {
    if (j - i < 2 || j - i > 4 || org.parley.quotes.FirstNames.gender(t.get(i).word()) == '?') {
      return false;
    }
    for (int k = i; k < j; k++) {
      String w = t.get(k).word();
      if (!Character.isUpperCase(w.charAt(0)) || ORGANIZATION_WORDS.contains(w)
          || k > i && org.parley.quotes.FirstNames.gender(w) != '?' && k == j - 1) {
        return false;
      }
    }
    return !t.get(j - 1).word().endsWith("s") || t.get(j - 1).word().length() < 4;
  }

  /**
   * Whether a name is a photo or story credit beside an outlet ("(Muriel Draaisma/CBC)", "Richard
   * Lautens / Toronto Star"): the photographer is no actor of the story.
   */
  static boolean credit(String text, Span name) {
    int after = name.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int before = name.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return after < text.length() && text.charAt(after) == '/'
        || before >= 0 && text.charAt(before) == '/';
  }

  /**
   * Whether a one-word name NER tagged as a person is none: a place after a locative preposition
   * ("in Sackville, N.B."), or the place in a title set beside a person's name ("Jim Eglinski,
   * Yellowhead MP"). A surname already met stays a person.
   */
  private boolean notAPerson(List<Token> t, int[] n, int chunkEnd, String text, Registry reg,
      boolean apposition) {
    if (n[1] - n[0] != 1 || reg.knowsSurname(t.get(n[0]).word())
        || !unlistedPerson(t.get(n[0]).word())) {
      return false;
    }
    boolean possessive = n[1] < t.size() && t.get(n[1]).pos().equals("POS");
    if (locative(t, n[0]) && !possessive) {
      return true;
    }
    return apposition && n[1] < chunkEnd && !possessive
        && (role(t.get(n[1]).word()).isPresent() || role(t.get(n[1]).lemma()).isPresent());
  }

  /** Whether the gazetteer does not know a one-word name as a person. */
  private boolean unlistedPerson(String word) {
    return gazetteer.lookup(word).stream().noneMatch(e -> e.type() == Type.PERSON);
  }

  /**
   * Whether the article's "Georgia" is the US state: more of its words are the state's (Atlanta,
   * Kemp, "Georgia voters", "runoff") than the country's (Tbilisi, Georgian, Abkhazia).
   */
  static boolean georgiaIsTheState(String text) {
    if (!text.contains("Georgia")) {
      return false;
    }
    int state = 0;
    for (var m = GEORGIA_STATE.matcher(text); m.find(); ) {
      state++;
    }
    int country = 0;
    for (var m = GEORGIA_COUNTRY.matcher(text); m.find(); ) {
      country++;
    }
    return state > country;
  }

  /** The words of a sentence's tokens, as a view. */
  private static List<String> words(List<Token> t) {
    return new java.util.AbstractList<>() {
      @Override
      public String get(int i) {
        return t.get(i).word();
      }

      @Override
      public int size() {
        return t.size();
      }
    };
  }

  /**
   * A user dictionary's meaning of a name on the article's date: a code with sectors makes an
   * organization or group; a bare country code ("KANDAHAR_ [AFG]") a place that is no actor of
   * its own but gives its country to a title or a group ("Kandahar police chief"), since the
   * built-in gazetteer already knows which places stand for governments. Null when the entry has
   * no code for that date or no country.
   */
  private static Entry dictionaryMeaning(DictionaryEntry d, LocalDate date, Type personOrNot) {
    Optional<String> code = d.codeOn(date);
    if (code.isEmpty()) {
      return null;
    }
    String country = ActorDictionaries.countryOf(code.get());
    if (country == null) {
      return null;
    }
    List<String> sectors = ActorDictionaries.sectorsOf(code.get());
    if (personOrNot == Type.PERSON) {
      return sectors.isEmpty() ? null
          : new Entry(Type.PERSON, d.name(), country, sectors, "person", d.role(), null, null,
              code.get(), d);
    }
    if (sectors.isEmpty()) {
      return new Entry(Type.OTHER, d.name(), country, sectors, "place", null, null, null,
          code.get(), d);
    }
    String kind = sectors.contains("MED") ? "media" : "organization";
    return new Entry(Type.ORGANIZATION, d.name(), country, sectors, kind, d.role(), null, null,
        code.get(), d);
  }

  /**
   * Dictionary names that are not people (no NER person run inside) and start with a capital join
   * the gazetteer's hits when they are longer than every built-in phrase they overlap ("Afghan
   * National Army" over "Afghan"); the built-in meaning wins a tie.
   */
  private static void addDictionaryHits(List<Token> t, List<ActorDictionaries.Match> dict,
      List<int[]> names, List<Hit> hits, LocalDate date) {
    boolean added = false;
    for (ActorDictionaries.Match m : dict) {
      // a name run inside, or right after ("UN envoy Staffan de Mistura": a title)
      if (names.stream().anyMatch(n -> n[0] < m.to() && m.from() < n[1] || n[0] == m.to())
          || !Character.isUpperCase(t.get(m.from()).word().charAt(0))
          || !properName(t, m.from(), m.to())) {
        continue;
      }
      Entry e = dictionaryMeaning(m.entry(), date, Type.ORGANIZATION);
      if (e == null) {
        continue;
      }
      List<Hit> over = new ArrayList<>();
      for (Hit h : hits) {
        if (h.from() < m.to() && m.from() < h.to()) {
          over.add(h);
        }
      }
      // "the White House" is no longer than the built-in "White House"
      int length = m.to() - m.from()
          - (t.get(m.from()).word().equalsIgnoreCase("the") ? 1 : 0);
      // a place ("THE_UNITED_STATES_ [USA]") never displaces what the gazetteer knows
      boolean place = e.type() == Type.OTHER;
      if (place ? over.isEmpty() : over.stream().allMatch(h -> m.from() <= h.from()
          && h.to() <= m.to() && h.to() - h.from() < length)) {
        hits.removeAll(over);
        hits.add(new Hit(m.from(), m.to(), e));
        added = true;
      }
    }
    if (added) {
      hits.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }
  }

  /**
   * Whether tokens [from, to) are a whole proper name: ending in a proper noun, not part of a
   * longer capitalized name ("Youth" in "Youth Council"), and not one capitalized word that only
   * opens the sentence.
   */
  private static boolean properName(List<Token> t, int from, int to) {
    if (!t.get(to - 1).pos().startsWith("NNP")) {
      return false;
    }
    if (to < t.size() && t.get(to).pos().startsWith("NNP")
        && Character.isUpperCase(t.get(to).word().charAt(0))) {
      return false;
    }
    if (from > 0 && t.get(from - 1).pos().startsWith("NNP")
        && Character.isUpperCase(t.get(from - 1).word().charAt(0))) {
      return false;
    }
    return to - from > 1 || from > 0 || t.get(from).hasEntity();
  }

  /**
   * What a user dictionary knows of a person's name: the entry named exactly so, or one whose name
   * holds the whole person run ("Russian Foreign Minister Sergey Lavrov"). A lone surname already
   * met stays with the person met.
   */
  private Entry dictionaryPerson(List<Token> t, int nameFrom, int nameTo,
      List<ActorDictionaries.Match> dict, Registry reg, String name) {
    if (name.indexOf(' ') < 0 && reg.knowsSurname(name)) {
      return null;
    }
    DictionaryEntry found = dictionaries.exact(words(t).subList(nameFrom, nameTo)).orElse(null);
    if (found == null) {
      for (ActorDictionaries.Match m : dict) {
        if (m.from() <= nameFrom && nameTo <= m.to()) {
          found = m.entry();
        }
      }
    }
    if (found == null) {
      return null;
    }
    Entry e = dictionaryMeaning(found, reg.date, Type.PERSON);
    // the article's spelling of the name stays ("Sergei", not the dictionary's "Sergey")
    return e == null ? null : new Entry(Type.PERSON, name, e.country(), e.sectors(), e.kind(),
        e.role(), null, null, e.code(), e.source());
  }

  /**
   * A role phrase: the built-in role nouns first, then the agent nouns of the user dictionaries
   * ("rancher", "peacekeeping troops").
   */
  private Optional<Entry> role(String phrase) {
    Optional<Entry> r = gazetteer.role(phrase);
    if (r.isPresent() || dictionaries.isEmpty()) {
      return r;
    }
    return dictionaries.agent(phrase).map(a -> {
      List<String> sectors = a.prefix() ? List.of(a.code().substring(0, 3)) : a.sectors();
      String p = phrase.toLowerCase(Locale.ROOT);
      return new Entry(Type.ROLE, p, null, sectors, "yes", p, null, null, null, null);
    });
  }

  /** A run of tokens ending in an institution noun: "Foreign Ministry", "Defense Ministry". */
  private Optional<Entry> institution(Sentence s, int from, int to, String text) {
    for (int k = from; k < to; k++) {
      String phrase = collapse(s.span(k, to).in(text));
      Optional<Entry> r = role(phrase);
      if (r.isPresent() && "group".equals(r.get().kind()) && !r.get().sectors().isEmpty()) {
        return r;
      }
    }
    return Optional.empty();
  }

  /** The country named just before token {@code at}: "Russian", "Russia's", "the US". */
  private static String countryBefore(List<Token> t, int at, List<Hit> hits) {
    int k = at;
    if (k > 0 && t.get(k - 1).pos().equals("POS")) {
      k--;
    }
    for (Hit h : hits) {
      if (h.to() == k && h.entry().country() != null && (h.entry().type() == Type.COUNTRY
          || h.entry().type() == Type.ADJECTIVE || h.entry().type() == Type.METONYM)) {
        return h.entry().country();
      }
    }
    return null;
  }

  private static boolean overlaps(int[] n, Hit h) {
    return n[0] < h.to() && h.from() < n[1];
  }

  /** Whether a non-person gazetteer phrase covers a whole NER person run. */
  private static boolean coversName(Hit h, int[] n) {
    return h.entry().type() != Type.PERSON && h.from() <= n[0] && n[1] <= h.to();
  }

  /**
   * Whether a one-word country or capital is the first name of the person run right after it:
   * "Chad Wolf" with only "Wolf" tagged. Acronyms ("US"), possessives and known roles in between
   * keep it apart.
   */
  private static boolean startsName(List<Token> t, Hit h, int[] n) {
    if (h.to() != n[0] || h.to() - h.from() != 1
        || h.entry().type() != Type.COUNTRY && h.entry().type() != Type.METONYM) {
      return false;
    }
    String w = t.get(h.from()).word();
    return w.length() > 2 && Character.isUpperCase(w.charAt(0))
        && Character.isLowerCase(w.charAt(w.length() - 1)) && t.get(h.from()).pos().startsWith("NNP")
        && t.get(h.to() - 1).span().end() < t.get(n[0]).span().start();
  }

  private static String nameAt(Sentence s, int[] n, String text) {
    return collapse(s.span(n[0], n[1]).in(text));
  }

  private void group(Sentence s, int from, int to, List<Hit> hits, String text, Registry reg,
      boolean[] taken, Draft apposedTo) {
    List<Token> t = s.tokens();
    // the head: the last noun of the chunk, after any possessive
    int head = to - 1;
    while (head >= from && !t.get(head).isNoun()) {
      head--;
    }
    if (head < from || taken[head - from]) {
      return; // "the Free Syrian Army", "the Russian Foreign Ministry": already an actor
    }
    for (int k = head; k > from; k--) {
      if (t.get(k).pos().equals("POS")) {
        return; // "a reporter's question": the head is a thing
      }
    }
    Entry role = null;
    int roleAt = -1;
    boolean memberHead = MEMBER_HEADS.contains(t.get(head).lemma().toLowerCase(Locale.ROOT));
    for (int k = head; k >= from && k >= head - 1; k--) {
      Optional<Entry> r = role(t.get(k).word());
      if (r.isEmpty()) {
        r = role(t.get(k).lemma());
      }
      if (k == head && r.isEmpty() && !memberHead) {
        return; // "a military exercise", "an official dinner": the head is a thing
      }
      if (r.isPresent()) {
        // "opposition members": the sector comes from the more specific modifier
        role = r.get();
        roleAt = k;
        if (!role.sectors().isEmpty() && !"CVL".equals(role.sectors().get(0))
            && !"group".equals(role.kind()) || k < head) {
          break;
        }
      }
    }
    if (role == null) {
      return;
    }
    boolean plural = t.get(head).pos().endsWith("S");
    boolean groupNoun = "group".equals(role.kind()) || plural;
    int start = from;
    while (start < roleAt && t.get(start).pos().equals("DT")
        && !t.get(start).word().equalsIgnoreCase("a") && !t.get(start).word().equalsIgnoreCase("an")
        && !t.get(start).word().equalsIgnoreCase("some")) {
      start++;
    }
    String country = null;
    String organization = null;
    List<String> backers = new ArrayList<>();
    boolean anonymous = false;
    for (Hit h : hits) {
      if (h.from() < from || h.to() > head + 1) {
        continue;
      }
      Entry e = h.entry();
      if (e.country() == null) {
        continue;
      }
      boolean backed = h.to() + 1 < t.size() && t.get(h.to()).word().equals("-")
          && t.get(h.to() + 1).lemma().matches("back|support|sponsor|led|lead");
      if (backed) {
        backers.add(e.country());
      } else if (country == null) {
        country = e.country();
        if (e.type() == Type.ORGANIZATION) {
          organization = e.name();
        }
      }
    }
    for (int k = from; k < head; k++) {
      if (ANONYMOUS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
        anonymous = anonymous || !t.get(k).word().equalsIgnoreCase("some");
      }
    }
    String sector = role.sectors().isEmpty() ? null : role.sectors().get(0);
    boolean source = sector != null && (sector.equals("GOV") || sector.equals("MIL"))
        && ("yes".equals(role.kind()) || "group".equals(role.kind()));
    anonymous = anonymous && source;
    if (!groupNoun && apposedTo != null) {
      // "Sutopo Purwo Nugroho, a spokesman for the agency": the person just named, not another
      apposedTo.mentions.add(s.span(start, head + 1));
      if (apposedTo.role == null) {
        apposedTo.role = collapse(s.span(roleAt, head + 1).in(text));
      }
      return;
    }
    if (!groupNoun && !anonymous) {
      // "the minister": a role noun standing for a person named earlier
      boolean definite = t.get(start).word().equalsIgnoreCase("the")
          || t.get(from).word().equalsIgnoreCase("the");
      boolean joined = definite && reg.roleMention(role.role(), s.span(from, head + 1));
      boolean indefinite = t.get(from).word().equalsIgnoreCase("a")
          || t.get(from).word().equalsIgnoreCase("an");
      if (!joined && country != null && sector != null && (definite || indefinite)
          && gazetteer.role(role.role()).isPresent()) {
        // "a Tunisian court", "a Nigerian student", "the Israeli prime minister" met first: one
        // unnamed person or institution of that country
        Span one = s.span(start, head + 1);
        Draft d = reg.single(collapse(one.in(text)), t.get(head).lemma().toLowerCase(Locale.ROOT),
            role.role(), country, sector, one);
        if (d.organization == null) {
          d.organization = organization;
        }
      }
      return;
    }
    if (country == null && backers.isEmpty() && !anonymous && !"MED".equals(sector)) {
      return; // "members", "officials": nobody in particular
    }
    Span span = s.span(start, head + 1);
    Draft g = reg.group(collapse(span.in(text)), t.get(head).lemma().toLowerCase(Locale.ROOT),
        role.role(), country, sector, plural, anonymous, backers, span);
    if (g.organization == null) {
      g.organization = organization; // "UN officials": the UN, for the code
    }
  }

  /**
   * Whether a place name is only part of a longer proper name: "Washington Square News", "New
   * Mexico", "George Washington University". A title ("Moscow Mayor") or another known phrase
   * next to it does not count.
   */
  private boolean insideLongerName(List<Token> t, Hit h, List<Hit> hits) {
    int k = h.from() - 1;
    if (k > 0 && t.get(k).word().equalsIgnoreCase("the") && t.get(k - 1).word().equals("of")) {
      k--;
    }
    if (k > 0 && t.get(k).word().equals("of")) {
      // "Gulf of Mexico", "Bank of England"; not "Republic of Korea", "President of Russia"
      return !STATE_NAMES.contains(t.get(k - 1).word()) && properNamePart(t, k - 1, hits);
    }
    return properNamePart(t, h.to(), hits) || properNamePart(t, h.from() - 1, hits);
  }

  private boolean properNamePart(List<Token> t, int k, List<Hit> hits) {
    if (k < 0 || k >= t.size()) {
      return false;
    }
    Token x = t.get(k);
    if (!x.pos().startsWith("NNP") || !Character.isUpperCase(x.word().charAt(0))
        || x.ner().equals("PERSON")) {
      return false;
    }
    for (Hit o : hits) {
      if (o.from() <= k && k < o.to()) {
        return false;
      }
    }
    return role(x.word()).isEmpty() && role(x.lemma()).isEmpty();
  }

  /** Whether the country name at {@code at} is a place: "in Syria", "across the region". */
  private static boolean locative(List<Token> t, int at) {
    int k = at - 1;
    if (k >= 0 && t.get(k).word().equalsIgnoreCase("the")) {
      k--;
    }
    return k >= 0 && LOCATIVE.contains(t.get(k).word().toLowerCase(Locale.ROOT))
        && t.get(k).pos().equals("IN");
  }

  /**
   * Whether a country name or a capital modifies a common noun that is not its government: a thing
   * ("Syria ceasefire", "Baghdad airport") or people outside the state ("Syria rebels", "Hong Kong
   * protesters"). "US officials", "Moscow mayor" and "Russia's" keep the government.
   */
  private boolean modifiesThing(List<Token> t, int after, int chunkEnd) {
    if (after >= chunkEnd) {
      return false;
    }
    Token n = t.get(after);
    if (n.pos().equals("POS")) {
      return false;
    }
    if (!n.pos().equals("NN") && !n.pos().equals("NNS")) {
      return false;
    }
    Optional<Entry> r = role(n.word());
    if (r.isEmpty()) {
      r = role(n.lemma());
    }
    return r.isEmpty() || !r.get().sectors().isEmpty() && !STATE.contains(r.get().sectors().get(0));
  }

  private List<Hit> gazetteerHits(Sentence s, int from, int to, String text,
      boolean georgiaIsState) {
    List<Hit> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = from;
    while (i < to) {
      Hit best = null;
      int max = Math.min(to, i + Gazetteer.MAX_TOKENS);
      for (int j = max; j > i; j--) {
        String phrase = collapse(text.substring(t.get(i).span().start(), t.get(j - 1).span().end()));
        List<Entry> es = gazetteer.lookup(phrase);
        if (!es.isEmpty()) {
          Entry e = preferred(es);
          if (georgiaIsState && e.type() == Type.COUNTRY && phrase.equals("Georgia")) {
            e = US_GEORGIA; // the US state: "Georgia Gov. Brian Kemp" is American
          }
          best = new Hit(i, j, e);
          break;
        }
      }
      if (best != null) {
        out.add(best);
        i = best.to();
      } else {
        i++;
      }
    }
    return out;
  }

  private static Entry preferred(List<Entry> es) {
    for (Type type : new Type[] {Type.PERSON, Type.ORGANIZATION, Type.COUNTRY, Type.METONYM,
        Type.ADJECTIVE}) {
      for (Entry e : es) {
        if (e.type() == type) {
          return e;
        }
      }
    }
    return es.get(0);
  }

  private Entry personEntry(String name, LocalDate date) {
    Entry best = null;
    for (Entry e : gazetteer.lookup(name)) {
      if (e.type() == Type.PERSON) {
        if (date != null && e.validOn(date)) {
          return e;
        }
        // without a date, the latest office
        if (best == null || e.to() == null && best.to() != null
            || e.from() != null && best.from() != null && e.from().isAfter(best.from())
            && (e.to() == null) == (best.to() == null)) {
          best = e;
        }
      }
    }
    if (best == null) {
      String[] parts = name.split(" ");
      if (parts.length == 1) {
        return null; // a surname alone is resolved against full names in the registry
      }
    }
    return best;
  }

  /** What a person's title says: "Russia's Deputy Foreign Minister" → RUS, GOV, role. */
  static final class Title {
    String country;
    String sector;
    String role;
    String organization;
    List<String> organizationSectors = List.of();
    String evidence;
    boolean counterpart;
  }

  private Title readTitle(Sentence s, int from, int to, List<Hit> hits, String text) {
    Title title = new Title();
    if (from >= to) {
      return title;
    }
    List<Token> t = s.tokens();
    int roleFrom = from;
    for (Hit h : hits) {
      Entry e = h.entry();
      if (e.country() != null && title.country == null && !"IGO".equals(e.country())) {
        title.country = e.country();
      }
      if (e.type() == Type.ORGANIZATION) {
        title.organization = e.name();
        title.organizationSectors = e.sectors();
        if (e.sectors().contains("IGO")) {
          title.country = "IGO";
          title.sector = "IGO";
        }
      }
      if ((e.type() == Type.COUNTRY || e.type() == Type.ADJECTIVE) && h.from() == roleFrom) {
        roleFrom = h.to();
      }
    }
    while (roleFrom < to && (t.get(roleFrom).pos().equals("DT") || t.get(roleFrom).pos().equals("POS")
        || t.get(roleFrom).pos().equals("PRP$"))) {
      roleFrom++;
      for (Hit h : hits) {
        if ((h.entry().type() == Type.COUNTRY || h.entry().type() == Type.ADJECTIVE)
            && h.from() == roleFrom) {
          roleFrom = h.to();
        }
      }
    }
    // the most specific role phrase in the title
    Entry role = null;
    for (int i = from; i < to && role == null; i++) {
      for (int j = to; j > i; j--) {
        String phrase = collapse(text.substring(t.get(i).span().start(), t.get(j - 1).span().end()));
        Optional<Entry> r = role(phrase);
        if (r.isPresent()) {
          role = r.get();
          break;
        }
      }
    }
    for (int i = from; i < to; i++) {
      if (t.get(i).lemma().equalsIgnoreCase("counterpart")) {
        title.counterpart = true;
      }
    }
    if (roleFrom < to && (role != null || title.counterpart)) {
      title.role = collapse(text.substring(t.get(roleFrom).span().start(), t.get(to - 1).span().end()));
    }
    if (role != null && title.sector == null && !role.sectors().isEmpty()) {
      title.sector = role.sectors().get(0);
    }
    if (title.sector == null && title.organization != null) {
      // an outlet, a company or an NGO gives its own sector ("Zeeshan Aleem, Vox"); a government
      // body or a party leaves the person in the government
      String own = title.organizationSectors.stream()
          .filter(x -> x.matches("MED|BUS|NGO|HRI|EDU|LAB|REL|REB|RAD|INS")).findFirst()
          .orElse(null);
      title.sector = own != null ? own : "GOV";
    }
    title.evidence = "title: " + collapse(text.substring(t.get(from).span().start(), t.get(to - 1).span().end()));
    return title;
  }

  /** "Gennady Gatilov, Russia's deputy foreign minister, said": the title after the name. */
  private Title appositive(Sentence s, int nameTo, String text, boolean georgiaIsState) {
    List<Token> t = s.tokens();
    if (nameTo + 1 >= t.size() || !t.get(nameTo).word().equals(",")) {
      return null;
    }
    int from = nameTo + 1;
    int to = from;
    while (to < t.size() && chunkable(t, to) && !t.get(to).ner().equals("PERSON")) {
      to++;
      int next = to < t.size() && !chunkable(t, to) ? joinsOf(t, from, to) : -1;
      if (next > 0) {
        to = next;
      }
    }
    if (to == from || to < t.size() && !t.get(to).word().matches("[,.;]|--|—|–|who|said")) {
      return null;
    }
    List<Hit> hits = gazetteerHits(s, from, to, text, georgiaIsState);
    Title title = readTitle(s, from, to, hits, text);
    boolean outletOnly = title.role == null && "MED".equals(title.sector)
        && hits.size() == 1 && hits.get(0).from() <= from + 1 && hits.get(0).to() == to;
    return title.role == null && !outletOnly ? null : title;
  }

  private static String firstOr(List<String> l, String d) {
    return l.isEmpty() ? d : l.get(0);
  }

  static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------

  /** Actors under construction, merged by key, in order of first mention. */
  final class Registry {
    final LocalDate date;
    boolean georgiaIsState;
    final Map<String, Draft> byKey = new LinkedHashMap<>();
    final Map<String, String> surnames = new HashMap<>();
    final List<Draft> people = new ArrayList<>();

    Registry(LocalDate date) {
      this.date = date;
    }

    /** The key of the person with this surname named most often; {@code last} on a tie. */
    private String prominent(String surname, String last) {
      Draft lastDraft = byKey.get(last);
      int most = lastDraft == null ? 0 : lastDraft.mentions.size();
      String best = last;
      for (Map.Entry<String, Draft> e : byKey.entrySet()) {
        Draft p = e.getValue();
        if (p.kind == Actor.Kind.PERSON && e.getKey().startsWith("P:")
            && surname(p.name).equals(surname) && p.mentions.size() > most) {
          most = p.mentions.size();
          best = e.getKey();
        }
      }
      return best;
    }

    /**
     * The person whose name ends just before ", " at token {@code from}: the one an apposition
     * there describes ("Lina Arafeh, a Syrian refugee"), or null.
     */
    Draft personBefore(List<Token> t, int from) {
      if (from < 2 || !t.get(from - 1).word().equals(",")
          || !t.get(from - 2).ner().equals("PERSON")) {
        return null;
      }
      int end = t.get(from - 2).span().end();
      for (int i = people.size() - 1; i >= 0 && i >= people.size() - 3; i--) {
        Draft p = people.get(i);
        if (p.kind == Actor.Kind.PERSON && !p.mentions.isEmpty()
            && p.mentions.get(p.mentions.size() - 1).end() == end) {
          return p;
        }
      }
      return null;
    }

    /** Whether a one-word name is the surname of a person already met. */
    boolean knowsSurname(String name) {
      return name.indexOf(' ') < 0 && surnames.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * A mention of a person.
     *
     * @param known what the gazetteer, else a user dictionary, knows of the name (or null)
     * @param listed what a user dictionary knows of it (or null): its id becomes the key, its code
     *     refines a code of the same country
     */
    void person(String name, Span span, Title title, Entry known, Entry listed) {
      String surname = surname(name);
      Draft d = null;
      String key = surnames.get(surname);
      if (key != null && name.indexOf(' ') < 0) {
        // a surname alone: of several people who bear it, the one the article has named most
        // (the last one named when they tie): "Clinton" after "Hillary Clinton ... Bill Clinton"
        key = prominent(surname, key);
      }
      if (key != null) {
        d = byKey.get(key);
        if (d != null && !compatible(d.name, name)) {
          d = null;
        }
      }
      if (known != null && name.indexOf(' ') < 0 && d != null && !compatible(d.name, known.name())) {
        // "Trump" is listed as Donald Trump: not Melania Trump, even when she was named last
        d = null;
        key = null;
        for (int i = people.size() - 1; i >= 0 && d == null; i--) {
          Draft p = people.get(i);
          if (surname(p.name).equals(surname) && compatible(p.name, known.name())) {
            d = p;
          }
        }
        if (d != null) {
          for (Map.Entry<String, Draft> e : byKey.entrySet()) {
            if (e.getValue() == d) {
              key = e.getKey();
            }
          }
        } else {
          name = known.name();
        }
      }
      if (d == null) {
        key = "P:" + name.toLowerCase(Locale.ROOT);
        d = byKey.get(key);
        if (d == null) {
          d = new Draft(Actor.Kind.PERSON, name);
          byKey.put(key, d);
          people.add(d);
        }
      }
      // a surname alone means the person of that surname mentioned last ("Clinton" after
      // "Hillary Clinton", even when "Bill Clinton" came first)
      surnames.put(surname, key);
      if (name.length() > d.name.length() && name.toLowerCase(Locale.ROOT).endsWith(
          d.name.toLowerCase(Locale.ROOT))) {
        d.name = name;
      }
      d.mentions.add(span);
      if (title.counterpart && title.sector == null) {
        Draft owner = people.size() > 1 ? people.get(people.size() - 2) : null;
        if (owner != null && owner != d) {
          title.sector = owner.sector;
        }
      }
      if (title.role != null && (d.role == null || d.role.equalsIgnoreCase("counterpart"))) {
        d.role = title.role;
      }
      if (title.country != null && d.country == null) {
        d.country = title.country;
        d.evidence = title.evidence;
        d.codeSource = "article";
      }
      if (title.sector != null && d.sector == null) {
        d.sector = title.sector;
      }
      if (title.organization != null && d.organization == null) {
        d.organization = title.organization;
        d.sectors.addAll(title.organizationSectors);
      }
      if (known == null && d.name.contains(" ")) {
        known = personEntry(d.name, date);
      }
      if (known != null) {
        if (d.country == null) {
          d.country = known.country();
          if (known.source() != null) {
            d.evidence = "dictionary: " + known.source().where();
            d.codeSource = "dictionary";
          } else {
            d.evidence = "built-in: " + known.name() + ", " + known.role();
            d.codeSource = "built-in";
          }
        }

        if (d.sector == null && !known.sectors().isEmpty()) {
          d.sector = known.sectors().get(0);
        }
        if (known.role() != null && (d.role == null || d.role.equalsIgnoreCase("counterpart"))) {
          d.role = known.role();
        }
        if (d.name.length() < known.name().length()
            && known.name().toLowerCase(Locale.ROOT).endsWith(surname)) {
          d.name = known.name();
        }
      }
      if (listed != null && d.dictId == null) {
        d.dictId = listed.source().id();
        d.dictCode = listed.code();
      }
      if (known != null && known.source() == null && d.canonical == null) {
        d.canonical = known.name();
      }
      if ("IGO".equals(d.country) && d.organization == null) {
        d.organization = null;
      }
    }

    void government(String country, String sector, Span span) {
      String key = "G:" + country + sector;
      Draft d =
          byKey.computeIfAbsent(
              key,
              k -> {
                Draft n =
                    new Draft(Actor.Kind.GOVERNMENT,
                        gazetteer.countryName(country) + " (" + sectorWord(sector) + ")");
                n.country = country;
                n.sector = sector;
                n.evidence = "built-in: country and seats of power";
                n.codeSource = "built-in";
                return n;
              });
      d.mentions.add(span);
    }

    void organization(Entry e, Span span) {
      String key = "O:" + e.name();
      Draft d =
          byKey.computeIfAbsent(
              key,
              k -> {
                Actor.Kind kind =
                    e.sectors().contains("MED") ? Actor.Kind.MEDIA : Actor.Kind.ORGANIZATION;
                Draft n = new Draft(kind, e.name());
                n.country = e.country();
                n.sectors.addAll(e.sectors());
                n.sector = e.sectors().isEmpty() ? null : e.sectors().get(0);
                if (e.source() != null) {
                  n.evidence = "dictionary: " + e.source().where();
                  n.codeSource = "dictionary";
                  n.dictId = e.source().id();
                  n.dictCode = e.code();
                } else {
                  n.evidence = "built-in: organization";
                  n.codeSource = "built-in";
                }
                return n;
              });
      d.mentions.add(span);
    }

    void unknownOrganization(String name, Span span) {
      Draft d = byKey.computeIfAbsent("O:" + name, k -> new Draft(Actor.Kind.ORGANIZATION, name));
      if (d.evidence == null) {
        d.evidence = "named entity";
      }
      d.mentions.add(span);
    }

    Draft group(String text, String head, String role, String country, String sector,
        boolean plural, boolean anonymous, List<String> backers, Span span) {
      // unnamed single sources stay apart; groups merge by country, sector and head
      String key = anonymous && !plural
          ? "S:" + span.start()
          : "R:" + country + "|" + sector + "|" + head + "|" + anonymous;
      Draft d = byKey.get(key);
      if (d == null && country == null && sector != null && !anonymous) {
        d = null;
      }
      if (d == null) {
        d = new Draft(plural || !anonymous ? Actor.Kind.GROUP : Actor.Kind.PERSON, text);
        d.country = country;
        d.sector = sector;
        d.anonymous = anonymous;
        d.head = head;
        d.roleWord = role;
        d.evidence = "group: " + text;
        d.codeSource = "article";
        byKey.put(key, d);
      }
      d.backers.addAll(backers);
      d.mentions.add(span);
      return d;
    }

    /** The country whose government the article has named most so far, or null. */
    String mainCountry() {
      String best = null;
      int most = 0;
      for (Draft d : byKey.values()) {
        if (d.kind == Actor.Kind.GOVERNMENT && d.country != null && d.country.length() == 3
            && !"IGO".equals(d.country) && d.mentions.size() > most) {
          most = d.mentions.size();
          best = d.country;
        }
      }
      return best;
    }

    /** Joins "the envoy" to the last person with that role; false when there is none. */
    boolean roleMention(String role, Span span) {
      for (int i = people.size() - 1; i >= 0; i--) {
        Draft p = people.get(i);
        if (p.role != null && p.role.toLowerCase(Locale.ROOT).contains(role)) {
          p.mentions.add(span);
          return true;
        }
      }
      return false;
    }

    /**
     * One unnamed person or institution given by a role noun and a country ("a Tunisian court"):
     * each stays its own actor, and later "the court" joins it.
     */
    Draft single(String text, String head, String role, String country, String sector,
        Span span) {
      Actor.Kind kind = INSTITUTIONS.contains(head) ? Actor.Kind.ORGANIZATION : Actor.Kind.PERSON;
      Draft d = new Draft(kind, text);
      d.country = country;
      d.sector = sector;
      d.head = head;
      d.roleWord = role;
      d.role = role;
      d.evidence = "group: " + text;
      d.codeSource = "article";
      d.mentions.add(span);
      byKey.put("S:" + span.start(), d);
      people.add(d);
      return d;
    }

    List<Actor> build() {
      mergeGroupsWithoutCountry();
      mergeNamesTakenForOrganizations();
      List<Draft> all = new ArrayList<>(byKey.values());
      all.removeIf(d -> d.mentions.isEmpty());
      all.sort((a, b) -> a.mentions.get(0).compareTo(b.mentions.get(0)));
      List<Actor> out = new ArrayList<>();
      Set<Draft> seen = new java.util.HashSet<>();
      for (Draft d : all) {
        if (!seen.add(d)) {
          continue;
        }
        List<Span> mentions = new ArrayList<>(new java.util.TreeSet<>(d.mentions));
        LinkedHashSet<String> sectors = new LinkedHashSet<>();
        if (d.sector != null) {
          sectors.add(d.sector);
        }
        sectors.addAll(d.sectors);
        // a sector that repeats the country ("NGO" of an NGO) adds nothing: "NGOHRI", not "NGONGO"
        String country = d.country;
        String code = country == null ? null
            : country + sectors.stream().filter(x -> !x.equals(country)).findFirst().orElse("");
        if ("IGO".equals(country)) {
          // "IGOUNO": an intergovernmental actor is coded by its organization; "UN officials" by
          // the UN, not by their sector; a grouping without a known subcode stays "IGO"
          code = "IGO" + sectors.stream().filter(x -> !x.equals("IGO") && !STATE.contains(x))
              .findFirst()
              .orElse(organizationCode(d.organization == null ? d.name : d.organization));
        }
        String codeSource = d.codeSource;
        if (d.dictCode != null && country != null && d.dictCode.startsWith(country)
            && !d.dictCode.equals(code)) {
          code = d.dictCode; // the dictionary's full code: "IGOUNO", "IMGMUSALQ", "USAGOVLEG"
          codeSource = "dictionary";
        }
        String key = d.dictId != null ? "dict:" + d.dictId
            : d.kind == Actor.Kind.GOVERNMENT && code != null ? "government:" + code
            : Actor.keyOf(d.kind, d.canonical != null ? d.canonical : d.name, country);
        out.add(
            new Actor(
                "a" + (out.size() + 1),
                d.name,
                d.kind,
                Optional.ofNullable(d.country),
                List.copyOf(sectors),
                Optional.ofNullable(code),
                Optional.ofNullable(d.role),
                Optional.ofNullable(d.organization),
                d.anonymous,
                mentions,
                d.evidence == null ? "" : d.evidence,
                code == null ? Optional.empty() : Optional.ofNullable(codeSource),
                key));
      }
      return out;
    }

    /**
     * A name NER took for an organization in one place and for a person in another ("Fouzia Al
     * Hashish", "Al Hashish said") is that person: the organization's mentions join the one person
     * whose full name is or ends with it.
     */
    private void mergeNamesTakenForOrganizations() {
      for (Map.Entry<String, Draft> e : byKey.entrySet()) {
        Draft o = e.getValue();
        if (o.kind != Actor.Kind.ORGANIZATION || !"named entity".equals(o.evidence)
            || o.mentions.isEmpty()) {
          continue;
        }
        String name = o.name.toLowerCase(Locale.ROOT);
        Draft owner = null;
        int owners = 0;
        for (Draft p : people) {
          String full = p.name.toLowerCase(Locale.ROOT);
          if (p.kind == Actor.Kind.PERSON && !p.anonymous && full.indexOf(' ') > 0
              && (full.equals(name) || full.endsWith(" " + name)) && p != owner) {
            owner = p;
            owners++;
          }
        }
        if (owners == 1) {
          owner.mentions.addAll(o.mentions);
          o.mentions.clear();
        }
      }
    }

    private void mergeGroupsWithoutCountry() {
      List<Map.Entry<String, Draft>> groups = new ArrayList<>();
      for (Map.Entry<String, Draft> e : byKey.entrySet()) {
        if (e.getKey().startsWith("R:")) {
          groups.add(e);
        }
      }
      for (Map.Entry<String, Draft> e : groups) {
        Draft d = e.getValue();
        if (d.country != null || d.anonymous) {
          continue;
        }
        for (Map.Entry<String, Draft> o : groups) {
          Draft other = o.getValue();
          // same sector from the same role noun: "Saudi-backed opposition" joins "Syrian
          // opposition members", but "government forces" never joins a foreign ministry
          if (other != d && other.country != null && d.sector != null
              && d.sector.equals(other.sector) && d.roleWord != null
              && d.roleWord.equals(other.roleWord) && !"MED".equals(d.sector)
              && !"CVL".equals(d.sector)) {
            other.mentions.addAll(d.mentions);
            other.backers.addAll(d.backers);
            if (d.name.length() > 0 && !d.backers.isEmpty() && other.name.indexOf('-') < 0) {
              other.name = d.name.replaceFirst("^(?i)the ", "") + " (" + other.name + ")";
            }
            d.mentions.clear();
            break;
          }
        }
      }
    }
  }

  private static String organizationCode(String org) {
    return switch (org) {
      case "United Nations", "UN", "U.N." -> "UNO";
      case "European Union" -> "EEC";
      case "NATO", "North Atlantic Treaty Organization" -> "NAT";
      case "African Union" -> "AFU";
      case "Arab League" -> "ARL";
      default -> "";
    };
  }

  private static String sectorWord(String sector) {
    return switch (sector) {
      case "MIL" -> "military";
      case "LEG" -> "legislature";
      case "JUD" -> "judiciary";
      case "COP" -> "police";
      default -> "government";
    };
  }

  private static String surname(String name) {
    String[] p = name.toLowerCase(Locale.ROOT).split(" ");
    return p[p.length - 1];
  }

  private static boolean compatible(String a, String b) {
    String[] x = a.toLowerCase(Locale.ROOT).split(" ");
    String[] y = b.toLowerCase(Locale.ROOT).split(" ");
    if (x.length == 1 || y.length == 1) {
      return true;
    }
    // compare first names when both have one
    // "Sergei" and "Sergey", "Mohammed" and "Mohammad": one name in two spellings
    return x[0].equals(y[0]) || x[0].startsWith(y[0].replace(".", ""))
        || y[0].startsWith(x[0].replace(".", "")) || x.length != y.length
        || x[0].length() >= 5 && y[0].length() >= 5 && x[0].regionMatches(0, y[0], 0, 4);
  }

  /** A mutable actor while the article is read. */
  static final class Draft {
    final Actor.Kind kind;
    String name;
    String country;
    String sector;
    final List<String> sectors = new ArrayList<>();
    String role;
    String organization;
    boolean anonymous;
    String head;
    /** For groups: the role noun their sector came from ("opposition" in "opposition members"). */
    String roleWord;
    String evidence;
    /** article, built-in or dictionary: where the country came from. */
    String codeSource;
    /** The user dictionary entry that knows this actor, and its code on the article's date. */
    String dictId;
    String dictCode;
    /** The built-in gazetteer's name for a person it knows, used in the key. */
    String canonical;
    final List<String> backers = new ArrayList<>();
    final List<Span> mentions = new ArrayList<>();

    Draft(Actor.Kind kind, String name) {
      this.kind = kind;
      this.name = name;
    }
  }
}
