package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;

/**
 * Finds the stretches of a text inside quotation marks: straight and curly double quotes,
 * guillemets, {@code ``...''} and British single quotes, including quotes that run over several
 * paragraphs (a paragraph that opens with a quote mark and does not close it continues into the
 * next one that opens with a quote mark). Unbalanced marks are dropped at the paragraph's end.
 */
final class QuoteMarks {
  /** One quotation: its fragments (the text inside the marks) and the whole stretch with the marks. */
  record Quoted(List<Span> inner, Span outer) {
    Quoted {
      inner = List.copyOf(inner);
    }
  }

  private QuoteMarks() {}

  static List<Quoted> find(String text) {
    List<Quoted> out = new ArrayList<>();
    int n = text.length();
    int open = -1; // index after the opening mark
    int outerStart = -1;
    char closer = 0;
    List<Span> fragments = new ArrayList<>();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n' || c == '\n' && isBlankLineAhead(text, i)) {
        // a paragraph break
        int j = i;
        while (j < n && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (open >= 0) {
          boolean continues = j < n && isOpening(text, j) && closerFor(text, j) == closer;
          if (continues) {
            addFragment(fragments, text, open, i);
            open = j + markLength(text, j);
            i = open;
            continue;
          }
          open = -1;
          fragments.clear();
        }
        i = j;
        continue;
      }
      if (open < 0) {
        if (isOpening(text, i)) {
          closer = closerFor(text, i);
          outerStart = i;
          open = i + markLength(text, i);
          fragments.clear();
          i = open;
          continue;
        }
      } else if (isClosing(text, i, closer)) {
        addFragment(fragments, text, open, i);
        int end = i + (closer == '\'' && i + 1 < n && text.charAt(i + 1) == '\'' ? 2 : 1);
        if (!fragments.isEmpty()) {
          out.add(new Quoted(fragments, new Span(outerStart, end)));
        }
        fragments = new ArrayList<>();
        open = -1;
        i = end;
        continue;
      }
      i++;
    }
    return out;
  }

  private static boolean isBlankLineAhead(String text, int i) {
    int j = i + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n';
  }

  private static void addFragment(List<Span> fragments, String text, int from, int to) {
    Span s = new Span(from, Math.max(from, to)).trim(text);
    // emphasis marks that survived cleaning
    int a = s.start();
    int b = s.end();
    while (a < b && (text.charAt(a) == '*' || text.charAt(a) == '_')) {
      a++;
    }
    while (b > a && (text.charAt(b - 1) == '*' || text.charAt(b - 1) == '_')) {
      b--;
    }
    if (b > a) {
      fragments.add(new Span(a, b));
    }
  }

  private static int markLength(String text, int i) {
    return text.startsWith("``", i) ? 2 : 1;
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return switch (c) {
      case '“', '«', '„' -> true;
      case '"' -> !Character.isLetterOrDigit(prev) && prev != '.' && prev != ',' && !Character.isWhitespace(next);
      case '`' -> next == '`';
      case '‘' -> !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
      default -> false;
    };
  }

  private static char closerFor(String text, int i) {
    return switch (text.charAt(i)) {
      case '“', '„' -> '”';
      case '«' -> '»';
      case '`' -> '\'';
      case '‘' -> '’';
      default -> '"';
    };
  }

  private static boolean isClosing(String text, int i, char closer) {
    char c = text.charAt(i);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    if (closer == '”') {
      return c == '”' || c == '"';
    }
    if (closer == '"') {
      return c == '"' || c == '”';
    }
    if (closer == '\'') {
      return c == '\'' && next == '\'';
    }
    if (closer == '’') {
      return c == '’' && !Character.isLetter(next);
    }
    return c == closer;
  }
}
