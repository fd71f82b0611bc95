package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.parley.io.HtmlPage;
import org.parley.io.Item;
import org.parley.io.SourceOptions;
import org.parley.io.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley eval html BENCHMARK}: Parley's main-text extraction scored against the
 * article-extraction-benchmark's human ground truth, with the benchmark's protocol, in one table
 * with the other extractors' outputs in {@code baselines/}.
 */
@Command(
    name = "html",
    mixinStandardHelpOptions = true,
    description = {
      "Score Parley's HTML main-text extraction on the article-extraction-benchmark folder"
          + " (ground-truth.json, html/<id>.html.gz, baselines/*.json): precision, recall and F1"
          + " of 4-token shingles per page, averaged; the baselines are scored in the same table."
    })
final class EvalHtmlCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FOLDER",
      description = "The benchmark folder, e.g. ../shared/data/html/scrapinghub_aeb.")
  Path folder;

  @Option(names = "--worst", paramLabel = "N",
      description = "Also list Parley's N worst pages (id, P, R, url).")
  int worst;

  @Option(names = "--warc", paramLabel = "FILE",
      description = "Also read the same pages from this WARC (e.g. ../shared/data/warc/"
          + "constructed_aeb_news_181.warc.gz), score them and count texts identical to the"
          + " HTML files'.")
  Path warc;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path truthFile = folder.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no ground-truth.json in " + folder + ": give the benchmark's folder");
    }
    JsonNode truth = JSON.readTree(truthFile.toFile());
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> urls = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      gold.put(e.getKey(), e.getValue().path("articleBody").asText(""));
      urls.put(e.getKey(), e.getValue().path("url").asText(""));
    }
    Map<String, ShingleScore> table = new LinkedHashMap<>();
    ShingleScore parley = new ShingleScore();
    Map<String, String> parleyText = new HashMap<>();
    List<Object[]> pages = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Map.Entry<String, String> g : gold.entrySet()) {
      Path page = folder.resolve("html").resolve(g.getKey() + ".html.gz");
      String text = "";
      if (Files.isRegularFile(page)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
          text = HtmlPage.read(in.readAllBytes(), Optional.empty(), urls.get(g.getKey())).text();
        }
      }
      parleyText.put(g.getKey(), text);
      ShingleScore.Page s = parley.add(text, g.getValue());
      pages.add(new Object[] {g.getKey(), s});
    }
    double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, gold.size());
    table.put("parley", parley);
    if (warc != null) {
      table.put("parley (WARC)", warcScore(gold, urls, parleyText, out));
    }
    Path baselines = folder.resolve("baselines");
    if (Files.isDirectory(baselines)) {
      try (Stream<Path> files = Files.list(baselines)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          JsonNode root = JSON.readTree(f.toFile());
          JsonNode outputs = root.has("output") ? root.get("output") : root;
          ShingleScore s = new ShingleScore();
          for (Map.Entry<String, String> g : gold.entrySet()) {
            s.add(outputs.path(g.getKey()).path("articleBody").asText(""), g.getValue());
          }
          String name = f.getFileName().toString().replaceFirst("\\.json$", "");
          if (root.has("version")) {
            name += " " + root.get("version").asText();
          }
          table.put(name, s);
        }
      }
    }
    out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s %6s%n", "extractor", "precision", "recall",
        "F1", "accuracy", "pages");
    table.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, ShingleScore> e) -> -e.getValue().f1()))
        .forEach(e -> out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %9.3f %6d%n", e.getKey(),
            e.getValue().precision(), e.getValue().recall(), e.getValue().f1(),
            e.getValue().accuracy(), e.getValue().pages()));
    out.printf(Locale.ROOT, "parley: %.1f ms per page (decode, parse, extract)%n", ms);
    if (worst > 0) {
      pages.sort(Comparator.comparingDouble(o -> ((ShingleScore.Page) o[1]).f1()));
      out.println("worst pages:");
      for (Object[] p : pages.subList(0, Math.min(worst, pages.size()))) {
        ShingleScore.Page s = (ShingleScore.Page) p[1];
        out.printf(Locale.ROOT, "  %s P=%.2f R=%.2f %s%n", ((String) p[0]).substring(0, 12),
            s.precision(), s.recall(), urls.get((String) p[0]));
      }
    }
    return 0;
  }

  private ShingleScore warcScore(Map<String, String> gold, Map<String, String> urls,
      Map<String, String> htmlText, PrintWriter out) {
    Map<String, String> idOfUrl = new HashMap<>();
    urls.forEach((id, url) -> idOfUrl.put(url, id));
    ShingleScore s = new ShingleScore();
    int same = 0;
    int read = 0;
    int failed = 0;
    try (Sources sources = Sources.of(List.of(warc.toString()), SourceOptions.defaults(),
        InputStream.nullInputStream())) {
      while (sources.hasNext()) {
        Item item = sources.next();
        if (!(item instanceof Item.Doc d)) {
          failed++;
          continue;
        }
        String id = idOfUrl.get(d.document().source());
        if (id == null) {
          continue;
        }
        read++;
        String text = HtmlPage.read(d.document().bytes(), d.document().charset(),
            d.document().source()).text();
        s.add(text, gold.get(id));
        if (text.equals(htmlText.get(id))) {
          same++;
        }
      }
      out.printf(Locale.ROOT, "WARC: %d pages read, %d failed, %d skipped records; %d of %d texts"
          + " identical to the HTML files'%n", read, failed, sources.skipped(), same, read);
    }
    return s;
  }
}
