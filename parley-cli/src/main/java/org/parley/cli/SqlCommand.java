package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley sql}: one read-only SQL statement over a store, as tab-separated rows. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Run one read-only SQL statement (DuckDB dialect) over a store's tables: articles, quotes,"
          + " actors, actor_mentions, events, dates, problems. Prints tab-separated rows with a"
          + " header.",
      "A statement that writes (or reads or writes files) is refused. Exit code 0, 1 on an SQL"
          + " error or a refused statement."
    })
final class SqlCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-data",
      description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Parameters(paramLabel = "SQL", description = "The statement, e.g. \"SELECT * FROM quotes\".")
  String sql;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (StoreDir.missing(db, err)) {
      return 1;
    }
    try (ArticleStore store = ArticleStore.openReadOnly(db, true)) {
      long rows = store.query(sql, r -> {
        if (r == null) {
          return 0L;
        }
        ResultSetMetaData meta = r.getMetaData();
        int n = meta.getColumnCount();
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          line.append(i > 1 ? "\t" : "").append(meta.getColumnLabel(i));
        }
        out.println(line);
        long count = 0;
        while (r.next()) {
          line.setLength(0);
          for (int i = 1; i <= n; i++) {
            Object v = r.getObject(i);
            line.append(i > 1 ? "\t" : "")
                .append(v == null ? "" : String.valueOf(v).replaceAll("[\t\r\n]+", " "));
          }
          out.println(line);
          count++;
        }
        return count;
      });
      out.flush();
      err.println("parley: " + rows + " row" + (rows == 1 ? "" : "s"));
      return 0;
    } catch (ArticleStore.ReadOnlyException e) {
      err.println("parley: " + e.getMessage());
      return 1;
    } catch (SQLException e) {
      err.println("parley: " + String.valueOf(e.getMessage()).strip());
      return 1;
    }
  }
}
