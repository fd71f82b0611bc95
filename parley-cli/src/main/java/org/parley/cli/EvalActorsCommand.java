package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.actors.ActorDictionaries;
import org.parley.corenlp.CoreNlpStage;
import org.parley.eval.actors.ActorCodeScore;
import org.parley.eval.actors.ActorCodeScore.Tally;
import org.parley.eval.actors.PetrarchActorGold;
import org.parley.eval.actors.PetrarchActorGold.GoldSentence;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley eval actors GOLD.jsonl}: actor codes against PETRARCH-coded sentences. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "Score the actors' country and full code against the source and target codes of PETRARCH"
          + " gold events (e.g. shared/data/events/universalpetrarch/PETR2_GSR_validation.jsonl):"
          + " each sentence is analyzed as an article published on its date.",
      "Without dictionaries the figures are Parley's own; with --actors/--agents they are shown"
          + " both without and with the dictionaries."
    })
final class EvalActorsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD", description = "The gold JSONL.")
  Path gold;

  @Mixin DictionaryOptions dictionaries;

  @Option(names = "--misses", description = "List every gold actor whose full code was not found.")
  boolean misses;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<GoldSentence> sentences = PetrarchActorGold.read(gold);
    ActorDictionaries dict = dictionaries.load(spec.commandLine(), spec.commandLine().getErr());
    List<String> columns = new ArrayList<>();
    List<ActorCodeScore> scores = new ArrayList<>();
    columns.add("without dictionaries");
    scores.add(score(Parley.pipeline(CoreNlpStage.shared()), sentences));
    if (!dict.isEmpty()) {
      columns.add("with " + dict.files().size() + " dictionary files");
      scores.add(score(Parley.pipeline(CoreNlpStage.shared(), dict), sentences));
    }
    ActorCodeScore first = scores.get(0);
    Tally all = first.all();
    out.printf("%s: %d sentences, %d gold events, %d gold actors (%d without a country, left"
            + " out)%n%n", gold.getFileName(), first.sentences(), first.events(),
        2 * first.events(), 2 * first.events() - all.scored());
    out.printf("%-22s", "");
    for (String c : columns) {
      out.printf("%-26s", c);
    }
    out.println();
    row(out, "source country", scores, s -> s.source(), true);
    row(out, "source full code", scores, s -> s.source(), false);
    row(out, "target country", scores, s -> s.target(), true);
    row(out, "target full code", scores, s -> s.target(), false);
    row(out, "all country", scores, ActorCodeScore::all, true);
    row(out, "all full code", scores, ActorCodeScore::all, false);
    if (misses) {
      for (int i = 0; i < scores.size(); i++) {
        out.printf("%nmisses %s:%n", columns.get(i));
        for (ActorCodeScore.Miss m : scores.get(i).misses()) {
          out.printf("  %-20s %-6s gold %-12s %s found %s%n", m.sentenceId(), m.role(), m.gold(),
              m.countryRight() ? "country ok," : "          ", m.found());
        }
      }
    }
    out.flush();
    return 0;
  }

  private static ActorCodeScore score(Pipeline pipeline, List<GoldSentence> sentences) {
    ActorCodeScore score = new ActorCodeScore();
    for (GoldSentence g : sentences) {
      Article a = Article.of(g.id(), g.text());
      if (g.date().isPresent()) {
        a = a.withPublished(g.date().get());
      }
      score.add(g, pipeline.run(a).actors());
    }
    return score;
  }

  private static void row(PrintWriter out, String label, List<ActorCodeScore> scores,
      java.util.function.Function<ActorCodeScore, Tally> which, boolean country) {
    out.printf("%-22s", label);
    for (ActorCodeScore s : scores) {
      Tally t = which.apply(s);
      out.printf("%-26s", ActorCodeScore.cell(country ? t.countryRight() : t.codeRight(),
          t.scored()));
    }
    out.println();
  }
}
