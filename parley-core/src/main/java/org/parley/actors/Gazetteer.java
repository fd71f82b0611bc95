package org.parley.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parley's built-in knowledge of actors: countries with their names, adjectives and metonyms,
 * organizations and outlets, role nouns with their sector, and well-known office holders. Loaded
 * once from the project's own fact files under {@code org/parley/actors/}.
 */
public final class Gazetteer {
  /** What a phrase of the text can be. */
  public enum Type {
    COUNTRY,
    ADJECTIVE,
    METONYM,
    ORGANIZATION,
    PERSON,
    ROLE,
    /**
     * A name that is not an actor (a region, a sea, a treaty): listed so that a country or capital
     * inside it ("Latin America", "New Mexico", "South China Sea", "Paris Agreement") is not read
     * as a government. Its country, when it has one, may still be given to a title or a group.
     */
    OTHER
  }

  /**
   * One meaning of a phrase.
   *
   * @param name the canonical name (country name, organization name, person name, role phrase)
   * @param country ISO 3166-1 alpha-3 or IGO/NGO/MNC, or null
   * @param sectors sector codes
   * @param kind for organizations: organization, government, media, group; for roles: yes/group;
   *     for other names: what the name is (region, sea, treaty)
   * @param code the full code when a user dictionary gave it ("RUSGOV", "IMGMUSALQ"), else null
   * @param source the user dictionary entry this meaning comes from, or null when built in
   */
  public record Entry(
      Type type,
      String name,
      String country,
      List<String> sectors,
      String kind,
      String role,
      LocalDate from,
      LocalDate to,
      String code,
      DictionaryEntry source) {
    /** A built-in meaning. */
    public Entry(Type type, String name, String country, List<String> sectors, String kind,
        String role, LocalDate from, LocalDate to) {
      this(type, name, country, sectors, kind, role, from, to, null, null);
    }

    public boolean validOn(LocalDate date) {
      if (date == null) {
        return true;
      }
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** The longest phrase, in tokens, any entry has. */
  public static final int MAX_TOKENS = 7;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static volatile Gazetteer builtIn;

  private final Map<String, List<Entry>> exact = new HashMap<>();
  private final Map<String, List<Entry>> folded = new HashMap<>();
  private final Map<String, Entry> roles = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();

  private Gazetteer() {}

  /** The built-in gazetteer, loaded on first use. */
  public static Gazetteer builtIn() {
    Gazetteer g = builtIn;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = builtIn;
        if (g == null) {
          g = load();
          builtIn = g;
        }
      }
    }
    return g;
  }

