package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FastDependencyParserTest {
  private static final String MODEL = CoreNlpStage.defaultProperties().getProperty("depparse.model");

  @Test
  void parsesTheExampleExactlyAsCoreNlpDoes() {
    String text = Shared.read(Shared.examplePath())
        + "\n\nHe said: \"We won't go.\" Talks, which began Monday in Geneva, ended; the U.N. envoy,"
        + " Staffan de Mistura, left.\n\nYes.\n\n\"No!\"";
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    compare(List.of(text), expected, actual, true);
    assertThat(actual).hasSizeGreaterThan(500).containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * The fast pass (float network with an error bound) must never change a parse: on 40 real news
   * articles, every dependency equals CoreNLP's and the exact-only computation's.
   */
  @Test
  void parsesRealNewsExactlyAsCoreNlpDoesWithAndWithoutTheFastPass() {
    List<String> texts = Corpus.cleanTexts(Corpus.allSides(), 40);
    FastDependencyParser parser = CoreNlpStage.shared().parser();
    long[] before = parser.counts();
    List<String> expected = new ArrayList<>();
    List<String> fast = new ArrayList<>();
    List<String> exact = new ArrayList<>();
    compare(texts, expected, fast, true);
    long[] after = parser.counts();
    compare(texts, null, exact, false);
    assertThat(fast).hasSizeGreaterThan(30_000).isEqualTo(exact);
    assertThat(fast).containsExactlyInAnyOrderElementsOf(expected);
    // the fast pass decides almost every transition (else it would only cost time)
    assertThat(after[0] - before[0]).isGreaterThan(50 * (after[1] - before[1]));
  }

  /**
   * Adds CoreNLP's dependencies of the texts to expected (unless null), and the fast parser's to
   * actual.
   */
  private static void compare(
      List<String> texts, List<String> expected, List<String> actual, boolean fastPass) {
    CoreNlpStage stage = CoreNlpStage.shared();
    DependencyParser reference = DependencyParser.loadFromModelFile(MODEL, new Properties());
    int sentenceNo = 0;
    for (String text : texts) {
      Annotation doc = new Annotation(text);
      stage.coreNlp().annotate(doc);
      for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentenceNo++;
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (TypedDependency d :
            expected == null ? List.<TypedDependency>of() : reference.predict(sentence).typedDependencies()) {
          expected.add(sentenceNo + ":" + d.gov().index() + "-" + d.reln() + "->" + d.dep().index());
        }
        FastDependencyParser.Parse parse = stage.parser().parse(tokens, fastPass);
        for (int i = 1; i < parse.heads().length; i++) {
          actual.add(sentenceNo + ":" + parse.heads()[i] + "-" + parse.labels()[i] + "->" + i);
        }
      }
    }
  }
}
