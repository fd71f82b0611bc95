package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code parley load} against a small real HTTP server on a random loopback port. */
class LoadCommandTest {
  HttpServer server;
  ExecutorService pool;
  final AtomicInteger hits = new AtomicInteger();
  String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", exchange -> {
      hits.incrementAndGet();
      byte[] body = "{\"hits\":[]}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(body);
      }
    });
    server.createContext("/slow", exchange -> {
      hits.incrementAndGet();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    pool = new ThreadPoolExecutor(8, 8, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    server.setExecutor(pool);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  @Test
  void sendsAtTheAskedRateAndCountsEachStatus() {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("load", "--rate", "100", "--seconds",
        "2", "--concurrency", "8", base + "/ok", base + "/missing");
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).containsPattern("requests: 200 sent in 2\\.\\d s")
        .contains("statuses: 200=100 404=100")
        .containsPattern("latency ms: p50 \\d+\\.\\d, p90 \\d+\\.\\d, p95 \\d+\\.\\d,"
            + " p99 \\d+\\.\\d, max \\d+");
    assertThat(hits.get()).isEqualTo(100);
  }

  @Test
  void aSlowServerShowsInTheLatencyFromWhenEachRequestWasDue() throws Exception {
    // 2 in flight, 200 ms each: at most 10 answers/s while 20/s are due, so requests queue and
    // the late ones wait about half a second more than the service time
    LoadCommand.Report r = LoadCommand.run(java.util.List.of(java.net.URI.create(base + "/slow")),
        20, 1, 2, java.time.Duration.ofSeconds(5));
    assertThat(r.sent()).isEqualTo(20);
    assertThat(r.statuses()).containsEntry("500", 20);
    assertThat(r.failed()).isEqualTo(20);
    assertThat(r.quantile(0.5)).isGreaterThan(200);
    assertThat(r.quantile(1.0)).isGreaterThan(700);
  }

  @Test
  void readsUrlsFromAFileAndPrintsEachEndpoint(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("urls.txt");
    java.nio.file.Files.writeString(file, "# a comment\n" + base + "/ok/v/a1\n\n" + base
        + "/ok/v/b2?x=1\n" + base + "/missing\n", StandardCharsets.UTF_8);
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("load", "--rate", "60", "--seconds",
        "1", "--urls", file.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("GET 3 URLs").contains("statuses: 200=40 404=20")
        .containsPattern("/ok/v/\\{}\\s+n\\s+20 ").containsPattern("/ok/v/\\{}\\?x\\s+n\\s+20 ")
        .containsPattern("/missing\\s+n\\s+20 ");
  }

  @Test
  void refusesARunWithoutUrls() {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("load", "--seconds", "1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("at least one URL");
  }

  @Test
  void refusesAUrlThatIsNotHttp() {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("load", "ftp://example.org/x");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("not an http(s) URL");
  }
}
