package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.io.AnalysisJson;
import org.parley.model.Analysis;
import org.parley.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley analyze}: the Analysis JSON (or a readable summary) of each input article. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze articles: quotations with their speakers, actors, events and dates, each with its"
          + " evidence span in the input.",
      "Exit code 0 when every input was analyzed, 1 when some failed (each failure is one line on"
          + " stderr), 2 on a usage error."
    })
final class AnalyzeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    json,
    jsonl,
    text,
    events_tsv {
      @Override
      public String toString() {
        return "events-tsv";
      }
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin DictionaryOptions dictionaries;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "json (indented, one object per article), jsonl (one line per article) or text (a"
              + " readable summary). Default: text on a terminal, json otherwise.")
  Format format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Format f = format != null ? format : (out == null && System.console() != null ? Format.text
        : Format.json);
    Writer w = out == null ? spec.commandLine().getOut() : open(out);
    PrintWriter err = spec.commandLine().getErr();
    int[] count = {0};
    int failures;
    try {
      Runner runner = new Runner(
          Parley.pipeline(CoreNlpStage.lazy(), dictionaries.load(spec.commandLine(), err)));
      failures =
          runner.run(
              input,
              System.in,
              a -> {
                write(w, f, a, count[0]++);
                return true;
              },
              failure -> {
                err.println("parley: " + failure.line());
                err.flush();
              });
    } finally {
      if (out != null) {
        w.close();
      } else {
        w.flush();
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private static void write(Writer w, Format f, Analysis a, int index) {
    try {
      switch (f) {
        case json -> {
          AnalysisJson.write(a, w, true);
          w.write('\n');
        }
        case jsonl -> {
          AnalysisJson.write(a, w, false);
          w.write('\n');
        }
        case text -> {
          if (index > 0) {
            w.write("\n" + "=".repeat(100) + "\n\n");
          }
          w.write(TextReport.of(a));
        }
        case events_tsv -> {
          if (index == 0) {
            w.write(org.parley.io.EventsTsv.header());
          }
          org.parley.io.EventsTsv.write(a, w);
        }
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer open(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8));
  }
}
