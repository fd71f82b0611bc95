package org.parley.io;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import org.parley.ingest.UnreadableInputException;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;

/**
 * One document through the pipeline, the same way for every runner (the CLI's worker threads, a
 * Spark partition): read it, skip it when asked, refuse it when it is too long, analyze it; a
 * document that cannot be read or analyzed becomes a {@link Failure}, never an exception.
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * What became of one document: exactly one of an analysis, a failure, or {@code skipped} (its
   * article id was already done).
   */
  public record Outcome(Analysis analysis, boolean extracted, Failure failure, boolean skipped) {
    static Outcome failed(Failure f) {
      return new Outcome(null, false, f, false);
    }
  }

  /**
   * Analyzes {@code doc}.
   *
   * @param published the publication date to use when the document gives none
   * @param maxChars articles longer than this are not analyzed (a {@code TOO_LONG} failure)
   * @param done article ids to skip (already written by an earlier run)
   */
  public static Outcome analyze(Pipeline pipeline, RawDocument doc, Optional<LocalDate> published,
      int maxChars, Predicate<String> done) {
    Documents.Loaded loaded;
    try {
      loaded = Documents.load(doc, published);
    } catch (UnreadableInputException e) {
      return Outcome.failed(Failure.of(doc, "read", e.code(), e.getMessage()));
    } catch (RuntimeException | OutOfMemoryError e) {
      return Outcome.failed(Failure.of(doc, "read", "READ_ERROR", e.toString()));
    }
    if (done.test(loaded.article().id())) {
      return new Outcome(null, false, null, true);
    }
    int length = loaded.article().raw().length();
    if (length > maxChars) {
      return Outcome.failed(Failure.of(doc, "read", "TOO_LONG", "the article has " + length
          + " characters; the limit is " + maxChars + " (--max-chars): split it or raise the"
          + " limit"));
    }
    try {
      return new Outcome(pipeline.run(loaded.article()), loaded.extracted(), null, false);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return Outcome.failed(Failure.of(doc, "analyze", "ANALYSIS_FAILED", e.toString()));
    }
  }
}
