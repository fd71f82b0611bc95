package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.testkit.TestSentences;

class CueModelTest {

  /**
   * "Officials argued that taxes rose ." with its parse: argued ← nsubj officials, ccomp rose (mark
   * that, nsubj taxes).
   */
  private static Sentence argued(String verb, String lemma) {
    String[][] t = {
      {"Officials", "NNS", "official", "O"},
      {verb, "VBD", lemma, "O"},
      {"that", "IN", "that", "O"},
      {"taxes", "NNS", "tax", "O"},
      {"rose", "VBD", "rise", "O"},
      {".", ".", ".", "O"}
    };
    return TestSentences.of(t, List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(4, 2, "mark"), new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "ccomp"),
        new Dependency(1, 5, "punct")));
  }

  @Test
  void describesAVerbByItsLemmaClauseAndSubject() {
    Map<Integer, List<String>> c = CueModel.candidates(argued("argued", "argue"), new BitSet());

    assertThat(c).containsOnlyKeys(1, 4);
    assertThat(c.get(1)).contains("l=argue", "w=argued", "r=root", "c=ccomp>", "m=ccomp|that",
        "l|m=argue|ccomp|that", "s=noun:official", "nw=that", "bias");
    assertThat(c.get(4)).contains("l=rise", "r=ccomp", "h=argue", "s=noun:tax");
  }

  @Test
  void leavesOutVerbsInsideQuotationMarks() {
    Sentence s = argued("argued", "argue");
    BitSet quoted = new BitSet();
    quoted.set(s.token(4).span().start(), s.token(4).span().end());

    assertThat(CueModel.candidates(s, quoted)).containsOnlyKeys(1);
  }

  @Test
  void learnsThatAVerbWithAThatClauseIsACue() {
    List<List<String>> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      for (Map.Entry<Integer, List<String>> e :
          CueModel.candidates(argued("argued", "argue"), new BitSet()).entrySet()) {
        x.add(e.getValue());
        y.add(e.getKey() == 1);
      }
    }
    CueModel m = CueModel.train(x, y, 5, 1e-5, 7L);
    Map<Integer, List<String>> unseen =
        CueModel.candidates(argued("insisted", "insist"), new BitSet());

    assertThat(m.probability(unseen.get(1))).isGreaterThan(0.5);
    assertThat(m.probability(unseen.get(4))).isLessThan(0.5);
  }

  @Test
  void readsBackTheLinesItWrites() throws IOException {
    List<List<String>> x = List.of(List.of("l=say", "bias"), List.of("l=go", "bias"));
    CueModel m = CueModel.train(x, List.of(true, false), 20, 0, 1L);
    String file = String.join("\n", m.lines("test model")) + "\n";

    CueModel back = CueModel.read(new BufferedReader(new StringReader(file)), "test");

    assertThat(back.probability(x.get(0))).isCloseTo(m.probability(x.get(0)),
        org.assertj.core.data.Offset.offset(1e-3));
    assertThat(back.probability(x.get(1))).isLessThan(0.5);
  }

  @Test
  void namesTheLineOfABrokenModelFile() {
    assertThatThrownBy(() -> CueModel.read(new BufferedReader(new StringReader("bias\t0.1\nbad\n")),
        "cue-model.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void shipsAModelThatReadsSaidAsACue() {
    Map<Integer, List<String>> c = CueModel.candidates(argued("said", "say"), new BitSet());

    assertThat(CueModel.shipped().probability(c.get(1))).isGreaterThan(0.9);
    assertThat(CueModel.shipped().probability(c.get(4))).isLessThan(0.5);
  }
}
