package org.parley.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import org.parley.ingest.ArticleReader;
import org.parley.model.Analysis;
import org.parley.model.Article;

/**
 * Dev tool: CPU milliseconds per article for each CoreNLP annotator and for the conversion, on the
 * cleaned text of a JSONL corpus. Arguments: FILE [N [WARMUP]] [key=value ...] where the key=value
 * pairs override {@link CoreNlpStage#defaultProperties()}.
 */
public final class NlpProfile {
  private NlpProfile() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int n = args.length > 1 && !args[1].contains("=") ? Integer.parseInt(args[1]) : 100;
    int warmup = args.length > 2 && !args[2].contains("=") ? Integer.parseInt(args[2]) : 10;
    Properties props = CoreNlpStage.defaultProperties();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq > 0) {
        props.setProperty(a.substring(0, eq), a.substring(eq + 1));
      }
    }
    List<String> texts = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null && texts.size() < n + warmup; ) {
        try (JsonReader jr = Json.createReader(new StringReader(line))) {
          JsonObject o = jr.readObject();
          String raw = o.getString("text", "");
          texts.add(reader.apply(Analysis.of(Article.of("jsonl", raw))).text());
        }
      }
    }
    long t0 = System.nanoTime();
    CoreNlpStage stage = new CoreNlpStage(props);
    System.out.printf(Locale.ROOT, "load %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    Map<String, Annotator> annotators = new LinkedHashMap<>();
    for (String name : props.getProperty("annotators").split(",")) {
      annotators.put(name.trim(), StanfordCoreNLP.getExistingAnnotator(name.trim()));
    }
    if (System.getProperty("compare") != null && stage.parser() != null) {
      compare(stage, annotators, texts, props.getProperty("depparse.model"));
      return;
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> cpu = new LinkedHashMap<>();
    long tokens = 0;
    for (int i = 0; i < texts.size(); i++) {
      boolean measured = i >= warmup;
      Annotation doc = new Annotation(texts.get(i));
      for (Map.Entry<String, Annotator> e : annotators.entrySet()) {
        long c = mx.getCurrentThreadCpuTime();
        e.getValue().annotate(doc);
        if (measured) {
          cpu.merge(e.getKey(), mx.getCurrentThreadCpuTime() - c, Long::sum);
        }
      }
      long c = mx.getCurrentThreadCpuTime();
      var sentences = CoreNlpStage.convert(texts.get(i), doc, stage.parser());
      if (measured) {
        cpu.merge(stage.parser() == null ? "convert" : "fastparse+convert",
            mx.getCurrentThreadCpuTime() - c, Long::sum);
        for (var s : sentences) {
          tokens += s.size();
        }
      }
    }
    int m = texts.size() - warmup;
    System.out.printf(Locale.ROOT, "%d articles, %.0f tokens per article%n", m, tokens / (double) m);
    long total = 0;
    for (Map.Entry<String, Long> e : cpu.entrySet()) {
      total += e.getValue();
      System.out.printf(Locale.ROOT, "  %-10s %8.1f ms CPU/article%n", e.getKey(), e.getValue() / 1e6 / m);
    }
    System.out.printf(Locale.ROOT, "  %-10s %8.1f ms CPU/article%n", "total", total / 1e6 / m);
  }

  /** Counts the tokens whose head or label differ between CoreNLP's parser and the fast one. */
  private static void compare(
      CoreNlpStage stage, Map<String, Annotator> annotators, List<String> texts, String model) {
    var reference =
        edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(model, new Properties());
    long tokens = 0;
    long differ = 0;
    for (String text : texts) {
      Annotation doc = new Annotation(text);
      annotators.values().forEach(a -> a.annotate(doc));
      for (var sentence : doc.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class)) {
        var labels = sentence.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
        FastDependencyParser.Parse parse = stage.parser().parse(labels);
        for (var d : reference.predict(sentence).typedDependencies()) {
          int i = d.dep().index();
          tokens++;
          if (parse.heads()[i] != d.gov().index() || !parse.labels()[i].equals(d.reln().toString())) {
            differ++;
            System.out.println("differs: " + d + " vs " + parse.heads()[i] + " " + parse.labels()[i]);
          }
        }
      }
    }
    System.out.println(tokens + " tokens compared, " + differ + " differ");
  }
}
