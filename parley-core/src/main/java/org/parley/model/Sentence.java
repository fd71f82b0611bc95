package org.parley.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of the cleaned text with its tokens and dependency edges.
 *
 * @param index 0-based position in the article
 * @param span the sentence's span in the cleaned text
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The edge whose dependent is token {@code i}, or null for a token without head. */
  public Dependency headEdge(int i) {
    for (Dependency d : dependencies) {
      if (d.dependent() == i) {
        return d;
      }
    }
    return null;
  }

  /** The edges whose governor is token {@code i}, in token order. */
  public List<Dependency> children(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == i) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** The span from the first to the last token of {@code [from, to)}. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  /** Index of the first token that starts at or after {@code offset}, or size() if none. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.span().end() > offset) {
        return t.index();
      }
    }
    return tokens.size();
  }
}
