package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.io.Documents;
import org.parley.io.RawDocument;
import org.parley.model.Analysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parley eval}: accuracy against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure accuracy against gold data.",
    subcommands = {
      EvalCommand.Example.class,
      EvalHtmlCommand.class,
      EvalDatesCommand.class,
      EvalEventsCommand.class,
      EvalActorsCommand.class,
      EvalQuotesCommand.class,
      EvalSpeakersCommand.class,
    })
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate");
  }

  /** {@code parley eval example ARTICLE REFERENCE}. */
  @Command(
      name = "example",
      mixinStandardHelpOptions = true,
      description = {
        "Score the analysis of one article against a hand-made reference reading"
            + " (shared/examples/*.expected.json): title, date, quotes with speakers, dates,"
            + " actors, events; every line shows what matched."
      })
  static final class Example implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article file.")
    Path article;

    @Parameters(index = "1", paramLabel = "REFERENCE", description = "Its reference JSON.")
    Path reference;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      JsonNode ref = new ObjectMapper().readTree(Files.readString(reference, StandardCharsets.UTF_8));
      Analysis a =
          Parley.pipeline(CoreNlpStage.shared())
              .run(Documents.read(RawDocument.ofBytes(article.toString(),
                  Files.readAllBytes(article)), Optional.empty()));
      ReferenceScore score = ReferenceScore.of(a, ref);
      out.print(score.report());
      out.println();
      for (String section : new String[] {"quotes", "dates", "actors", "events"}) {
        int[] c = score.count(section);
        out.printf("%-8s %d/%d right, %d/%d found%n", section, c[0], c[2], c[1], c[2]);
      }
      return 0;
    }
  }
}
