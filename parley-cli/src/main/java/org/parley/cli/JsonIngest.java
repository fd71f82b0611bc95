package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.parley.ingest.UnreadableInputException;
import org.parley.io.Documents;
import org.parley.io.Failure;
import org.parley.io.Item;
import org.parley.io.RawDocument;
import org.parley.io.Sources;
import org.parley.store.ArticleStore;
import org.parley.store.StoredAnalysis;
import picocli.CommandLine;

/**
 * {@code parley ingest --from-json}: stores analyses read from Analysis JSON lines, without
 * analyzing. A line without {@code "text"} (its input was plain text, so {@code analyze} left the
 * text out) takes the raw text of the article with the same id among the INPUTs.
 */
final class JsonIngest {
  private final CommandLine.Model.CommandSpec spec;
  private final Path db;
  private final int batch;
  private final boolean replace;
  private final Path failuresFile;

  JsonIngest(CommandLine.Model.CommandSpec spec, Path db, int batch, boolean replace,
      Path failuresFile) {
    this.spec = spec;
    this.db = db;
    this.batch = Math.max(1, batch);
    this.replace = replace;
    this.failuresFile = failuresFile;
  }

  int run(List<Path> files, InputOptions input) throws IOException, SQLException {
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, System.console() != null);
    long t0 = System.nanoTime();
    long[] failed = new long[1];
    try (Writer log = failuresFile == null ? null
        : Files.newBufferedWriter(failuresFile, StandardCharsets.UTF_8)) {
      Consumer<Failure> reporter = Failures.reporter(err, progress, log).andThen(f -> failed[0]++);
      Map<String, String> texts = texts(input, reporter);
      long read = 0;
      long resumed = 0;
      long[] counts = new long[3];
      try (ArticleStore store = ArticleStore.open(db)) {
        Set<String> stored = replace ? Set.of() : store.ids();
        List<StoredAnalysis> pending = new ArrayList<>();
        for (Path file : files) {
          try (BufferedReader lines = open(file)) {
            String line;
            long n = 0;
            while ((line = lines.readLine()) != null) {
              n++;
              if (line.isBlank()) {
                continue;
              }
              if (stored.contains(StoredAnalysis.id(line).orElse(""))) {
                resumed++;
                continue;
              }
              StoredAnalysis a;
              try {
                a = StoredAnalysis.parse(line, id -> Optional.ofNullable(texts.get(id)));
              } catch (IllegalArgumentException e) {
                reporter.accept(new Failure(file + "#" + n, "store", "BAD_ANALYSIS_JSON",
                    e.getMessage() + "; give lines written by 'parley analyze -f jsonl'",
                    file.toString(), Optional.of(Long.toString(n))));
                continue;
              }
              read++;
              pending.add(a);
              if (pending.size() >= batch) {
                put(store, pending, counts);
                progress.update(read);
              }
            }
          }
        }
        put(store, pending, counts);
        progress.clear();
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.println(String.format(Locale.ROOT,
            "parley: %d analyses read (%d added, %d replaced, %d unchanged), %d already in the"
                + " store, %d failed in %.1f s (%.1f articles/s)",
            read, counts[0], counts[1], counts[2], resumed, failed[0], seconds,
            seconds > 0 ? read / seconds : 0.0));
        err.println(String.format(Locale.ROOT,
            "parley: the store %s holds %d articles, %d quotes, %d actors, %d events (%.1f MB)",
            db, store.count("articles"), store.count("quotes"), store.count("actors"),
            store.count("events"), store.bytes() / 1e6));
      }
    }
    err.flush();
    return failed[0] == 0 ? 0 : 1;
  }

  private static void put(ArticleStore store, List<StoredAnalysis> pending, long[] counts)
      throws IOException, SQLException {
    if (pending.isEmpty()) {
      return;
    }
    ArticleStore.Put put = store.putStored(pending);
    counts[0] += put.added();
    counts[1] += put.replaced();
    counts[2] += put.unchanged();
    pending.clear();
  }

  /** The raw text of each article of the INPUTs, by id (read, not analyzed). */
  private static Map<String, String> texts(InputOptions input, Consumer<Failure> reporter)
      throws IOException {
    Map<String, String> texts = new HashMap<>();
    if (input.inputs == null || input.inputs.isEmpty()) {
      return texts;
    }
    Optional<java.time.LocalDate> published = Optional.ofNullable(input.published);
    try (Sources sources = Sources.of(input.inputs, input.sourceOptions(), System.in)) {
      while (sources.hasNext()) {
        Item item = sources.next();
        if (item instanceof Item.Failed x) {
          reporter.accept(x.failure());
          continue;
        }
        RawDocument doc = ((Item.Doc) item).document();
        try {
          Documents.Loaded loaded = Documents.load(doc, published);
          texts.put(loaded.article().id(), loaded.article().raw());
        } catch (UnreadableInputException e) {
          reporter.accept(Failure.of(doc, "read", e.code(), e.getMessage()));
        }
      }
    }
    return texts;
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = file.toString().equals("-") ? System.in : Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
