package org.parley.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.json.Json;
import javax.json.JsonReader;
import org.parley.ingest.ArticleReader;
import org.parley.model.Analysis;
import org.parley.model.Article;

/** The cleaned texts of the first articles of a JSONL dump (field "text"), for tests and tools. */
final class Corpus {
  private Corpus() {}

  /** The AllSides 1k file of the shared data; fails with a message when it is missing. */
  static Path allSides() {
    String shared = System.getProperty("parley.shared");
    if (shared == null) {
      throw new IllegalStateException("system property parley.shared is not set (surefire sets it)");
    }
    Path p = Path.of(shared, "data/news/allsides_political_1k.jsonl");
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(p + " is missing: the shared data must sit next to the project");
    }
    return p;
  }

  static List<String> cleanTexts(Path file, int n) {
    List<String> texts = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null && texts.size() < n; ) {
        try (JsonReader jr = Json.createReader(new StringReader(line))) {
          String raw = jr.readObject().getString("text", "");
          texts.add(reader.apply(Analysis.of(Article.of("jsonl", raw))).text());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
