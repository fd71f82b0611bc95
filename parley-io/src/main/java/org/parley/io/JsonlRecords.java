package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One JSON object per line; a line that is not one becomes a failure naming its number. */
final class JsonlRecords implements RecordReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String input;
  private final SourceOptions options;
  private final BufferedReader reader;
  private int line;
  private boolean broken;

  JsonlRecords(String input, InputStream in, SourceOptions options) {
    this.input = input;
    this.options = options;
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public Item next() {
    while (!broken) {
      String s;
      try {
        s = reader.readLine();
      } catch (IOException e) {
        broken = true;
        return RecordReader.failed(input, String.valueOf(line + 1), "READ_ERROR",
            "cannot read on (truncated or corrupt file?): " + e.getMessage());
      }
      if (s == null) {
        return null;
      }
      line++;
      Item item = record(input, line, s, options);
      if (item != null) {
        return item;
      }
    }
    return null;
  }

  /**
   * The item of line {@code line} (1-based) of {@code input}: a document, a failure naming the
   * line, or null for a blank line.
   */
  static Item record(String input, long line, String s, SourceOptions options) {
    if (s.isBlank()) {
      return null;
    }
    String where = String.valueOf(line);
    if (s.length() > options.maxBytes()) {
      return RecordReader.failed(input, where, "TOO_LARGE", "the record has " + s.length()
          + " characters; the limit is " + options.maxBytes() + " (--max-bytes)");
    }
    JsonNode node;
    try {
      node = JSON.readTree(s);
    } catch (IOException e) {
      return RecordReader.failed(input, where, "BAD_RECORD",
          "not a JSON object: " + RecordReader.firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      return RecordReader.failed(input, where, "BAD_RECORD", "not a JSON object");
    }
    JsonNode text = node.get(options.textField());
    if (text != null && !text.isNull() && !text.isTextual()) {
      return RecordReader.failed(input, where, "NO_TEXT", "the text field \""
          + options.textField() + "\" is not a string");
    }
    return RecordReader.document(input, where, f -> string(node, f), options);
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return Optional.empty();
    }
    String s = v.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // nothing more to read; a close failure loses nothing
    }
  }
}
