package org.parley.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * An ordered list of stages, checked once at construction, that turns an article into an analysis.
 *
 * <p>A stage that throws on one article does not stop the run: its failure becomes a {@link
 * Problem} ({@code STAGE_FAILED}) and later stages see the analysis as it was before it. Time spent
 * per stage is accumulated for {@link #timings()} (wall) and {@link #cpuTimings()} (CPU time of
 * the thread that ran the stage). A pipeline is thread-safe when its stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
  private final Map<String, LongAdder> cpuNanos = new LinkedHashMap<>();
  private final LongAdder runs = new LongAdder();

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    for (Stage s : stages) {
      nanos.put(s.name(), new LongAdder());
      cpuNanos.put(s.name(), new LongAdder());
    }
  }

  /** A pipeline of these stages; throws when a stage requires a layer no earlier stage provides. */
  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    Set<Layer> have = EnumSet.noneOf(Layer.class);
    Set<String> names = new java.util.HashSet<>();
    for (Stage s : stages) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("stage \"" + s.name() + "\" appears twice");
      }
      for (Layer need : s.requires()) {
        if (!have.contains(need)) {
          String fix =
              stages.stream()
                  .filter(o -> o.provides().contains(need))
                  .map(o -> "add \"" + o.name() + "\" before it")
                  .findFirst()
                  .orElse("add a stage that provides it");
          throw new IllegalArgumentException(
              "stage \"" + s.name() + "\" requires " + need + ", which no earlier stage provides; " + fix);
        }
      }
      have.addAll(s.provides());
    }
    return new Pipeline(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage on the article. */
  public Analysis run(Article article) {
    Analysis a = Analysis.of(article);
    for (Stage s : stages) {
      long c0 = CpuClock.now();
      long t0 = System.nanoTime();
      try {
        a = s.apply(a);
      } catch (RuntimeException | StackOverflowError e) {
        a =
            a.withProblem(
                Problem.of(
                    s.name(),
                    "STAGE_FAILED",
                    "stage " + s.name() + " failed on this article (" + e + "); later stages ran"
                        + " without its output"));
      } finally {
        nanos.get(s.name()).add(System.nanoTime() - t0);
        long c1 = c0 < 0 ? -1 : CpuClock.now();
        if (c1 >= 0) {
          cpuNanos.get(s.name()).add(c1 - c0);
        }
      }
    }
    runs.increment();
    return a;
  }

  /** Total milliseconds spent in each stage since this pipeline was built, in stage order. */
  public Map<String, Double> timings() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
    return out;
  }

  /**
   * Total milliseconds of CPU time spent in each stage since this pipeline was built, in stage
   * order: the CPU time of the thread that ran the stage, so waits for a core on a busy machine,
   * garbage collection on the collector's threads and JIT compilation are left out. Empty when the
   * JVM cannot measure a thread's CPU time.
   */
  public Map<String, Double> cpuTimings() {
    Map<String, Double> out = new LinkedHashMap<>();
    if (CpuClock.AVAILABLE) {
      cpuNanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
    }
    return out;
  }

  /** The current thread's CPU clock, set up once per JVM. */
  private static final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final boolean AVAILABLE = enable();

    private static boolean enable() {
      try {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
          return false;
        }
        if (!THREADS.isThreadCpuTimeEnabled()) {
          THREADS.setThreadCpuTimeEnabled(true);
        }
        return THREADS.isThreadCpuTimeEnabled();
      } catch (UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }

    /** The current thread's CPU time in nanoseconds, or -1 when it cannot be measured. */
    static long now() {
      return AVAILABLE ? THREADS.getCurrentThreadCpuTime() : -1;
    }
  }

  /** How many articles this pipeline has run. */
  public long articles() {
    return runs.sum();
  }

  /** The stage table: # / stage / requires / provides. */
  public String describe() {
    List<String> rows = new ArrayList<>();
    rows.add(String.format(Locale.ROOT, "%-3s %-10s %-40s %s", "#", "stage", "requires", "provides"));
    int i = 1;
    for (Stage s : stages) {
      rows.add(
          String.format(
              Locale.ROOT, "%-3d %-10s %-40s %s", i++, s.name(), join(s.requires()), join(s.provides())));
    }
    return String.join("\n", rows);
  }

  private static String join(Set<Layer> layers) {
    return layers.isEmpty()
        ? "-"
        : layers.stream().sorted().map(Layer::name).collect(Collectors.joining(", "));
  }
}
