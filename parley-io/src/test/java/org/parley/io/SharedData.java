package org.parley.io;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared data folder, read at run time through the {@code parley.shared} property. */
final class SharedData {
  private SharedData() {}

  static Path file(String relative) {
    String root = System.getProperty("parley.shared");
    if (root == null) {
      fail("the system property parley.shared is not set; run through Maven (surefire sets it to"
          + " ../shared) or pass -Dparley.shared=/work/shared");
    }
    Path p = Path.of(root).resolve("data").resolve(relative);
    if (!Files.exists(p)) {
      fail("missing shared data file " + p + " (parley.shared=" + root + ")");
    }
    return p;
  }
}
