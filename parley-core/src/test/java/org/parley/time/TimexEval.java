package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.ingest.ArticleReader;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * Accuracy of the time stage on TIMEX3 gold data (TempEval-3 TimeBank and AQUAINT, read from
 * the path in {@code -Dparley.time.data}, never copied into the project), scored the TempEval-3
 * way: strict and relaxed extent F1, and value F1 = relaxed F1 × value accuracy of the matched
 * pairs. Skipped unless {@code -Dparley.eval=true}; run the main method to print the figures.
 */
class TimexEval {
  private static final ArticleReader READER = new ArticleReader();
  private static final DateFinder FINDER = new DateFinder();

  @Test
  @EnabledIfSystemProperty(named = "parley.eval", matches = "true")
  void reportsTimexScores() throws IOException {
    Path dir = Path.of(System.getProperty("parley.time.data", "/work/shared/data/time"));
    for (String file : List.of("timebank.jsonl", "aquaint.jsonl")) {
      Scores s = score(dir.resolve(file), false);
      System.out.println(file + ": " + s);
      assertThat(s.valueF1()).isGreaterThan(0.5);
    }
  }

  public static void main(String[] args) throws IOException {
    boolean verbose = args.length > 1 && args[1].equals("-v");
    System.out.println(score(Path.of(args[0]), verbose));
  }

  record Scores(int gold, int system, int strict, int relaxed, int valueRight) {
    double p(int n) {
      return system == 0 ? 0 : (double) n / system;
    }

    double r(int n) {
      return gold == 0 ? 0 : (double) n / gold;
    }

    double f(int n) {
      double p = p(n);
      double r = r(n);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double valueF1() {
      return relaxed == 0 ? 0 : f(relaxed) * valueRight / relaxed;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "gold %d, system %d; strict P %.3f R %.3f F1 %.3f; relaxed P %.3f R %.3f F1 %.3f;"
              + " value accuracy %.3f, value F1 %.3f",
          gold, system, p(strict), r(strict), f(strict), p(relaxed), r(relaxed), f(relaxed),
          relaxed == 0 ? 0 : (double) valueRight / relaxed, valueF1());
    }
  }

  static Scores score(Path file, boolean verbose) throws IOException {
    int gold = 0;
    int system = 0;
    int strict = 0;
    int relaxed = 0;
    int valueRight = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> doc = Json.object(line);
      String text = (String) doc.get("text");
      LocalDate dct = LocalDate.parse((String) doc.get("dct"));
      Analysis a = READER.apply(Analysis.of(Article.of("eval", text).withPublished(dct)));
      List<TimeExpression> found = FINDER.find(a);
      List<Span> sys = new ArrayList<>();
      for (TimeExpression t : found) {
        sys.add(a.toRaw(t.span()));
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> timexes = (List<Map<String, Object>>) doc.get("timexes");
      boolean[] used = new boolean[sys.size()];
      gold += timexes.size();
      system += sys.size();
      for (Map<String, Object> g : timexes) {
        Span gs = new Span(((Number) g.get("start")).intValue(), ((Number) g.get("end")).intValue());
        int match = -1;
        for (int i = 0; i < sys.size(); i++) {
          if (!used[i] && sys.get(i).overlaps(gs)) {
            match = i;
            if (sys.get(i).equals(gs)) {
              break;
            }
          }
        }
        if (match < 0) {
          if (verbose) {
            System.out.println("MISS  " + g.get("text") + " = " + g.get("value") + " [" + dct + "]");
          }
          continue;
        }
        used[match] = true;
        relaxed++;
        if (sys.get(match).equals(gs)) {
          strict++;
        }
        TimeExpression t = found.get(match);
        if (t.value().equals(g.get("value"))) {
          valueRight++;
        } else if (verbose) {
          System.out.println("VALUE " + g.get("text") + " = " + g.get("value") + " got '" + t.text()
              + "' = " + t.value() + " " + t.rule() + " [" + dct + "]");
        }
      }
      if (verbose) {
        for (int i = 0; i < used.length; i++) {
          if (!used[i]) {
            System.out.println("EXTRA " + found.get(i).text() + " = " + found.get(i).value() + " "
                + found.get(i).rule());
          }
        }
      }
    }
    return new Scores(gold, system, strict, relaxed, valueRight);
  }

  /** A minimal JSON reader for the gold files: objects, arrays, strings, numbers, literals. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String line) {
      return (Map<String, Object>) new Json(line).value();
    }

    private Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          skip();
          String k = string();
          skip();
          i++; // :
          m.put(k, value());
          skip();
          if (s.charAt(i++) == '}') {
            return m;
          }
        }
      }
      if (c == '[') {
        List<Object> l = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          skip();
          if (s.charAt(i++) == ']') {
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      int st = i;
      while (i < s.length() && ",}] ".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String lit = s.substring(st, i);
      return switch (lit) {
        case "null" -> null;
        case "true" -> true;
        case "false" -> false;
        default -> Double.parseDouble(lit);
      };
    }

    private String string() {
      StringBuilder b = new StringBuilder();
      i++;
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
