package org.parley.io;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document before it is read: its bytes (a file) or its text (a JSONL field), with the
 * hints its container declared.
 *
 * @param source the input it came from: a file path, {@code -} for stdin, or {@code file#line}
 * @param bytes the raw bytes, or null when {@code text} is given
 * @param text the text, or null when {@code bytes} is given
 * @param key what the stable article id is made from: a URL or record id when the container has
 *     one, else empty (the content is hashed)
 */
public record RawDocument(
    String source,
    byte[] bytes,
    String text,
    Optional<String> key,
    Optional<LocalDate> published,
    Optional<String> title,
    Optional<String> outlet) {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    if ((bytes == null) == (text == null)) {
      throw new IllegalArgumentException(
          "exactly one of bytes and text must be given for " + source);
    }
  }

  public static RawDocument ofBytes(String source, byte[] bytes) {
    return new RawDocument(
        source, bytes, null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static RawDocument ofText(String source, String text) {
    return new RawDocument(
        source, null, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
