package org.parley.eval.quotes;

import java.util.List;
import java.util.Optional;
import org.parley.model.Span;

/**
 * One attribution as the scorers see it, gold or predicted: content fragments, source mention and
 * cue, all as offsets into the raw article text.
 *
 * @param quoted whether the content holds quotation marks (a direct or partial quote)
 * @param speaker the resolved speaker's name, when known (GGT gold, or the predicted actor)
 * @param person whether the gold speaker is a person (GGT); predictions say true
 * @param mention how the text names the source: name, pronoun, nominal or none (GGT gold)
 * @param rule which rule of Parley made a predicted attribution ("" for gold), shown in error rows
 */
public record Attribution(
    List<Span> content,
    Optional<Span> source,
    Optional<Span> cue,
    boolean quoted,
    Optional<String> speaker,
    boolean person,
    String mention,
    String rule) {

  public Attribution {
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("attribution without content, source=" + source);
    }
  }

  /** An attribution with no rule to name (gold, or a system that does not say). */
  public Attribution(List<Span> content, Optional<Span> source, Optional<Span> cue, boolean quoted,
      Optional<String> speaker, boolean person, String mention) {
    this(content, source, cue, quoted, speaker, person, mention, "");
  }

  /** A PolNeAR-style attribution: spans only. */
  public static Attribution of(
      List<Span> content, Optional<Span> source, Optional<Span> cue, boolean quoted) {
    return new Attribution(content, source, cue, quoted, Optional.empty(), true, "");
  }

  /** Whether a text span holds a double quotation mark (straight, curly, guillemet, or ``''). */
  public static boolean hasQuoteMarks(String text, List<Span> spans) {
    for (Span s : spans) {
      for (int i = s.start(); i < s.end() && i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb'
            || c == '\u201e'
            || (c == '`' || c == '\'') && i + 1 < s.end() && text.charAt(i + 1) == c) {
          return true;
        }
      }
    }
    return false;
  }
}
