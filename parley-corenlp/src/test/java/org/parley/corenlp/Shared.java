package org.parley.corenlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.Parley;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;

/** The one standard pipeline of a test JVM (CoreNLP models load once) and the example article. */
public final class Shared {
  private static volatile Pipeline pipeline;
  private static volatile Analysis example;

  private Shared() {}

  public static Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (Shared.class) {
        p = pipeline;
        if (p == null) {
          p = Parley.pipeline(CoreNlpStage.shared());
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** The project's own copy of the ceasefire example, under {@code examples/}. */
  public static Path examplePath() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("examples/ceasefire-2016-02-11.txt");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("examples/ceasefire-2016-02-11.txt not found above " + here);
  }

  /** The example article analyzed by the standard pipeline, once per JVM. */
  public static Analysis example() {
    Analysis a = example;
    if (a == null) {
      synchronized (Shared.class) {
        a = example;
        if (a == null) {
          a = analyze("examples/ceasefire-2016-02-11.txt", read(examplePath()));
          example = a;
        }
      }
    }
    return a;
  }

  public static Analysis analyze(String source, String text) {
    return pipeline().run(Article.of(source, text));
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
