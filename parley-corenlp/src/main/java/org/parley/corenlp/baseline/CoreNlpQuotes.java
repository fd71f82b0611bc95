package org.parley.corenlp.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.parley.model.Span;

/**
 * Stanford CoreNLP's quote annotator with its default pipeline (tokenize, ssplit, pos, lemma, ner,
 * depparse, coref, quote), as a baseline: it finds text inside quotation marks and attributes each
 * quote to a speaker mention.
 *
 * <p>NOTE: loading takes about a minute and annotating an article a few seconds (coreference); this
 * is for evaluation runs only, never for the standard pipeline.
 */
public final class CoreNlpQuotes {
  /**
   * One quote: its span (quote marks included) and the speaker mention CoreNLP chose, if any.
   *
   * @param speaker the speaker CoreNLP resolved the mention to (its canonical mention), if any
   */
  public record Found(Span content, Optional<Span> source, Optional<String> speaker) {}

  private final StanfordCoreNLP nlp;

  public CoreNlpQuotes() {
    if (!Boolean.getBoolean("parley.nlp.verbose")) {
      RedwoodConfiguration.current().clear().apply();
    }
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    this.nlp = new StanfordCoreNLP(p);
  }

  /** The top-level quotes of {@code text}, in text order. */
  public List<Found> find(String text) {
    Annotation doc = new Annotation(text);
    nlp.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Found> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      int s = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (e <= s) {
        continue;
      }
      Optional<Span> source = Optional.empty();
      Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      if (mb != null && me != null && mb >= 0 && me < tokens.size() && mb <= me) {
        source = Optional.of(Span.of(tokens.get(mb).beginPosition(), tokens.get(me).endPosition()));
      }
      Optional<String> speaker =
          Optional.ofNullable(q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class))
              .or(() -> Optional.ofNullable(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
      out.add(new Found(Span.of(s, e), source, speaker));
    }
    return out;
  }
}
