package org.parley.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.parley.ingest.UnreadableInputException;
import org.parley.io.AnalysisJson;
import org.parley.io.Documents;
import org.parley.io.RawDocument;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Stage;
import org.parley.store.ArticleStore;
import org.parley.store.Hit;

/**
 * The HTTP API and the web page over one store (Javalin). Read endpoints are open; the two write
 * endpoints ({@code POST /api/analyze}, {@code POST /api/ingest}) need {@code Authorization:
 * Bearer TOKEN}. Errors are {@code {"error": ..., "status": ...}} with that status, never a stack
 * trace. The page is served from the jar ({@code /web} on the class path).
 *
 * <p>Design decision: the pipeline comes from the caller as a supplier and is asked for on the
 * first write request only, so that a server started to read never loads the NLP models, and this
 * module never sees CoreNLP.
 */
public final class WebApp implements AutoCloseable {
  /** Largest page of any list endpoint. */
  public static final int MAX_LIMIT = 100;

  /** Largest number of search hits. */
  public static final int MAX_HITS = 500;

  /** Longest article the write endpoints analyze, in characters (as {@code --max-chars}). */
  public static final int MAX_CHARS = 200_000;

  /** Marks around matched words in search fragments (Unicode private use: never in news). */
  static final String MARK_START = "\uE000";

  static final String MARK_END = "\uE001";

  private static final Set<String> KINDS = Set.of("direct", "partial", "indirect");

  private final ArticleStore store;
  private final Db db;
  private final Queries queries;
  private final ResponseCache responses = new ResponseCache(64L << 20);
  private final Map<String, CompletableFuture<byte[]>> computing = new ConcurrentHashMap<>();
  private final byte[] token;
  private final Supplier<Pipeline> pipelineFactory;
  private final ObjectMapper json = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private volatile Pipeline pipeline;
  private Javalin app;

  private WebApp(ArticleStore store, Path dir, String token, Supplier<Pipeline> pipeline) {
    this.store = store;
    this.db = new Db(dir, 16);
    this.queries = new Queries(db);
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.pipelineFactory = pipeline;
  }

