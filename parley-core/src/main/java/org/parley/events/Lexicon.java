package org.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event coder's word knowledge, read once from the built-in fact file {@code lexicon.tsv}:
 * trigger verbs and event nouns with their CAMEO code, conditions and target roles; word classes;
 * closed lists (light verbs, modals ...); refinements of generic codes; statement stances.
 */
public final class Lexicon {
  private static final String RESOURCE = "/org/parley/events/lexicon.tsv";

  /** Whether an entry is triggered by a verb or by an event noun. */
  public enum Kind {
    VERB,
    NOUN
  }

  /** A condition an entry needs, from the WHEN column. */
  public record Condition(Type type, String word, String wordClass, boolean negated) {
    public Condition(Type type, String word, String wordClass) {
      this(type, word, wordClass, false);
    }

    /** What the condition looks at. */
    public enum Type {
      PRT,
      PREP,
      THEME,
      MOD,
      LIGHT,
      NOPHRASE,
      COMP,
      ACTOR,
      PERSON
    }
  }

  /**
   * One trigger line.
   *
   * @param cameo the CAMEO code as a string
   * @param when conditions that must all hold
   * @param targets roles whose filler is the target: obj, iobj or a preposition
   * @param line the line of the fact file, for the rule name
   * @param origin where the line comes from: "lexicon" for the built-in file, else a file name
   */
  public record Entry(Kind kind, String lemma, String cameo, List<Condition> when,
                      List<String> targets, int line, String origin) {
    public Entry {
      when = List.copyOf(when);
      targets = List.copyOf(targets);
    }

    /** The rule name: kind, lemma and conditions. */
    public String rule() {
      StringBuilder sb = new StringBuilder();
      if (!origin.equals("lexicon")) {
        sb.append(origin).append(':').append(line).append(':');
      }
      sb.append(kind.name().toLowerCase(Locale.ROOT)).append(':').append(lemma);
      for (Condition c : when) {
        sb.append('+').append(c.negated() ? "not-" : "").append(c.type().name().toLowerCase(Locale.ROOT));
        if (c.word() != null) {
          sb.append(':').append(c.word());
        }
        if (c.wordClass() != null) {
          sb.append(':').append(c.wordClass());
        }
      }
      return sb.toString();
    }
  }

  /** A refinement of a generic code: root + a word of a class in the complement gives a code. */
  public record Refinement(String root, String wordClass, String cameo) {}

  /** A statement stance: words of a quote's content that make it this CAMEO code. */
  public record Stance(String cameo, List<List<String>> phrases) {
    public Stance {
      phrases = List.copyOf(phrases);
    }
  }

  private final Map<String, List<Entry>> verbs;
  private final Map<String, List<Entry>> nouns;
  private final Map<String, Set<String>> classes;
  private final Map<String, Set<String>> sets;
  private final List<Refinement> refinements;
  private final List<Stance> stances;

