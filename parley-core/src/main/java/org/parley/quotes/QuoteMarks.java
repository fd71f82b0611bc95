package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;

/**
 * Finds the stretches of a text inside quotation marks: straight and curly double quotes,
 * guillemets (both directions), low-high German marks, {@code ``...''} and {@code ''...''}, and
 * single quotes (curly or straight), including quotes that run over several paragraphs (a
 * paragraph that opens a quote and does not close it continues into the next paragraph when that
 * one opens with a quote mark of the same style).
 *
 * <p>Design decision: one left-to-right scan, linear in the text. Unbalanced marks are dropped at
 * the paragraph's end, and a directional opening mark met while a quote of the same style is open
 * starts over from the new mark (the earlier one was never closed). Single quotes are read only
 * outside double quotes, and a straight single quote must look like a quote and not an apostrophe
 * ("don't", "the students' union", "'90s").
 */
final class QuoteMarks {
  /** One quotation: its fragments (the text inside the marks) and the whole stretch with the marks. */
  record Quoted(List<Span> inner, Span outer) {
    Quoted {
      inner = List.copyOf(inner);
    }
  }

  /** The longest straight-single-quoted stretch taken for a quote, in chars. */
  private static final int MAX_SINGLE = 600;

  private QuoteMarks() {}

  static List<Quoted> find(String text) {
    List<Quoted> out = new ArrayList<>();
    int n = text.length();
    int open = -1; // index after the opening mark
    int outerStart = -1;
    char opener = 0;
    char closer = 0;
    List<Span> fragments = new ArrayList<>();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && paragraphBreak(text, i)) {
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
          opener = text.startsWith("''", i) ? '`' : c; // ''...'' closes like ``...''
          closer = closerFor(text, i);
          outerStart = i;
          open = i + markLength(text, i);
          fragments.clear();
          i = open;
          continue;
        }
      } else if (isClosing(text, i, opener, closer)) {
        addFragment(fragments, text, open, i);
        int end = i + (opener == '`' && text.startsWith("''", i) ? 2 : 1);
        if (!fragments.isEmpty()) {
          out.add(new Quoted(fragments, new Span(outerStart, end)));
        }
        fragments = new ArrayList<>();
        open = -1;
        i = end;
        continue;
      } else if (restarts(text, i, opener)
          || opener == '\'' && i - open > MAX_SINGLE) {
        // the quote opened earlier was never closed: start again here (or give up on it)
        fragments.clear();
        open = -1;
        continue;
      }
      i++;
    }
    return out;
  }

  /** A newline that ends a paragraph: followed (after spaces) by another newline. */
  private static boolean paragraphBreak(String text, int i) {
    int j = i + 1;
    while (j < text.length()
        && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
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
    Span t = new Span(a, b).trim(text);
    if (!t.isEmpty()) {
      fragments.add(t);
    }
  }

  private static int markLength(String text, int i) {
    return text.startsWith("``", i) || text.startsWith("''", i) ? 2 : 1;
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return switch (c) {
      case '“', '„' -> !Character.isWhitespace(next) || i + 1 >= text.length();
      case '«' -> true;
      case '»' -> // reversed guillemets »...« (German): only when a « closes later
          Character.isLetterOrDigit(next) && !Character.isLetterOrDigit(prev);
      case '"' ->
          !Character.isLetterOrDigit(prev) && prev != '.' && prev != ',' && !Character.isWhitespace(next)
              && i + 1 < text.length();
      case '`' -> next == '`';
      case '‘' -> !Character.isLetterOrDigit(prev) && (Character.isLetterOrDigit(next) || next == '.');
      case '\'' -> next == '\''
          // two straight apostrophes for a double mark, as in wire and archive copy: ''Yes,'' he said
          ? !Character.isLetterOrDigit(prev) && i + 2 < text.length()
              && !Character.isWhitespace(text.charAt(i + 2)) && text.charAt(i + 2) != '\''
          : (i == 0 || Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—')
              && Character.isLetter(next) && !elision(text, i + 1);
      default -> false;
    };
  }

  /** "'em", "'tis", "'til", "'cause", "'n'": a straight apostrophe eliding letters, not a quote. */
  private static boolean elision(String text, int from) {
    int j = from;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    String w = text.substring(from, j).toLowerCase(java.util.Locale.ROOT);
    return switch (w) {
      case "em", "tis", "twas", "til", "cause", "n", "bout", "round", "nuff", "ol" -> true;
      default -> false;
    };
  }

  private static char closerFor(String text, int i) {
    return switch (text.charAt(i)) {
      case '“', '„' -> '”';
      case '«' -> '»';
      case '»' -> '«';
      case '`' -> '\'';
      case '‘' -> '’';
      case '\'' -> '\'';
      default -> '"';
    };
  }

  private static boolean isClosing(String text, int i, char opener, char closer) {
    char c = text.charAt(i);
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    if (opener == '`') {
      return c == '\'' && next == '\'' || c == '"' || c == '”';
    }
    if (opener == '„') {
      return c == '“' || c == '”' || c == '"';
    }
    if (closer == '”' || closer == '"') {
      // some editors close with a second opening mark: “text“
      return c == '”' || c == '"'
          || c == '“' && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
    }
    if (closer == '’') {
      return c == '’' && !Character.isLetter(next);
    }
    if (closer == '\'') {
      // a closing straight single quote: after a word or sentence punctuation, before a non-letter;
      // "students' union" (a plural possessive before a lower-case word) is not one
      return c == '\''
          && !Character.isWhitespace(prev)
          && !Character.isLetterOrDigit(next)
          && !(prev == 's' && next == ' ' && i + 2 < text.length()
              && Character.isLowerCase(text.charAt(i + 2)));
    }
    return c == closer;
  }

  /** A directional opening mark of the open quote's own style: the open one was never closed. */
  private static boolean restarts(String text, int i, char opener) {
    char c = text.charAt(i);
    return c == opener && (c == '“' || c == '«') && isOpening(text, i);
  }
}
