package org.parley.cli;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.parley.io.Analyzer;
import org.parley.io.Failure;
import org.parley.io.Item;
import org.parley.io.RawDocument;
import org.parley.io.Sources;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;

/**
 * Reads the inputs, analyzes them on {@code threads} workers and hands on each analysis or failure
 * in input order; one bad input never stops the run.
 *
 * <p>Design decision: one reader thread walks the inputs and queues one future per document on a
 * bounded queue; the workers read (decode, extract HTML) and analyze; the caller's thread takes the
 * futures in order. Memory is bounded by the queue (4 documents per worker), not by the corpus,
 * and the output streams. The pipeline is shared by the workers: its stages are stateless and
 * CoreNLP's {@code StanfordCoreNLP.annotate} is thread-safe.
 */
final class Runner {
  /** What became of one document. */
  record Result(Analysis analysis, boolean extracted, Failure failure, boolean resumed) {}

  /** The counts of a run. */
  record Summary(long done, long failed, long skipped, long resumed, double seconds) {
    String line() {
      return String.format(java.util.Locale.ROOT,
          "parley: %d done, %d failed, %d skipped%s in %.1f s (%.2f articles/s)", done, failed,
          skipped, resumed > 0 ? ", " + resumed + " already in the output" : "", seconds,
          seconds > 0 ? done / seconds : 0.0);
    }
  }

  private final Pipeline pipeline;
  private final int threads;
  private final int maxChars;
  private final Set<String> done;

  Runner(Pipeline pipeline) {
    this(pipeline, 1, Integer.MAX_VALUE, Set.of());
  }

  /**
   * @param maxChars articles longer than this are not analyzed (a {@code TOO_LONG} failure).
   *     NOTE: they are skipped, not analyzed in pieces: merging the analyses of pieces into one
   *     (clean-text regions and raw offsets, sentence and token spans, actor ids shared by quotes
   *     and events) needs a merge in parley-core that does not exist yet. The text of a skipped
   *     article is bounded by --max-bytes, so skipping never risks an OutOfMemoryError.
   * @param done ids of articles already written (by an earlier run, for --resume): skipped
   */
  Runner(Pipeline pipeline, int threads, int maxChars, Set<String> done) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
    this.maxChars = maxChars;
    this.done = done;
  }

  /**
   * Runs the inputs until they end or {@code done} returns false; returns the number of failures.
   */
  int run(InputOptions in, InputStream stdin, Predicate<Analysis> sink, Consumer<Failure> failed) {
    return (int) run(in, stdin, r -> sink.test(r.analysis()), failed, n -> {}).failed();
  }

  /**
   * Runs the inputs, giving each analysis to {@code sink} (which returns false to stop) and each
   * failure to {@code failed}, in input order; {@code progress} hears the count after each.
   */
  Summary run(InputOptions in, InputStream stdin, Predicate<Result> sink, Consumer<Failure> failed,
      Consumer<Long> progress) {
    long t0 = System.nanoTime();
    BlockingQueue<CompletableFuture<Result>> queue = new ArrayBlockingQueue<>(threads * 4);
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "parley-worker");
      t.setDaemon(true);
      return t;
    });
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong skipped = new AtomicLong();
    CompletableFuture<Result> end = new CompletableFuture<>();
    Optional<java.time.LocalDate> published = Optional.ofNullable(in.published);
    Thread reader = new Thread(() -> {
      try (Sources sources = Sources.of(in.inputs, in.sourceOptions(), stdin)) {
        while (!stop.get() && sources.hasNext()) {
          Item item = sources.next();
          CompletableFuture<Result> f;
          if (item instanceof Item.Failed x) {
            f = CompletableFuture.completedFuture(new Result(null, false, x.failure(), false));
          } else {
            RawDocument doc = ((Item.Doc) item).document();
            f = CompletableFuture.supplyAsync(() -> analyze(doc, published), workers);
          }
          queue.put(f);
        }
        skipped.set(sources.skipped());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        try {
          queue.put(CompletableFuture.completedFuture(new Result(null, false,
              new Failure("(inputs)", "read", "READ_ERROR", e.toString()), false)));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      } finally {
        try {
          queue.put(end);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "parley-reader");
    reader.setDaemon(true);
    reader.start();
    long ok = 0;
    long bad = 0;
    long resumed = 0;
    try {
      while (true) {
        CompletableFuture<Result> f = queue.take();
        if (f == end) {
          break;
        }
        Result r;
        try {
          r = f.get();
        } catch (ExecutionException e) {
          r = new Result(null, false, new Failure("(unknown)", "analyze", "ANALYSIS_FAILED",
              String.valueOf(e.getCause())), false);
        }
        if (r.resumed()) {
          resumed++;
        } else if (r.failure() != null) {
          bad++;
          failed.accept(r.failure());
        } else {
          ok++;
          if (!sink.test(r)) {
            stop.set(true);
            break;
          }
        }
        progress.accept(ok + bad);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stop.set(true);
      queue.clear();
      workers.shutdownNow();
      try {
        workers.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new Summary(ok, bad, skipped.get(), resumed, (System.nanoTime() - t0) / 1e9);
  }

  private Result analyze(RawDocument doc, Optional<java.time.LocalDate> published) {
    Analyzer.Outcome o = Analyzer.analyze(pipeline, doc, published, maxChars, done::contains);
    return new Result(o.analysis(), o.extracted(), o.failure(), o.skipped());
  }
}
