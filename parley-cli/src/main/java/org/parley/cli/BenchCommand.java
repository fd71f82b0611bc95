package org.parley.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.corenlp.baseline.CoreNlpQuotes;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley bench}: runs the standard pipeline over a corpus and prints what it cost: model load
 * time, articles per second, milliseconds per article for each stage (with the garbage collection
 * pauses that fell in it, and without), the collections of the measured run, and the peak heap. Without
 * INPUT it runs the AllSides 1k articles of the shared data, checked against their SHA-256; with
 * {@code --compare corenlp} it then runs CoreNLP's default quote pipeline, as a user would run it
 * (one thread), on the same measured articles in the same process and prints the ratio.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time the full pipeline on a corpus (e.g. a JSONL dump): articles/s, ms per article for each"
          + " stage, peak heap. Nothing is written but the report. Without INPUT: "
          + BenchCommand.DEFAULT_CORPUS + " of the shared data (../shared next to the project, or"
          + " -Dparley.shared=DIR), its SHA-256 checked."
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin DictionaryOptions dictionaries;

  @Option(names = "--limit", paramLabel = "N", description = "Stop after N articles (0: all).")
  int limit;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "20",
      description = "Articles run first and left out of the figures (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Analyze on N threads (default: all cores).")
  Integer threads;

  /** A reference system timed on the same articles. */
  enum Baseline {
    corenlp
  }

  @Option(names = "--compare", paramLabel = "SYSTEM",
      description = "Then time ${COMPLETION-CANDIDATES} on the same measured articles, in this"
          + " process: CoreNLP's default quote pipeline (tokenize, ssplit, pos, lemma, ner, depparse,"
          + " coref, quote) on one thread, and print the ratio. It runs about 0.3 articles/s:"
          + " use --limit.")
  Baseline compare;

  /** The default corpus, relative to the shared data folder. */
  static final String DEFAULT_CORPUS = "data/news/allsides_political_1k.jsonl";

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (input.inputs == null || input.inputs.isEmpty()) {
      java.nio.file.Path corpus = defaultCorpus(System.getProperty("parley.shared"), projectRoot(),
          java.nio.file.Path.of("").toAbsolutePath());
      out.println("input: " + corpus);
      checkSum(corpus, true, out);
      input.inputs = List.of(corpus.toString());
    } else {
      for (String in : input.inputs) {
        checkSum(java.nio.file.Path.of(in), false, out);
      }
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    long t0 = System.nanoTime();
    Pipeline standard = Parley.pipeline(CoreNlpStage.shared(),
        dictionaries.load(spec.commandLine(), spec.commandLine().getErr()));
    double loadMs = (System.nanoTime() - t0) / 1e6;
    Map<String, LongAdder> gcInStage = new LinkedHashMap<>();
    Pipeline pipeline = Pipeline.of(standard.stages().stream()
        .map(stage -> gcAttributed(stage, gcInStage))
        .toList());
    Runner runner = new Runner(pipeline, n, Integer.MAX_VALUE, java.util.Set.of());
    int[] seen = {0};
    long[] chars = {0};
    long[] tokens = {0};
    long[] quotes = {0};
    long[] events = {0};
    long[] measuredStart = {0};
    Map<String, Double>[] atWarm = new Map[] {new LinkedHashMap<>()};
    Map<String, Double>[] cpuAtWarm = new Map[] {new LinkedHashMap<>()};
    List<Double> perArticle = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    String[] warmText = {null};
    long[] last = {System.nanoTime()};
    long[][] gcAtWarm = {gcTotals()};
    long[] processCpuAtWarm = {processCpuNanos()};
    measuredStart[0] = last[0];
    int failures =
        runner.run(
            input,
            System.in,
            a -> {
              seen[0]++;
              long now = System.nanoTime();
              if (compare != null) {
                if (seen[0] > warmup) {
                  texts.add(a.article().raw());
                } else if (warmText[0] == null) {
                  warmText[0] = a.article().raw();
                }
              }
              if (seen[0] == warmup) {
                atWarm[0] = pipeline.timings();
                cpuAtWarm[0] = pipeline.cpuTimings();
                gcAtWarm[0] = gcTotals();
                processCpuAtWarm[0] = processCpuNanos();
                gcInStage.values().forEach(LongAdder::reset);
                measuredStart[0] = now;
              } else if (seen[0] > warmup) {
                perArticle.add((now - last[0]) / 1e6);
                count(a, chars, tokens, quotes, events);
              }
              last[0] = now;
              return limit <= 0 || seen[0] < limit + warmup;
            },
            f -> {});
    int measured = Math.max(0, seen[0] - warmup);
    if (measured == 0) {
      out.println("no article measured: " + seen[0] + " analyzed, warm-up is " + warmup);
      return 1;
    }
    double wallS = (last[0] - measuredStart[0]) / 1e9;
    long[] gcEnd = gcTotals();
    long cpuEnd = processCpuNanos();
    out.printf(Locale.ROOT, "models loaded in %.0f ms%n", loadMs);
    out.printf(Locale.ROOT, "articles: %d measured (after %d warm-up), %d failed to read%n",
        measured, Math.min(warmup, seen[0]), failures);
    out.printf(Locale.ROOT, "size: %.0f chars and %.0f tokens per article on average%n",
        chars[0] / (double) measured, tokens[0] / (double) measured);
    out.printf(Locale.ROOT, "found: %.1f quotes and %.1f events per article%n",
        quotes[0] / (double) measured, events[0] / (double) measured);
    out.printf(Locale.ROOT, "throughput: %.2f articles/s on %d thread(s), %.2f articles/s per"
        + " thread, %.0f chars/s (%.1f ms wall per article)%n", measured / wallS, n,
        measured / wallS / n, chars[0] / wallS, wallS * 1000 / measured);
    perArticle.sort(Double::compare);
    out.printf(Locale.ROOT, "per article: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
        perArticle.get(perArticle.size() / 2), perArticle.get((int) (perArticle.size() * 0.9)),
        perArticle.get(perArticle.size() - 1));
    if (cpuEnd >= 0 && processCpuAtWarm[0] >= 0) {
      // on a busy machine wall time counts the waits for a core; CPU time does not
      out.printf(Locale.ROOT, "cpu: %.1f ms of process CPU time per article (workers, gc and JIT"
          + " threads together)%n", (cpuEnd - processCpuAtWarm[0]) / 1e6 / measured);
    }
    long gcCount = gcEnd[0] - gcAtWarm[0][0];
    long gcMs = gcEnd[1] - gcAtWarm[0][1];
    out.printf(Locale.ROOT, "gc: %d collections, %d ms in pauses (%.1f ms per article, %.1f%% of"
        + " wall)%n", gcCount, gcMs, gcMs / (double) measured, gcMs / 10.0 / wallS);
    out.println("ms per article by stage (wall, including the gc pauses that fell in the stage;"
        + " then without them):");
    Map<String, Double> end = pipeline.timings();
    Map<String, Double> cpuEndByStage = pipeline.cpuTimings();
    for (Map.Entry<String, Double> e : end.entrySet()) {
      double ms = (e.getValue() - atWarm[0].getOrDefault(e.getKey(), 0.0)) / measured;
      LongAdder gc = gcInStage.get(e.getKey());
      double gcPer = gc == null ? 0 : gc.sum() / (double) measured;
      Double cpuTotal = cpuEndByStage.get(e.getKey());
      String cpu = cpuTotal == null ? "       -" : String.format(Locale.ROOT, "%8.2f",
          (cpuTotal - cpuAtWarm[0].getOrDefault(e.getKey(), 0.0)) / measured);
      out.printf(Locale.ROOT, "  %-10s %8.2f  gc %6.2f  without gc %8.2f  cpu %s%n", e.getKey(),
          ms, gcPer, ms - gcPer, cpu);
    }
    out.println("  (cpu: CPU time of the thread that ran the stage, ms per article; it leaves out"
        + " the waits for a core that load on the machine adds to wall time, and the gc and JIT"
        + " threads' work" + (cpuEndByStage.isEmpty() ? "; this JVM cannot measure it" : "") + ")");
    out.printf(Locale.ROOT, "peak heap: %d MB used (max heap %d MB)%n", peakHeapMb(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    if (compare == Baseline.corenlp) {
      out.flush();
      compareCoreNlp(texts, warmText[0], measured / wallS, n, out);
    }
    return failures == 0 ? 0 : 1;
  }

  /**
   * Times CoreNLP's quote pipeline on {@code texts} (after one warm-up article) and prints its rate
   * and Parley's ratio to it, overall and per thread.
   */
  private static void compareCoreNlp(List<String> texts, String warmText, double parleyRate,
      int threads, PrintWriter out) {
    out.println("CoreNLP quote pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote),"
        + " 1 thread, same " + texts.size() + " articles:");
    out.flush();
    long t0 = System.nanoTime();
    CoreNlpQuotes corenlp = new CoreNlpQuotes();
    out.printf(Locale.ROOT, "  models loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    if (warmText != null) {
      corenlp.find(warmText);
    }
    long chars = 0;
    long quotes = 0;
    int failed = 0;
    long start = System.nanoTime();
    for (String text : texts) {
      chars += text.length();
      try {
        quotes += corenlp.find(text).size();
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        failed++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = texts.size() / seconds;
    out.printf(Locale.ROOT, "  throughput: %.3f articles/s, %.0f chars/s (%.0f ms per article),"
        + " %.1f quotes per article, %d failed%n", rate, chars / seconds,
        seconds * 1000 / texts.size(), quotes / (double) texts.size(), failed);
    out.printf(Locale.ROOT, "ratio: Parley %.1fx CoreNLP's articles/s (%d thread(s) against 1),"
        + " %.1fx per thread%n", parleyRate / rate, threads, parleyRate / threads / rate);
    out.printf(Locale.ROOT, "peak heap with CoreNLP: %d MB used%n", peakHeapMb());
  }

  /**
   * The default corpus: under {@code sharedProperty} when set, else under the {@code shared} folder
   * next to the project root, else next to the working directory.
   */
  static java.nio.file.Path defaultCorpus(String sharedProperty, java.nio.file.Path root,
      java.nio.file.Path cwd) {
    List<java.nio.file.Path> tried = new ArrayList<>();
    if (sharedProperty != null && !sharedProperty.isBlank()) {
      tried.add(java.nio.file.Path.of(sharedProperty).resolve(DEFAULT_CORPUS));
    } else {
      if (root != null) {
        tried.add(root.resolveSibling("shared").resolve(DEFAULT_CORPUS));
      }
      tried.add(cwd.resolveSibling("shared").resolve(DEFAULT_CORPUS));
    }
    for (java.nio.file.Path p : tried) {
      if (java.nio.file.Files.isRegularFile(p)) {
        return p.normalize();
      }
    }
    throw new IllegalStateException("the benchmark corpus is missing (looked for " + tried
        + "); give INPUT or -Dparley.shared=DIR (PARLEY_JAVA_OPTS)");
  }

  /** The project root when running from parley-cli/target (jar or classes), else null. */
  private static java.nio.file.Path projectRoot() {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(
          BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (; p != null; p = p.getParent()) {
        if (java.nio.file.Files.isDirectory(p.resolve("parley-cli"))) {
          return p;
        }
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /**
   * The stage, timed as before by the pipeline, that also adds to {@code gcInStage} the
   * milliseconds of garbage collection pauses that ended while it ran. With several threads a
   * pause stops them all and is counted in each stage that was running, so the split is exact
   * only with {@code --threads 1}.
   */
  private static Stage gcAttributed(Stage stage,
      Map<String, LongAdder> gcInStage) {
    LongAdder gc = new LongAdder();
    gcInStage.put(stage.name(), gc);
    return Stage.of(stage.name(), stage.requires(), stage.provides(), a -> {
      long before = gcTotals()[1];
      try {
        return stage.apply(a);
      } finally {
        gc.add(gcTotals()[1] - before);
      }
    });
  }

  /** The CPU time used by this JVM so far in nanoseconds, or -1 when the platform does not say. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  /** Collections and milliseconds of collection, summed over the JVM's garbage collectors. */
  private static long[] gcTotals() {
    long count = 0;
    long ms = 0;
    for (GarbageCollectorMXBean gc :
        ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      ms += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, ms};
  }

  private static void count(Analysis a, long[] chars, long[] tokens, long[] quotes, long[] events) {
    chars[0] += a.article().raw().length();
    a.sentences().forEach(s -> tokens[0] += s.size());
    quotes[0] += a.quotes().size();
    events[0] += a.events().size();
  }

  /**
   * Checks a file against the SHA256SUMS next to it, when there is one that names it; when
   * {@code required}, a missing entry is an error too.
   */
  static void checkSum(java.nio.file.Path file, boolean required, PrintWriter out)
      throws java.io.IOException {
    java.nio.file.Path sums = file.toAbsolutePath().resolveSibling("SHA256SUMS");
    String name = file.getFileName().toString();
    if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isRegularFile(sums)) {
      if (required) {
        throw new IllegalStateException(name + ": no SHA256SUMS next to it to check it against");
      }
      return;
    }
    for (String line : java.nio.file.Files.readAllLines(sums)) {
      String[] parts = line.strip().split("\\s+\\*?", 2);
      if (parts.length == 2 && parts[1].replaceFirst("^\\./", "").equals(name)) {
        java.security.MessageDigest md;
        try {
          md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
          byte[] buf = new byte[1 << 16];
          int k;
          while ((k = in.read(buf)) > 0) {
            md.update(buf, 0, k);
          }
        }
        String got = java.util.HexFormat.of().formatHex(md.digest());
        if (!got.equalsIgnoreCase(parts[0])) {
          throw new IllegalStateException(name + ": SHA-256 " + got + " differs from SHA256SUMS (" + parts[0]
              + "): the file is not the benchmark's");
        }
        out.println(name + ": SHA-256 matches SHA256SUMS");
        return;
      }
    }
    if (required) {
      throw new IllegalStateException(name + ": not listed in " + sums);
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
