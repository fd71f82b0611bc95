package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.eval.events.EventRecord;
import org.parley.eval.events.EventScorer;
import org.parley.events.EventCoder;
import org.parley.events.Lexicon;
import org.parley.events.Plover;
import org.parley.events.VerbDictionary;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley eval events FILE}: event coding against a PETRARCH record suite. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Code the sentences of a PETRARCH record suite (JSONL: text, date, expected_events) and score"
          + " the events: CAMEO root accuracy, PLOVER type precision/recall/F1 (expected CAMEO mapped"
          + " to PLOVER), source and target code accuracy on paired events, no-event precision.",
      "Expected codes that are not CAMEO (the unit-test suite's WEIS codes) are set aside; records"
          + " that expect a PETRARCH error are skipped; PETRARCH config tags are not applied.",
      "The unit-test suite's fictional actors need its dictionary: --actors"
          + " shared/data/events/petrarch2/PETR.Validate.actors.txt."
    })
final class EvalEventsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The record suite (.jsonl).")
  Path file;

  @CommandLine.Mixin DictionaryOptions dictionaries;

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "A PETRARCH verb dictionary (e.g. CAMEO.2.0.txt) read as it is, added after"
          + " Parley's own lexicon. Repeatable.")
  List<Path> verbs = new ArrayList<>();

  @Option(names = "--show", paramLabel = "WHICH",
      description = "Also list records: none (default), misses or all.")
  String show = "none";

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N records.")
  int limit = Integer.MAX_VALUE;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
    }
    if (!List.of("none", "misses", "all").contains(show)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--show takes none, misses or all, not " + show);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<EventRecord> records = EventRecord.read(file);
    List<Stage> stages = new ArrayList<>(Parley.standardStages(CoreNlpStage.shared(),
        dictionaries.load(spec.commandLine(), spec.commandLine().getErr())));
    if (!verbs.isEmpty()) {
      Lexicon lexicon = Lexicon.builtIn();
      for (Path v : verbs) {
        if (!Files.isRegularFile(v)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "no such verb dictionary: " + v);
        }
        VerbDictionary d = VerbDictionary.load(v, Plover.builtIn());
        lexicon = d.over(lexicon);
        spec.commandLine().getErr().printf("parley: verb dictionary %s: %d entries, %d lines or verbs"
            + " not read%n", v, d.entries().size(), d.skipped());
      }
      EventCoder coder = new EventCoder(Plover.builtIn(), lexicon);
      stages.replaceAll(st -> st instanceof EventCoder ? coder : st);
    }
    Pipeline pipeline = Pipeline.of(stages);
    EventScorer scorer = new EventScorer(Plover.builtIn());
    List<String> lines = new ArrayList<>();
    long nanos = 0;
    for (EventRecord r : records.subList(0, Math.min(limit, records.size()))) {
      long t0 = System.nanoTime();
      Analysis a = pipeline.run(article(r));
      nanos += System.nanoTime() - t0;
      EventScorer.Outcome o = scorer.add(r, EventScorer.Coded.of(a));
      if (show.equals("all") || show.equals("misses") && !o.perfect()) {
        lines.add((o.perfect() ? "  ok  " : "  MISS ") + o.line());
      }
    }
    out.printf("%s%n", file);
    out.print(scorer.report());
    out.printf("%.1f ms per sentence through the whole pipeline%n",
        nanos / 1e6 / Math.max(1, scorer.records()));
    lines.forEach(out::println);
    out.flush();
    return 0;
  }

  /** The record as a one-sentence article of its date; a final stop keeps it from reading as a title. */
  static Article article(EventRecord r) {
    String text = r.text().strip();
    if (!text.isEmpty() && ".!?\"'".indexOf(text.charAt(text.length() - 1)) < 0) {
      text = text + ".";
    }
    return new Article(Article.idFor(r.id() + "\n" + text), r.id(), text, r.date(), Optional.empty(),
        Optional.empty());
  }
}
