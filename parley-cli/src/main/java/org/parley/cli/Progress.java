package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress display on a terminal's stderr: articles done and the rate. */
final class Progress {
  private final PrintWriter err;
  private final boolean on;
  private final long t0 = System.nanoTime();
  private long last;
  private boolean shown;

  Progress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.on = terminal;
  }

  void update(long done) {
    if (!on) {
      return;
    }
    long now = System.nanoTime();
    if (now - last < 250_000_000L) {
      return;
    }
    last = now;
    double s = (now - t0) / 1e9;
    int width = 30;
    int filled = (int) (done % (width + 1));
    err.printf(Locale.ROOT, "\r[%s%s] %d articles, %.2f/s, %.0f s ", "#".repeat(filled),
        " ".repeat(width - filled), done, s > 0 ? done / s : 0.0, s);
    err.flush();
    shown = true;
  }

  void clear() {
    if (shown) {
      err.print("\r" + " ".repeat(79) + "\r");
      err.flush();
      shown = false;
    }
  }
}
