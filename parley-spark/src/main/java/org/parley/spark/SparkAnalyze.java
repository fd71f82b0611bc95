package org.parley.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import org.parley.io.AnalysisJson;
import org.parley.io.Analyzer;
import org.parley.io.InputFormat;
import org.parley.io.Item;
import org.parley.io.SourceOptions;
import org.parley.io.Sources;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * The standard pipeline as a Spark job: {@code spark-submit --class org.parley.spark.SparkAnalyze
 * ...}. Each executor JVM loads the models once and analyzes its partitions' articles; the
 * analyses are the same JSON lines, byte for byte, that {@code parley analyze -f jsonl} writes
 * for the same input names, so {@code parley ingest --from-json} loads them into a store.
 */
@Command(
    name = "parley-spark",
    mixinStandardHelpOptions = true,
    description = {
        "Analyze a corpus on Spark. JSONL dumps (.jsonl, .jsonl.gz; one article a line) are split"
            + " by lines; CSV dumps and WARC archives (.csv, .warc, also gzipped) are streamed a"
            + " file a task and their records spread over the partitions; other inputs are read as"
            + " one article a file (.txt, .md, .html, and folders of them).",
        "Writes OUT/analyses (Analysis JSON lines, as 'parley analyze -f jsonl') and"
            + " OUT/failures (one JSON line per record that could not be read or analyzed)."})
