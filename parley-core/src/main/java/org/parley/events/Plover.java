package org.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO code table with the PLOVER event type and mode of each code, read once from the
 * built-in fact file {@code cameo-plover.tsv}.
 */
public final class Plover {
  /** The 16 PLOVER event types. */
  public static final List<String> TYPES =
      List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private static final Set<String> TYPE_SET = Set.copyOf(TYPES);
  private static final String RESOURCE = "/org/parley/events/cameo-plover.tsv";

  /**
   * One CAMEO code.
   *
   * @param cameo 2 to 4 digits, as a string ("036")
   * @param type the PLOVER event type; empty for root 01 (public statements)
   * @param mode the PLOVER mode, if the code implies one
   */
  public record Code(String cameo, Optional<String> type, Optional<String> mode, String name) {
    public String root() {
      return cameo.substring(0, 2);
    }
  }

  private final Map<String, Code> codes;

  private Plover(Map<String, Code> codes) {
    this.codes = codes;
  }

  private static final class Holder {
    static final Plover BUILT_IN = load();
  }

  /** The built-in table, loaded once per JVM. */
  public static Plover builtIn() {
    return Holder.BUILT_IN;
  }

  public static boolean isType(String type) {
    return TYPE_SET.contains(type);
  }

  public Optional<Code> find(String cameo) {
    return Optional.ofNullable(codes.get(cameo));
  }

  public Code expect(String cameo) {
    Code c = codes.get(cameo);
    if (c == null) {
      throw new IllegalArgumentException("unknown CAMEO code " + cameo);
    }
    return c;
  }

  /** Every code, in file order. */
  public List<Code> codes() {
    return List.copyOf(codes.values());
  }

  private static Plover load() {
    Map<String, Code> codes = new LinkedHashMap<>();
    try (InputStream in = Plover.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("built-in fact file " + RESOURCE + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4 || !f[0].matches("\\d{2,4}")) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": expected code, type, mode, name: " + line);
        }
        Optional<String> type = f[1].equals("-") ? Optional.empty() : Optional.of(f[1]);
        if (type.isPresent() && !isType(type.get())) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": not a PLOVER type: " + f[1]);
        }
        Optional<String> mode = f[2].equals("-") ? Optional.empty() : Optional.of(f[2]);
        codes.put(f[0], new Code(f[0], type, mode, f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new Plover(codes);
  }
}
