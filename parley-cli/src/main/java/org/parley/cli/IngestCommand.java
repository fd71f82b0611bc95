package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.model.Analysis;
import org.parley.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley ingest}: analyze articles and keep the results in an embedded store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze articles and write the results to an embedded store (DuckDB tables and a Lucene"
          + " index in --db) for 'parley search', 'parley sql' and 'parley export'.",
      "Articles already in the store are skipped (ingesting the same input twice adds nothing);"
          + " with --replace they are analyzed again and a changed article replaces its rows.",
      "With --from-json, the analyses are read from Analysis JSON lines (written by 'parley"
          + " analyze -f jsonl', by an earlier run or by a Spark job) and stored without analyzing"
          + " again; INPUTs are then only needed for the texts of lines that lack a \"text\".",
      "Exit code 0 when every input was stored, 1 when some failed, 2 on a usage error."
    })
final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin DictionaryOptions dictionaries;

  @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-data",
      description = "The store's directory, created when missing (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Analyze on N threads (default: all cores).")
  Integer threads;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
      description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--replace",
      description = "Analyze again the articles already in the store; those whose analysis"
          + " changed replace their rows.")
  boolean replace;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Also write each failure as a JSON line (input, record, stage, code, message).")
  Path failuresFile;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "200000",
      description = "Skip articles longer than N characters, with a failure line"
          + " (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--from-json", paramLabel = "FILE",
      description = "Store the analyses of this Analysis JSON lines file (repeatable; - for"
          + " standard input) instead of analyzing INPUTs.")
  List<Path> fromJson;

  @Override
  public Integer call() throws IOException, SQLException {
    if (fromJson != null && !fromJson.isEmpty()) {
      return new JsonIngest(spec, db, batch, replace, failuresFile).run(fromJson, input);
    }
    PrintWriter err = spec.commandLine().getErr();
    Writer failureLog = failuresFile == null ? null
        : Files.newBufferedWriter(failuresFile, StandardCharsets.UTF_8);
    Progress progress = new Progress(err, System.console() != null);
    long[] counts = new long[3];
    Runner.Summary summary;
    try (ArticleStore store = ArticleStore.open(db)) {
      Set<String> stored = replace ? Set.of() : store.ids();
      Runner runner = new Runner(
          Parley.pipeline(CoreNlpStage.lazy(), dictionaries.load(spec.commandLine(), err)),
          threads != null ? threads : Runtime.getRuntime().availableProcessors(), maxChars, stored);
      List<Analysis> pending = new ArrayList<>();
      summary = runner.run(input, System.in, r -> {
        pending.add(r.analysis());
        if (pending.size() >= Math.max(1, batch)) {
          flush(store, pending, counts);
        }
        return true;
      }, Failures.reporter(err, progress, failureLog), progress::update);
      flush(store, pending, counts);
      progress.clear();
      err.println(String.format(Locale.ROOT,
          "parley: %d analyzed (%d added, %d replaced, %d unchanged), %d already in the store,"
              + " %d failed, %d skipped in %.1f s (%.2f articles/s)",
          summary.done(), counts[0], counts[1], counts[2], summary.resumed(), summary.failed(),
          summary.skipped(), summary.seconds(),
          summary.seconds() > 0 ? summary.done() / summary.seconds() : 0.0));
      err.println(String.format(Locale.ROOT,
          "parley: the store %s holds %d articles, %d quotes, %d actors, %d events (%.1f MB)", db,
          store.count("articles"), store.count("quotes"), store.count("actors"),
          store.count("events"), store.bytes() / 1e6));
    } finally {
      if (failureLog != null) {
        failureLog.close();
      }
    }
    err.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  private static void flush(ArticleStore store, List<Analysis> pending, long[] counts) {
    if (pending.isEmpty()) {
      return;
    }
    try {
      ArticleStore.Put put = store.put(pending);
      counts[0] += put.added();
      counts[1] += put.replaced();
      counts[2] += put.unchanged();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("the store could not be written: " + e.getMessage(), e);
    }
    pending.clear();
  }
}
