package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.corenlp.baseline.SuTimeBaseline;
import org.parley.eval.time.Timex;
import org.parley.eval.time.TimexDocument;
import org.parley.eval.time.TimexReader;
import org.parley.eval.time.TimexScorer;
import org.parley.eval.time.TimexTable;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Stage;
import org.parley.time.TimeExpression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley eval dates FILE...}: TIMEX3 extent and value scores, TempEval-3 style. */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    description = {
      "Score the dates stage on TIMEX3 gold in JSON lines (doc_id, dct, text, timexes): each text"
          + " is analyzed by the standard pipeline up to the dates stage with its dct as the"
          + " publication date; prints strict and relaxed extent P/R/F1, value accuracy and value"
          + " F1, overall and by type."
    })
final class EvalDatesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold files (JSON lines).")
  List<Path> files;

  @Option(
      names = "--compare",
      paramLabel = "SYSTEM",
      description = "Also run and score a baseline on the same documents: sutime.")
  List<String> compare = new ArrayList<>();

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Write every miss, extra, wrong value and wrong extent to this file (TSV:"
          + " system, document, kind, text, gold, predicted, rule).")
  Path errors;

  @Option(
      names = "--texts",
      paramLabel = "FILE",
      description = "The articles of stand-off gold (records with text_id instead of text): a"
          + " JSON-lines file, gzipped or not, with id and text, e.g."
          + " ../shared/data/news/allsides_political_10k.jsonl.gz for eval/dates/allsides-*.jsonl;"
          + " or a .json object keyed by id whose records have text or articleBody, e.g."
          + " ../shared/data/html/scrapinghub_aeb/ground-truth.json for eval/dates/aeb-*.jsonl.")
  Path texts;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Write, for each rule that found expressions, how many it found, how many"
          + " have the gold value, the wrong value, or no gold (TSV), to see which rules cost"
          + " more than they bring.")
  Path rules;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (String c : compare) {
      if (!c.equals("sutime")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "unknown baseline '" + c + "'; known: sutime");
      }
    }
    SuTimeBaseline sutime = compare.isEmpty() ? null : new SuTimeBaseline();
    List<String> errorLines = new ArrayList<>();
    Map<String, int[]> byRule = new java.util.TreeMap<>();
    Map<Timex, String> ruleOf = new java.util.IdentityHashMap<>();
    for (Path file : files) {
      List<TimexDocument> docs = TimexReader.read(file, texts == null ? Map.of()
          : TimexReader.texts(texts, TimexReader.textIds(file)));
      Pipeline pipeline = Pipeline.of(upToDates(Parley.standardStages(CoreNlpStage.shared())));
      Map<String, TimexScorer> systems = new LinkedHashMap<>();
      systems.put("parley", new TimexScorer());
      if (sutime != null) {
        systems.put("sutime", new TimexScorer());
      }
      long sutimeNanos = 0;
      for (TimexDocument d : docs) {
        Analysis a = pipeline.run(Article.of(d.id(), d.text()).withPublished(d.dct()));
        List<Timex> ours = new ArrayList<>();
        for (TimeExpression t : a.dates()) {
          Timex timex = new Timex(a.toRaw(t.span()), t.type().name(), t.value());
          ours.add(timex);
          ruleOf.put(timex, t.rule());
        }
        TimexScorer scorer = systems.get("parley");
        int before = scorer.errors().size();
        scorer.add(d.id(), d.text(), d.gold(), ours);
        if (rules != null) {
          countByRule(a.dates(), ours, scorer.errors().subList(before, scorer.errors().size()),
              byRule);
        }
        if (sutime != null) {
          long t0 = System.nanoTime();
          List<Timex> theirs = new ArrayList<>();
          for (TimeExpression t : sutime.find(d.text(), d.dct())) {
            theirs.add(new Timex(t.span(), t.type().name(), t.value()));
          }
          sutimeNanos += System.nanoTime() - t0;
          systems.get("sutime").add(d.id(), d.text(), d.gold(), theirs);
        }
      }
      Map<String, Double> ms = pipeline.timings();
      out.printf(Locale.ROOT, "%s: %d documents, %d gold time expressions; dates stage %.2f ms/doc%s%n",
          file, docs.size(), docs.stream().mapToInt(d -> d.gold().size()).sum(),
          ms.getOrDefault("dates", 0.0) / Math.max(1, pipeline.articles()),
          sutime == null ? "" : String.format(Locale.ROOT, ", sutime %.1f ms/doc",
              sutimeNanos / 1e6 / Math.max(1, docs.size())));
      out.print(TimexTable.format(systems));
      out.println();
      for (Map.Entry<String, TimexScorer> e : systems.entrySet()) {
        for (TimexScorer.Error err : e.getValue().errors()) {
          errorLines.add(String.join("\t", e.getKey(), err.doc(), err.kind(), err.text(),
              err.gold() == null ? "" : err.gold().type() + " " + err.gold().value(),
              err.predicted() == null ? "" : err.predicted().type() + " " + err.predicted().value(),
              err.predicted() == null ? "" : ruleOf.getOrDefault(err.predicted(), "")));
        }
      }
    }
    if (errors != null) {
      Files.write(errors, errorLines, StandardCharsets.UTF_8);
    }
    if (rules != null) {
      List<String> lines = new ArrayList<>();
      lines.add("rule\tfound\tright\twrong_value\tno_gold");
      byRule.forEach((r, c) -> lines.add(r + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3]));
      Files.write(rules, lines, StandardCharsets.UTF_8);
    }
    return 0;
  }

  /**
   * Adds one document's predictions to the per-rule counts: found, value right, value wrong, no
   * gold. A prediction absent from the document's errors, or there only for its extent, is right.
   */
  private static void countByRule(List<TimeExpression> found, List<Timex> ours,
                                  List<TimexScorer.Error> docErrors, Map<String, int[]> byRule) {
    for (int i = 0; i < found.size(); i++) {
      Timex t = ours.get(i);
      String kind = "RIGHT";
      for (TimexScorer.Error e : docErrors) {
        if (e.predicted() == t) {
          kind = e.kind();
          break;
        }
      }
      int[] c = byRule.computeIfAbsent(found.get(i).rule(), k -> new int[4]);
      c[0]++;
      switch (kind) {
        case "VALUE" -> c[2]++;
        case "EXTRA" -> c[3]++;
        default -> c[1]++;
      }
    }
  }

  /** The standard stages up to and including the dates stage (later ones do not change dates). */
  private static List<Stage> upToDates(List<Stage> stages) {
    List<Stage> out = new ArrayList<>();
    for (Stage s : stages) {
      out.add(s);
      if (s.name().equals("dates")) {
        break;
      }
    }
    return out;
  }
}
