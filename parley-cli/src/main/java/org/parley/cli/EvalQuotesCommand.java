package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.corenlp.baseline.CoreNlpQuotes;
import org.parley.eval.quotes.Attribution;
import org.parley.eval.quotes.Polnear;
import org.parley.eval.quotes.QuoteScore;
import org.parley.io.Documents;
import org.parley.io.RawDocument;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley eval quotes}: attribution accuracy on PolNeAR, optionally beside CoreNLP's. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score quotations on PolNeAR: contents paired one to one by character Dice overlap"
          + " (>= 0.5 lenient, equal trimmed characters exact), source right when both overlap or"
          + " both are absent, attribution = lenient content with the right source."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--polnear", required = true, paramLabel = "DIR",
      description = "The PolNeAR folder (metadata.tsv, train/, dev/).")
  Path polnear;

  @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT",
      description = "train or dev (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--compare", paramLabel = "SYSTEM",
      description = "Also score another system on the same articles: corenlp.")
  String compare;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
      description = "Only the first N articles (0: all).")
  int limit;

  @Option(names = "--from", defaultValue = "0", paramLabel = "K",
      description = "Skip the first K articles of the split (with --limit: a slice, e.g. train"
          + " articles 200-400 for reading errors while 0-180 stay unread).")
  int from;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write Parley's misses (missed, spurious, wrong source, boundaries) here, TSV.")
  Path errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (compare != null && !compare.equals("corenlp")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--compare knows only 'corenlp', not '" + compare + "'");
    }
    List<Polnear.Doc> docs;
    try {
      docs = Polnear.read(polnear, split);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (from < 0 || from >= docs.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--from must lie in [0, " + docs.size() + "), not " + from);
    }
    docs = docs.subList(from, docs.size());
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    Pipeline pipeline = Parley.pipeline(CoreNlpStage.shared());
    CoreNlpQuotes corenlp = compare != null ? new CoreNlpQuotes() : null;
    QuoteScore parley = new QuoteScore();
    QuoteScore baseline = new QuoteScore();
    for (Polnear.Doc doc : docs) {
      Analysis a = pipeline.run(Documents.read(RawDocument.ofText(doc.name(), doc.text()),
          Optional.empty()));
      parley.add(doc.name(), doc.text(), doc.gold(), predicted(a));
      if (corenlp != null) {
        baseline.add(doc.name(), doc.text(), doc.gold(), baseline(corenlp.find(doc.text())));
      }
    }
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles from #%d, %d gold attributions%n%n", split,
        docs.size(), from, parley.gold());
    out.print(parley.report("Parley"));
    if (corenlp != null) {
      out.println();
      out.print(baseline.report("CoreNLP quote annotator"));
      out.println();
      out.printf(Locale.ROOT, "ratio Parley/CoreNLP: attribution F1 %.1f / %.1f, content F1 %.1f / %.1f%n",
          100 * parley.attributionF1(), 100 * baseline.attributionF1(), 100 * parley.contentF1(),
          100 * baseline.contentF1());
    }
    out.println();
    for (Map.Entry<String, Double> t : pipeline.timings().entrySet()) {
      out.printf(Locale.ROOT, "stage %-8s %8.1f ms/article%n", t.getKey(),
          t.getValue() / Math.max(1, pipeline.articles()));
    }
    if (errors != null) {
      Files.write(errors, parley.errors(), StandardCharsets.UTF_8);
      out.printf("errors written to %s%n", errors);
    }
    return 0;
  }

  /** Parley's quotes as attributions over the raw text. */
  static List<Attribution> predicted(Analysis a) {
    List<Attribution> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      List<Span> content = q.content().stream().map(a::toRaw).toList();
      out.add(new Attribution(content, q.source().map(a::toRaw), q.cue().map(a::toRaw),
          q.kind() != Quote.Kind.INDIRECT,
          q.speaker().flatMap(a::findActor).map(x -> x.name()), true, q.mode(), q.rule()));
    }
    return out;
  }

  static List<Attribution> baseline(List<CoreNlpQuotes.Found> found) {
    List<Attribution> out = new ArrayList<>();
    for (CoreNlpQuotes.Found f : found) {
      out.add(new Attribution(List.of(f.content()), f.source(), Optional.empty(), true, f.speaker(),
          true, "speech"));
    }
    return out;
  }
}
