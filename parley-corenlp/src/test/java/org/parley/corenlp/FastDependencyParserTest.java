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
    CoreNlpStage stage = CoreNlpStage.shared();
    Annotation doc = new Annotation(text);
    stage.coreNlp().annotate(doc);
    DependencyParser reference = DependencyParser.loadFromModelFile(MODEL, new Properties());
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (TypedDependency d : reference.predict(sentence).typedDependencies()) {
        expected.add(d.gov().index() + "-" + d.reln() + "->" + d.dep().index());
      }
      FastDependencyParser.Parse parse = stage.parser().parse(tokens);
      for (int i = 1; i < parse.heads().length; i++) {
        actual.add(parse.heads()[i] + "-" + parse.labels()[i] + "->" + i);
      }
    }
    assertThat(actual).hasSizeGreaterThan(500).containsExactlyInAnyOrderElementsOf(expected);
  }
}
