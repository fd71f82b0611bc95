package org.parley.io;

/**
 * An input that could not be read or analyzed: which input, which stage, a stable upper-case code
 * and a message that says what to do. The run goes on without it.
 */
public record Failure(String source, String stage, String code, String message) {
  /** The one-line form printed on stderr. */
  public String line() {
    return source + ": " + code + ": " + message;
  }
}