public final class SparkAnalyze implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files or folders, on any file system Spark reads (file:, hdfs:, s3a: ...).")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Where to write analyses/ and failures/ (must not exist).")
  String out;

  @Option(names = "--partitions", paramLabel = "N",
      description = "At least this many partitions per input (default: Spark's).")
  int partitions;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "The publication date of articles that give none.")
  LocalDate published;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "200000",
      description = "Articles longer than this are not analyzed (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--max-bytes", paramLabel = "N",
      defaultValue = "" + SourceOptions.DEFAULT_MAX_BYTES,
      description = "Refuse records larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--text-field", paramLabel = "NAME", description = "Default: text.")
  String textField;

  @Option(names = "--title-field", paramLabel = "NAME", description = "Default: title.")
  String titleField;

  @Option(names = "--date-field", paramLabel = "NAME", description = "Default: date.")
  String dateField;

  @Option(names = "--id-field", paramLabel = "NAME", description = "Default: id.")
  String idField;

  @Option(names = "--url-field", paramLabel = "NAME", description = "Default: url.")
  String urlField;

  @Option(names = "--outlet-field", paramLabel = "NAME", description = "Default: source.")
  String outletField;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkAnalyze()).execute(args));
  }

  @Override
  public Integer call() throws java.io.IOException {
    SparkSession spark = SparkSession.builder().appName("parley").getOrCreate();
    try {
      org.apache.hadoop.fs.Path o = new org.apache.hadoop.fs.Path(out);
      if (o.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(o)) {
        System.err.println("parley-spark: " + out + " exists; give --out a new folder");
        return 2;
      }
      Counts c = run(spark, inputs, job(), out, partitions);
      System.err.printf("parley-spark: %d analyzed, %d failed; %s%n", c.analyzed(), c.failed(),
          out);
      return c.failed() > 0 ? 1 : 0;
    } finally {
      spark.stop();
    }
  }

  Job job() {
    return new Job(maxBytes, textField, titleField, dateField, idField, urlField, outletField,
        published == null ? null : published.toString(), maxChars);
  }

  /** How many articles a run analyzed and how many records failed. */
  public record Counts(long analyzed, long failed) {}

  /**
   * Analyzes {@code inputs} and writes {@code out}/analyses and {@code out}/failures as text part
   * files, in input order.
   */
  public static Counts run(SparkSession spark, List<String> inputs, Job job, String out,
      int partitions) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // folders are walked whole, as the CLI walks them
    sc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    JavaRDD<Tuple2<Boolean, String>> results = null;
    for (String input : inputs) {
      JavaRDD<Tuple2<Boolean, String>> r = records(sc, input, job, partitions);
      results = results == null ? r : results.union(r);
    }
    results.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      results.filter(Tuple2::_1).map(Tuple2::_2).saveAsTextFile(out + "/analyses");
      results.filter(t -> !t._1()).map(Tuple2::_2).saveAsTextFile(out + "/failures");
      long failed = results.filter(t -> !t._1()).count();
      return new Counts(results.count() - failed, failed);
    } finally {
      results.unpersist(false);
    }
  }

  private static JavaRDD<Tuple2<Boolean, String>> records(JavaSparkContext sc, String input,
      Job job, int partitions) {
    String name = input.substring(input.lastIndexOf('/') + 1);
    String bare = InputFormat.gzipped(name) ? name.substring(0, name.lastIndexOf('.')) : name;
    if (InputFormat.byName(bare).orElse(InputFormat.TXT) == InputFormat.JSONL) {
      JavaRDD<String> lines = partitions > 0 ? sc.textFile(input, partitions) : sc.textFile(input);
      return lines.zipWithIndex().mapPartitions(new JsonlLines(input, job));
    }
    InputFormat format = job.sourceOptions().format()
        .or(() -> InputFormat.byName(bare)).orElse(InputFormat.TXT);
    if (format == InputFormat.CSV || format == InputFormat.WARC) {
      return containers(sc, input, job, partitions);
    }
    JavaRDD<Tuple2<String, byte[]>> files =
        (partitions > 0 ? sc.binaryFiles(input, partitions) : sc.binaryFiles(input))
            .map(f -> new Tuple2<>(f._1(), f._2().toArray()));
    return files.sortBy(Tuple2::_1, true, Math.max(1, files.getNumPartitions()))
        .mapPartitions(new WholeFiles(input, job));
  }

  /**
   * CSV dumps and WARC archives (a file or a folder of them): each file is streamed by one task,
   * as the CLI reads it, and its records are spread over {@code partitions} (default: Spark's
   * parallelism) to be analyzed, then put back in input order. A CSV record can span lines and a
   * WARC archive's records start where its gzip members do, so neither splits by lines.
   */
  private static JavaRDD<Tuple2<Boolean, String>> containers(JavaSparkContext sc, String input,
      Job job, int partitions) {
    JavaPairRDD<String, org.apache.spark.input.PortableDataStream> files =
        sc.binaryFiles(input).sortByKey(true, 1);
    JavaPairRDD<Long, Carried> records = files
        .mapPartitions(new ContainerRecords(input, job))
        .zipWithIndex()
        .mapToPair(Tuple2::swap);
    int n = partitions > 0 ? partitions : sc.defaultParallelism();
    return records.repartition(n)
        .mapValues(job::analyze)
        .sortByKey(true, n)
        .values();
  }

  /** The records of whole container files, each file opened as a stream, as {@link Carried}s. */
  private record ContainerRecords(String input, Job job)
      implements FlatMapFunction<Iterator<Tuple2<String,
          org.apache.spark.input.PortableDataStream>>, Carried> {
    @Override
    public Iterator<Carried> call(
        Iterator<Tuple2<String, org.apache.spark.input.PortableDataStream>> files) {
      SourceOptions options = job.sourceOptions();
      return new Flattened<>(files, f -> {
        Sources items = Sources.ofStream(sourceName(input, f._1()), f._2().open(), options);
        return new Mapped<>(items, Carried::of);
      });
    }
  }

  /**
   * The options an executor needs, in a form Spark can ship (picocli's values and {@link
   * SourceOptions} are not serializable).
   */
  public record Job(long maxBytes, String textField, String titleField, String dateField,
      String idField, String urlField, String outletField, String published, int maxChars)
      implements Serializable {
    /** The defaults of {@code parley analyze}. */
    public static Job defaults() {
      return new Job(SourceOptions.DEFAULT_MAX_BYTES, null, null, null, null, null, null, null,
          200_000);
    }

    SourceOptions sourceOptions() {
      return SourceOptions.defaults().withMaxBytes(maxBytes)
          .withFields(textField, titleField, dateField, idField, urlField, outletField);
    }

    Optional<LocalDate> publishedDate() {
      return Optional.ofNullable(published).map(LocalDate::parse);
    }

    /** The line a carried item gives, as {@link #analyze(Item)}. */
    Tuple2<Boolean, String> analyze(Carried item) {
      return analyze(item.item());
    }

    /** The line an item gives: (true, analysis) or (false, failure); null when skipped. */
    Tuple2<Boolean, String> analyze(Item item) {
      if (item instanceof Item.Failed f) {
        return new Tuple2<>(false, f.failure().json());
      }
      Analyzer.Outcome o = Analyzer.analyze(Executor.pipeline(), ((Item.Doc) item).document(),
          publishedDate(), maxChars, id -> false);
      return o.failure() != null ? new Tuple2<>(false, o.failure().json())
          : new Tuple2<>(true, AnalysisJson.line(o.analysis(), o.extracted()));
    }
  }

  /** The lines of a JSONL input, numbered from 1 as the CLI numbers them. */
  private record JsonlLines(String input, Job job)
      implements FlatMapFunction<Iterator<Tuple2<String, Long>>, Tuple2<Boolean, String>> {
    @Override
    public Iterator<Tuple2<Boolean, String>> call(Iterator<Tuple2<String, Long>> lines) {
      SourceOptions options = job.sourceOptions();
      return new Mapped<>(lines, l -> Sources.jsonlLine(input, l._2() + 1, l._1(), options)
          .map(job::analyze).orElse(null));
    }
  }

  /** Whole files, named as a folder walk of the CLI names them (the input, then the path in it). */
  private record WholeFiles(String input, Job job)
      implements FlatMapFunction<Iterator<Tuple2<String, byte[]>>, Tuple2<Boolean, String>> {
    @Override
    public Iterator<Tuple2<Boolean, String>> call(Iterator<Tuple2<String, byte[]>> files) {
      SourceOptions options = job.sourceOptions();
      return new Mapped<>(files,
          f -> job.analyze(Sources.file(sourceName(input, f._1()), f._2(), options)));
    }
  }

  /**
   * The name the CLI gives a file of {@code input}: the input as typed when it is the file, else
   * the input joined with the file's path inside it; a file elsewhere keeps its URI.
   */
  static String sourceName(String input, String uri) {
    String file = URI.create(uri).getPath();
    String root = input.contains(":") ? URI.create(input).getPath()
        : Path.of(input).toAbsolutePath().normalize().toString();
    if (file == null || root == null) {
      return uri;
    }
    if (file.equals(root)) {
      return input;
    }
    String dir = root.endsWith("/") ? root : root + "/";
    if (!file.startsWith(dir)) {
      return uri;
    }
    return (input.endsWith("/") ? input : input + "/") + file.substring(dir.length());
  }

  /** A lazily mapped iterator that drops the nulls of {@code f}. */
  private static final class Mapped<A, B> implements Iterator<B> {
    private final Iterator<A> in;
    private final java.util.function.Function<A, B> f;
    private B next;

    Mapped(Iterator<A> in, java.util.function.Function<A, B> f) {
      this.in = in;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      while (next == null && in.hasNext()) {
        next = f.apply(in.next());
      }
      return next != null;
    }

    @Override
    public B next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      B b = next;
      next = null;
      return b;
    }
  }

  /** The concatenation of the iterators {@code f} gives for each element of {@code in}. */
  private static final class Flattened<A, B> implements Iterator<B> {
    private final Iterator<A> in;
    private final java.util.function.Function<A, Iterator<B>> f;
    private Iterator<B> current = java.util.Collections.emptyIterator();

    Flattened(Iterator<A> in, java.util.function.Function<A, Iterator<B>> f) {
      this.in = in;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && in.hasNext()) {
        current = f.apply(in.next());
      }
      return current.hasNext();
    }

    @Override
    public B next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return current.next();
    }
  }

  /** The pipeline of this JVM: built on first use, the models loaded once per executor. */
  static final class Executor {
    private static volatile Pipeline pipeline;

    private Executor() {}

    static Pipeline pipeline() {
      Pipeline p = pipeline;
      if (p == null) {
        synchronized (Executor.class) {
          p = pipeline;
          if (p == null) {
            p = Parley.pipeline(CoreNlpStage.shared());
            pipeline = p;
          }
        }
      }
      return p;
    }
  }
}
