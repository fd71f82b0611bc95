package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts sentences longer than a bound into pieces before tagging and parsing, preferring to cut
 * after a semicolon, colon, comma or dash near the bound.
 *
 * <p>Design decision: CoreNLP's tagger, NER and dependency parser grow faster than linearly on a
 * single very long "sentence" (scraped text without punctuation, tables, lists): 60,000 characters
 * without a full stop cost 27 s in the NLP stage. News sentences longer than {@link #MAX_TOKENS}
 * tokens are rare, and a parse of pieces of that size loses little, so the bound keeps every article
 * linear in its length.
 */
final class SentenceChunker {
  /** Sentences longer than this are cut. */
  static final int MAX_TOKENS = 120;

  private static final Set<String> SOFT_BREAKS = Set.of(";", ":", ",", "--", "–", "—", "-");

  private SentenceChunker() {}

  /**
   * Replaces the annotation's sentences by pieces of at most {@code max} tokens, renumbering token
   * and sentence indices as CoreNLP expects; returns how many sentences were cut.
   */
  static int chunk(Annotation doc, int max) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return 0;
    }
    boolean any = false;
    for (CoreMap s : sentences) {
      if (s.get(CoreAnnotations.TokensAnnotation.class).size() > max) {
        any = true;
        break;
      }
    }
    if (!any) {
      return 0;
    }
    int cut = 0;
    List<CoreMap> out = new ArrayList<>(sentences.size() + 8);
    int tokenOffset = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= max) {
        out.add(piece(doc, tokens, out.size(), tokenOffset));
        tokenOffset += tokens.size();
        continue;
      }
      cut++;
      int from = 0;
      while (from < tokens.size()) {
        int to = Math.min(tokens.size(), from + max);
        if (to < tokens.size()) {
          for (int i = to - 1; i > from + max / 2; i--) {
            if (SOFT_BREAKS.contains(tokens.get(i).word())) {
              to = i + 1;
              break;
            }
          }
        }
        out.add(piece(doc, tokens.subList(from, to), out.size(), tokenOffset));
        tokenOffset += to - from;
        from = to;
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    return cut;
  }

  private static CoreMap piece(Annotation doc, List<CoreLabel> tokens, int index, int tokenOffset) {
    List<CoreLabel> own = new ArrayList<>(tokens);
    for (int i = 0; i < own.size(); i++) {
      CoreLabel t = own.get(i);
      t.setIndex(i + 1);
      t.setSentIndex(index);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, own);
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
    s.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + own.size());
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    if (text != null && end <= text.length()) {
      s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    }
    return s;
  }
}
