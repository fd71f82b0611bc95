package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes input bytes to text: byte-order marks, strict UTF-8, a windows-1252 fallback, and
 * refusal of binary or empty input with an {@link UnreadableInputException}.
 */
public final class TextDecoder {
  private static final int SNIFF = 8192;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Decoded text with the charset used and notes on how it was decided.
   *
   * @param text the decoded text, without a byte-order mark
   * @param charset the charset name, e.g. {@code "UTF-8"}
   * @param notes human-readable notes (BOM found, fallback used)
   */
  public record Decoded(String text, String charset, List<String> notes) {
    public Decoded {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(charset, "charset");
      notes = List.copyOf(notes);
    }
  }

  /** Decodes the bytes, or throws {@link UnreadableInputException} for binary or empty input. */
  public Decoded decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new UnreadableInputException(UnreadableInputException.EMPTY_TEXT, "the input is empty");
    }
    String magic = magic(bytes);
    if (magic != null) {
      throw new UnreadableInputException(
          UnreadableInputException.BINARY_INPUT, "looks like " + magic + ", not text");
    }
    List<String> notes = new ArrayList<>();
    Decoded decoded;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      notes.add("byte-order mark: UTF-8");
      decoded = utf8OrFallback(bytes, 3, notes);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      notes.add("byte-order mark: UTF-16LE");
      decoded = utf16(bytes, 2, StandardCharsets.UTF_16LE, notes);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      notes.add("byte-order mark: UTF-16BE");
      decoded = utf16(bytes, 2, StandardCharsets.UTF_16BE, notes);
    } else {
      Charset sixteen = unmarkedUtf16(bytes);
      if (sixteen != null) {
        notes.add("no byte-order mark; NUL pattern looks like " + sixteen.name());
        decoded = utf16(bytes, 0, sixteen, notes);
      } else {
        checkBinary(bytes, 0);
        decoded = utf8OrFallback(bytes, 0, notes);
      }
    }
    if (decoded.text().isBlank()) {
      throw new UnreadableInputException(
          UnreadableInputException.EMPTY_TEXT, "the input holds only whitespace");
    }
    return decoded;
  }

  private static Decoded utf8OrFallback(byte[] bytes, int offset, List<String> notes) {
    checkBinary(bytes, offset);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return new Decoded(text, "UTF-8", notes);
    } catch (CharacterCodingException e) {
      notes.add("decoded as windows-1252: not valid UTF-8");
      String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
      return new Decoded(text, "windows-1252", notes);
    }
  }

  private static Decoded utf16(byte[] bytes, int offset, Charset cs, List<String> notes) {
    String text = new String(bytes, offset, bytes.length - offset, cs);
    if (text.indexOf('\u0000') >= 0) {
      throw new UnreadableInputException(
          UnreadableInputException.BINARY_INPUT,
          "looks like binary data: NUL characters in " + cs.name() + " text");
    }
    return new Decoded(text, cs.name(), notes);
  }

  /** UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte. */
  private static Charset unmarkedUtf16(byte[] bytes) {
    int len = Math.min(bytes.length, SNIFF) & ~1;
    if (len < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < len; i += 2) {
      if (bytes[i] == 0) {
        evenNul++;
      }
      if (bytes[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = len / 2;
    if (oddNul > pairs * 0.6 && evenNul == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul > pairs * 0.6 && oddNul == 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static void checkBinary(byte[] bytes, int offset) {
    int end = Math.min(bytes.length, offset + SNIFF);
    int control = 0;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new UnreadableInputException(
            UnreadableInputException.BINARY_INPUT,
            "looks like binary data: NUL byte at offset " + i + ", not text");
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        control++;
      }
    }
    int n = end - offset;
    if (n > 0 && control * 10 > n && control > 2) {
      throw new UnreadableInputException(
          UnreadableInputException.BINARY_INPUT,
          "looks like binary data: " + control + " control bytes in the first " + n
              + " bytes, not text");
    }
  }

  private static String magic(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return "a PDF document";
    }
    if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
      return "a ZIP archive";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "GZIP-compressed data";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
