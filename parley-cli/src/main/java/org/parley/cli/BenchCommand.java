package org.parley.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley bench}: runs the standard pipeline over a corpus and prints what it cost: model load
 * time, articles per second, milliseconds per article for each stage, and the peak heap.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time the full pipeline on a corpus (e.g. a JSONL dump): articles/s, ms per article for each"
          + " stage, peak heap. Nothing is written but the report."
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    Pipeline pipeline = Parley.pipeline(CoreNlpStage.shared(),
        dictionaries.load(spec.commandLine(), spec.commandLine().getErr()));
    double loadMs = (System.nanoTime() - t0) / 1e6;
    Runner runner = new Runner(pipeline);
    int[] seen = {0};
    long[] chars = {0};
    long[] tokens = {0};
    long[] quotes = {0};
    long[] events = {0};
    long[] measuredStart = {0};
    Map<String, Double>[] atWarm = new Map[] {new LinkedHashMap<>()};
    List<Double> perArticle = new ArrayList<>();
    long[] last = {System.nanoTime()};
    measuredStart[0] = last[0];
    int failures =
        runner.run(
            input,
            System.in,
            a -> {
              seen[0]++;
              long now = System.nanoTime();
              if (seen[0] == warmup) {
                atWarm[0] = pipeline.timings();
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
    out.printf(Locale.ROOT, "models loaded in %.0f ms%n", loadMs);
    out.printf(Locale.ROOT, "articles: %d measured (after %d warm-up), %d failed to read%n",
        measured, Math.min(warmup, seen[0]), failures);
    out.printf(Locale.ROOT, "size: %.0f chars and %.0f tokens per article on average%n",
        chars[0] / (double) measured, tokens[0] / (double) measured);
    out.printf(Locale.ROOT, "found: %.1f quotes and %.1f events per article%n",
        quotes[0] / (double) measured, events[0] / (double) measured);
    out.printf(Locale.ROOT, "throughput: %.2f articles/s on one thread (%.1f ms per article)%n",
        measured / wallS, wallS * 1000 / measured);
    perArticle.sort(Double::compare);
    out.printf(Locale.ROOT, "per article: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
        perArticle.get(perArticle.size() / 2), perArticle.get((int) (perArticle.size() * 0.9)),
        perArticle.get(perArticle.size() - 1));
    out.println("ms per article by stage:");
    Map<String, Double> end = pipeline.timings();
    for (Map.Entry<String, Double> e : end.entrySet()) {
      double ms = (e.getValue() - atWarm[0].getOrDefault(e.getKey(), 0.0)) / measured;
      out.printf(Locale.ROOT, "  %-10s %8.2f%n", e.getKey(), ms);
    }
    out.printf(Locale.ROOT, "peak heap: %d MB used (max heap %d MB)%n", peakHeapMb(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return failures == 0 ? 0 : 1;
  }

  private static void count(Analysis a, long[] chars, long[] tokens, long[] quotes, long[] events) {
    chars[0] += a.article().raw().length();
    a.sentences().forEach(s -> tokens[0] += s.size());
    quotes[0] += a.quotes().size();
    events[0] += a.events().size();
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
