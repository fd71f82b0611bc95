package org.parley.corenlp;

import org.parley.report.TextReport;

/**
 * Prints the text report of the example (or of the files given) for a developer to read:
 * {@code mvn -q -pl parley-corenlp -am test-compile} then run this class on the test classpath.
 */
public final class PrintExample {
  private PrintExample() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.out.print(TextReport.of(Shared.example()));
      return;
    }
    for (String f : args) {
      System.out.print(TextReport.of(Shared.analyze(f, Shared.read(java.nio.file.Path.of(f)))));
    }
  }
}
