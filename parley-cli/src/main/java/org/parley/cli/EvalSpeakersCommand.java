package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.eval.quotes.Ggt;
import org.parley.eval.quotes.SpeakerScore;
import org.parley.io.Documents;
import org.parley.io.RawDocument;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley eval speakers}: is each quote given to the right named person (GGT set)? */
@Command(
    name = "speakers",
    mixinStandardHelpOptions = true,
    description = {
      "Score quote speakers on the GGT set: quotes paired by character Dice overlap (>= 0.5); a"
          + " pair counts when the speaker's name matches the gold name (for non-person gold"
          + " speakers, no speaker counts too); by how the text names the speaker. Only quotes"
          + " of mode speech take part, as GGT annotates speech only."
    })
final class EvalSpeakersCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "ggt_speakers_*.jsonl")
  Path file;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
      description = "Only the first N articles (0: all).")
  int limit;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write the misses here, TSV.")
  Path errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Ggt.Doc> docs;
    try {
      docs = Ggt.read(file);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    Pipeline pipeline = Parley.pipeline(CoreNlpStage.shared());
    SpeakerScore score = new SpeakerScore();
    int gold = 0;
    for (Ggt.Doc doc : docs) {
      Analysis a = pipeline.run(Documents.read(RawDocument.ofText(doc.id(), doc.text()),
          Optional.empty()));
      // GGT annotates reported speech only: statements of belief, intention, knowledge,
      // perception or stance are left out of the comparison (Quote.mode)
      score.add(doc.id(), doc.text(), doc.gold(), EvalQuotesCommand.predicted(
          a.withQuotes(a.quotes().stream().filter(q -> q.mode().equals("speech") || q.mode().equals("post")).toList())));
      gold += doc.gold().size();
    }
    out.printf(Locale.ROOT, "GGT speakers: %d articles, %d gold quotes%n%n", docs.size(), gold);
    out.print(score.report());
    if (errors != null) {
      Files.write(errors, score.errors(), StandardCharsets.UTF_8);
      out.printf("errors written to %s%n", errors);
    }
    return 0;
  }
}
