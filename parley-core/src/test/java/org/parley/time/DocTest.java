package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocTest {
  @Test
  void findsTheWordsOfCaptionMarksInAnyCaseAndNothingElse() {
    String text = "Protesters march on Friday. (AP PHOTO/Evan Vucci) More. REUTERS/Tom Westbrook";

    int first = Doc.nextCaptionWord(text, 0);
    int second = Doc.nextCaptionWord(text, first + 1);

    assertThat(text.substring(first)).startsWith("PHOTO/Evan");
    assertThat(text.substring(second)).startsWith("REUTERS/Tom");
    assertThat(Doc.nextCaptionWord(text, second + 1)).isEqualTo(-1);
    assertThat(Doc.nextCaptionWord("The talks resume on Monday in Geneva.", 0)).isEqualTo(-1);
    assertThat(Doc.nextCaptionWord("Hide Caption 3 of 12", 0)).isEqualTo(5);
    assertThat(Doc.nextCaptionWord("Smoke rises. /Afp", 0)).isEqualTo(14);
  }
}
