package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dev tool, run by hand (not a test): CPU time of {@link FastDependencyParser} with and without its
 * fast pass on the same tagged sentences, alternating, in one thread. Arguments: FILE.jsonl [N
 * [ROUNDS]]. Also checks that both give the same parses.
 */
public final class ParserAB {
  private ParserAB() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    CoreNlpStage stage = CoreNlpStage.shared();
    List<List<CoreLabel>> sentences = new ArrayList<>();
    for (String text : Corpus.cleanTexts(file, n)) {
      Annotation doc = new Annotation(text);
      stage.coreNlp().annotate(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    FastDependencyParser parser = stage.parser();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int differ = 0;
    for (List<CoreLabel> s : sentences) {
      FastDependencyParser.Parse a = parser.parse(s, true);
      FastDependencyParser.Parse b = parser.parse(s, false);
      if (!Arrays.equals(a.heads(), b.heads()) || !Arrays.equals(a.labels(), b.labels())) {
        differ++;
      }
    }
    System.out.printf(Locale.ROOT, "%d articles, %d sentences; %d parses differ%n", n,
        sentences.size(), differ);
    for (int r = 0; r < rounds; r++) {
      for (boolean fast : new boolean[] {false, true}) {
        long[] before = parser.counts();
        long c = mx.getCurrentThreadCpuTime();
        for (List<CoreLabel> s : sentences) {
          parser.parse(s, fast);
        }
        long ms = (mx.getCurrentThreadCpuTime() - c) / 1_000_000;
        long[] after = parser.counts();
        System.out.printf(Locale.ROOT, "round %d %-5s %6d ms CPU, %.2f ms/article; fast %d exact %d%n",
            r, fast ? "fast" : "exact", ms, ms / (double) n, after[0] - before[0],
            after[1] - before[1]);
      }
    }
  }
}
