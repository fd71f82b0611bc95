package org.parley.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH verb dictionary (such as CAMEO.2.0.txt) read as it is and turned into lexicon
 * entries that {@link Lexicon#with} adds after the built-in ones.
 *
 * <p>What is read: each verb block ({@code --- VERB [CODE] ---}, then the verb and its synonyms,
 * then patterns {@code - words * words [CODE] # comment}). The block's code, when it has one,
 * becomes an entry of every verb of the block; a pattern whose words follow the verb ({@code - *
 * ASSET [163]}) becomes an entry that needs that word as the object ("freeze assets") or, for a
 * preposition, an argument it introduces ("- * AGAINST"). Targets are the object and the
 * arguments of with/to/against/on/at.
 *
 * <p>Design decision: patterns with words before the verb, synonym sets ({@code &CLASS}),
 * source/target markers and codes outside the CAMEO table are skipped and counted, not guessed: the
 * dependency parse cannot honour PETRARCH's phrase-order matching, so only the readings that
 * survive the change of parser are kept.
 */
public final class VerbDictionary {
  private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]");
  private static final Pattern PATTERN = Pattern.compile("^-\\s+(.*?)\\[([^\\]]*)\\]");
  private static final Set<String> PREPOSITIONS = Set.of("against", "with", "to", "on", "at", "in",
      "from", "for", "over", "about", "into", "toward", "towards", "between", "upon", "by");
  private static final List<String> TARGETS = List.of("obj", "with", "to", "against", "on", "at");

  private final List<Lexicon.Entry> entries;
  private final Map<String, Set<String>> classes;
  private final int skipped;

  private VerbDictionary(List<Lexicon.Entry> entries, Map<String, Set<String>> classes, int skipped) {
    this.entries = List.copyOf(entries);
    this.classes = Map.copyOf(classes);
    this.skipped = skipped;
  }

  /** Reads a dictionary file; fails with the file name when it cannot be read. */
  public static VerbDictionary load(Path file, Plover plover) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read verb dictionary " + file, e);
    }
    return parse(file.getFileName().toString(), lines, plover);
  }

  static VerbDictionary parse(String origin, List<String> lines, Plover plover) {
    List<Lexicon.Entry> entries = new ArrayList<>();
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    int skipped = 0;
    List<String> verbs = new ArrayList<>();
    String blockCode = null;
    boolean inBlock = false;
    boolean inPatterns = false;
    for (int n = 1; n <= lines.size(); n++) {
      String raw = lines.get(n - 1);
      Matcher b = BLOCK.matcher(raw);
      if (b.find()) {
        verbs.clear();
        inBlock = true;
        inPatterns = false;
        blockCode = code(b.group(2), plover);
        continue;
      }
      if (!inBlock) {
        continue;
      }
      String line = strip(raw);
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("&") || line.startsWith("=")) {
        inBlock = false; // synonym sets and other sections end the verb blocks
        continue;
      }
      if (line.startsWith("-")) {
        if (!inPatterns) {
          inPatterns = true;
          if (blockCode != null) {
            for (String v : verbs) {
              entries.add(entry(v, blockCode, List.of(), TARGETS, n, origin));
            }
          }
        }
        Matcher p = PATTERN.matcher(line);
        String code = p.find() ? code(p.group(2), plover) : null;
        if (code == null) {
          skipped++;
          continue;
        }
        String words = p.group(1).strip();
        int star = words.indexOf('*');
        if (star != 0) {
          skipped++; // words before the verb, or no verb position
          continue;
        }
        String word = firstWord(words.substring(1));
        if (word == null) {
          skipped++;
          continue;
        }
        for (String v : verbs) {
          if (PREPOSITIONS.contains(word)) {
            List<String> targets = new ArrayList<>(TARGETS);
            if (!targets.contains(word)) {
              targets.add(word);
            }
            entries.add(entry(v, code, List.of(new Lexicon.Condition(Lexicon.Condition.Type.PREP, word, null)),
                targets, n, origin));
          } else {
            String cls = "verbs-file:" + word;
            classes.computeIfAbsent(cls, k -> Set.of(word));
            entries.add(entry(v, code, List.of(new Lexicon.Condition(Lexicon.Condition.Type.THEME, null, cls)),
                TARGETS, n, origin));
          }
        }
      } else if (!inPatterns) {
        for (String w : line.replaceAll("\\{[^}]*\\}", " ").split("\\s+")) {
          if (w.matches("[A-Za-z][A-Za-z-]*")) {
            verbs.add(w.toLowerCase(Locale.ROOT));
          } else if (!w.isEmpty()) {
            skipped++; // multi-word verbs ("+STIR_UP")
          }
        }
      }
    }
    return new VerbDictionary(entries, classes, skipped);
  }

  private static Lexicon.Entry entry(String lemma, String code, List<Lexicon.Condition> when,
                                     List<String> targets, int line, String origin) {
    return new Lexicon.Entry(Lexicon.Kind.VERB, lemma, code, when, targets, line, origin);
  }

  /** The first plain word after the verb position, lower-cased; null if there is none. */
  private static String firstWord(String rest) {
    for (String w : rest.replaceAll("[{}()]", " ").split("\\s+")) {
      if (w.matches("[A-Za-z][A-Za-z-]*")) {
        return w.toLowerCase(Locale.ROOT);
      }
      if (!w.isEmpty()) {
        return null; // a marker ($, +, %, ^, &CLASS) comes first: not read
      }
    }
    return null;
  }

  /** The CAMEO code of a bracket ("160:160" reads 160), or null if none or unknown. */
  private static String code(String bracket, Plover plover) {
    String c = bracket.strip();
    int colon = c.indexOf(':');
    if (colon >= 0) {
      c = c.substring(0, colon);
    }
    return plover.find(c).isPresent() ? c : null;
  }

  private static String strip(String raw) {
    int hash = raw.indexOf('#');
    return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
  }

  public List<Lexicon.Entry> entries() {
    return entries;
  }

  public Map<String, Set<String>> classes() {
    return classes;
  }

  /** Lines or verbs that were not read (see the class comment). */
  public int skipped() {
    return skipped;
  }

  /** The built-in lexicon with this dictionary's entries after its own. */
  public Lexicon over(Lexicon base) {
    return base.with(entries, classes);
  }
}