  private Lexicon(Map<String, List<Entry>> verbs, Map<String, List<Entry>> nouns,
                  Map<String, Set<String>> classes, Map<String, Set<String>> sets,
                  List<Refinement> refinements, List<Stance> stances) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.classes = classes;
    this.sets = sets;
    this.refinements = List.copyOf(refinements);
    this.stances = List.copyOf(stances);
  }

  private static final class Holder {
    static final Lexicon BUILT_IN = load(Plover.builtIn());
  }

  /** The built-in lexicon, loaded once per JVM. */
  public static Lexicon builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * This lexicon with more entries and word classes after its own: for a lemma it already has, its
   * own lines still come first ({@code --verbs} dictionaries add to the built-in lexicon).
   */
  public Lexicon with(List<Entry> extra, Map<String, Set<String>> extraClasses) {
    Map<String, List<Entry>> v = new HashMap<>();
    verbs.forEach((k, l) -> v.put(k, new ArrayList<>(l)));
    Map<String, List<Entry>> n = new HashMap<>();
    nouns.forEach((k, l) -> n.put(k, new ArrayList<>(l)));
    Map<String, Set<String>> c = new LinkedHashMap<>(classes);
    for (Map.Entry<String, Set<String>> e : extraClasses.entrySet()) {
      if (c.putIfAbsent(e.getKey(), Set.copyOf(e.getValue())) != null) {
        throw new IllegalArgumentException("word class " + e.getKey() + " exists already");
      }
    }
    for (Entry e : extra) {
      for (Condition cond : e.when()) {
        if (cond.wordClass() != null && !c.containsKey(cond.wordClass())) {
          throw new IllegalArgumentException("entry " + e.rule() + " names unknown class " + cond.wordClass());
        }
      }
      (e.kind() == Kind.VERB ? v : n).computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
    }
    return new Lexicon(v, n, c, sets, refinements, stances);
  }

  /** The entries of a verb lemma, most specific first; empty if none. */
  public List<Entry> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** The entries of a noun lemma, most specific first; empty if none. */
  public List<Entry> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  public List<Entry> entries() {
    List<Entry> all = new ArrayList<>();
    verbs.values().forEach(all::addAll);
    nouns.values().forEach(all::addAll);
    all.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return all;
  }

  /** Whether the word is in the named class ("NEGOTIATION") or closed list ("LIGHT"). */
  public boolean in(String name, String word) {
    Set<String> s = classes.get(name);
    if (s == null) {
      s = sets.get(name);
    }
    if (s == null) {
      throw new IllegalArgumentException("no word class or list named " + name);
    }
    return s.contains(word);
  }

  public Set<String> classNames() {
    return classes.keySet();
  }

  public List<Refinement> refinements() {
    return refinements;
  }

  public List<Stance> stances() {
    return stances;
  }

  private static Lexicon load(Plover plover) {
    Map<String, List<Entry>> verbs = new HashMap<>();
    Map<String, List<Entry>> nouns = new HashMap<>();
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    List<Refinement> refinements = new ArrayList<>();
    List<Stance> stances = new ArrayList<>();
    List<String[]> pending = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("built-in fact file " + RESOURCE + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        int hash = line.indexOf('#');
        String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (body.isEmpty()) {
          continue;
        }
        String[] f = body.split("\\s+");
        String where = RESOURCE + " line " + n + ": ";
        switch (f[0]) {
          case "class", "set" -> {
            if (f.length < 3) {
              throw new IllegalStateException(where + "a " + f[0] + " needs a name and words");
            }
            (f[0].equals("class") ? classes : sets).put(f[1], Set.of(java.util.Arrays.copyOfRange(f, 2, f.length)));
          }
          case "verb", "noun" -> {
            if (f.length != 5) {
              throw new IllegalStateException(where + "expected kind, lemma, CAMEO, WHEN, TARGETS: " + body);
            }
            pending.add(new String[] {f[0], f[1], f[2], f[3], f[4], Integer.toString(n)});
          }
          case "refine" -> {
            if (f.length != 4) {
              throw new IllegalStateException(where + "expected refine ROOT CLASS CAMEO: " + body);
            }
            checkCode(plover, f[3], where);
            refinements.add(new Refinement(f[1], f[2], f[3]));
          }
          case "stance" -> {
            checkCode(plover, f[1], where);
            List<List<String>> phrases = new ArrayList<>();
            for (int i = 2; i < f.length; i++) {
              phrases.add(List.of(f[i].toLowerCase(Locale.ROOT).split("_")));
            }
            stances.add(new Stance(f[1], phrases));
          }
          default -> throw new IllegalStateException(where + "unknown line kind " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    for (Refinement ref : refinements) {
      if (!classes.containsKey(ref.wordClass())) {
        throw new IllegalStateException(RESOURCE + ": refinement names unknown class " + ref.wordClass());
      }
    }
    for (String[] p : pending) {
      String where = RESOURCE + " line " + p[5] + ": ";
      checkCode(plover, p[2], where);
      List<Condition> when = new ArrayList<>();
      if (!p[3].equals("-")) {
        for (String c : p[3].split("\\+")) {
          when.add(condition(c, classes, where));
        }
      }
      List<String> targets = p[4].equals("-") ? List.of() : List.of(p[4].split(","));
      Kind kind = p[0].equals("verb") ? Kind.VERB : Kind.NOUN;
      Entry e = new Entry(kind, p[1], p[2], when, targets, Integer.parseInt(p[5]), "lexicon");
      (kind == Kind.VERB ? verbs : nouns).computeIfAbsent(p[1], k -> new ArrayList<>()).add(e);
    }
    return new Lexicon(verbs, nouns, classes, sets, refinements, stances);
  }

  private static void checkCode(Plover plover, String cameo, String where) {
    if (plover.find(cameo).isEmpty()) {
      throw new IllegalStateException(where + "unknown CAMEO code " + cameo);
    }
  }

  private static Condition condition(String c, Map<String, Set<String>> classes, String where) {
    boolean negated = c.startsWith("!");
    String[] p = (negated ? c.substring(1) : c).split(":");
    Condition.Type type;
    switch (p[0]) {
      case "prt" -> type = Condition.Type.PRT;
      case "prep" -> type = Condition.Type.PREP;
      case "theme" -> type = Condition.Type.THEME;
      case "mod" -> type = Condition.Type.MOD;
      case "light" -> type = Condition.Type.LIGHT;
      case "nophrase" -> type = Condition.Type.NOPHRASE;
      case "comp" -> type = Condition.Type.COMP;
      case "actor" -> type = Condition.Type.ACTOR;
      case "person" -> type = Condition.Type.PERSON;
      default -> throw new IllegalStateException(where + "unknown condition " + c);
    }
    String word = null;
    String cls = null;
    if (type == Condition.Type.THEME) {
      cls = p.length > 1 ? p[1] : null;
    } else if (p.length > 1) {
      word = p[1];
      cls = p.length > 2 ? p[2] : null;
    }
    if (cls != null && !classes.containsKey(cls)) {
      throw new IllegalStateException(where + "unknown word class " + cls);
    }
    if (type != Condition.Type.NOPHRASE && type != Condition.Type.COMP
        && type != Condition.Type.ACTOR && type != Condition.Type.PERSON && word == null && cls == null) {
      throw new IllegalStateException(where + "condition " + c + " needs a word or class");
    }
    return new Condition(type, word, cls, negated);
  }
}
