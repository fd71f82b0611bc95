package org.parley.testkit;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/** Hand-built parsed sentences for tests that must not load CoreNLP. */
public final class TestSentences {
  private TestSentences() {}

  /**
   * A sentence from token rows (word, tag, lemma, entity), the words joined by single spaces from
   * offset 0, with the given dependencies.
   */
  public static Sentence of(String[][] rows, List<Dependency> deps) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < rows.length; i++) {
      String[] r = rows[i];
      tokens.add(new Token(i, new Span(at, at + r[0].length()), r[0], r[1], r[2], r[3]));
      at += r[0].length() + 1;
    }
    return new Sentence(0, new Span(0, Math.max(0, at - 1)), tokens, deps);
  }
}
