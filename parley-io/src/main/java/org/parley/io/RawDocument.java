package org.parley.io;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document before it is read: its bytes (a file, a WARC payload) or its text (a JSONL
 * or CSV field), with the hints its container declared.
 *
 * @param source the input it came from: a file path, {@code -} for stdin, {@code file#record}, or
 *     a WARC record's target URI
 * @param bytes the raw bytes, or null when {@code text} is given
 * @param text the text, or null when {@code bytes} is given
 * @param key what the stable article id is made from: a URL or record id when the container has
 *     one, else empty (the content is hashed)
 * @param published the date the container declares; for an HTML page, a fallback used only when the
 *     page itself gives none (a WARC record's fetch date)
 * @param kind what the bytes or text are: plain text, or an HTML page whose main text is extracted
 * @param charset the charset the container declared (an HTTP header), if any
 * @param input the file (or {@code -}) the document was read from
 * @param record the record's id or position inside {@code input} (JSONL line, CSV record, WARC
 *     record id), or empty when the input is the document
 */
public record RawDocument(
    String source,
    byte[] bytes,
    String text,
    Optional<String> key,
    Optional<LocalDate> published,
    Optional<String> title,
    Optional<String> outlet,
    Kind kind,
    Optional<String> charset,
    String input,
    Optional<String> record) {

  /** What a document's content is. */
  public enum Kind {
    /** Article text (plain or scraped markdown), analyzed as it is. */
    TEXT,
    /** A web page: its main text is extracted first, and that extraction is what is analyzed. */
    HTML
  }

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(input, "input");
    if ((bytes == null) == (text == null)) {
      throw new IllegalArgumentException(
          "exactly one of bytes and text must be given for " + source);
    }
  }

  /** A text document with the hints of its container. */
  public RawDocument(
      String source,
      byte[] bytes,
      String text,
      Optional<String> key,
      Optional<LocalDate> published,
      Optional<String> title,
      Optional<String> outlet) {
    this(source, bytes, text, key, published, title, outlet, Kind.TEXT, Optional.empty(), source,
        Optional.empty());
  }

  public static RawDocument ofBytes(String source, byte[] bytes) {
    return new RawDocument(
        source, bytes, null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static RawDocument ofText(String source, String text) {
    return new RawDocument(
        source, null, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A web page read from {@code source}. */
  public static RawDocument ofHtml(String source, byte[] bytes) {
    return ofBytes(source, bytes).withKind(Kind.HTML);
  }

  public RawDocument withKind(Kind k) {
    return new RawDocument(source, bytes, text, key, published, title, outlet, k, charset, input,
        record);
  }

  /** The same document, located at {@code record} inside {@code input}. */
  public RawDocument at(String input, Optional<String> record) {
    return new RawDocument(source, bytes, text, key, published, title, outlet, kind, charset, input,
        record);
  }
}
