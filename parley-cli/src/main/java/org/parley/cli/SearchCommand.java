package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.queryparser.classic.ParseException;
import org.parley.store.ArticleStore;
import org.parley.store.Hit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley search}: full-text search over the quotes and articles of a store. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the quotes and article texts of a store with Lucene's query syntax: words, \"a"
          + " phrase\", AND OR NOT, prefix*, and the fields speaker:, country:, sector:, outlet:,"
          + " kind: (direct, partial, indirect), plover:, date:[2016-02-01 TO 2016-02-29].",
      "Words are ANDed unless OR is written. Exit code 0, 1 when the store cannot be read, 2 on a"
          + " bad query."
    })
final class SearchCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    jsonl
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-data",
      description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or jsonl (one hit per line).")
  Format format;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20",
      description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words are joined).")
  List<String> query;

  @Option(names = "--queries", paramLabel = "FILE",
      description = "Time the queries of FILE (one a line) instead: each is run twice (a cold and"
          + " a warm pass, in one process), and the percentiles of each pass's latency and CPU"
          + " time are printed.")
  Path queries;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (StoreDir.missing(db, err)) {
      return 1;
    }
    if (queries != null) {
      return time(out, err);
    }
    if (query == null || query.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required parameter: 'QUERY' (or --queries FILE)");
    }
    try (ArticleStore store = ArticleStore.openReadOnly(db, true)) {
      long t0 = System.nanoTime();
      List<Hit> hits;
      try {
        hits = store.search(String.join(" ", query), limit, "[", "]");
      } catch (ParseException e) {
        err.println("parley: cannot read the query: " + e.getMessage().lines().findFirst()
            .orElse(""));
        return 2;
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      ObjectMapper json = new ObjectMapper();
      int i = 0;
      for (Hit h : hits) {
        i++;
        if (format == Format.jsonl) {
          out.println(json.writeValueAsString(h.fields()));
        } else {
          StringBuilder head = new StringBuilder().append(i).append(". ");
          if (h.type().equals("quote")) {
            head.append(h.speaker() == null ? "(no speaker)" : h.speaker());
            if (h.country() != null) {
              head.append(" (").append(h.country()).append(')');
            }
            head.append(" · ").append(h.kind()).append(" quote");
          } else {
            head.append("article");
            if (h.title() != null) {
              head.append(" \"").append(h.title()).append('"');
            }
          }
          head.append(" · ").append(h.outlet() == null ? "no outlet" : h.outlet())
              .append(" · ").append(h.date() == null ? "no date" : h.date())
              .append(" · article ").append(h.articleId());
          if (h.quoteId() != null) {
            head.append(' ').append(h.quoteId());
          }
          out.println(head);
          out.println("   " + h.fragment().replaceAll("\\s+", " "));
        }
      }
      out.flush();
      err.println(String.format(Locale.ROOT, "parley: %d hit%s in %.1f ms", hits.size(),
          hits.size() == 1 ? "" : "s", ms));
      return 0;
    }
  }

  /** Runs every query of the file twice and prints the latency percentiles of each pass. */
  private int time(PrintWriter out, PrintWriter err) throws IOException, SQLException {
    List<String> lines = java.nio.file.Files.readAllLines(queries,
        java.nio.charset.StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    try (ArticleStore store = ArticleStore.openReadOnly(db, true)) {
      out.println(String.format(Locale.ROOT, "parley: %d queries over %d quotes and %d articles,"
          + " %d hits at most", lines.size(), store.indexed("quote"), store.indexed("article"),
          limit));
      for (String pass : List.of("cold", "warm")) {
        double[] ms = new double[lines.size()];
        double[] cpu = new double[lines.size()];
        java.lang.management.ThreadMXBean threads =
            java.lang.management.ManagementFactory.getThreadMXBean();
        long hits = 0;
        int empty = 0;
        String slowest = "";
        for (int i = 0; i < lines.size(); i++) {
          long t0 = System.nanoTime();
          long c0 = threads.getCurrentThreadCpuTime();
          List<Hit> h;
          try {
            h = store.search(lines.get(i), limit, "[", "]");
          } catch (ParseException e) {
            err.println("parley: cannot read the query " + lines.get(i) + ": "
                + e.getMessage().lines().findFirst().orElse(""));
            return 2;
          }
          ms[i] = (System.nanoTime() - t0) / 1e6;
          cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
          if (ms[i] >= java.util.Arrays.stream(ms, 0, i + 1).max().orElse(0)) {
            slowest = lines.get(i);
          }
          hits += h.size();
          empty += h.isEmpty() ? 1 : 0;
        }
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        out.println(String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max"
            + " %.1f ms (%s); %.1f hits a query, %d with none", pass, rank(sorted, 0.50),
            rank(sorted, 0.95), rank(sorted, 0.99), rank(sorted, 1.0), slowest,
            lines.isEmpty() ? 0.0 : hits / (double) lines.size(), empty));
        // on a shared machine the wall time includes waiting for a core; the thread's CPU time
        // is what a query costs
        java.util.Arrays.sort(cpu);
        out.println(String.format(Locale.ROOT, "%s, CPU time of the searching thread: p50 %.1f"
            + " ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", pass, rank(cpu, 0.50),
            rank(cpu, 0.95), rank(cpu, 0.99), rank(cpu, 1.0)));
      }
      out.flush();
      return 0;
    }
  }

  private static double rank(double[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int r = (int) Math.ceil(q * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, r - 1))];
  }
}
