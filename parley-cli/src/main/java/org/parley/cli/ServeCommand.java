package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.Parley;
import org.parley.actors.ActorDictionaries;
import org.parley.corenlp.CoreNlpStage;
import org.parley.store.ArticleStore;
import org.parley.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley serve}: the HTTP API and the web page over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the HTTP API and the web page over a store: search, articles with their quotes"
          + " highlighted, actors with their timelines and partners.",
      "Read endpoints are open; POST /api/analyze and POST /api/ingest need the write token"
          + " (printed at start-up) as 'Authorization: Bearer TOKEN'. The NLP models load on the"
          + " first such request. Runs until stopped (Ctrl-C)."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DictionaryOptions dictionaries;

  @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-data",
      description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "The write token (default: a random one, printed at start-up).")
  String token;

  @Override
  public Integer call() throws IOException, SQLException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--port: between 0 and 65535, not " + port);
    }
    if (token != null && token.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--token: must not be blank");
    }
    if (StoreDir.missing(db, err)) {
      return 1;
    }
    boolean generated = token == null;
    String t = generated ? randomToken() : token;
    ActorDictionaries dicts = dictionaries.load(spec.commandLine(), err);
    ArticleStore store = ArticleStore.open(db);
    WebApp web;
    try {
      web = WebApp.start(store, db, host, port, t,
          () -> Parley.pipeline(CoreNlpStage.lazy(), dicts));
    } catch (RuntimeException e) {
      store.close();
      err.println("parley: cannot serve on " + host + ":" + port + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    running = new Running(store, web);
    // Ctrl-C ends the JVM once the shutdown hooks are done: the hook closes the store, so DuckDB
    // and Lucene are closed cleanly whatever the main thread is doing
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "parley-serve-stop"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    WebApp.printStart(spec.commandLine().getOut(), "http://" + shown + ":" + web.port() + "/", t,
        generated);
    if (!loopback(host)) {
      err.println("parley: warning: " + host + " is not a loopback address; the read endpoints are"
          + " open to anyone who can reach it");
      err.flush();
    }
    running.closed.await();
    return 0;
  }

  /** The server and its store while the command runs. */
  private record Running(ArticleStore store, WebApp web, CountDownLatch closed) {
    Running(ArticleStore store, WebApp web) {
      this(store, web, new CountDownLatch(1));
    }
  }

  private volatile Running running;

  /** Stops the server and closes the store; {@link #call} then returns 0. Idempotent. */
  void stop() {
    Running r = running;
    if (r == null || r.closed.getCount() == 0) {
      return;
    }
    synchronized (r) {
      if (r.closed.getCount() == 0) {
        return;
      }
      try {
        r.web.close();
        r.store.close();
      } catch (IOException | SQLException | RuntimeException e) {
        System.err.println("parley: closing the store: " + e.getMessage());
      } finally {
        r.closed.countDown();
      }
    }
  }

  private static boolean loopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static String randomToken() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
