package org.parley.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One input document as it arrived: its raw text and what the caller declared about it.
 *
 * @param id stable id: a hash of the source URI or of the content
 * @param source the input it came from (file path, URI, record id, or "-" for stdin)
 * @param raw the raw text; every offset in the Analysis JSON points into it
 * @param published the publication date declared by the caller or the input record, if any
 * @param title a title declared by the input record, if any
 * @param outlet the outlet declared by the input record, if any
 */
public record Article(
    String id,
    String source,
    String raw,
    Optional<LocalDate> published,
    Optional<String> title,
    Optional<String> outlet) {

  public Article {
    if (raw == null) {
      throw new IllegalArgumentException("raw text is null for source " + source);
    }
  }

  /** An article with no declared metadata; its id is the hash of its text. */
  public static Article of(String source, String raw) {
    return new Article(idFor(raw), source, raw, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, source, raw, Optional.ofNullable(date), title, outlet);
  }

  /** A stable 16-hex-digit id (the first 8 bytes of SHA-256) of a URI or a text. */
  public static String idFor(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
