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
import java.nio.file.StandardOpenOption;
import java.util.Set;
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
          "json (indented, one object per article), jsonl (one line per article), events-tsv"
              + " (one row per event) or text (a"
              + " readable summary). Default: text on a terminal, json otherwise.")
  Format format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output.")
  Path out;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Analyze on N threads (default: all cores).")
  Integer threads;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Also write each failure as a JSON line (input, record, stage, code, message).")
  Path failuresFile;

  @Option(names = "--resume",
      description = "Continue a run that stopped: the articles already in --out (jsonl) are"
          + " skipped, an incomplete last line is repaired, the rest is appended.")
  boolean resume;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "200000",
      description = "Skip articles longer than N characters, with a TOO_LONG failure line"
          + " (default: ${DEFAULT-VALUE}); they are not analyzed in pieces yet.")
  int maxChars;

  @Override
  public Integer call() throws IOException {
    input.require(spec.commandLine());
    Format f = format != null ? format : (out == null && System.console() != null ? Format.text
        : resume ? Format.jsonl : Format.json);
    Set<String> done = Set.of();
    if (resume) {
      if (out == null || f != Format.jsonl) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--resume needs --out FILE and --format jsonl");
      }
      done = Resume.repair(out);
    }
    Writer w = out == null ? spec.commandLine().getOut() : open(out, resume);
    PrintWriter err = spec.commandLine().getErr();
    Writer failureLog = failuresFile == null ? null : open(failuresFile, resume);
    int[] count = {0};
    Runner.Summary summary;
    Progress progress = new Progress(err, System.console() != null);
    try {
      Runner runner = new Runner(
          Parley.pipeline(CoreNlpStage.lazy(), dictionaries.load(spec.commandLine(), err)),
          threads != null ? threads : Runtime.getRuntime().availableProcessors(), maxChars, done);
      summary =
          runner.run(
              input,
              System.in,
              r -> {
                write(w, f, r.analysis(), r.extracted(), count[0]++);
                return true;
              },
              Failures.reporter(err, progress, failureLog),
              progress::update);
    } finally {
      if (out != null) {
        w.close();
      } else {
        w.flush();
      }
      if (failureLog != null) {
        failureLog.close();
      }
    }
    progress.clear();
    err.println(summary.line());
    err.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  private static void write(Writer w, Format f, Analysis a, boolean withText, int index) {
    try {
      switch (f) {
        case json -> {
          AnalysisJson.write(a, w, true, withText);
          w.write('\n');
        }
        case jsonl -> {
          AnalysisJson.write(a, w, false, withText);
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

  private static Writer open(Path path, boolean append) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new BufferedWriter(
        new OutputStreamWriter(append
            ? Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
            : Files.newOutputStream(path), StandardCharsets.UTF_8));
  }
}
