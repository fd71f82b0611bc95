package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (words are joined).")
  List<String> query;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (StoreDir.missing(db, err)) {
      return 1;
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
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", h.type());
          m.put("articleId", h.articleId());
          m.put("quoteId", h.quoteId());
          m.put("score", h.score());
          m.put("fragment", h.fragment());
          m.put("speaker", h.speaker());
          m.put("country", h.country());
          m.put("kind", h.kind());
          m.put("outlet", h.outlet());
          m.put("date", h.date());
          m.put("title", h.title());
          out.println(json.writeValueAsString(m));
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
}
