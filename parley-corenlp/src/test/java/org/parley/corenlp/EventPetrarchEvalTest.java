package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Event;

/**
 * Coverage of the event lexicon on the PETRARCH news-style sentences with expected CAMEO events,
 * read at run time from the shared data folder (never copied). Skipped unless
 * {@code -Dparley.eval=true}; prints the figures.
 *
 * <p>Scored per expected event: found when an event of the sentence has the same CAMEO root
 * (first two digits), and exactly when it has the same code. Actors are not scored: the suites use
 * fictional or Phoenix-dictionary actors.
 */
class EventPetrarchEvalTest {
  private static final Pattern TEXT = Pattern.compile("\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern CODE = Pattern.compile("\"code\":\\s*\"(\\d+)\"");
  private static final Pattern EXPECTED = Pattern.compile("\"expected_events\":\\s*\\[(.*?)\\]");

  @Test
  void measuresCameoCoverageOnPetrarchSentences() throws IOException {
    assumeTrue(Boolean.getBoolean("parley.eval"), "set -Dparley.eval=true to run");
    Path shared = sharedEvents();
    assumeTrue(shared != null, "shared event data not found");
    for (String file : List.of("universalpetrarch/PETR2_GSR_validation.jsonl",
        "petrarch2/petr2_pytest_full_sentence_cases.jsonl")) {
      int expected = 0;
      int rootHits = 0;
      int exactHits = 0;
      int produced = 0;
      int noEventSentences = 0;
      int falseOnNoEvent = 0;
      for (String line : Files.readAllLines(shared.resolve(file), StandardCharsets.UTF_8)) {
        Matcher t = TEXT.matcher(line);
        if (!t.find()) {
          continue;
        }
        String text = unescape(t.group(1));
        if (!text.endsWith(".")) {
          text = text + ".";
        }
        List<String> codes = new ArrayList<>();
        Matcher ex = EXPECTED.matcher(line);
        if (ex.find()) {
          Matcher c = CODE.matcher(ex.group(1));
          while (c.find()) {
            codes.add(c.group(1));
          }
        }
        Analysis a = Shared.analyze("petrarch", "\n\n" + text);
        Set<String> got = new HashSet<>();
        for (Event e : a.events()) {
          got.add(e.cameo());
        }
        produced += got.size();
        if (codes.isEmpty()) {
          noEventSentences++;
          falseOnNoEvent += got.isEmpty() ? 0 : 1;
        }
        for (String code : codes) {
          expected++;
          exactHits += got.contains(code) ? 1 : 0;
          boolean root = false;
          for (String g : got) {
            root |= g.substring(0, 2).equals(code.substring(0, 2));
          }
          rootHits += root ? 1 : 0;
        }
      }
      System.out.printf("%s: %d expected events, CAMEO root found %d (%.1f%%), exact %d (%.1f%%);"
              + " %d codes produced; %d of %d no-event sentences got an event%n",
          file, expected, rootHits, 100.0 * rootHits / Math.max(1, expected), exactHits,
          100.0 * exactHits / Math.max(1, expected), produced, falseOnNoEvent, noEventSentences);
      assertThat(expected).isPositive();
    }
  }

  private static Path sharedEvents() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      for (Path c : List.of(p.resolve("shared/data/events"), p.resolve("../shared/data/events"))) {
        if (Files.isDirectory(c)) {
          return c;
        }
      }
    }
    Path fixed = Path.of("/work/shared/data/events");
    return Files.isDirectory(fixed) ? fixed : null;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> sb.append(n);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
