package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import org.parley.io.Failure;

/**
 * Where a run's failures go: one line on stderr (clearing the progress line first) and, with
 * {@code --failures FILE}, one JSON line in that file.
 */
final class Failures {
  private Failures() {}

  /** The failure handler of a run; {@code log} may be null. */
  static Consumer<Failure> reporter(PrintWriter err, Progress progress, Writer log) {
    return failure -> {
      progress.clear();
      err.println("parley: " + failure.line());
      err.flush();
      if (log != null) {
        try {
          log.write(failure.json() + "\n");
          log.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
