package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;
import org.parley.model.Token;

class CoreNlpStageTest {

  @Test
  void straightensApostrophesInsideWordsOnlyOneCharacterForOne() {
    String text = "’Twas he’ll, it’s Trump’s ‘quote’ and voters’ “words”’";
    String read = CoreNlpStage.forTagger(text);
    assertThat(read).hasSameSizeAs(text)
        .isEqualTo("’Twas he'll, it's Trump's ‘quote’ and voters’ “words”’");
    assertThat(CoreNlpStage.forTagger("no apostrophe")).isEqualTo("no apostrophe");
  }

  @Test
  void tagsContractionsWithCurlyApostrophesAsWithStraightOnesAndKeepsTheTextsCharacters() {
    List<Sentence> curly = CoreNlpStage.shared().annotate("He’ll say it’s over.");
    List<Sentence> straight = CoreNlpStage.shared().annotate("He'll say it's over.");
    List<Token> c = curly.get(0).tokens();
    List<Token> s = straight.get(0).tokens();
    assertThat(c).extracting(Token::word).contains("’ll", "’s");
    assertThat(c).extracting(Token::pos).isEqualTo(s.stream().map(Token::pos).toList())
        .contains("MD", "VBZ");
  }
}
