package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.parley.model.Analysis;
import org.parley.model.Dependency;
import org.parley.model.Problem;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;

/**
 * The NLP stage ("nlp"): runs Stanford CoreNLP's tokenizer, sentence splitter, POS tagger, lemmatizer,
 * the 4-class CRF NER and the neural dependency parser on the cleaned text, and turns the result into
 * Parley's own {@link Sentence}/{@link Token}/{@link Dependency} model. Requires TEXT; provides
 * SENTENCES, TOKENS, ENTITIES, DEPENDENCIES.
 *
 * <p>Design decision: only the annotators the extractors read are run. Fine-grained NER, SUTime,
 * coreference and CoreNLP's quote annotator cost about ten times more and are replaced by Parley's
 * own stages. The models load once per JVM ({@link #shared()}); a StanfordCoreNLP pipeline is
 * thread-safe for {@code annotate}.
 */
public final class CoreNlpStage implements Stage {
  /** Texts longer than this are annotated only up to it, with a problem saying so. */
  public static final int MAX_CHARS = 200_000;

  private static volatile CoreNlpStage shared;

  private final StanfordCoreNLP nlp;
  private final StanfordCoreNLP split;
  private final StanfordCoreNLP tag;
  private final FastDependencyParser parser;

  /**
   * A stage running the annotators of {@code props}; when these do not include {@code depparse},
   * the dependency parse comes from {@link FastDependencyParser} with the {@code depparse.model}.
   */
  public CoreNlpStage(Properties props) {
    if (!Boolean.getBoolean("parley.nlp.verbose")) {
      // CoreNLP announces every model it loads on stderr; our stderr is for the user's errors.
      RedwoodConfiguration.current().clear().apply();
    }
    boolean coreNlpParses =
        List.of(props.getProperty("annotators", "").split("\\s*,\\s*")).contains("depparse");
    // The parser's model loads on a second thread while CoreNLP loads the tagger and the NER:
    // about a second less to the first result on a machine with two cores.
    CompletableFuture<FastDependencyParser> parsing =
        coreNlpParses
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.supplyAsync(
                () -> new FastDependencyParser(props.getProperty("depparse.model"), new Properties()),
                CoreNlpStage::startDaemon);
    this.nlp = new StanfordCoreNLP(props);
    // The same annotators run in two steps (CoreNLP shares the loaded models between pipelines):
    // tokens and sentences first, then, after over-long sentences are cut, the rest.
    List<String> annotators = List.of(props.getProperty("annotators", "").split("\\s*,\\s*"));
    Properties first = (Properties) props.clone();
    first.setProperty("annotators", String.join(",",
        annotators.stream().filter(x -> x.equals("tokenize") || x.equals("ssplit")).toList()));
    Properties rest = (Properties) props.clone();
    rest.setProperty("annotators", String.join(",",
        annotators.stream().filter(x -> !x.equals("tokenize") && !x.equals("ssplit")).toList()));
    this.split = new StanfordCoreNLP(first);
    this.tag = new StanfordCoreNLP(rest, false);
    try {
      this.parser = parsing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private static void startDaemon(Runnable r) {
    Thread t = new Thread(r, "parley-depparse-load");
    t.setDaemon(true);
    t.start();
  }

  /** The one stage of this JVM, with the models loaded on first use. */
  public static CoreNlpStage shared() {
    CoreNlpStage s = shared;
    if (s == null) {
      synchronized (CoreNlpStage.class) {
        s = shared;
        if (s == null) {
          s = new CoreNlpStage(defaultProperties());
          shared = s;
        }
      }
    }
    return s;
  }

  /**
   * A stage that loads the shared models only when it first sees an article, so commands that
   * fail early or only describe the pipeline start at once.
   */
  public static Stage lazy() {
    return Stage.of(
        "nlp",
        EnumSet.of(Layer.TEXT),
        EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.DEPENDENCIES),
        a -> shared().apply(a));
  }

  /** The annotators and models Parley uses. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    // depparse runs in FastDependencyParser, same model and parses (see there)
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.docdate.useFixedDate", "false");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    p.setProperty("depparse.extradependencies", "NONE");
    return p;
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.DEPENDENCIES);
  }

  @Override
  public Analysis apply(Analysis in) {
    String text = in.text();
    Analysis out = in;
    if (text.length() > MAX_CHARS) {
      out =
          out.withProblem(
              Problem.of(
                  name(),
                  "TEXT_TOO_LONG",
                  "the text has " + text.length() + " characters; only the first " + MAX_CHARS
                      + " were analyzed (split the article to analyze the rest)"));
      text = text.substring(0, MAX_CHARS);
    }
    Annotation doc = new Annotation(forTagger(text));
    split.annotate(doc);
    int cut = SentenceChunker.chunk(doc, SentenceChunker.MAX_TOKENS);
    tag.annotate(doc);
    out = out.withSentences(convert(text, doc, parser));
    if (cut > 0) {
      out =
          out.withProblem(
              Problem.of(
                  name(),
                  "LONG_SENTENCES",
                  cut + " sentence(s) longer than " + SentenceChunker.MAX_TOKENS + " tokens were"
                      + " cut into pieces before tagging and parsing (text without full stops?)"));
    }
    return out;
  }

  /** Tokens, sentences, tags and dependencies of a text, in Parley's model. */
  public List<Sentence> annotate(String text) {
    Annotation doc = new Annotation(forTagger(text));
    split.annotate(doc);
    SentenceChunker.chunk(doc, SentenceChunker.MAX_TOKENS);
    tag.annotate(doc);
    return convert(text, doc, parser);
  }

  /**
   * The text as the tagger and parser read it: a curly apostrophe inside a word is a straight one
   * ("he’ll", "it’s", "don’t", "Trump’s"). The models learned contractions with straight
   * apostrophes: with curly ones "’ll" was tagged a past verb and "’s" always a possessive. One
   * character for one, so offsets hold, and Parley's tokens keep the text's own characters.
   */
  static String forTagger(String text) {
    char[] c = null;
    for (int i = text.indexOf('\u2019'); i >= 0 && i + 1 < text.length();
        i = text.indexOf('\u2019', i + 1)) {
      if (i > 0 && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        if (c == null) {
          c = text.toCharArray();
        }
        c[i] = '\'';
      }
    }
    return c == null ? text : new String(c);
  }

  /** The annotators' pipeline, for tools that time them one by one. */
  StanfordCoreNLP coreNlp() {
    return nlp;
  }

  /** The dependency parser used when CoreNLP's depparse annotator is not run, or null. */
  FastDependencyParser parser() {
    return parser;
  }

  /**
   * Parley's sentences for a text annotated by CoreNLP; with a {@code parser}, the dependencies come
   * from it, else from CoreNLP's basic dependencies.
   */
  static List<Sentence> convert(String text, Annotation doc, FastDependencyParser parser) {
    List<Sentence> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return out;
    }
    for (CoreMap cm : sentences) {
      List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        int b = l.beginPosition();
        int e = l.endPosition();
        String word = e <= text.length() && b <= e ? text.substring(b, e) : l.word();
        tokens.add(
            new Token(
                i,
                new Span(b, e),
                word,
                nonNull(l.tag(), "X"),
                nonNull(l.lemma(), word),
                nonNull(l.ner(), "O")));
      }
      List<Dependency> deps = new ArrayList<>(labels.size());
      SemanticGraph g =
          cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (parser != null) {
        FastDependencyParser.Parse parse = parser.parse(labels);
        for (int i = 1; i < parse.heads().length; i++) {
          int h = parse.heads()[i];
          if (h >= 0) {
            deps.add(new Dependency(h - 1, i - 1, parse.labels()[i]));
          }
        }
      } else if (g != null) {
        for (IndexedWord root : g.getRoots()) {
          deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : g.edgeIterable()) {
          deps.add(
              new Dependency(
                  edge.getGovernor().index() - 1,
                  edge.getDependent().index() - 1,
                  edge.getRelation().toString()));
        }
        deps.sort((x, y) -> Integer.compare(x.dependent(), y.dependent()));
      }
      Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
      out.add(new Sentence(out.size(), span, tokens, deps));
    }
    return out;
  }

  private static String nonNull(String s, String fallback) {
    return s == null ? fallback : s;
  }
}
