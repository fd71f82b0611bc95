package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns command-line inputs into a lazy sequence of {@link Item}s: a file is one document, a folder
 * is walked (sorted, hidden entries skipped), {@code -} is standard input, a {@code .jsonl} (or
 * {@code .jsonl.gz}) file is one document per line. Content is never parsed here; a bad input
 * becomes an {@link Item.Failed} and the sequence goes on.
 *
 * <p>NOTE: the iterator holds at most one JSONL reader open; close it with {@link #close()} when a
 * run stops early.
 */
public final class Sources implements Iterator<Item>, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceOptions options;
  private final InputStream stdin;
  private final Deque<String> pending;
  private final Deque<Path> walk = new ArrayDeque<>();
  private Item next;
  private JsonlReader jsonl;

  private Sources(List<String> inputs, SourceOptions options, InputStream stdin) {
    this.options = options;
    this.stdin = stdin;
    this.pending = new ArrayDeque<>(inputs);
  }

  /** The items of these inputs, read lazily in order. */
  public static Sources of(List<String> inputs, SourceOptions options, InputStream stdin) {
    return new Sources(inputs, options, stdin);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      next = advance();
      if (next == null && pending.isEmpty() && walk.isEmpty() && jsonl == null) {
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
    if (jsonl != null) {
      jsonl.close();
      jsonl = null;
    }
  }

  private Item advance() {
    if (jsonl != null) {
      Item item = jsonl.next();
      if (item != null) {
        return item;
      }
      jsonl.close();
      jsonl = null;
    }
    if (!walk.isEmpty()) {
      return file(walk.pop(), true);
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
    return file(path, false);
  }

  private Item stdin() {
    try {
      byte[] bytes = readAtMost(stdin, options.maxBytes());
      if (bytes == null) {
        return failed("-", "TOO_LARGE", "standard input holds more than " + options.maxBytes()
            + " bytes, the limit (--max-bytes); split it or raise the limit");
      }
      return new Item.Doc(RawDocument.ofBytes("-", bytes));
    } catch (IOException e) {
      return failed("-", "READ_ERROR", "cannot read standard input: " + e.getMessage());
    }
  }

  private Item folder(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(p -> !hidden(dir, p))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException | UncheckedIOException e) {
      return failed(dir.toString(), "READ_ERROR", "cannot walk the folder: " + e.getMessage());
    }
    if (files.isEmpty()) {
      return failed(dir.toString(), "NO_INPUT", "the folder holds no file to read");
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

  private Item file(Path path, boolean fromFolder) {
    String source = path.toString();
    if (!Files.exists(path)) {
      return failed(source, "NOT_FOUND", "no such file or folder");
    }
    if (!Files.isReadable(path)) {
      return failed(source, "READ_ERROR", "the file is not readable (check its permissions)");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")) {
      try {
        InputStream in = Files.newInputStream(path);
        if (name.endsWith(".gz")) {
          in = new GZIPInputStream(in, 1 << 16);
        }
        jsonl = new JsonlReader(source, in);
        return null;
      } catch (IOException e) {
        return failed(source, "READ_ERROR", "cannot open: " + e.getMessage());
      }
    }
    try {
      long size = Files.size(path);
      if (size > options.maxBytes()) {
        return failed(source, "TOO_LARGE", "the file has " + size + " bytes; the limit is "
            + options.maxBytes() + " (--max-bytes): split it or raise the limit");
      }
      return new Item.Doc(RawDocument.ofBytes(source, Files.readAllBytes(path)));
    } catch (IOException e) {
      return failed(source, "READ_ERROR", "cannot read: " + e.getMessage());
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

  /** One JSON object per line; a line that is not one becomes a failure naming its number. */
  private final class JsonlReader {
    private final String source;
    private final BufferedReader reader;
    private int line;
    private boolean broken;

    JsonlReader(String source, InputStream in) {
      this.source = source;
      this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    Item next() {
      while (!broken) {
        String s;
        try {
          s = reader.readLine();
        } catch (IOException e) {
          broken = true;
          return failed(source + "#" + (line + 1), "READ_ERROR",
              "cannot read on (truncated or corrupt file?): " + e.getMessage());
        }
        if (s == null) {
          return null;
        }
        line++;
        if (s.isBlank()) {
          continue;
        }
        String where = source + "#" + line;
        if (s.length() > options.maxBytes()) {
          return failed(where, "TOO_LARGE", "the record has " + s.length()
              + " characters; the limit is " + options.maxBytes() + " (--max-bytes)");
        }
        JsonNode node;
        try {
          node = JSON.readTree(s);
        } catch (IOException e) {
          return failed(where, "BAD_RECORD", "not a JSON object: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
          return failed(where, "BAD_RECORD", "not a JSON object");
        }
        JsonNode text = node.get(options.textField());
        if (text == null || !text.isTextual()) {
          return failed(where, "NO_TEXT", "the record has no text field \"" + options.textField()
              + "\" (--text-field names another)");
        }
        Optional<String> id = string(node, options.idField());
        Optional<String> url = string(node, options.urlField());
        String name = id.map(i -> source + "#" + i).orElse(where);
        return new Item.Doc(
            new RawDocument(
                name,
                null,
                text.asText(),
                url.or(() -> id),
                string(node, options.dateField()).flatMap(Sources::date),
                string(node, options.titleField()),
                string(node, options.outletField())));
      }
      return null;
    }

    void close() {
      try {
        reader.close();
      } catch (IOException e) {
        // nothing more to read; a close failure loses nothing
      }
    }
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** An ISO date or the date part of an ISO date-time; anything else is no date. */
  static Optional<LocalDate> date(String s) {
    if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return Optional.of(LocalDate.parse(s.substring(0, 10)));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
