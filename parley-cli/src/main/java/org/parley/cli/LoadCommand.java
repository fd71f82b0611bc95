package org.parley.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
          + " requests sent, the achieved rate, the count of each status, and the p50, p95, p99"
          + " and max latency in ms (measured from when each request was due).",
      "Exit code 0, 1 when a request failed (no response, a timeout or a 5xx status), 2 on a usage"
          + " error."
    })
final class LoadCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "URL",
      description = "http:// or https:// URLs, requested in turn.")
  List<URI> urls;

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

  @Option(names = "--timeout", paramLabel = "S", defaultValue = "10",
      description = "Give up on a request after S seconds (default: ${DEFAULT-VALUE}).")
  double timeout;

  /** What a run measured. */
  record Report(int sent, double seconds, Map<String, Integer> statuses, long failed,
      double[] latenciesMs) {
    double rate() {
      return seconds > 0 ? sent / seconds : 0;
    }

    /** The q-quantile of the latencies (nearest rank), in ms; 0 with no latency. */
    double quantile(double q) {
      if (latenciesMs.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(q * latenciesMs.length);
      return latenciesMs[Math.min(latenciesMs.length - 1, Math.max(0, rank - 1))];
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
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
    Report r = run(urls, rate, seconds, concurrency, Duration.ofMillis((long) (timeout * 1000)));
    out.println(String.format(Locale.ROOT, "requests: %d sent in %.1f s (%.1f/s achieved)",
        r.sent(), r.seconds(), r.rate()));
    StringBuilder statuses = new StringBuilder("statuses:");
    r.statuses().forEach((k, v) -> statuses.append(' ').append(k).append('=').append(v));
    out.println(statuses);
    out.println(String.format(Locale.ROOT,
        "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f", r.quantile(0.50),
        r.quantile(0.95), r.quantile(0.99), r.quantile(1.0)));
    out.flush();
    return r.failed() == 0 ? 0 : 1;
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
    for (int i = 0; i < sent; i++) {
      String s = pending.get(i).isDone() ? status[i] : "no-answer";
      statuses.merge(s == null ? "no-answer" : s, 1, Integer::sum);
      if (s == null || !Character.isDigit(s.charAt(0)) || s.startsWith("5")) {
        failed++;
      }
      if (s != null && Character.isDigit(s.charAt(0))) {
        ms[n++] = latency[i] / 1e6;
      }
    }
    double[] answered = Arrays.copyOf(ms, n);
    Arrays.sort(answered);
    return new Report(sent, elapsed, statuses, failed, answered);
  }
}
