package org.parley.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.actors.DictionaryEntry.DatedCode;

/**
 * Actor and agent dictionaries users bring: PETRARCH/Phoenix {@code .actors} and {@code .agents}
 * files exactly as they are, and a simple CSV format of our own. The actor stage reads them as a
 * second source after the article's own words.
 *
 * <p>Names are kept in a token trie, so finding every dictionary name in a sentence costs one walk
 * per token, whatever the size of the dictionaries. Tokens are compared upper-cased; PETRARCH's
 * underscores and blanks both separate tokens.
 *
 * <p>Design decision: a line that cannot be read (a broken code, a bad date, an unclosed bracket)
 * is reported as a {@link Problem} with its file and line and skipped; the rest of the file loads.
 * A missing or unreadable file is an {@link UncheckedIOException} at load time.
 */
public final class ActorDictionaries {
  /** A line of a dictionary file that could not be read. */
  public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /**
   * An agent noun ("FOREIGN_MINISTER [~GOV]"): the sector codes it adds to its actor's country.
   *
   * @param prefix true for codes written "IGO~", which come before the country rather than after
   */
  public record Agent(String phrase, String code, boolean prefix, String file, int line) {
    /** The three-letter sector codes ("GOVFRM" → GOV, FRM). */
    public List<String> sectors() {
      return chunks(code);
    }
  }

  /** A dictionary name found in a run of tokens: tokens [from, to). */
  public record Match(int from, int to, DictionaryEntry entry) {}

