package org.parley.io;

import java.util.Optional;

/**
 * How inputs are read: the size limit, the format when the extension does not say it, which files
 * of a folder are read, and the field names of JSONL and CSV records.
 *
 * @param maxBytes inputs (and single records) larger than this are refused with {@code TOO_LARGE},
 *     so memory stays bounded whatever the input
 * @param format the format of every input, overriding the extensions; empty: by extension
 * @param glob a glob ({@code **}{@code /*.html.gz}) the files of a folder must match; empty: all
 */
public record SourceOptions(
    long maxBytes,
    String textField,
    String titleField,
    String dateField,
    String idField,
    String urlField,
    String outletField,
    Optional<InputFormat> format,
    Optional<String> glob) {

  /** 10 MiB: about 1.5 million words, far beyond any news article. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public SourceOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public SourceOptions(
      long maxBytes,
      String textField,
      String titleField,
      String dateField,
      String idField,
      String urlField,
      String outletField) {
    this(maxBytes, textField, titleField, dateField, idField, urlField, outletField,
        Optional.empty(), Optional.empty());
  }

  /** The defaults, which fit newspaper3k and AllSides dumps. */
  public static SourceOptions defaults() {
    return new SourceOptions(DEFAULT_MAX_BYTES, "text", "title", "date", "id", "url", "source");
  }

  public SourceOptions withMaxBytes(long max) {
    return new SourceOptions(max, textField, titleField, dateField, idField, urlField, outletField,
        format, glob);
  }

  /** These field names (null keeps the current one). */
  public SourceOptions withFields(
      String text, String title, String date, String id, String url, String outlet) {
    return new SourceOptions(maxBytes, or(text, textField), or(title, titleField),
        or(date, dateField), or(id, idField), or(url, urlField), or(outlet, outletField), format,
        glob);
  }

  public SourceOptions withFormat(InputFormat f) {
    return new SourceOptions(maxBytes, textField, titleField, dateField, idField, urlField,
        outletField, Optional.ofNullable(f), glob);
  }

  public SourceOptions withGlob(String g) {
    return new SourceOptions(maxBytes, textField, titleField, dateField, idField, urlField,
        outletField, format, Optional.ofNullable(g));
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }
}
