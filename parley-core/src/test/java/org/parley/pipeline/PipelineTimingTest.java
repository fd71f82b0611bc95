package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

/** What the pipeline's wall and CPU clocks count per stage. */
class PipelineTimingTest {
  private static Stage sleeping(String name, long ms) {
    return Stage.of(name, EnumSet.noneOf(Layer.class), EnumSet.noneOf(Layer.class), a -> {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return a;
    });
  }

  private static Stage spinning(String name, long ms) {
    return Stage.of(name, EnumSet.noneOf(Layer.class), EnumSet.noneOf(Layer.class), a -> {
      long until = System.nanoTime() + ms * 1_000_000;
      long x = 0;
      while (System.nanoTime() < until) {
        x += Long.numberOfTrailingZeros(System.nanoTime());
      }
      return x == -1 ? null : a;
    });
  }

  private static Article article() {
    return Article.of("test", "Text.");
  }

  @Test
  void countsWaitingInWallTimeButNotInCpuTime() {
    Pipeline p = Pipeline.of(sleeping("waits", 60), spinning("works", 60));
    p.run(article());
    Map<String, Double> cpu = p.cpuTimings();
    assumeFalse(cpu.isEmpty(), "this JVM cannot measure a thread's CPU time");
    assertThat(p.timings().get("waits")).isGreaterThanOrEqualTo(60.0);
    assertThat(cpu.get("waits")).isLessThan(20.0);
    assertThat(cpu).containsOnlyKeys("waits", "works");
    assertThat(cpu.get("works")).isGreaterThan(cpu.get("waits"))
        .isLessThanOrEqualTo(p.timings().get("works") + 1.0);
  }
}
