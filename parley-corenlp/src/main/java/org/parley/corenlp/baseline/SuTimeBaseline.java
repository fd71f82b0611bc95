package org.parley.corenlp.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.parley.model.Span;
import org.parley.time.TimeExpression;

/**
 * Stanford SUTime as a baseline for the dates evaluation: tokenizer, sentence splitter and POS tagger,
 * then SUTime's rules with the given document date as the reference. Returns Parley's {@link
 * TimeExpression} records (rule {@code sutime}, anchor guessed from the text); an expression whose
 * type or value SUTime leaves empty is dropped.
 */
public final class SuTimeBaseline {
  private final StanfordCoreNLP tagger;
  private final TimeAnnotator sutime;

  public SuTimeBaseline() {
    if (!Boolean.getBoolean("parley.nlp.verbose")) {
      RedwoodConfiguration.current().clear().apply();
    }
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("tokenize.language", "en");
    this.tagger = new StanfordCoreNLP(p);
    Properties t = new Properties();
    t.setProperty("sutime.binders", "0");
    this.sutime = new TimeAnnotator("sutime", t);
  }

  /** The time expressions SUTime finds in the text, resolved against the document date. */
  public List<TimeExpression> find(String text, LocalDate documentDate) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    tagger.annotate(doc);
    sutime.annotate(doc);
    List<TimeExpression> out = new ArrayList<>();
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap m : timexes) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || begin == null || end == null || timex.value() == null
          || timex.timexType() == null) {
        continue;
      }
      TimeExpression.Type type;
      try {
        type = TimeExpression.Type.valueOf(timex.timexType());
      } catch (IllegalArgumentException e) {
        continue;
      }
      String covered = text.substring(begin, end);
      out.add(new TimeExpression(new Span(begin, end), covered, type, timex.value(),
          Optional.empty(), Optional.empty(), "sutime", anchorOf(type, timex.value(), covered),
          Optional.empty()));
    }
    return out;
  }

  /**
   * What SUTime counted a value from, which it does not report: nothing for a length, a set, a
   * vague reference or a value with unknown parts; nothing either for a date whose leading digits
   * ("2016", "199" of the 1990s) are written in the expression; else the document date, which is
   * the only reference it is given.
   */
  static TimeExpression.Anchor anchorOf(TimeExpression.Type type, String value, String text) {
    if (type == TimeExpression.Type.DURATION || type == TimeExpression.Type.SET
        || value.endsWith("_REF") || !value.isEmpty() && !Character.isDigit(value.charAt(0))) {
      return TimeExpression.Anchor.NONE;
    }
    int digits = 0;
    while (digits < Math.min(4, value.length()) && Character.isDigit(value.charAt(digits))) {
      digits++;
    }
    return digits >= 2 && text.contains(value.substring(0, digits))
        ? TimeExpression.Anchor.ABSOLUTE : TimeExpression.Anchor.PUBLICATION;
  }
}
