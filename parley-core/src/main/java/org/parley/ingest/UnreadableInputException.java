package org.parley.ingest;

/**
 * Thrown when input cannot be read as text; {@link #code()} is a stable upper-case code such as
 * {@code "BINARY_INPUT"} or {@code "EMPTY_TEXT"}.
 */
public final class UnreadableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Code for binary data (images, archives, NUL bytes, control characters). */
  public static final String BINARY_INPUT = "BINARY_INPUT";

  /** Code for empty or whitespace-only input. */
  public static final String EMPTY_TEXT = "EMPTY_TEXT";

  private final String code;

  public UnreadableInputException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The stable upper-case code. */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return "UnreadableInputException[" + code + "]: " + getMessage();
  }
}