  /**
   * Three-letter codes that are sectors, not countries: a code starting with one of them ("ELI",
   * "GOVMIL") has no country.
   */
  static final Set<String> SECTORS =
      Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI", "BUS", "CVL",
          "CRM", "DEV", "EDU", "ENV", "HLH", "HRI", "LAB", "MED", "REF", "REL", "AGR", "INS",
          "RAD", "MOD", "UAF", "SEP", "PPL", "IND", "NGM", "ATH", "BUD", "CHR", "HIN", "JEW",
          "MUS", "SHI", "SUN", "UNO", "UNI", "OTH");

  private static final ActorDictionaries EMPTY = new ActorDictionaries();
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}|---");
  private static final Pattern AGENT_CODE = Pattern.compile("~[A-Z0-9]{3,}|[A-Z0-9]{3,}~");
  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern VOWEL = Pattern.compile("[AEIOUYaeiouy]");

  private final Node actors = new Node();
  private final Node agents = new Node();
  private final List<Problem> problems = new ArrayList<>();
  /** One copy of each token string, shared by every node. */
  private final Map<String, String> tokens = new HashMap<>();
  private final List<String> files = new ArrayList<>();
  private int actorEntries;
  private int actorNames;
  private int agentNames;
  private int maxDepth;

  private ActorDictionaries() {}

  /** No dictionaries: the actor stage uses the article and the built-in gazetteer only. */
  public static ActorDictionaries empty() {
    return EMPTY;
  }

  /**
   * Loads actor files (PETRARCH {@code .actors}, or our CSV when the name ends in ".csv") and
   * PETRARCH agent files. Lines that cannot be read are in {@link #problems()}.
   */
  public static ActorDictionaries load(List<Path> actorFiles, List<Path> agentFiles) {
    ActorDictionaries d = new ActorDictionaries();
    for (Path p : actorFiles) {
      if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        d.readCsv(p);
      } else {
        d.readActors(p);
      }
    }
    for (Path p : agentFiles) {
      d.readAgents(p);
    }
    return d;
  }

  public boolean isEmpty() {
    return actorNames == 0 && agentNames == 0;
  }

  /** Lines that could not be read, with file and line number, in the order met. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The names of the files loaded, in order. */
  public List<String> files() {
    return List.copyOf(files);
  }

  /** "3 files: 26,113 actors under 61,004 names, 2,040 agent nouns, 4 lines skipped". */
  public String summary() {
    return String.format(Locale.ROOT,
        "%d files: %,d actors under %,d names, %,d agent nouns, %d lines skipped", files.size(),
        actorEntries, actorNames, agentNames, problems.size());
  }

  // --- lookup ------------------------------------------------------------------------------------

  /**
   * Every dictionary name in {@code words[from, to)}, longest first from left to right, without
   * overlaps.
   */
  public List<Match> find(List<String> words, int from, int to) {
    List<Match> out = new ArrayList<>();
    if (actorNames == 0) {
      return out;
    }
    int i = from;
    while (i < to) {
      Node n = actors;
      int end = -1;
      DictionaryEntry best = null;
      for (int j = i; j < to && j - i < maxDepth; j++) {
        n = n.next(key(words.get(j)));
        if (n == null) {
          break;
        }
        if (n.value instanceof DictionaryEntry e) {
          end = j + 1;
          best = e;
        }
      }
      if (best != null) {
        out.add(new Match(i, end, best));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The entry whose name is exactly these words, if any. */
  public Optional<DictionaryEntry> exact(List<String> words) {
    Object v = walk(actors, words);
    return v instanceof DictionaryEntry e ? Optional.of(e) : Optional.empty();
  }

  /** The agent noun that is exactly this phrase ("foreign minister", "rebels"), if any. */
  public Optional<Agent> agent(String phrase) {
    if (agentNames == 0) {
      return Optional.empty();
    }
    Object v = walk(agents, List.of(phrase.split("[ _]+")));
    return v instanceof Agent a ? Optional.of(a) : Optional.empty();
  }

  private static Object walk(Node root, List<String> words) {
    Node n = root;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      n = n.next(key(w));
      if (n == null) {
        return null;
      }
    }
    return n == root ? null : n.value;
  }

  /** A token as the trie stores it: upper case, curly apostrophes made straight. */
  static String key(String word) {
    return word.toUpperCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** Splits a code into three-letter parts: "USAGOVLEG" → USA, GOV, LEG. */
  static List<String> chunks(String code) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      out.add(code.substring(i, i + 3));
    }
    return out;
  }

  /** The country part of a code, or null when the code starts with a sector ("ELI"). */
  public static String countryOf(String code) {
    if (code.length() < 3 || SECTORS.contains(code.substring(0, 3))) {
      return null;
    }
    return code.substring(0, 3);
  }

  /** The sector parts of a code after its country. */
  public static List<String> sectorsOf(String code) {
    List<String> c = chunks(code);
    return countryOf(code) == null ? c : c.subList(1, c.size());
  }

  // --- the trie ----------------------------------------------------------------------------------

  /** A trie node; most nodes have one child, so the map is made only when a second one comes. */
  private static final class Node {
    String onlyKey;
    Node onlyChild;
    Map<String, Node> children;
    Object value;

    Node next(String k) {
      if (children != null) {
        return children.get(k);
      }
      return k.equals(onlyKey) ? onlyChild : null;
    }

    Node child(String k) {
      Node n = next(k);
      if (n != null) {
        return n;
      }
      n = new Node();
      if (onlyKey == null && children == null) {
        onlyKey = k;
        onlyChild = n;
      } else {
        if (children == null) {
          children = new HashMap<>(4);
          children.put(onlyKey, onlyChild);
          onlyKey = null;
          onlyChild = null;
        }
        children.put(k, n);
      }
      return n;
    }
  }

  /** Adds a phrase; the first entry to claim a phrase keeps it. Returns false if it had one. */
  private boolean put(Node root, List<String> words, Object value) {
    if (words.isEmpty()) {
      return false;
    }
    Node n = root;
    for (String w : words) {
      String k = key(w);
      n = n.child(tokens.computeIfAbsent(k, x -> x));
    }
    maxDepth = Math.max(maxDepth, words.size());
    if (n.value != null) {
      return false;
    }
    n.value = value;
    return true;
  }

  /**
   * The tokens of a PETRARCH phrase: underscores and blanks separate words; parentheses are
   * tokens of their own, as a tokenizer makes them.
   */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == '_' || Character.isWhitespace(c) || c == '(' || c == ')') {
        if (b.length() > 0) {
          out.add(b.toString());
          b.setLength(0);
        }
        if (c == '(' || c == ')') {
          out.add(String.valueOf(c));
        }
      } else {
        b.append(c);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }

  // --- PETRARCH .actors --------------------------------------------------------------------------

  /** Names waiting for their codes: a primary name, its synonyms, and their codes. */
  private final class Pending {
    final String file;
    final List<String> names = new ArrayList<>();
    final List<DatedCode> codes = new ArrayList<>();
    String id;
    int line;

    Pending(String file) {
      this.file = file;
    }

    void flush() {
      if (id != null && !names.isEmpty()) {
        List<DatedCode> usable = new ArrayList<>();
        for (DatedCode c : codes) {
          if (!c.code().equals("---")) {
            usable.add(c);
          }
        }
        DictionaryEntry e =
            new DictionaryEntry(id, display(id), usable, null, file, line);
        actorEntries++;
        for (String n : names) {
          if (put(actors, words(n), e)) {
            actorNames++;
          }
        }
      }
      names.clear();
      codes.clear();
      id = null;
    }
  }

  private void readActors(Path path) {
    String file = path.getFileName().toString();
    files.add(file);
    Pending p = new Pending(file);
    int n = 0;
    boolean inComment = false;
    for (String raw : lines(path)) {
      n++;
      if (raw.contains("---STOP---")) {
        break;
      }
      if (inComment || raw.startsWith("<!--")) {
        // an XML-style comment, possibly over several lines
        inComment = !raw.contains("-->");
        continue;
      }
      if (raw.isBlank() || raw.startsWith("#") || raw.startsWith("<")) {
        continue;
      }
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        // date restrictions: "\t[RUSGOV >20040309]"; several may share a line
        if (p.id == null) {
          problem(file, n, "a code line with no name before it: " + raw.strip());
          continue;
        }
        readCodes(file, n, line, p.codes);
        continue;
      }
      if (line.startsWith("+")) {
        if (p.id == null) {
          problem(file, n, "a synonym with no name before it: " + raw.strip());
          continue;
        }
        String name = line.substring(1);
        int b = name.indexOf('[');
        if (b >= 0) {
          readCodes(file, n, name.substring(b), p.codes);
          name = name.substring(0, b);
        }
        p.names.add(name.strip());
        continue;
      }
      // a primary name; one without a code joins the next name's codes (PETRARCH does the same)
      if (!p.codes.isEmpty()) {
        p.flush();
      }
      String name = line;
      int b = line.indexOf('[');
      List<DatedCode> codes = new ArrayList<>();
      if (b >= 0) {
        if (!readCodes(file, n, line.substring(b), codes)) {
          continue;
        }
        name = line.substring(0, b);
      }
      name = name.strip();
      if (words(name).isEmpty()) {
        problem(file, n, "no name before the code: " + raw.strip());
        continue;
      }
      if (p.id == null) {
        p.id = trimUnderscores(name);
        p.line = n;
      }
      p.names.add(name);
      p.codes.addAll(codes);
    }
    p.flush();
  }

  /** Reads every "[CODE]" or "[CODE dates]" in {@code s}. Returns false after a problem. */
  private boolean readCodes(String file, int n, String s, List<DatedCode> out) {
    int i = 0;
    boolean any = false;
    while (true) {
      int open = s.indexOf('[', i);
      if (open < 0) {
        break;
      }
      int close = s.indexOf(']', open);
      if (close < 0) {
        problem(file, n, "unclosed '[' in: " + s.strip());
        return false;
      }
      String inside = s.substring(open + 1, close).strip();
      String[] parts = SPACES.split(inside, 2);
      String code = parts[0].toUpperCase(Locale.ROOT);
      if (!CODE.matcher(code).matches()) {
        problem(file, n, "not a code: [" + inside + "]");
        return false;
      }
      LocalDate from = null;
      LocalDate to = null;
      if (parts.length > 1) {
        String d = parts[1].strip();
        try {
          if (d.startsWith(">")) {
            from = date(d.substring(1).strip());
          } else if (d.startsWith("<")) {
            to = date(d.substring(1).strip());
          } else {
            int dash = d.indexOf('-');
            if (dash < 0) {
              throw new DateTimeException("expected DATE-DATE, >DATE or <DATE");
            }
            from = date(d.substring(0, dash).strip());
            to = date(d.substring(dash + 1).strip());
            if (to.isBefore(from)) {
              throw new DateTimeException("the end comes before the start");
            }
          }
        } catch (DateTimeException | NumberFormatException e) {
          problem(file, n, "bad date in [" + inside + "]: " + e.getMessage());
          return false;
        }
      }
      out.add(new DatedCode(code, from, to));
      any = true;
      i = close + 1;
    }
    if (!any) {
      problem(file, n, "expected a code in brackets: " + s.strip());
    }
    return any;
  }

  /** YYMMDD (years up to 30 are 20xx, as PETRARCH reads them) or YYYYMMDD. */
  static LocalDate date(String s) {
    if (!DATE.matcher(s).matches()) {
      throw new DateTimeException("not YYMMDD or YYYYMMDD: '" + s + "'");
    }
    int year;
    int rest;
    if (s.length() == 8) {
      year = Integer.parseInt(s.substring(0, 4));
      rest = 4;
    } else {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    }
    return LocalDate.of(year, Integer.parseInt(s.substring(rest, rest + 2)),
        Integer.parseInt(s.substring(rest + 2, rest + 4)));
  }

  // --- PETRARCH .agents --------------------------------------------------------------------------

  private void readAgents(Path path) {
    String file = path.getFileName().toString();
    files.add(file);
    Map<String, List<String>> markers = new HashMap<>();
    int n = 0;
    for (String raw : lines(path)) {
      n++;
      if (raw.isBlank() || raw.startsWith("#") || raw.startsWith("<")) {
        continue;
      }
      String line = stripComment(raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("!") && line.contains("=")) {
        int end = line.indexOf('!', 1);
        if (end < 0 || end > line.indexOf('=')) {
          problem(file, n, "bad substitution set: " + line);
          continue;
        }
        List<String> values = new ArrayList<>();
        for (String v : line.substring(line.indexOf('=') + 1).split(",")) {
          if (!v.isBlank()) {
            values.add(v.strip());
          }
        }
        markers.put(line.substring(1, end), values);
        continue;
      }
      int open = line.lastIndexOf('[');
      int close = line.lastIndexOf(']');
      if (open < 0 || close < open) {
        problem(file, n, "expected an agent code like [~GOV] or [IGO~]: " + line);
        continue;
      }
      String code = line.substring(open + 1, close).strip().toUpperCase(Locale.ROOT);
      boolean prefix = code.endsWith("~");
      if (!AGENT_CODE.matcher(code).matches()) {
        problem(file, n, "not an agent code: [" + code + "]");
        continue;
      }
      code = code.replace("~", "");
      String phrase = line.substring(0, open).strip();
      List<String> plurals = null; // null: make the regular plural
      int brace = phrase.indexOf('{');
      if (brace >= 0) {
        int end = phrase.indexOf('}', brace);
        if (end < 0) {
          problem(file, n, "unclosed '{' in: " + line);
          continue;
        }
        plurals = new ArrayList<>();
        for (String p : phrase.substring(brace + 1, end).split("\\s+")) {
          if (!p.isBlank()) {
            plurals.add(p.strip());
          }
        }
        phrase = phrase.substring(0, brace).strip();
      }
      if (phrase.isEmpty()) {
        problem(file, n, "no agent noun before the code: " + line);
        continue;
      }
      List<String> forms = new ArrayList<>();
      if (phrase.contains("!")) {
        int a = phrase.indexOf('!');
        int b = phrase.indexOf('!', a + 1);
        List<String> values = b < 0 ? null : markers.get(phrase.substring(a + 1, b));
        if (values == null) {
          problem(file, n, "unknown substitution set in: " + line);
          continue;
        }
        for (String v : values) {
          forms.add(phrase.substring(0, a) + v + phrase.substring(b + 1));
        }
      } else {
        forms.add(phrase);
        if (plurals == null) {
          forms.add(plural(phrase));
        } else {
          forms.addAll(plurals);
        }
      }
      for (String f : forms) {
        if (put(agents, words(f), new Agent(f, code, prefix, file, n))) {
          agentNames++;
        }
      }
    }
  }

  /** The regular plural PETRARCH makes: +S, Y → IES, SS → SSES. */
  static String plural(String phrase) {
    String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
    if (p.endsWith("SS")) {
      return p + "ES";
    }
    if (p.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    return p + "S";
  }

  // --- our CSV -----------------------------------------------------------------------------------

  /**
   * Our own format: a header line naming the columns (name, aliases, country, sectors, role, from,
   * to; any order, only name and country required), then one actor per line. Aliases and sectors
   * are separated by '|'; dates are ISO (2016-02-11); a field may be double-quoted.
   */
  private void readCsv(Path path) {
    String file = path.getFileName().toString();
    files.add(file);
    Map<String, Integer> col = null;
    int n = 0;
    for (String raw : lines(path)) {
      n++;
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      List<String> f = csv(raw);
      if (f == null) {
        problem(file, n, "unbalanced quotes");
        continue;
      }
      if (col == null) {
        col = new HashMap<>();
        for (int i = 0; i < f.size(); i++) {
          col.put(f.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!col.containsKey("name") || !col.containsKey("country")) {
          problem(file, n, "the header must name the columns name and country (and may add"
              + " aliases, sectors, role, from, to): " + raw);
          return;
        }
        continue;
      }
      String name = field(f, col, "name");
      String country = field(f, col, "country").toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        problem(file, n, "no name");
        continue;
      }
      if (!country.matches("[A-Z]{3}|")) {
        problem(file, n, "country must be a three-letter code: '" + country + "'");
        continue;
      }
      StringBuilder code = new StringBuilder(country);
      boolean bad = false;
      for (String s : field(f, col, "sectors").split("[|;]")) {
        String x = s.strip().toUpperCase(Locale.ROOT);
        if (x.isEmpty()) {
          continue;
        }
        if (!x.matches("[A-Z0-9]{3}")) {
          problem(file, n, "a sector must be a three-letter code: '" + x + "'");
          bad = true;
        }
        code.append(x);
      }
      if (bad) {
        continue;
      }
      if (code.length() == 0) {
        problem(file, n, "neither a country nor a sector");
        continue;
      }
      LocalDate from;
      LocalDate to;
      try {
        String a = field(f, col, "from");
        String b = field(f, col, "to");
        from = a.isEmpty() ? null : LocalDate.parse(a);
        to = b.isEmpty() ? null : LocalDate.parse(b);
      } catch (DateTimeException e) {
        problem(file, n, "dates must be ISO, like 2016-02-11: " + e.getMessage());
        continue;
      }
      String role = field(f, col, "role");
      DictionaryEntry e = new DictionaryEntry(name, name,
          List.of(new DatedCode(code.toString(), from, to)), role.isEmpty() ? null : role, file,
          n);
      actorEntries++;
      List<String> names = new ArrayList<>();
      names.add(name);
      for (String a : field(f, col, "aliases").split("\\|")) {
        if (!a.isBlank()) {
          names.add(a.strip());
        }
      }
      for (String x : names) {
        if (put(actors, List.of(x.strip().split("\\s+")), e)) {
          actorNames++;
        }
      }
    }
  }

  private static String field(List<String> f, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= f.size() ? "" : f.get(i).strip();
  }

  /** One CSV line; null when a quote is left open. */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    out.add(b.toString());
    return out;
  }

  // --- shared --------------------------------------------------------------------------------------

  private void problem(String file, int line, String message) {
    problems.add(new Problem(file, line, message));
  }

  /** Drops a comment ('#' or the old ';') from a line. */
  private static String stripComment(String line) {
    int cut = line.length();
    int hash = line.indexOf('#');
    if (hash >= 0) {
      cut = hash;
    }
    int semi = line.indexOf(';');
    if (semi >= 0 && semi < cut) {
      cut = semi;
    }
    return line.substring(0, cut);
  }

  private static String trimUnderscores(String name) {
    String s = name.strip();
    while (s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.replace(' ', '_');
  }

  /** "SERGEY_LAVROV_" → "Sergey Lavrov"; acronyms of up to four letters stay upper case. */
  static String display(String id) {
    StringBuilder b = new StringBuilder();
    for (String w : words(id)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      if (w.length() <= 4 && !VOWEL.matcher(w).find() || w.indexOf('.') >= 0) {
        b.append(w);
        continue;
      }
      boolean start = true;
      for (char c : w.toCharArray()) {
        b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
        start = c == '-';
      }
    }
    return b.toString();
  }

  /** The file's lines; bytes that are not UTF-8 are read as Latin-1 (older dictionaries). */
  private static List<String> lines(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      try {
        String s = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return s.lines().toList();
      } catch (CharacterCodingException e) {
        return new String(bytes, StandardCharsets.ISO_8859_1).lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + path, e);
    }
  }

}
