package org.parley.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 4180 CSV with a header row naming the fields: quoted fields may hold commas, doubled quotes
 * and line breaks; CRLF or LF record ends.
 *
 * <p>Broken quoting is recovered from, not fatal. A quote inside a quoted field that is not followed
 * by a comma or a line end is kept as a literal quote. When a record comes out with a field count
 * other than the header's (a quote was opened and never closed, so the field swallowed the next
 * records), that record is reported with its line numbers and reading restarts on the line after
 * its first one; lines that still do not make a record are folded into the same failure, so one
 * broken quote costs one record and one failure line.
 */
final class CsvRecords implements RecordReader {
  private final String input;
  private final SourceOptions options;
  private final Reader reader;
  private final Deque<Item> ready = new ArrayDeque<>();

  /** Characters pushed back to be read again (after a broken record). */
  private final StringBuilder again = new StringBuilder();

  private int againAt;
  private int lookahead = -2;
  private int line = 1;
  private StringBuilder raw = new StringBuilder();
  private List<String> header;
  private Map<String, Integer> columns;
  private boolean ended;

  /** The open failure while recovering from a broken record: first and last line, message. */
  private int brokenFrom = -1;

  private int brokenTo;
  private String brokenWhy;

  CsvRecords(String input, InputStream in, SourceOptions options) {
    this.input = input;
    this.options = options;
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public Item next() {
    while (ready.isEmpty() && !ended) {
      step();
    }
    return ready.poll();
  }

  private void step() {
    Parsed p;
    try {
      p = parse();
    } catch (IOException e) {
      closeBroken();
      ready.add(RecordReader.failed(input, String.valueOf(line), "READ_ERROR",
          "cannot read on (truncated or corrupt file?): " + e.getMessage()));
      ended = true;
      return;
    }
    if (p == null) {
      closeBroken();
      ended = true;
      return;
    }
    if (p.fields.size() == 1 && p.fields.get(0).isEmpty() && p.error == null) {
      return; // an empty line
    }
    if (header == null && p.error == null) {
      header = p.fields;
      columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columns.putIfAbsent(header.get(i).strip(), i);
      }
      return;
    }
    String error = p.error;
    if (error == null && p.fields.size() != header.size()) {
      error = "the record has " + p.fields.size() + " fields, the header " + header.size()
          + (p.lastLine > p.firstLine ? " (a quote opened and not closed?)" : "");
    }
    if (error == null) {
      closeBroken();
      List<String> fields = p.fields;
      ready.add(RecordReader.document(input, String.valueOf(p.firstLine), f -> {
        Integer i = columns.get(f);
        return i == null || fields.get(i).isBlank() ? Optional.empty() : Optional.of(fields.get(i));
      }, options));
      return;
    }
    boolean first = brokenFrom < 0;
    if (first) {
      brokenFrom = p.firstLine;
      brokenWhy = error;
    }
    brokenTo = p.firstLine;
    // an unclosed quote that ran to the end of the file is read again once, not on every line
    if (p.lastLine > p.firstLine && (!p.atEnd || first)) {
      // read again from the line after this record's first one
      int nl = p.raw.indexOf("\n");
      String rest = p.raw.substring(nl + 1);
      String unread = again.substring(againAt);
      again.setLength(0);
      againAt = 0;
      again.append(rest);
      if (lookahead >= 0) {
        again.append((char) lookahead);
      }
      lookahead = -2;
      again.append(unread);
      line = p.firstLine + 1;
    } else if (header == null) {
      header = p.fields; // a broken header still names the columns as well as it can
    }
  }

  private void closeBroken() {
    if (brokenFrom < 0) {
      return;
    }
    String where = brokenFrom == brokenTo ? "line " + brokenFrom
        : "lines " + brokenFrom + "-" + brokenTo;
    ready.addFirst(RecordReader.failed(input, String.valueOf(brokenFrom), "BAD_RECORD",
        "cannot parse the CSV record at " + where + ": " + brokenWhy + "; the records after it"
            + " were read"));
    brokenFrom = -1;
  }

  /** One record. */
  private record Parsed(
      List<String> fields, int firstLine, int lastLine, String raw, String error, boolean atEnd) {}

  private Parsed parse() throws IOException {
    raw = new StringBuilder();
    int first = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    long limit = options.maxBytes();
    while (true) {
      int c = read();
      if (c == -1) {
        if (quoted) {
          fields.add(field.toString());
          return new Parsed(fields, first, line, raw.toString(),
              "a quoted field is not closed before the end of the file", true);
        }
        if (raw.isEmpty() && fields.isEmpty()) {
          return null;
        }
        fields.add(field.toString());
        return new Parsed(fields, first, line, raw.toString(), null, true);
      }
      if (raw.length() > limit) {
        fields.add(field.toString());
        return new Parsed(fields, first, line, raw.toString(),
            "the record is longer than " + limit + " characters (--max-bytes)", false);
      }
      if (quoted) {
        if (c == '"') {
          int n = peek();
          if (n == '"') {
            read();
            field.append('"');
          } else if (n == ',' || n == '\r' || n == '\n' || n == -1) {
            quoted = false;
          } else {
            field.append('"'); // a stray quote: keep it
          }
        } else {
          field.append((char) c);
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        continue;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        fields.add(field.toString());
        return new Parsed(fields, first, line - 1, raw.toString(), null, false);
      }
      if (c == '"' && fieldStart && field.isEmpty()) {
        quoted = true;
        fieldStart = false;
        continue;
      }
      if (c == '\uFEFF' && first == 1 && raw.length() == 1) {
        continue;
      }
      fieldStart = false;
      field.append((char) c);
    }
  }

  private int peek() throws IOException {
    if (lookahead == -2) {
      lookahead = rawRead();
    }
    return lookahead;
  }

  private int read() throws IOException {
    int c;
    if (lookahead != -2) {
      c = lookahead;
      lookahead = -2;
    } else {
      c = rawRead();
    }
    if (c >= 0) {
      raw.append((char) c);
      if (c == '\n') {
        line++;
      }
    }
    return c;
  }

  private int rawRead() throws IOException {
    if (againAt < again.length()) {
      char c = again.charAt(againAt++);
      if (againAt == again.length()) {
        again.setLength(0);
        againAt = 0;
      }
      return c;
    }
    return reader.read();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // nothing more to read
    }
  }
}