  /** Reads the built-in fact files afresh (tests time this; everyone else uses the shared one). */
  static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.loadCountries("countries.tsv");
    g.loadOrganizations("organizations.tsv");
    g.loadRoles("roles.tsv");
    g.loadPeople("people.tsv");
    g.loadOthers("other-names.tsv");
    return g;
  }

  /** Every meaning of a phrase as written; case-insensitive only for capitalized phrases. */
  public List<Entry> lookup(String phrase) {
    List<Entry> e = exact.get(phrase);
    if (e != null) {
      return e;
    }
    if (phrase.length() > 3 && Character.isUpperCase(phrase.charAt(0))) {
      e = folded.get(phrase.toLowerCase(Locale.ROOT));
      if (e != null) {
        return e;
      }
    }
    return List.of();
  }

  public Optional<Entry> first(String phrase, Type type) {
    for (Entry e : lookup(phrase)) {
      if (e.type() == type) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** A role phrase (any case), e.g. "deputy foreign minister" → GOV. */
  public Optional<Entry> role(String phrase) {
    return Optional.ofNullable(roles.get(phrase.toLowerCase(Locale.ROOT)));
  }

  /** The common English name of a country code ("RUS" → "Russia"). */
  public String countryName(String code) {
    return countryNames.getOrDefault(code, code);
  }

  private void add(String phrase, Entry e) {
    String p = SPACES.matcher(phrase.strip()).replaceAll(" ");
    if (p.isEmpty()) {
      return;
    }
    exact.computeIfAbsent(p, k -> new ArrayList<>(2)).add(e);
    boolean acronym = p.equals(p.toUpperCase(Locale.ROOT));
    if (!acronym && p.length() > 3) {
      folded.computeIfAbsent(p.toLowerCase(Locale.ROOT), k -> new ArrayList<>(2)).add(e);
    }
    if (p.startsWith("the ")) {
      add(p.substring(4), e);
    }
  }

  private void loadCountries(String file) {
    for (String[] c : rows(file, 4)) {
      String code = c[0];
      String[] names = alts(c[1]);
      String name = names.length > 0 ? names[0] : code;
      countryNames.put(code, name);
      for (String n : names) {
        add(n, new Entry(Type.COUNTRY, name, code, List.of("GOV"), "government", null, null, null));
      }
      for (String a : alts(c[2])) {
        add(a, new Entry(Type.ADJECTIVE, name, code, List.of(), "adjective", null, null, null));
      }
      for (String m : alts(c[3])) {
        String sector = "GOV";
        int colon = m.lastIndexOf(':');
        if (colon > 0 && m.substring(colon + 1).matches("[A-Z]{3}")) {
          sector = m.substring(colon + 1);
          m = m.substring(0, colon);
        }
        add(m, new Entry(Type.METONYM, name, code, List.of(sector), "government", null, null, null));
      }
    }
  }

  private void loadOrganizations(String file) {
    for (String[] c : rows(file, 4)) {
      String[] names = alts(c[0]);
      if (names.length == 0) {
        continue;
      }
      String country = dash(c[1]);
      List<String> sectors = List.of(alts(c[2]));
      Entry e = new Entry(Type.ORGANIZATION, names[0], country, sectors, c[3], null, null, null);
      for (String n : names) {
        add(n, e);
      }
    }
  }

  private void loadRoles(String file) {
    for (String[] c : rows(file, 3)) {
      for (String r : alts(c[0])) {
        String key = r.toLowerCase(Locale.ROOT).strip();
        roles.putIfAbsent(
            key, new Entry(Type.ROLE, key, null, List.of(alts(c[1])), c[2], key, null, null));
      }
    }
  }

  private void loadPeople(String file) {
    for (String[] c : rows(file, 6)) {
      String[] names = alts(c[0]);
      if (names.length == 0) {
        continue;
      }
      Entry e =
          new Entry(
              Type.PERSON,
              names[0],
              dash(c[1]),
              List.of(alts(c[2])),
              "person",
              dash(c[3]),
              date(c[4]),
              date(c[5]));
      for (String n : names) {
        add(n, e);
      }
    }
  }

  /** Optional file: names | country or - | what the name is (region, sea, state, treaty ...). */
  private void loadOthers(String file) {
    if (Gazetteer.class.getResource("/org/parley/actors/" + file) == null) {
      return;
    }
    for (String[] c : rows(file, 3)) {
      String[] names = alts(c[0]);
      if (names.length == 0) {
        continue;
      }
      Entry e = new Entry(Type.OTHER, names[0], dash(c[1]), List.of(), dash(c[2]), null, null, null);
      for (String n : names) {
        add(n, e);
      }
    }
  }

  private static String dash(String s) {
    return s == null || s.isBlank() || s.equals("-") ? null : s.strip();
  }

  private static LocalDate date(String s) {
    String d = dash(s);
    if (d == null) {
      return null;
    }
    try {
      return LocalDate.parse(d);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String[] alts(String col) {
    if (col == null || col.isBlank() || col.strip().equals("-")) {
      return new String[0];
    }
    return java.util.Arrays.stream(col.split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  private static List<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    String path = "/org/parley/actors/" + file;
    try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("built-in fact file " + path + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < columns) {
          throw new IllegalStateException(
              path + " line " + n + ": expected " + columns + " tab-separated columns, found "
                  + c.length);
        }
        out.add(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }
}
