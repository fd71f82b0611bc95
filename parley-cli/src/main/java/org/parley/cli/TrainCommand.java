package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.corenlp.CoreNlpStage;
import org.parley.eval.quotes.Attribution;
import org.parley.eval.quotes.Polnear;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.quotes.CueModel;
import org.parley.quotes.NounCues;
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

  /** {@code parley train quotes}: the quote stage's cue models from PolNeAR train. */
  @Command(
      name = "quotes",
      mixinStandardHelpOptions = true,
      description = {
        "Learn the quote stage's cue models from PolNeAR's train split: one for verbs (a logistic"
            + " regression over each verb's lemma, clause shape and subject) and one for nouns"
            + " (over each noun's lemma, the shape of its content and who holds it). Parsing the"
            + " 840 articles takes a few minutes; the parses are kept in --parses for the next run."
      })
  static final class Quotes implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--polnear", required = true, paramLabel = "DIR",
        description = "The PolNeAR folder (metadata.tsv, train/).")
    Path polnear;

    @Option(names = "--model", paramLabel = "FILE",
        defaultValue = "parley-core/src/main/resources/org/parley/quotes/cue-model.tsv",
        description = "Where to write the verb cue model (default: ${DEFAULT-VALUE}).")
    Path model;

    @Option(names = "--noun-model", paramLabel = "FILE",
        defaultValue = "parley-core/src/main/resources/org/parley/quotes/noun-cue-model.tsv",
        description = "Where to write the noun cue model (default: ${DEFAULT-VALUE}).")
    Path nounModel;

    @Option(names = "--parses", paramLabel = "FILE",
        defaultValue = "parley-cli/target/polnear-train.parses.gz",
        description = "Cache of the train articles' parses (default: ${DEFAULT-VALUE}).")
    Path parses;

    @Option(names = "--skip", paramLabel = "FROM-TO", split = ",", defaultValue = "0-180",
        description = "Train articles [FROM, TO) the model does not learn from, kept unseen for"
            + " measuring (default: ${DEFAULT-VALUE}).")
    List<String> skip;

    @Option(names = "--epochs", defaultValue = "8", paramLabel = "N",
        description = "Passes over the examples (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--l2", defaultValue = "0.00002", paramLabel = "X",
        description = "L2 regularization per step (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--noun-epochs", defaultValue = "15", paramLabel = "N",
        description = "Passes over the noun examples (default: ${DEFAULT-VALUE}).")
    int nounEpochs;

    @Option(names = "--noun-l2", defaultValue = "0.0001", paramLabel = "X",
        description = "L2 regularization per step for the noun model (default: ${DEFAULT-VALUE}).")
    double nounL2;

    @Override
    public Integer call() throws IOException {
      PrintWriter w = spec.commandLine().getOut();
      List<Polnear.Doc> docs;
      try {
        docs = Polnear.read(polnear, "train");
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      Map<String, List<Sentence>> parsed = ParseCache.read(parses);
      int before = parsed.size();
      List<List<String>> features = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      List<List<String>> nounFeatures = new ArrayList<>();
      List<Boolean> nounLabels = new ArrayList<>();
      int used = 0;
      for (int d = 0; d < docs.size(); d++) {
        if (skipped(d)) {
          continue;
        }
        Polnear.Doc doc = docs.get(d);
        List<Sentence> sentences = parsed.get(doc.name());
        if (sentences == null) {
          sentences = CoreNlpStage.shared().annotate(doc.text());
          parsed.put(doc.name(), sentences);
        }
        used++;
        List<Span> cues = new ArrayList<>();
        for (Attribution a : doc.gold()) {
          a.cue().ifPresent(cues::add);
        }
        BitSet quoted = CueModel.insideQuotes(doc.text());
        for (Sentence s : sentences) {
          for (Map.Entry<Integer, List<String>> c : CueModel.candidates(s, quoted).entrySet()) {
            Span t = s.token(c.getKey()).span();
            features.add(c.getValue());
            labels.add(cues.stream().anyMatch(x -> x.overlaps(t)));
          }
          for (NounCues.Candidate c : NounCues.candidates(s, quoted)) {
            nounFeatures.add(c.features());
            nounLabels.add(nounCue(doc, s.token(c.shape().noun()).span(), c.shape().content()));
          }
        }
      }
      if (parsed.size() > before) {
        ParseCache.write(parses, parsed);
      }
      CueModel m = CueModel.train(features, labels, epochs, l2, 20261127L);
      long positive = labels.stream().filter(b -> b).count();
      Files.write(model, m.lines("cue model learned by `parley train quotes` from " + used
          + " PolNeAR train articles (skipped " + String.join(",", skip) + "), " + labels.size()
          + " verbs, " + positive + " cues; feature, weight"), StandardCharsets.UTF_8);
      w.printf("cue model from %d verbs (%d cues) of %d train articles written to %s%n",
          labels.size(), positive, used, model);
      CueModel nouns = CueModel.train(nounFeatures, nounLabels, nounEpochs, nounL2, 20261127L);
      long nounPositive = nounLabels.stream().filter(b -> b).count();
      Files.write(nounModel, nouns.lines("noun cue model learned by `parley train quotes` from "
          + used + " PolNeAR train articles (skipped " + String.join(",", skip) + "), "
          + nounLabels.size() + " nouns, " + nounPositive + " cues; feature, weight", 0.05),
          StandardCharsets.UTF_8);
      w.printf("noun cue model from %d nouns (%d cues) written to %s%n", nounLabels.size(),
          nounPositive, nounModel);
      return 0;
    }

    /**
     * Whether a noun is (part of) the cue of a gold attribution whose content overlaps the content
     * the noun governs: only then would reading it as a cue find that attribution.
     */
    private static boolean nounCue(Polnear.Doc doc, Span noun, Span content) {
      for (Attribution a : doc.gold()) {
        if (a.cue().isPresent() && a.cue().get().overlaps(noun)
            && a.content().stream().anyMatch(c -> c.overlaps(content))) {
          return true;
        }
      }
      return false;
    }

    private boolean skipped(int article) {
      for (String r : skip) {
        if (r.isBlank() || r.equals("none")) {
          continue;
        }
        String[] ab = r.split("-");
        try {
          if (article >= Integer.parseInt(ab[0].strip()) && article < Integer.parseInt(ab[1].strip())) {
            return true;
          }
        } catch (RuntimeException e) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--skip wants ranges FROM-TO, not '" + r + "'");
        }
      }
      return false;
    }
  }

  /**
   * Parsed sentences of articles kept in a gzipped text file, so that training again does not parse
   * again: per article a line "#doc NAME", per token "start end word pos lemma ner head relation"
   * (tab-separated), a blank line after each sentence.
   */
  static final class ParseCache {
    private ParseCache() {}

    static Map<String, List<Sentence>> read(Path file) throws IOException {
      Map<String, List<Sentence>> out = new java.util.LinkedHashMap<>();
      if (!Files.isRegularFile(file)) {
        return out;
      }
      try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
          new java.util.zip.GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        List<Sentence> doc = null;
        List<org.parley.model.Token> tokens = new ArrayList<>();
        List<org.parley.model.Dependency> deps = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith("#doc ")) {
            doc = new ArrayList<>();
            out.put(line.substring(5), doc);
            continue;
          }
          if (line.isEmpty()) {
            if (doc != null && !tokens.isEmpty()) {
              int a = tokens.get(0).span().start();
              int b = tokens.get(tokens.size() - 1).span().end();
              doc.add(new Sentence(doc.size(), new Span(a, b), tokens, deps));
            }
            tokens = new ArrayList<>();
            deps = new ArrayList<>();
            continue;
          }
          String[] c = line.split("\t", -1);
          int i = tokens.size();
          tokens.add(new org.parley.model.Token(i, new Span(Integer.parseInt(c[0]),
              Integer.parseInt(c[1])), c[2], c[3], c[4], c[5]));
          if (!c[7].isEmpty()) {
            deps.add(new org.parley.model.Dependency(Integer.parseInt(c[6]), i, c[7]));
          }
        }
      }
      return out;
    }

    static void write(Path file, Map<String, List<Sentence>> docs) throws IOException {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (java.io.Writer w = new java.io.OutputStreamWriter(
          new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
        for (Map.Entry<String, List<Sentence>> d : docs.entrySet()) {
          w.write("#doc " + d.getKey() + "\n");
          for (Sentence s : d.getValue()) {
            int[] head = new int[s.size()];
            String[] rel = new String[s.size()];
            java.util.Arrays.fill(head, -1);
            for (org.parley.model.Dependency e : s.dependencies()) {
              if (e.dependent() >= 0 && e.dependent() < s.size()) {
                head[e.dependent()] = e.governor();
                rel[e.dependent()] = e.relation();
              }
            }
            for (org.parley.model.Token t : s.tokens()) {
              w.write(t.span().start() + "\t" + t.span().end() + "\t" + clean(t.word()) + "\t"
                  + t.pos() + "\t" + clean(t.lemma()) + "\t" + t.ner() + "\t" + head[t.index()]
                  + "\t" + (rel[t.index()] == null ? "" : rel[t.index()]) + "\n");
            }
            w.write("\n");
          }
        }
      }
    }

    private static String clean(String s) {
      return s.replace('\t', ' ').replace('\n', ' ');
    }
  }
}
