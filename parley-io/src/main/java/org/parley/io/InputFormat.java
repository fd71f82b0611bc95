package org.parley.io;

import java.util.Locale;
import java.util.Optional;

/** The formats an input can be in; each is named by its file extension, after any {@code .gz}. */
public enum InputFormat {
  /** One article per file (plain text or scraped markdown). */
  TXT,
  /** One JSON object per line, the article in a text field. */
  JSONL,
  /** RFC 4180 CSV with a header row, one article per record. */
  CSV,
  /** One web page per file; the main text is extracted. */
  HTML,
  /** A WARC archive: each HTML response record is one article. */
  WARC;

  /** Whether a file of this name is gzip-compressed (its name ends with {@code .gz}). */
  public static boolean gzipped(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The format a file name says, or empty when the extension is not one of ours (read as text). */
  public static Optional<InputFormat> byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    String ext = n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1);
    return switch (ext) {
      case "jsonl", "ndjson" -> Optional.of(JSONL);
      case "csv" -> Optional.of(CSV);
      case "html", "htm", "xhtml", "shtml" -> Optional.of(HTML);
      case "warc" -> Optional.of(WARC);
      case "txt", "md", "text" -> Optional.of(TXT);
      default -> Optional.empty();
    };
  }
}
