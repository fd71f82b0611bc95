package org.parley.io;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the records of one container (a JSONL, CSV or WARC file) one at a time. A record that
 * cannot be read becomes an {@link Item.Failed}; the reader goes on unless the container itself is
 * broken (a truncated archive), in which case it ends after saying so.
 */
interface RecordReader extends AutoCloseable {
  /** The next item, or null when the container is exhausted. */
  Item next();

  /** Records passed over on purpose (a WARC's request and metadata records). */
  default long skipped() {
    return 0;
  }

  @Override
  void close();

  /**
   * The document of a record whose fields are looked up by name (JSONL and CSV); {@code raw} gives
   * a field's value as it is, or empty when the field is missing, null or blank.
   */
  static Item document(
      String input, String where, Function<String, Optional<String>> raw, SourceOptions o) {
    Optional<String> text = raw.apply(o.textField());
    Function<String, Optional<String>> field =
        f -> raw.apply(f).map(String::strip).filter(v -> !v.isEmpty());
    String source = input + "#" + where;
    if (text.isEmpty()) {
      return new Item.Failed(new Failure(source, "read", "NO_TEXT",
          "the record has no text field \"" + o.textField() + "\" (--text-field names another)",
          input, Optional.of(where)));
    }
    Optional<String> id = field.apply(o.idField());
    Optional<String> url = field.apply(o.urlField());
    String name = id.map(i -> input + "#" + i).orElse(source);
    return new Item.Doc(
        new RawDocument(
                name,
                null,
                text.get(),
                url.or(() -> id),
                field.apply(o.dateField()).flatMap(RecordReader::date),
                field.apply(o.titleField()),
                field.apply(o.outletField()))
            .at(input, Optional.of(id.orElse(where))));
  }

  static Item failed(String input, String where, String code, String message) {
    return new Item.Failed(new Failure(input + "#" + where, "read", code, message, input,
        Optional.of(where)));
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

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
