package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.testkit.TestSentences;

class NounCuesTest {

  /** A sentence from rows (word, tag, lemma, entity) and dependencies (governor, dependent). */
  private static Sentence sentence(String[][] t, int[][] heads, String[] rels) {
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) {
      deps.add(new Dependency(heads[i][0], heads[i][1], rels[i]));
    }
    return TestSentences.of(t, deps);
  }

  /** "Clinton 's opposition to the deal grew ." */
  private static Sentence support() {
    return sentence(new String[][] {
        {"Clinton", "NNP", "Clinton", "PERSON"}, {"'s", "POS", "'s", "O"},
        {"opposition", "NN", "opposition", "O"}, {"to", "IN", "to", "O"}, {"the", "DT", "the", "O"},
        {"deal", "NN", "deal", "O"}, {"grew", "VBD", "grow", "O"}, {".", ".", ".", "O"}},
        new int[][] {{6, 2}, {2, 0}, {0, 1}, {5, 3}, {5, 4}, {2, 5}, {-1, 6}, {6, 7}},
        new String[] {"nsubj", "nmod:poss", "case", "case", "det", "nmod", "root", "punct"});
  }

  /** "The price of oil rose ." */
  private static Sentence price() {
    return sentence(new String[][] {
        {"The", "DT", "the", "O"}, {"price", "NN", "price", "O"}, {"of", "IN", "of", "O"},
        {"oil", "NN", "oil", "O"}, {"rose", "VBD", "rise", "O"}, {".", ".", ".", "O"}},
        new int[][] {{1, 0}, {4, 1}, {3, 2}, {1, 3}, {-1, 4}, {4, 5}},
        new String[] {"det", "nsubj", "case", "nmod", "root", "punct"});
  }

  @Test
  void shapesANounByItsPrepositionalContentAndItsPossessor() {
    Sentence s = support();
    NounCues.Shape sh = NounCues.shape(s, new QuoteFinder.Tree(s), 2);

    assertThat(sh.cueEnd()).isEqualTo(3);
    assertThat(sh.kind()).isEqualTo("p:to");
    assertThat(sh.content()).isEqualTo(s.span(4, 6));
    assertThat(sh.source()).isEqualTo(s.token(0).span());
    assertThat(sh.sourceKind()).isEqualTo("poss");
  }

  /** "Clinton is a supporter of the deal ." */
  private static Sentence supporter() {
    return sentence(new String[][] {
        {"Clinton", "NNP", "Clinton", "PERSON"}, {"is", "VBZ", "be", "O"}, {"a", "DT", "a", "O"},
        {"supporter", "NN", "supporter", "O"}, {"of", "IN", "of", "O"}, {"the", "DT", "the", "O"},
        {"deal", "NN", "deal", "O"}, {".", ".", ".", "O"}},
        new int[][] {{3, 0}, {3, 1}, {3, 2}, {-1, 3}, {6, 4}, {6, 5}, {3, 6}, {3, 7}},
        new String[] {"nsubj", "cop", "det", "root", "case", "det", "nmod", "punct"});
  }

  /** "Sanders , who made comments about the deal , won ." */
  private static Sentence relative() {
    return sentence(new String[][] {
        {"Sanders", "NNP", "Sanders", "PERSON"}, {",", ",", ",", "O"}, {"who", "WP", "who", "O"},
        {"made", "VBD", "make", "O"}, {"comments", "NNS", "comment", "O"},
        {"about", "IN", "about", "O"}, {"the", "DT", "the", "O"}, {"deal", "NN", "deal", "O"},
        {",", ",", ",", "O"}, {"won", "VBD", "win", "O"}, {".", ".", ".", "O"}},
        new int[][] {{9, 0}, {0, 1}, {3, 2}, {0, 3}, {3, 4}, {7, 5}, {7, 6}, {4, 7}, {0, 8},
            {-1, 9}, {9, 10}},
        new String[] {"nsubj", "punct", "nsubj", "acl:relcl", "obj", "case", "det", "nmod",
            "punct", "root", "punct"});
  }

  @Test
  void takesTheSubjectOfACopulaAsTheSourceOfItsNoun() {
    Sentence s = supporter();
    NounCues.Shape sh = NounCues.shape(s, new QuoteFinder.Tree(s), 3);

    assertThat(sh.content()).isEqualTo(s.span(5, 7));
    assertThat(sh.source()).isEqualTo(s.token(0).span());
    assertThat(sh.sourceKind()).isEqualTo("copula");
  }

  @Test
  void takesTheNounARelativePronounStandsForWithThePronounAsSource() {
    Sentence s = relative();
    NounCues.Shape sh = NounCues.shape(s, new QuoteFinder.Tree(s), 4);

    assertThat(sh.kind()).isEqualTo("p:about");
    assertThat(sh.source()).isEqualTo(s.span(0, 3));
    assertThat(sh.sourceHead()).isEqualTo(0);
  }

  @Test
  void readsKnownAsAsANameHeldByNoOneWithTheThingAndItsNameAsContent() {
    Sentence s = sentence(new String[][] {
        {"The", "DT", "the", "O"}, {"island", "NN", "island", "O"}, {"was", "VBD", "be", "O"},
        {"known", "VBN", "know", "O"}, {"as", "IN", "as", "O"}, {"the", "DT", "the", "O"},
        {"Poorhouse", "NNP", "Poorhouse", "O"}, {".", ".", ".", "O"}},
        new int[][] {{1, 0}, {3, 1}, {3, 2}, {-1, 3}, {6, 4}, {6, 5}, {3, 6}, {3, 7}},
        new String[] {"det", "nsubj:pass", "aux:pass", "root", "case", "det", "obl", "punct"});
    List<NounCues.Found> found = new ArrayList<>();
    NounCues.knownAs(s, new QuoteFinder.Tree(s), found);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.cue()).isEqualTo(s.span(2, 5));
      assertThat(f.content()).containsExactly(s.span(0, 2), s.span(5, 7));
      assertThat(f.source()).isNull();
    });
  }

  @Test
  void takesNoContentFromARelativeClauseOpenedByThat() {
    // "He sold the bags that he used ."
    Sentence s = sentence(new String[][] {
        {"He", "PRP", "he", "O"}, {"sold", "VBD", "sell", "O"}, {"the", "DT", "the", "O"},
        {"bags", "NNS", "bag", "O"}, {"that", "WDT", "that", "O"}, {"he", "PRP", "he", "O"},
        {"used", "VBD", "use", "O"}, {".", ".", ".", "O"}},
        new int[][] {{1, 0}, {-1, 1}, {3, 2}, {1, 3}, {6, 4}, {6, 5}, {3, 6}, {1, 7}},
        new String[] {"nsubj", "root", "det", "obj", "obj", "nsubj", "acl", "punct"});

    assertThat(NounCues.shape(s, new QuoteFinder.Tree(s), 3)).isNull();
  }

  @Test
  void describesANounByItsLemmaContentAndHolder() {
    List<NounCues.Candidate> c = NounCues.candidates(support(), new BitSet());

    assertThat(c).extracting(x -> x.shape().noun()).containsExactly(2);
    assertThat(c.get(0).features()).contains("l=opposition", "k=p:to", "l|k=opposition|p:to",
        "src=poss", "sk=ner:PERSON", "r=nsubj", "h=grow", "bias");
  }

  @Test
  void leavesOutNounsInsideQuotationMarksAndNounsWithNothingAfterThem() {
    Sentence s = support();
    BitSet quoted = new BitSet();
    quoted.set(s.token(2).span().start(), s.token(2).span().end());

    assertThat(NounCues.candidates(s, quoted)).isEmpty();
    assertThat(NounCues.shape(s, new QuoteFinder.Tree(s), 5)).isNull();
  }

  @Test
  void theShippedModelReadsOppositionToAsACueAndThePriceOfOilAsNone() {
    Sentence a = support();
    Sentence b = price();
    double opposition = NounCues.model().probability(NounCues.candidates(a, new BitSet()).get(0)
        .features());
    double priceOf = NounCues.model().probability(NounCues.candidates(b, new BitSet()).get(0)
        .features());

    assertThat(opposition).isGreaterThan(NounCues.THRESHOLD);
    assertThat(priceOf).isLessThan(NounCues.THRESHOLD);
    assertThat(NounCues.find(b, new QuoteFinder.Tree(b))).isEmpty();
  }
}
