package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check the commands reading a store share: a missing store is a one-line error. */
final class StoreDir {
  private StoreDir() {}

  /** True (after printing why) when {@code db} holds no store. */
  static boolean missing(Path db, PrintWriter err) {
    if (Files.isRegularFile(db.resolve("parley.duckdb"))) {
      return false;
    }
    err.println("parley: no store in " + db + "; create one with 'parley ingest INPUT... --db "
        + db + "'");
    err.flush();
    return true;
  }
}
