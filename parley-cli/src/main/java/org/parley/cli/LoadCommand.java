package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley load}: an open-loop HTTP load test. Requests go out at a fixed rate whatever the
 * server's pace, for a bounded time, cycling over the URLs; the latency of each is measured from
 * the moment it was due, so a server that falls behind shows it in the percentiles (no coordinated
 * omission).
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Send GET requests to the URLs (in turn) at a fixed rate for a fixed time, then print the"
          + " requests sent, the achieved rate, the count of each status, and the p50, p90, p95,"
          + " p99 and max latency in ms (measured from when each request was due), overall and"
          + " per endpoint (the path, its segments after the second written {}, and its"
          + " parameters' names but limit and offset); with --pid, the server's CPU time per"
          + " request.",
      "A realistic uncached measure of a 'parley serve' on port 8080 (its process id in PID):"
          + " parley load --mix 8000 --warmup 10 --rate 200 --seconds 30 --concurrency 32"
          + " --pid PID http://127.0.0.1:8080",
      "Exit code 0, 1 when a request failed (no response, a timeout or a 5xx status), 2 on a usage"
          + " error."
    })
final class LoadCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "URL",
      description = "http:// or https:// URLs, requested in turn.")
  List<URI> urls = new ArrayList<>();

  @Option(names = "--urls", paramLabel = "FILE",
      description = "Also request the URLs of FILE, one a line (blank lines and lines starting"
          + " with # are skipped), after those given as arguments.")
  Path urlFile;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "200",
      description = "Requests per second (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
      description = "How long to send (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
      description = "At most N requests in flight; a request due while N are waiting is sent"
          + " when one ends, and its wait counts in its latency (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--mix", paramLabel = "N",
      description = "Instead of fixed URLs, draw N distinct read requests from the server whose"
          + " base URL is the one argument (e.g. http://127.0.0.1:8080): article views, quotes"
          + " by speaker and other filters, actor views, events filters, searches and list pages,"
          + " shuffled. Run no longer than N requests (rate x seconds <= N) to measure answers"
          + " the server computes, not ones it kept.")
  Integer mix;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed of the --mix draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--save", paramLabel = "FILE",
      description = "Write the URLs (one a line) to FILE, e.g. to replay a --mix with --urls.")
  Path save;

  @Option(names = "--draw-only",
      description = "With --mix and --save: draw and write the URLs, send no load.")
  boolean drawOnly;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "0",
      description = "First send S seconds of requests at the rate, unreported, so that the"
          + " server's code is compiled before the measured run; they take the first URLs, which"
          + " the measured run then leaves out (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Option(names = "--pid", paramLabel = "PID",
      description = "The server's process id, to print the CPU time it spent per request during"
          + " the run (user + system, of all its threads).")
  Long pid;

  @Option(names = "--timeout", paramLabel = "S", defaultValue = "10",
      description = "Give up on a request after S seconds (default: ${DEFAULT-VALUE}).")
  double timeout;

  /** What a run measured. */
  record Report(int sent, double seconds, Map<String, Integer> statuses, long failed,
      double[] latenciesMs, Map<String, double[]> byEndpoint) {
    double rate() {
      return seconds > 0 ? sent / seconds : 0;
    }

    /** The q-quantile of the latencies (nearest rank), in ms; 0 with no latency. */
    double quantile(double q) {
      return quantile(latenciesMs, q);
    }

    /** The q-quantile (nearest rank) of sorted latencies, in ms; 0 when there are none. */
    static double quantile(double[] sorted, double q) {
      if (sorted.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(q * sorted.length);
      return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }
  }

  /**
   * The endpoint of a URL, for the latency table: its path with every segment after the second
   * written {@code {}} ("/api/articles/3fa2" → "/api/articles/{}"), then the names of its query
   * parameters but limit and offset ("/api/quotes?speaker=x&offset=20" → "/api/quotes?speaker").
   */
  static String endpoint(URI u) {
    String[] parts = String.valueOf(u.getRawPath()).split("/", -1);
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      b.append('/').append(i <= 2 ? parts[i] : "{}");
    }
    if (b.length() == 0) {
      b.append('/');
    }
    String query = u.getRawQuery();
    if (query != null) {
      java.util.StringJoiner names = new java.util.StringJoiner("&", "?", "");
      names.setEmptyValue("");
      for (String p : query.split("&")) {
        String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
        if (!name.isEmpty() && !name.equals("limit") && !name.equals("offset")) {
          names.add(name);
        }
      }
      b.append(names);
    }
    return b.toString();
  }

  @Override
  public Integer call() throws InterruptedException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (urlFile != null) {
      for (String line : Files.readAllLines(urlFile, StandardCharsets.UTF_8)) {
        String u = line.strip();
        if (!u.isEmpty() && !u.startsWith("#")) {
          try {
            urls.add(new URI(u));
          } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "not a URL in " + urlFile + ": " + u + " (" + e.getReason() + ")");
          }
        }
      }
    }
    if (mix != null) {
      if (mix < 1 || urls.size() != 1) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--mix N needs N >= 1 and one URL, the server's base (e.g. http://127.0.0.1:8080)");
      }
      URI base = urls.get(0);
      urls.clear();
      try {
        urls.addAll(LoadMix.draw(base, mix, seed));
      } catch (IOException | IllegalStateException e) {
        spec.commandLine().getErr().println("parley: cannot draw a mix from " + base + ": "
            + e.getMessage());
        spec.commandLine().getErr().flush();
        return 1;
      }
      out.println("parley: drew " + urls.size() + " distinct URLs from " + base + " (seed "
          + seed + ")");
    }
    if (drawOnly && (mix == null || save == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--draw-only needs --mix N and --save FILE");
    }
    if (save != null) {
      StringBuilder lines = new StringBuilder();
      for (URI u : urls) {
        lines.append(u).append('\n');
      }
      Files.writeString(save, lines, StandardCharsets.UTF_8);
      if (drawOnly) {
        out.println("parley: wrote " + urls.size() + " URLs to " + save);
        out.flush();
        return 0;
      }
    }
    if (urls.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give at least one URL, as an argument or in --urls FILE");
    }
    if (rate <= 0 || seconds <= 0 || concurrency < 1 || timeout <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--rate, --seconds, --concurrency and --timeout must be positive");
    }
    for (URI u : urls) {
      if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "not an http(s) URL: " + u + " (e.g. http://127.0.0.1:8080/api/search?q=ceasefire)");
      }
    }
    out.println(String.format(Locale.ROOT,
        "parley: GET %d URL%s at %.0f requests/s for %.0f s, at most %d in flight", urls.size(),
        urls.size() == 1 ? "" : "s", rate, seconds, concurrency));
    out.flush();
    if (warmup > 0) {
      int n = (int) Math.min(urls.size() - 1, Math.round(rate * warmup));
      if (n < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--warmup: too few URLs to leave some for the measured run");
      }
      List<URI> first = new ArrayList<>(urls.subList(0, n));
      urls = new ArrayList<>(urls.subList(n, urls.size()));
      Report w = run(first, rate, warmup, concurrency, Duration.ofMillis((long) (timeout * 1000)));
      out.println(String.format(Locale.ROOT,
          "warm-up: %d requests in %.1f s, p50 %.1f ms, then %d URLs left for the run", w.sent(),
          w.seconds(), w.quantile(0.5), urls.size()));
      out.flush();
    }
    java.util.Optional<ProcessHandle> server = pid == null ? java.util.Optional.empty()
        : ProcessHandle.of(pid);
    if (pid != null && server.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pid: no process " + pid);
    }
    Duration cpu0 = cpu(server);
    Report r = run(urls, rate, seconds, concurrency, Duration.ofMillis((long) (timeout * 1000)));
    Duration cpu1 = cpu(server);
    out.println(String.format(Locale.ROOT, "requests: %d sent in %.1f s (%.1f/s achieved)",
        r.sent(), r.seconds(), r.rate()));
    StringBuilder statuses = new StringBuilder("statuses:");
    r.statuses().forEach((k, v) -> statuses.append(' ').append(k).append('=').append(v));
    out.println(statuses);
    out.println(String.format(Locale.ROOT,
        "latency ms: p50 %.1f, p90 %.1f, p95 %.1f, p99 %.1f, max %.1f", r.quantile(0.50),
        r.quantile(0.90), r.quantile(0.95), r.quantile(0.99), r.quantile(1.0)));
    if (cpu0 != null && cpu1 != null) {
      double ms = cpu1.minus(cpu0).toNanos() / 1e6;
      out.println(String.format(Locale.ROOT,
          "server CPU: %.0f ms in all, %.2f ms per request (process %d)", ms,
          r.sent() == 0 ? 0 : ms / r.sent(), pid));
    }
    if (r.byEndpoint().size() > 1) {
      r.byEndpoint().forEach((k, v) -> out.println(String.format(Locale.ROOT,
          "  %-32s n %6d  p50 %7.1f  p90 %7.1f  p99 %7.1f  max %7.1f", k, v.length,
          Report.quantile(v, 0.50), Report.quantile(v, 0.90), Report.quantile(v, 0.99),
          Report.quantile(v, 1.0))));
    }
    out.flush();
    return r.failed() == 0 ? 0 : 1;
  }

  /** The CPU time a process has used so far, or null when it is not known. */
  private static Duration cpu(java.util.Optional<ProcessHandle> p) {
    return p.flatMap(h -> h.info().totalCpuDuration()).orElse(null);
  }

  /** Sends the requests and waits for the answers (at most {@code timeout} after the last). */
  static Report run(List<URI> urls, double rate, double seconds, int concurrency,
      Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    int total = (int) Math.max(1, Math.round(rate * seconds));
    long period = (long) (1e9 / rate);
    long[] latency = new long[total];
    String[] status = new String[total];
    Semaphore inFlight = new Semaphore(concurrency);
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    long t0 = System.nanoTime();
    int sent = 0;
    for (int i = 0; i < total; i++) {
      long due = t0 + i * period;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      inFlight.acquire();
      HttpRequest request = HttpRequest.newBuilder(urls.get(i % urls.size()))
          .timeout(timeout).GET().build();
      int k = i;
      pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete((response, error) -> {
            latency[k] = System.nanoTime() - due;
            status[k] = error != null ? "error:" + error.getClass().getSimpleName()
                : Integer.toString(response.statusCode());
            inFlight.release();
          }));
      sent++;
    }
    // the window in which the requests went out: the last one was due one period before its end
    double elapsed = (System.nanoTime() - t0 + period) / 1e9;
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
          .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      // each failure is already counted in its own slot
    } catch (java.util.concurrent.TimeoutException e) {
      // requests still without an answer are counted below
    }
    Map<String, Integer> statuses = new TreeMap<>();
    long failed = 0;
    double[] ms = new double[sent];
    int n = 0;
    Map<String, List<Double>> groups = new TreeMap<>();
    for (int i = 0; i < sent; i++) {
      String s = pending.get(i).isDone() ? status[i] : "no-answer";
      statuses.merge(s == null ? "no-answer" : s, 1, Integer::sum);
      if (s == null || !Character.isDigit(s.charAt(0)) || s.startsWith("5")) {
        failed++;
      }
      if (s != null && Character.isDigit(s.charAt(0))) {
        ms[n++] = latency[i] / 1e6;
        groups.computeIfAbsent(endpoint(urls.get(i % urls.size())), k -> new ArrayList<>())
            .add(latency[i] / 1e6);
      }
    }
    double[] answered = Arrays.copyOf(ms, n);
    Arrays.sort(answered);
    Map<String, double[]> byEndpoint = new TreeMap<>();
    groups.forEach((k, v) -> {
      double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      byEndpoint.put(k, a);
    });
    return new Report(sent, elapsed, statuses, failed, answered, byEndpoint);
  }
}
