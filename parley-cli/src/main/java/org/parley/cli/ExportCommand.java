package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley export}: a store's tables as Parquet, CSV or JSONL files (DuckDB's COPY), or its
 * events as the tab-separated lines of {@code analyze --format events-tsv}.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write a store's tables with the same column names: every table to --out DIR/TABLE.EXT, or"
          + " one table (--table) to the file --out; events-tsv writes the events table to the file"
          + " --out with the columns of 'parley analyze --format events-tsv'.",
      "--where keeps the rows of the table that meet an SQL condition, checked as 'parley sql'"
          + " checks a statement (read-only, no file access, no ';').",
      "Exit code 0, 1 when the store cannot be read, 2 on a usage error or a refused condition."
    })
final class ExportCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("parquet", "csv", "jsonl", "events-tsv");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-data",
      description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      description = "parquet, csv, jsonl or events-tsv.")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH", required = true,
      description = "A directory (all tables) or, with --table or events-tsv, a file.")
  Path out;

  @Option(names = "--table", paramLabel = "TABLE",
      description = "Only this table: articles, quotes, actors, actor_mentions, events, dates or"
          + " problems.")
  String table;

  @Option(names = "--where", paramLabel = "CONDITION",
      description = "Only the rows that meet this SQL condition on the table's columns, e.g."
          + " \"plover = 'CONSULT' AND date >= '2016-02'\" (needs --table, except for"
          + " events-tsv).")
  String where;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter err = spec.commandLine().getErr();
    String f = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(f)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown format " + format + "; use one of " + String.join(", ", FORMATS));
    }
    boolean events = f.equals("events-tsv");
    if (events && table != null && !table.equals("events")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "events-tsv exports the events table, not " + table);
    }
    String from = events ? "events" : table;
    if (where != null && from == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--where needs --table: the condition is on one table's columns");
    }
    if (StoreDir.missing(db, err)) {
      return 1;
    }
    try {
      String select = null;
      if (where != null) {
        try (ArticleStore sandbox = ArticleStore.openReadOnly(db, true)) {
          select = sandbox.select(from, where);
        }
      }
      try (ArticleStore store = ArticleStore.openReadOnly(db, false)) {
        if (events) {
          if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
          }
          long n;
          try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            n = store.exportEvents(w, select);
          }
          err.println("parley: wrote " + n + " events to " + out);
          return 0;
        }
        List<Path> files = store.export(
            ArticleStore.Format.valueOf(f.toUpperCase(Locale.ROOT)), out, table, select);
        for (Path file : files) {
          err.println("parley: wrote " + file);
        }
        return 0;
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