  /**
   * Starts the server on {@code host:port} (port 0: any free port) over the store open in
   * {@code dir}; the caller keeps owning {@code store} and closes it after {@link #close}.
   */
  public static WebApp start(ArticleStore store, Path dir, String host, int port, String token,
      Supplier<Pipeline> pipeline) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("a write token is required, got: '" + token + "'");
    }
    WebApp w = new WebApp(store, dir, token, pipeline);
    w.app = Javalin.create(w::configure).start(host, port);
    w.warm();
    return w;
  }

  /**
   * Reads the rows the API lists and computes the kept aggregates in the background (a few
   * seconds over 10,000 articles), then says so on standard error.
   */
  private void warm() {
    Thread t = new Thread(() -> {
      try {
        long t0 = System.nanoTime();
        queries.warm();
        // The rows just read live as long as the server: one full collection now moves them to
        // the old generation and sizes it, instead of a second-long pause under the first load.
        System.gc();
        System.err.printf(Locale.ROOT, "parley serve: %s read into memory in %.1f s%n",
            queries.describe(), (System.nanoTime() - t0) / 1e9);
      } catch (SQLException | RuntimeException e) {
        System.err.println(
            "parley serve: could not read the rows ahead (requests will read them): " + e);
      }
    }, "parley-warm");
    t.setDaemon(true);
    t.start();
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  private void configure(io.javalin.config.JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = 4L * MAX_CHARS;
    config.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = "/web";
      sf.location = Location.CLASSPATH;
      sf.headers = securityHeaders();
    });
    var r = config.routes;
    r.before(ctx -> securityHeaders().forEach(ctx::header));
    r.get("/api/articles", ctx -> cached(ctx, () -> queries.articles(new Queries.ArticleFilter(
        q(ctx, "outlet"), date(ctx, "from"), date(ctx, "to"), q(ctx, "q")),
        limit(ctx), offset(ctx)).json()));
    r.get("/api/articles/{id}", ctx -> cached(ctx, () -> queries.article(ctx.pathParam("id"))
        .orElseThrow(() -> new HttpResponseException(404,
            "no article with id " + ctx.pathParam("id")))));
    r.get("/api/quotes", ctx -> cached(ctx, () -> queries.quotes(new Queries.QuoteFilter(
        q(ctx, "speaker"), q(ctx, "country"), q(ctx, "outlet"), kind(ctx), date(ctx, "from"),
        date(ctx, "to"), q(ctx, "q"), q(ctx, "article")), limit(ctx), offset(ctx)).json()));
    r.get("/api/actors", ctx -> cached(ctx, () -> queries.actors(new Queries.ActorFilter(
        q(ctx, "q"), q(ctx, "country"), q(ctx, "kind"), sort(ctx)), limit(ctx), offset(ctx))
        .json()));
    r.get("/api/actors/{key}", ctx -> cached(ctx, () -> actor(ctx.pathParam("key"))));
    r.get("/api/actor", ctx -> cached(ctx, () -> actor(required(ctx, "key"))));
    r.get("/api/events", ctx -> cached(ctx, () -> queries.events(new Queries.EventFilter(
        q(ctx, "plover"), q(ctx, "cameo"), either(ctx, "source_country", "sourceCountry"),
        either(ctx, "target_country", "targetCountry"), date(ctx, "from"), date(ctx, "to"),
        q(ctx, "article")), limit(ctx), offset(ctx)).json()));
    r.get("/api/search", ctx -> send(ctx, search(ctx)));
    r.get("/api/pipeline", ctx -> send(ctx, stages()));
    r.get("/api/stats", ctx -> send(ctx, queries.stats()));
    r.post("/api/analyze", ctx -> {
      authorize(ctx);
      Analyzed a = analyze(ctx);
      StringWriter w = new StringWriter(16384);
      AnalysisJson.write(a.analysis, w, true, a.extracted);
      w.write('\n');
      ctx.contentType("application/json; charset=utf-8").result(w.toString());
    });
    r.post("/api/ingest", ctx -> {
      authorize(ctx);
      Analyzed a = analyze(ctx);
      ArticleStore.Put put;
      synchronized (store) {
        put = store.put(List.of(a.analysis));
      }
      // the kept rows are read again before the answer, so that every read after it sees the
      // article; reads meanwhile see the store as it was
      queries.refresh();
      responses.clear();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.analysis.article().id());
      m.put("title", a.analysis.title().orElse(null));
      m.put("added", put.added());
      m.put("replaced", put.replaced());
      m.put("unchanged", put.unchanged());
      m.put("quotes", a.analysis.quotes().size());
      m.put("actors", a.analysis.actors().size());
      m.put("events", a.analysis.events().size());
      ctx.status(put.added() > 0 ? 201 : 200);
      ctx.header("Location", "/api/articles/" + a.analysis.article().id());
      send(ctx, m);
    });
    r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getMessage()));
    r.exception(ParseException.class, (e, ctx) -> error(ctx, 400, "cannot read the query: "
        + e.getMessage().lines().findFirst().orElse("")));
    r.exception(IndexSearcher.TooManyClauses.class, (e, ctx) -> error(ctx, 400,
        "the query expands to too many terms; use a longer prefix"));
    r.exception(UnreadableInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    r.exception(Exception.class, (e, ctx) -> {
      System.err.println("parley serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      error(ctx, 500, "internal error: the request could not be answered (the server log says"
          + " why)");
    });
    r.error(404, ctx -> {
      String type = ctx.res().getContentType();
      if (type == null || !type.startsWith("application/json")) {
        error(ctx, 404, "no such endpoint or file: " + ctx.path());
      }
    });
    r.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on "
        + ctx.path()));
  }

  private static Map<String, String> securityHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
        + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
        + " frame-ancestors 'none'");
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    return h;
  }

  private Map<String, Object> actor(String key) throws SQLException {
    return queries.actor(key).orElseThrow(() -> new HttpResponseException(404,
        "no actor with key " + key));
  }

  private Map<String, Object> search(Context ctx) throws IOException, ParseException {
    String query = required(ctx, "q");
    int limit = intParam(ctx, "limit", 50, 1, MAX_HITS);
    long t0 = System.nanoTime();
    List<Hit> hits = store.search(query, limit, MARK_START, MARK_END);
    double ms = (System.nanoTime() - t0) / 1e6;
    List<Map<String, Object>> items = new ArrayList<>();
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (String f : List.of("speaker", "outlet", "country", "month")) {
      facets.put(f, new TreeMap<>());
    }
    for (Hit h : hits) {
      items.add(h.fields());
      count(facets.get("speaker"), h.speaker());
      count(facets.get("outlet"), h.outlet());
      count(facets.get("country"), h.country());
      count(facets.get("month"), h.date() != null && h.date().length() >= 7
          ? h.date().substring(0, 7) : null);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", query);
    out.put("ms", Math.round(ms * 10) / 10.0);
    out.put("count", items.size());
    out.put("marks", List.of(MARK_START, MARK_END));
    out.put("hits", items);
    Map<String, Object> f = new LinkedHashMap<>();
    facets.forEach((name, counts) -> {
      List<Map<String, Object>> list = new ArrayList<>();
      counts.forEach((v, n) -> list.add(Map.of("value", v, "count", n)));
      if (!name.equals("month")) {
        list.sort((a, b) -> Integer.compare((Integer) b.get("count"), (Integer) a.get("count")));
      }
      f.put(name, list.subList(0, Math.min(20, list.size())));
    });
    out.put("facets", f);
    return out;
  }

  private static void count(Map<String, Integer> counts, String value) {
    if (value != null && !value.isBlank()) {
      counts.merge(value, 1, Integer::sum);
    }
  }

  private Map<String, Object> stages() {
    List<Map<String, Object>> out = new ArrayList<>();
    int i = 1;
    for (Stage s : pipeline().stages()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", i++);
      m.put("stage", s.name());
      m.put("requires", s.requires().stream().sorted().map(Enum::name).toList());
      m.put("provides", s.provides().stream().sorted().map(Enum::name).toList());
      out.add(m);
    }
    return Map.of("stages", out);
  }

  private Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          p = pipelineFactory.get();
          pipeline = p;
        }
      }
    }
    return p;
  }

  private record Analyzed(org.parley.model.Analysis analysis, boolean extracted) {}

  /**
   * The analysis of the request body, read as {@code parley analyze} reads standard input: plain
   * text, or a web page when the body is HTML ({@code Content-Type: text/html} or
   * {@code ?format=html}); {@code ?published=} and {@code ?source=} as the CLI's options.
   */
  private Analyzed analyze(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("");
    boolean html = format.equalsIgnoreCase("html")
        || (!format.equalsIgnoreCase("txt") && type.startsWith("text/html"));
    String source = Optional.ofNullable(ctx.queryParam("source")).filter(s -> !s.isBlank())
        .orElse("-");
    RawDocument doc = RawDocument.ofBytes(source, body);
    if (html) {
      doc = doc.withKind(RawDocument.Kind.HTML);
    }
    String published = date(ctx, "published");
    Documents.Loaded loaded = Documents.load(doc,
        Optional.ofNullable(published).map(LocalDate::parse));
    int length = loaded.article().raw().length();
    if (length > MAX_CHARS) {
      throw new HttpResponseException(413, "the article has " + length
          + " characters; the limit is " + MAX_CHARS);
    }
    return new Analyzed(pipeline().run(loaded.article()), loaded.extracted());
  }

  private void authorize(Context ctx) {
    String h = ctx.header("Authorization");
    String given = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip()
        : "";
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new HttpResponseException(401, given.isEmpty()
          ? "this endpoint needs the write token: Authorization: Bearer TOKEN (printed by"
              + " 'parley serve' at start-up)"
          : "the write token is wrong");
    }
  }

  /**
   * What a read endpoint answers: a JSON value (or JSON bytes, sent as they are), or an exception
   * for an error status.
   */
  @FunctionalInterface
  private interface Answer {
    Object get() throws Exception;
  }

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * The CPU time an answer must have cost to be kept. Design decision: most answers now cost a
   * fraction of a millisecond (they walk rows kept in memory), and keeping them all made every
   * body live through a garbage collection or two: under a load of distinct URLs the kept bodies
   * were most of what each young collection copied. Searches and the actor views of busy
   * actors cost more and are kept.
   */
  private static final long KEEP_NANOS = 2_000_000;

  /**
   * Sends the kept body for this path and query string, or computes, sends and (when it was
   * costly) keeps it. Error answers (thrown) are not kept.
   */
  private void cached(Context ctx, Answer answer) throws Exception {
    String key = ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("");
    byte[] body = responses.get(key);
    if (body == null) {
      // one computation per key at a time: requests for a key being computed wait for it,
      // so a burst on a slow page is answered once and not once per request
      CompletableFuture<byte[]> mine = new CompletableFuture<>();
      CompletableFuture<byte[]> running = computing.putIfAbsent(key, mine);
      if (running == null) {
        try {
          long generation = responses.generation();
          long cpu = CPU.getCurrentThreadCpuTime();
          Object value = answer.get();
          body = value instanceof byte[] b ? b : json.writeValueAsBytes(value);
          if (CPU.getCurrentThreadCpuTime() - cpu >= KEEP_NANOS) {
            responses.put(key, body, generation);
          }
          mine.complete(body);
        } catch (Exception | Error e) {
          mine.completeExceptionally(e);
          throw e;
        } finally {
          computing.remove(key, mine);
        }
      } else {
        try {
          body = running.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Exception x) {
            throw x;
          }
          throw e;
        }
      }
    }
    ctx.contentType("application/json; charset=utf-8").result(body);
  }

  private void send(Context ctx, Object body) throws IOException {
    ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
  }

  private void error(Context ctx, int status, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", message);
    m.put("status", status);
    ctx.status(status);
    try {
      send(ctx, m);
    } catch (IOException e) {
      ctx.result("{\"error\":\"internal error\",\"status\":500}");
    }
  }

  private static String q(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v != null && v.length() > 1000) {
      throw new HttpResponseException(400, name + ": at most 1000 characters");
    }
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String either(Context ctx, String a, String b) {
    String v = q(ctx, a);
    return v != null ? v : q(ctx, b);
  }

  private static String required(Context ctx, String name) {
    String v = q(ctx, name);
    if (v == null) {
      throw new HttpResponseException(400, "the parameter '" + name + "' is required");
    }
    return v;
  }

  private static String kind(Context ctx) {
    String v = q(ctx, "kind");
    if (v != null && !KINDS.contains(v.toLowerCase(Locale.ROOT))) {
      throw new HttpResponseException(400, "kind: one of direct, partial, indirect, not '" + v
          + "'");
    }
    return v;
  }

  private static String sort(Context ctx) {
    String v = q(ctx, "sort");
    if (v != null && !Queries.ACTOR_ORDERS.containsKey(v)) {
      throw new HttpResponseException(400, "sort: one of "
          + new java.util.TreeSet<>(Queries.ACTOR_ORDERS.keySet()) + ", not '" + v + "'");
    }
    return v;
  }

  private static String date(Context ctx, String name) {
    String v = q(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw new HttpResponseException(400, name + ": not a date (YYYY-MM-DD): '" + v + "'");
    }
  }

  private static int limit(Context ctx) {
    return intParam(ctx, "limit", 20, 1, MAX_LIMIT);
  }

  private static int offset(Context ctx) {
    return intParam(ctx, "offset", 0, 0, 1_000_000);
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = q(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new HttpResponseException(400, name + ": between " + min + " and " + max + ", not "
            + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new HttpResponseException(400, name + ": not a number: '" + v + "'");
    }
  }

  /** Stops the server and closes its connections (not the store, which the caller owns). */
  @Override
  public void close() throws SQLException {
    if (app != null) {
      app.stop();
    }
    db.close();
  }

  /** For the start-up message. */
  public static void printStart(PrintWriter out, String url, String token, boolean generated) {
    out.println("parley: serving on " + url);
    out.println("parley: write token" + (generated ? " (random, for this run)" : "") + ": "
        + token);
    out.println("parley: POST /api/analyze and /api/ingest need 'Authorization: Bearer " + token
        + "'; stop with Ctrl-C");
    out.flush();
  }
}
