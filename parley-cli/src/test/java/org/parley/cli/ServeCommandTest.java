package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parley serve}: start-up, the token, and the same Analysis JSON as {@code analyze}. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void refusesAMissingStore() {
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("serve", "--db",
        dir.resolve("none").toString(), "--port", "0");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no store in");
  }

  @Test
  void servesTheStoreAndAnalyzesPostedTextAsAnalyzeDoes() throws Exception {
    String db = dir.resolve("db").toString();
    Path example = AnalyzeCommandTest.example();
    assertThat(AnalyzeCommandTest.run("ingest", example.toString(), "--db", db).exit())
        .isZero();
    byte[] bytes = Files.readAllBytes(example);
    String cli;
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(bytes));
      AnalyzeCommandTest.Run analyze = AnalyzeCommandTest.run("analyze", "--format", "json", "-");
      assertThat(analyze.exit()).as(analyze.err()).isZero();
      cli = analyze.out();
    } finally {
      System.setIn(saved);
    }

    ServeCommand serve = new ServeCommand();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(serve).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
        () -> cl.execute("--db", db, "--port", "0"));
    try {
      Pattern started = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+/)");
      Matcher m = started.matcher("");
      for (int i = 0; i < 300 && !m.reset(out.toString()).find(); i++) {
        assertThat(exit).as(err.toString()).isNotDone();
        Thread.sleep(100);
      }
      assertThat(m.find(0)).as("start-up line in: %s %s", out, err).isTrue();
      String url = m.group(1);
      Matcher tokenLine = Pattern.compile("write token \\(random, for this run\\): (\\S+)")
          .matcher(out.toString());
      assertThat(tokenLine.find()).as(out.toString()).isTrue();
      String token = tokenLine.group(1);
      assertThat(token).hasSizeGreaterThanOrEqualTo(32);

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<title>Parley</title>");
      HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
          URI.create(url + "api/analyze")).POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(401);
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(
          URI.create(url + "api/analyze")).header("Authorization", "Bearer " + token)
          .header("Content-Type", "text/plain; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
      assertThat(posted.body()).isEqualTo(cli);
    } finally {
      serve.stop();
    }
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
  }
}
