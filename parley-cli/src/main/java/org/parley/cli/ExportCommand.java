package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley export}: a store's tables as Parquet, CSV or JSONL files (DuckDB's COPY). */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write a store's tables with the same column names: every table to --out DIR/TABLE.EXT, or"
          + " one table (--table) to the file --out."
    })
final class ExportCommand implements Callable<Integer> {
  /** Export formats. */
  enum Format {
    parquet,
    csv,
    jsonl
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-data",
      description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      description = "parquet, csv or jsonl.")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH", required = true,
      description = "A directory (all tables) or, with --table, a file.")
  Path out;

  @Option(names = "--table", paramLabel = "TABLE",
      description = "Only this table: articles, quotes, actors, actor_mentions, events, dates or"
          + " problems.")
  String table;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter err = spec.commandLine().getErr();
    if (StoreDir.missing(db, err)) {
      return 1;
    }
    try (ArticleStore store = ArticleStore.openReadOnly(db, false)) {
      List<Path> files = store.export(
          ArticleStore.Format.valueOf(format.name().toUpperCase(Locale.ROOT)), out, table);
      for (Path f : files) {
        err.println("parley: wrote " + f);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
