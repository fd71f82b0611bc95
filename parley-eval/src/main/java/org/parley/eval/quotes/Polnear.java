package org.parley.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The PolNeAR corpus on disk: {@code metadata.tsv} names each article's split and annotators (the
 * first is the primary one); {@code <split>/text/<name>.txt} is the article and {@code
 * <split>/attributions/<name>_<annotator>.ann} its annotation.
 */
public final class Polnear {
  /** One article with its gold attributions. */
  public record Doc(String name, String text, List<Attribution> gold) {}

  private Polnear() {}

  /** The articles of {@code split} ("train" or "dev"), in metadata order. */
  public static List<Doc> read(Path root, String split) {
    Path meta = root.resolve("metadata.tsv");
    if (!Files.isRegularFile(meta)) {
      throw new IllegalArgumentException("no PolNeAR metadata.tsv under " + root);
    }
    try {
      List<Doc> docs = new ArrayList<>();
      List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] cols = line.split("\t");
        if (cols.length < 4 || !cols[0].equals(split)) {
          continue;
        }
        Path dir = root.resolve(split);
        String name = cols[1];
        Path txt = dir.resolve("text").resolve(name + ".txt");
        Path ann = dir.resolve("attributions").resolve(name + "_" + cols[3].split("\\|")[0] + ".ann");
        if (!Files.isRegularFile(ann)) {
          ann = anyAnnotation(dir.resolve("attributions"), name);
        }
        if (ann == null || !Files.isRegularFile(txt)) {
          throw new IllegalArgumentException("PolNeAR article " + name + " lacks its text or annotation");
        }
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        docs.add(new Doc(name, text, Brat.read(Files.readString(ann, StandardCharsets.UTF_8), text)));
      }
      if (docs.isEmpty()) {
        throw new IllegalArgumentException("no PolNeAR articles of split '" + split + "' under " + root);
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path anyAnnotation(Path dir, String name) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(name + "_"))
          .sorted()
          .findFirst()
          .orElse(null);
    }
  }
}
