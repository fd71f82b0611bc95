package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import org.parley.ingest.ArticleReader;
import org.parley.model.Analysis;
import org.parley.model.Article;

/**
 * Dev tool: an A/B of the dependency parser. Tags the sentences of the first N articles of a JSONL
 * corpus once, then parses them all with {@link FastDependencyParserV1} (the reference) and with
 * {@link FastDependencyParser}, alternately for R rounds, and prints the CPU milliseconds per
 * article of each and how many tokens' heads or labels differ. Arguments: FILE [N [R]].
 */
public final class ParserBench {
  private ParserBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> texts = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null && texts.size() < n; ) {
        try (JsonReader jr = Json.createReader(new StringReader(line))) {
          JsonObject o = jr.readObject();
          texts.add(reader.apply(Analysis.of(Article.of("jsonl", o.getString("text", "")))).text());
        }
      }
    }
    Properties props = CoreNlpStage.defaultProperties();
    Properties first = (Properties) props.clone();
    first.setProperty("annotators", "tokenize,ssplit");
    Properties rest = (Properties) props.clone();
    rest.setProperty("annotators", "pos");
    StanfordCoreNLP split = new StanfordCoreNLP(first);
    StanfordCoreNLP tag = new StanfordCoreNLP(rest, false);
    List<List<CoreLabel>> sentences = new ArrayList<>();
    long tokens = 0;
    for (String text : texts) {
      Annotation doc = new Annotation(text);
      split.annotate(doc);
      SentenceChunker.chunk(doc, SentenceChunker.MAX_TOKENS);
      tag.annotate(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        sentences.add(labels);
        tokens += labels.size();
      }
    }
    String model = props.getProperty("depparse.model");
    long t0 = System.nanoTime();
    FastDependencyParserV1 old = new FastDependencyParserV1(model, new Properties());
    long t1 = System.nanoTime();
    FastDependencyParser neu = new FastDependencyParser(model, new Properties());
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%d articles, %d sentences, %d tokens; load: old %.0f ms, new %.0f ms%n",
        texts.size(), sentences.size(), tokens, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    long compared = 0;
    long differ = 0;
    for (List<CoreLabel> s : sentences) {
      FastDependencyParserV1.Parse a = old.parse(s);
      FastDependencyParser.Parse b = neu.parse(s);
      for (int i = 1; i < a.heads().length; i++) {
        compared++;
        if (a.heads()[i] != b.heads()[i] || !a.labels()[i].equals(b.labels()[i])) {
          differ++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "agreement: %d tokens compared, %d differ in head or label%n",
        compared, differ);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] oldMs = new double[rounds];
    double[] newMs = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c = mx.getCurrentThreadCpuTime();
      for (List<CoreLabel> s : sentences) {
        old.parse(s);
      }
      oldMs[r] = (mx.getCurrentThreadCpuTime() - c) / 1e6 / texts.size();
      c = mx.getCurrentThreadCpuTime();
      for (List<CoreLabel> s : sentences) {
        neu.parse(s);
      }
      newMs[r] = (mx.getCurrentThreadCpuTime() - c) / 1e6 / texts.size();
      System.out.printf(Locale.ROOT, "round %d: old %.1f ms CPU/article, new %.1f ms CPU/article%n",
          r, oldMs[r], newMs[r]);
    }
    Arrays.sort(oldMs);
    Arrays.sort(newMs);
    System.out.printf(Locale.ROOT, "median: old %.1f, new %.1f ms CPU/article (%.2fx)%n",
        oldMs[rounds / 2], newMs[rounds / 2], oldMs[rounds / 2] / newMs[rounds / 2]);
  }
}
