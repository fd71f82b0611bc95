package org.parley.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Common given names whose bearers are usually referred to as "he" or as "she" in news text: a
 * hint for pronoun resolution only, overridden by roles ("spokeswoman"), honorifics ("Ms.") and
 * what the article itself says. The list (first-names.tsv beside this class) covers names common
 * in English, French, South Asian, Arabic, Slavic and other news; names borne by both are left out.
 */
public final class FirstNames {
  private FirstNames() {}

  private static final String RESOURCE = "first-names.tsv";
  private static final Map<String, Character> GENDER = load();

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>();
    try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " beside "
            + FirstNames.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || !f[0].equals("f") && !f[0].equals("m")) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": want 'f|m<TAB>name': " + line);
        }
        out.put(f[1].strip(), f[0].charAt(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  /** 'f', 'm' or '?' for a given name (any case; "Jean-Pierre" also by its first part). */
  public static char gender(String first) {
    String n = first.toLowerCase(Locale.ROOT).replaceAll("[.’']+$", "");
    Character g = GENDER.get(n);
    if (g == null && n.indexOf('-') > 0) {
      g = GENDER.get(n.substring(0, n.indexOf('-')));
    }
    return g == null ? '?' : g;
  }
}
