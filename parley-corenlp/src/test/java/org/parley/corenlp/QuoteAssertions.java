package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.parley.model.Analysis;
import org.parley.model.Quote;

/** Inline quote checks shared by the quote tests: find a quote by its cue and source words. */
final class QuoteAssertions {
  private QuoteAssertions() {}

  /** A short article under a neutral title, as the inline rows write it: one paragraph of body. */
  static Analysis analyze(String body) {
    return Shared.analyze("inline", "Talks on the war\n\n" + body + "\n");
  }

  /** Every quote of the analysis as "source / cue <- [content]", one per line, for failure messages. */
  static String describe(Analysis a) {
    StringBuilder b = new StringBuilder();
    for (Quote q : a.quotes()) {
      b.append("\n  ").append(q.source().map(s -> s.in(a.text())).orElse("-")).append(" / ")
          .append(q.cue().map(s -> s.in(a.text())).orElse("-")).append(" <- ")
          .append(q.content().stream().map(s -> s.in(a.text())).toList());
    }
    return b.toString();
  }

  /** The first quote with exactly this cue and source text ("" for none); fails when there is none. */
  static Quote find(Analysis a, String cue, String source) {
    return a.quotes().stream()
        .filter(q -> q.cue().map(c -> c.in(a.text())).orElse("").equals(cue))
        .filter(q -> q.source().map(c -> c.in(a.text())).orElse("").equals(source))
        .findFirst()
        .orElseThrow(() -> new AssertionError(
            "no quote with cue <" + cue + "> and source <" + source + ">" + describe(a)));
  }

  /** The quote with this cue and source has exactly this one content fragment. */
  static void assertQuote(Analysis a, String cue, String source, String content) {
    assertThat(find(a, cue, source).content()).extracting(s -> s.in(a.text())).as(describe(a))
        .containsExactly(content);
  }
}
