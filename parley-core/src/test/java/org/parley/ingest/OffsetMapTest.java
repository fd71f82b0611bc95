package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class OffsetMapTest {

  @Test
  void mapsCopiedCharsToTheirRawIndexAndTheEndPastTheLastChar() {
    String raw = "a**b**c";
    OffsetMap map =
        OffsetMap.builder(raw.length()).append('a', 0).append('b', 3).append('c', 6).build();
    assertThat(map.cleanLength()).isEqualTo(3);
    assertThat(map.toRaw(1)).isEqualTo(3);
    assertThat(map.toRaw(3)).isEqualTo(7);
    assertThat(map.toRaw(Span.of(0, 2))).isEqualTo(Span.of(0, 4));
    assertThat(map.toRaw(Span.of(1, 1))).isEqualTo(Span.of(3, 3));
  }

  @Test
  void anEmptyMapSendsEverythingToZero() {
    OffsetMap map = OffsetMap.builder(0).build();
    assertThat(map.cleanLength()).isZero();
    assertThat(map.toRaw(0)).isZero();
    assertThat(map.toRaw(Span.of(0, 0))).isEqualTo(Span.of(0, 0));
  }

  @Test
  void rejectsIndicesOutsideTheTexts() {
    OffsetMap.Builder b = OffsetMap.builder(2);
    assertThatThrownBy(() -> b.append('x', 2)).isInstanceOf(IndexOutOfBoundsException.class);
    OffsetMap map = b.append('x', 1).build();
    assertThatThrownBy(() -> map.toRaw(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> map.toRaw(Span.of(0, 2)))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void keepsTheMapMonotonicWhenASynthesizedCharPointsBack() {
    OffsetMap map = OffsetMap.builder(10).append('a', 5).append('\n', 2).build();
    assertThat(map.toRaw(1)).isEqualTo(5);
  }

  @Test
  void identityMapsEachIndexToItself() {
    OffsetMap map = OffsetMap.identity(4);
    assertThat(map.toRaw(Span.of(1, 3))).isEqualTo(Span.of(1, 3));
    assertThat(map.toRaw(4)).isEqualTo(4);
  }

  @Test
  void randomDeletionsAndReplacementsKeepSpansInsideRawOrderedAndVerbatimCharsEqual() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    for (int tc = 0; tc < 1000; tc++) {
      String raw = randomText(rnd, rnd.nextInt(200));
      OffsetMap.Builder b = OffsetMap.builder(raw.length());
      StringBuilder clean = new StringBuilder();
      List<Boolean> verbatim = new ArrayList<>();
      int i = 0;
      while (i < raw.length()) {
        int op = rnd.nextInt(10);
        if (op < 2) {
          i += 1 + rnd.nextInt(3); // deletion
        } else if (op < 3) {
          b.append('#', i); // replacement
          clean.append('#');
          verbatim.add(false);
          i++;
        } else if (op < 4 && b.length() > 0) {
          b.append('\n', Math.max(0, i - 1)); // synthesized char pointing back
          clean.append('\n');
          verbatim.add(false);
        } else {
          int to = Math.min(raw.length(), i + 1 + rnd.nextInt(5));
          b.appendRaw(raw, i, to);
          clean.append(raw, i, to);
          for (int k = i; k < to; k++) {
            verbatim.add(true);
          }
          i = to;
        }
      }
      OffsetMap map = b.build();
      String where = "seed " + seed + ", case " + tc + ", raw '" + raw + "'";
      assertThat(map.cleanLength()).as(where).isEqualTo(clean.length());
      for (int k = 0; k < clean.length(); k++) {
        if (verbatim.get(k)) {
          assertThat(raw.charAt(map.toRaw(k))).as(where + " at " + k).isEqualTo(clean.charAt(k));
        }
      }
      Span previous = null;
      for (int s = 0; s < 20 && clean.length() > 0; s++) {
        int a = rnd.nextInt(clean.length() + 1);
        int e = a + rnd.nextInt(clean.length() - a + 1);
        Span rawSpan = map.toRaw(Span.of(a, e));
        assertThat(rawSpan.start()).as(where).isLessThanOrEqualTo(rawSpan.end());
        assertThat(rawSpan.end()).as(where).isLessThanOrEqualTo(raw.length());
        if (e > a) {
          assertThat(rawSpan.length()).as(where).isPositive();
        }
      }
      for (int k = 0; k + 1 <= clean.length(); k++) {
        assertThat(map.toRaw(k)).as(where).isLessThanOrEqualTo(map.toRaw(k + 1));
        Span one = map.toRaw(Span.of(k, k + 1));
        if (previous != null) {
          assertThat(one.start()).as(where).isGreaterThanOrEqualTo(previous.start());
          assertThat(one.end()).as(where).isGreaterThanOrEqualTo(previous.end());
        }
        previous = one;
      }
    }
  }

  static String randomText(Random rnd, int length) {
    String alphabet = "abc XYZ.,\n*_[]()?\u00e9\u201c\u201d\u00ab\u00bb\u0416";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
