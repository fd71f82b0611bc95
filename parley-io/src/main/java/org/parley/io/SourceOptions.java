package org.parley.io;

/**
 * How inputs are read: the size limit and the field names of JSONL records.
 *
 * @param maxBytes inputs larger than this are refused with {@code TOO_LARGE} before being read, so
 *     memory stays bounded whatever the input
 */
public record SourceOptions(
    long maxBytes,
    String textField,
    String titleField,
    String dateField,
    String idField,
    String urlField,
    String outletField) {

  /** 10 MiB: about 1.5 million words, far beyond any news article. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public SourceOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  /** The defaults, which fit newspaper3k and AllSides dumps. */
  public static SourceOptions defaults() {
    return new SourceOptions(DEFAULT_MAX_BYTES, "text", "title", "date", "id", "url", "source");
  }

  public SourceOptions withMaxBytes(long max) {
    return new SourceOptions(max, textField, titleField, dateField, idField, urlField, outletField);
  }
}
