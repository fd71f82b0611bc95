package org.parley.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns command-line inputs into a lazy sequence of {@link Item}s. A file's format comes from its
 * extension (after any {@code .gz}, which is decompressed) or from {@link SourceOptions#format()}:
 * a text or HTML file is one document, a JSONL, CSV or WARC file one document per record. A folder
 * is walked (sorted, hidden entries skipped, filtered by {@link SourceOptions#glob()}), {@code -} is
 * standard input. Content is never analyzed here (HTML is extracted later, on the worker that reads
 * the document); a bad input or record becomes an {@link Item.Failed} and the sequence goes on.
 *
 * <p>NOTE: the iterator holds at most one container open; close it with {@link #close()} when a run
 * stops early.
 */
public final class Sources implements Iterator<Item>, AutoCloseable {
  private final SourceOptions options;
  private final InputStream stdin;
  private final Deque<String> pending;
  private final Deque<Path> walk = new ArrayDeque<>();
  private Item next;
  private RecordReader records;
  private long skipped;

  private Sources(List<String> inputs, SourceOptions options, InputStream stdin) {
    this.options = options;
    this.stdin = stdin;
    this.pending = new ArrayDeque<>(inputs);
  }

  /** The items of these inputs, read lazily in order. */
  public static Sources of(List<String> inputs, SourceOptions options, InputStream stdin) {
    return new Sources(inputs, options, stdin);
  }

  /**
   * The items of one input that another reader opened (a Spark task's file stream): its format
   * and compression come from {@code source}'s name (or {@link SourceOptions#format()}), as for a
   * file of the command line, so a container gives the same items, named the same way. The stream
   * is closed when the items end or on {@link #close()}.
   */
  public static Sources ofStream(String source, InputStream in, SourceOptions options) {
    Sources s = new Sources(List.of(), options, InputStream.nullInputStream());
    String name = source.substring(source.lastIndexOf('/') + 1);
    InputFormat format =
        options.format().or(() -> InputFormat.byName(name)).orElse(InputFormat.TXT);
    InputStream opened = in;
    try {
      // jwarc reads gzip members itself (and needs to, to know where records start)
      if (InputFormat.gzipped(name) && format != InputFormat.WARC) {
        opened = new GZIPInputStream(in, 1 << 16);
      }
    } catch (IOException e) {
      s.closeQuietly(in);
      s.next = failed(source, "READ_ERROR", "cannot open (not gzip?): " + e.getMessage());
      return s;
    }
    s.next = s.open(source, format, opened);
    return s;
  }

  /** Records passed over on purpose so far (WARC records that are not HTML responses). */
  public long skipped() {
    return skipped + (records == null ? 0 : records.skipped());
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      next = advance();
      if (next == null && pending.isEmpty() && walk.isEmpty() && records == null) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item out = next;
    next = null;
    return out;
  }

  @Override
  public void close() {
    if (records != null) {
      skipped += records.skipped();
      records.close();
      records = null;
    }
  }

  private Item advance() {
    if (records != null) {
      Item item = records.next();
      if (item != null) {
        return item;
      }
      close();
    }
    if (!walk.isEmpty()) {
      return file(walk.pop());
    }
    if (pending.isEmpty()) {
      return null;
    }
    String input = pending.pop();
    if (input.equals("-")) {
      return stdin();
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return folder(path);
    }
    return file(path);
  }

  private Item stdin() {
    InputFormat format = options.format().orElse(InputFormat.TXT);
    return open("-", format, stdin);
  }

  private Item folder(Path dir) {
    Optional<PathMatcher> glob = options.glob().map(g -> FileSystems.getDefault()
        .getPathMatcher("glob:" + g));
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(p -> !hidden(dir, p))
              .filter(Files::isRegularFile)
              .filter(p -> glob.isEmpty() || glob.get().matches(dir.relativize(p))
                  || glob.get().matches(p.getFileName()))
              .sorted()
              .toList();
    } catch (IOException | UncheckedIOException e) {
      return failed(dir.toString(), "READ_ERROR", "cannot walk the folder: " + e.getMessage());
    }
    if (files.isEmpty()) {
      return failed(dir.toString(), "NO_INPUT", "the folder holds no file to read"
          + options.glob().map(g -> " matching " + g).orElse(""));
    }
    walk.addAll(files);
    return null;
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private Item file(Path path) {
    String source = path.toString();
    if (!Files.exists(path)) {
      return failed(source, "NOT_FOUND", "no such file or folder");
    }
    if (!Files.isReadable(path)) {
      return failed(source, "READ_ERROR", "the file is not readable (check its permissions)");
    }
    String name = path.getFileName().toString();
    InputFormat format =
        options.format().or(() -> InputFormat.byName(name)).orElse(InputFormat.TXT);
    boolean gz = InputFormat.gzipped(name);
    if (!gz && (format == InputFormat.TXT || format == InputFormat.HTML)) {
      try {
        long size = Files.size(path);
        if (size > options.maxBytes()) {
          return failed(source, "TOO_LARGE", "the file has " + size + " bytes; the limit is "
              + options.maxBytes() + " (--max-bytes): split it or raise the limit");
        }
      } catch (IOException e) {
        return failed(source, "READ_ERROR", "cannot read: " + e.getMessage());
      }
    }
    InputStream in;
    try {
      in = Files.newInputStream(path);
      // jwarc reads gzip members itself (and needs to, to know where records start)
      if (gz && format != InputFormat.WARC) {
        in = new GZIPInputStream(in, 1 << 16);
      }
    } catch (IOException e) {
      return failed(source, "READ_ERROR", "cannot open (not gzip?): " + e.getMessage());
    }
    return open(source, format, in);
  }

  /** The document of a one-document input, or null after opening a container's records. */
  private Item open(String source, InputFormat format, InputStream in) {
    try {
      switch (format) {
        case JSONL -> records = new JsonlRecords(source, in, options);
        case CSV -> records = new CsvRecords(source, in, options);
        case WARC -> records = new WarcRecords(source, in, options);
        case TXT, HTML -> {
          try (InputStream s = in == stdin ? null : in) {
            byte[] bytes = readAtMost(in, options.maxBytes());
            if (bytes == null) {
              return failed(source, "TOO_LARGE", "the input holds more than "
                  + options.maxBytes() + " bytes, the limit (--max-bytes); split it or raise the"
                  + " limit");
            }
            RawDocument doc = RawDocument.ofBytes(source, bytes);
            return new Item.Doc(format == InputFormat.HTML ? doc.withKind(RawDocument.Kind.HTML)
                : doc);
          }
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      closeQuietly(in);
      return failed(source, "READ_ERROR", "cannot read (truncated or corrupt file?): "
          + e.getMessage());
    }
  }

  private void closeQuietly(InputStream in) {
    if (in == stdin) {
      return;
    }
    try {
      in.close();
    } catch (IOException e) {
      // already failed
    }
  }

  private static Item failed(String source, String code, String message) {
    return new Item.Failed(new Failure(source, "read", code, message));
  }

  /** The stream's bytes, or null when it holds more than {@code max}. */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Line {@code line} (1-based) of a JSONL input that another reader split into lines (a Spark
   * partition): its document, a failure naming the line, or empty for a blank line. The same
   * line gives the same document, and so the same article id, as reading the whole input here.
   */
  public static Optional<Item> jsonlLine(String input, long line, String text,
      SourceOptions options) {
    return Optional.ofNullable(JsonlRecords.record(input, line, text, options));
  }

  /**
   * A one-document file that another reader loaded whole (a Spark partition): a text or HTML
   * document by its name (or {@code --input-format}), as a folder walk reads it.
   */
  public static Item file(String source, byte[] bytes, SourceOptions options) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    InputFormat format =
        options.format().or(() -> InputFormat.byName(name)).orElse(InputFormat.TXT);
    if (format != InputFormat.TXT && format != InputFormat.HTML) {
      return failed(source, "BAD_INPUT", "a " + format + " file holds many records; read it as"
          + " such, not as one document");
    }
    if (InputFormat.gzipped(name)) {
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        bytes = readAtMost(in, options.maxBytes());
      } catch (IOException e) {
        return failed(source, "READ_ERROR", "cannot read (truncated or corrupt gzip?): "
            + e.getMessage());
      }
      if (bytes == null) {
        return failed(source, "TOO_LARGE", "the file holds more than " + options.maxBytes()
            + " bytes, the limit (--max-bytes); split it or raise the limit");
      }
    } else if (bytes.length > options.maxBytes()) {
      return failed(source, "TOO_LARGE", "the file has " + bytes.length + " bytes; the limit is "
          + options.maxBytes() + " (--max-bytes): split it or raise the limit");
    }
    RawDocument doc = RawDocument.ofBytes(source, bytes);
    return new Item.Doc(format == InputFormat.HTML ? doc.withKind(RawDocument.Kind.HTML) : doc);
  }

  /** An ISO date or the date part of an ISO date-time; anything else is no date. */
  static Optional<java.time.LocalDate> date(String s) {
    return RecordReader.date(s);
  }
}
