package org.parley.cli;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.parley.ingest.UnreadableInputException;
import org.parley.io.Documents;
import org.parley.io.Failure;
import org.parley.io.Item;
import org.parley.io.Sources;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;

/**
 * Reads the inputs one by one, analyzes each with the pipeline and hands on the analysis or the
 * failure; one bad input never stops the run.
 */
final class Runner {
  private final Pipeline pipeline;

  Runner(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Runs the inputs until they end or {@code done} returns false; returns the number of failures.
   */
  int run(InputOptions in, InputStream stdin, Predicate<Analysis> done, Consumer<Failure> failed) {
    int failures = 0;
    try (Sources sources = Sources.of(in.inputs, in.sourceOptions(), stdin)) {
      while (sources.hasNext()) {
        Item item = sources.next();
        if (item instanceof Item.Failed f) {
          failures++;
          failed.accept(f.failure());
          continue;
        }
        Item.Doc doc = (Item.Doc) item;
        Article article;
        try {
          article = Documents.read(doc.document(), Optional.ofNullable(in.published));
        } catch (UnreadableInputException e) {
          failures++;
          failed.accept(new Failure(doc.document().source(), "read", e.code(), e.getMessage()));
          continue;
        }
        Analysis a;
        try {
          a = pipeline.run(article);
        } catch (RuntimeException | OutOfMemoryError e) {
          failures++;
          failed.accept(new Failure(article.source(), "analyze", "ANALYSIS_FAILED", e.toString()));
          continue;
        }
        if (!done.test(a)) {
          break;
        }
      }
    }
    return failures;
  }
}
