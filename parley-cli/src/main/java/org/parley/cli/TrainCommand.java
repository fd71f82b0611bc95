package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.eval.quotes.CueLexicon;
import org.parley.eval.quotes.Polnear;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley train}: learns the small data files some stages ship with, from gold data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Learn a stage's data file from gold data (train splits only).",
    subcommands = {TrainCommand.Quotes.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to train");
  }

  /** {@code parley train quotes}: the quote stage's cue lexicon from PolNeAR train. */
  @Command(
      name = "quotes",
      mixinStandardHelpOptions = true,
      description = {
        "Learn the quote stage's cue lexicon (word forms with the share of their occurrences that"
            + " are part of an annotated cue) from PolNeAR's train split."
      })
  static final class Quotes implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--polnear", required = true, paramLabel = "DIR",
        description = "The PolNeAR folder (metadata.tsv, train/).")
    Path polnear;

    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "parley-core/src/main/resources/org/parley/quotes/learned-cues.tsv",
        description = "Where to write the lexicon (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter w = spec.commandLine().getOut();
      List<Polnear.Doc> docs;
      try {
        docs = Polnear.read(polnear, "train");
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      List<CueLexicon.Entry> entries = CueLexicon.learn(docs);
      Files.write(out, CueLexicon.lines(entries, docs.size()), StandardCharsets.UTF_8);
      w.printf("%d cue forms from %d train articles written to %s%n", entries.size(), docs.size(),
          out);
      return 0;
    }
  }
}
