package org.parley.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Parley reads from a web page: the article's main text (paragraphs separated by blank lines)
 * and the metadata the page declares. {@link #read} decodes the bytes and runs {@link
 * HtmlExtractor}.
 *
 * @param text the main text; empty when the page holds none
 * @param charset the charset the page was decoded with
 */
public record HtmlPage(
    String text,
    Optional<String> title,
    Optional<LocalDate> published,
    Optional<String> outlet,
    String charset) {

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The page in these bytes. The charset is, in this order (as browsers do): a byte-order mark,
   * the one the HTTP header declared ({@code declared}), the page's {@code <meta charset>} or
   * {@code http-equiv} in its first 4 KB, else UTF-8 when the bytes are valid UTF-8, else
   * windows-1252.
   */
  public static HtmlPage read(byte[] bytes, Optional<String> declared, String url) {
    Charset cs = charset(bytes, declared);
    int skip = 0;
    if (cs == StandardCharsets.UTF_8 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if ((cs == StandardCharsets.UTF_16LE || cs == StandardCharsets.UTF_16BE)
        && bytes.length >= 2) {
      skip = 2;
    }
    String html = new String(bytes, skip, bytes.length - skip, cs);
    return HtmlExtractor.extract(html, url, cs.name());
  }

  static Charset charset(byte[] b, Optional<String> declared) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    Optional<Charset> named = declared.flatMap(HtmlPage::named);
    if (named.isEmpty()) {
      String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        named = named(m.group(1));
      }
    }
    if (named.isPresent()) {
      Charset cs = named.get();
      // pages that say latin-1 mean windows-1252 (the HTML standard's rule)
      if (cs == StandardCharsets.ISO_8859_1 || cs == StandardCharsets.US_ASCII) {
        return WINDOWS_1252;
      }
      return cs;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1252;
    }
  }

  private static Optional<Charset> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("utf8")) {
      n = "utf-8";
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
