package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.io.Documents;
import org.parley.io.Item;
import org.parley.io.SourceOptions;
import org.parley.io.Sources;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;
import org.parley.store.ArticleStore;

/**
 * One store and one server per JVM for the web tests: the example article, a few AllSides
 * articles (from the shared data) and a hostile article, analyzed with the real pipeline.
 */
final class Fixture {
  static final String TOKEN = "test-token-0123";

  /** Raises a flag if any of its markup ever runs in the page. */
  static final String HOSTILE_TITLE = "Hostile <img src=x onerror=\"window.pwned='title'\"> title";

  static final String HOSTILE_TEXT = """
      Officials in Ruritania said on Monday that talks would resume. \
      <script>window.pwned = 'script'; document.title = 'pwned';</script>

      "We will not accept <img src=x onerror="window.pwned='img'"> this proposal," Foreign \
      Minister Anna Petrova told reporters, according to <a href="javascript:window.pwned='link'">the \
      state agency</a>.

      <svg onload="window.pwned='svg'"></svg> The minister added that the ceasefire talks would \
      go on.
      """;

  private static Fixture shared;

  final Path dir;
  final ArticleStore store;
  final WebApp web;
  final Pipeline pipeline;
  final Analysis example;
  final String hostileId;
  final List<Analysis> all;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  private Fixture() throws Exception {
    pipeline = Parley.pipeline(CoreNlpStage.lazy());
    dir = Files.createTempDirectory("parley-web-test");
    Path jsonl = dir.resolve("hostile.jsonl");
    Map<String, Object> hostile = new LinkedHashMap<>();
    hostile.put("id", "hostile-1");
    hostile.put("title", HOSTILE_TITLE);
    hostile.put("date", "2016-02-12");
    hostile.put("source", "<b onmouseover=\"window.pwned='outlet'\">Outlet</b>");
    hostile.put("text", HOSTILE_TEXT);
    Files.writeString(jsonl, json.writeValueAsString(hostile) + "\n", StandardCharsets.UTF_8);
    all = new ArrayList<>();
    all.addAll(read(List.of(root().resolve("examples/ceasefire-2016-02-11.txt").toString()), 1));
    example = all.get(0);
    all.addAll(read(List.of(shared("data/news/allsides_political_1k.jsonl").toString()), 5));
    List<Analysis> h = read(List.of(jsonl.toString()), 1);
    hostileId = h.get(0).article().id();
    all.addAll(h);
    store = ArticleStore.open(dir.resolve("store"));
    store.put(all);
    web = WebApp.start(store, dir.resolve("store"), "127.0.0.1", 0, TOKEN, () -> pipeline);
  }

  static synchronized Fixture get() throws Exception {
    if (shared == null) {
      shared = new Fixture();
    }
    return shared;
  }

  String url(String path) {
    return "http://127.0.0.1:" + web.port() + path;
  }

  private List<Analysis> read(List<String> inputs, int limit) {
    List<Analysis> out = new ArrayList<>();
    try (Sources s = Sources.of(inputs, SourceOptions.defaults(), System.in)) {
      while (s.hasNext() && out.size() < limit) {
        Item item = s.next();
        if (item instanceof Item.Doc d) {
          out.add(pipeline.run(Documents.read(d.document(), Optional.empty())));
        }
      }
    }
    assertThat(out).as("articles read from %s", inputs).hasSize(limit);
    return out;
  }

  /** The project's root (the parent of this module). */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("examples")) ? here : here.getParent();
  }

  static Path shared(String relative) {
    String base = System.getProperty("parley.shared");
    if (base == null) {
      throw new IllegalStateException("the system property parley.shared is not set (surefire"
          + " sets it to ../shared beside the project)");
    }
    Path p = Path.of(base).resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("missing shared data: " + p + " (parley.shared=" + base
          + ")");
    }
    return p;
  }

  /** A GET, or a POST when {@code body} is given; {@code token} may be null. */
  HttpResponse<String> send(String method, String path, String body, String token,
      String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null, null, null);
  }
}
