package org.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * An input that could not be read or analyzed: which input, which stage, a stable upper-case code
 * and a message that says what to do. The run goes on without it.
 *
 * @param source what the user sees: a file, {@code file#record}, or a URI
 * @param input the file (or {@code -}) the failed item was read from
 * @param record the record id or position inside {@code input}, when the input holds many
 */
public record Failure(
    String source, String stage, String code, String message, String input,
    Optional<String> record) {
  private static final JsonFactory JSON = new JsonFactory();

  /** A failure of a whole input (a file, stdin). */
  public Failure(String source, String stage, String code, String message) {
    this(source, stage, code, message, source, Optional.empty());
  }

  /** The failure of one document. */
  public static Failure of(RawDocument doc, String stage, String code, String message) {
    return new Failure(doc.source(), stage, code, message, doc.input(), doc.record());
  }

  /** The one-line form printed on stderr. */
  public String line() {
    return source + ": " + code + ": " + message;
  }

  /** The JSON line of a {@code --failures} file: input, record, source, stage, code, message. */
  public String json() {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("input", input);
      g.writeStringField("record", record.orElse(null));
      g.writeStringField("source", source);
      g.writeStringField("stage", stage);
      g.writeStringField("code", code);
      g.writeStringField("message", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
