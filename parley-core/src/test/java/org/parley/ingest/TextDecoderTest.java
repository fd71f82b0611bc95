package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  @Test
  void decodesPlainUtf8WithoutNotes() {
    TextDecoder.Decoded d = decoder.decode("caf\u00e9 \u201cquoted\u201d".getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("caf\u00e9 \u201cquoted\u201d");
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.notes()).isEmpty();
  }

  @Test
  void dropsAUtf8ByteOrderMark() {
    byte[] body = "Lavrov said".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    TextDecoder.Decoded d = decoder.decode(bytes);
    assertThat(d.text()).isEqualTo("Lavrov said");
    assertThat(d.charset()).isEqualTo("UTF-8");
  }

  @Test
  void decodesUtf16WithEitherByteOrderMark() {
    String text = "\u00ab\u041c\u0438\u0440\u00bb peace";
    assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(text);
    byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    TextDecoder.Decoded d = decoder.decode(withBom);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void decodesUnmarkedUtf16ByItsNulPattern() {
    TextDecoder.Decoded d = decoder.decode("Moscow said".getBytes(StandardCharsets.UTF_16LE));
    assertThat(d.text()).isEqualTo("Moscow said");
  }

  @Test
  void fallsBackToWindows1252WhenBytesAreNotUtf8() {
    String text = "caf\u00e9 \u201cquoted\u201d";
    TextDecoder.Decoded d = decoder.decode(text.getBytes(Charset.forName("windows-1252")));
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.notes()).contains("decoded as windows-1252: not valid UTF-8");
  }

  @Test
  void refusesAPngImageAsBinaryInput() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    UnreadableInputException e =
        catchThrowableOfType(UnreadableInputException.class, () -> decoder.decode(png));
    assertThat(e.code()).isEqualTo("BINARY_INPUT");
    assertThat(e.getMessage()).isEqualTo("looks like a PNG image, not text");
  }

  @Test
  void refusesNulBytesAndControlNoiseAsBinaryInput() {
    byte[] nul = {'a', 'b', 0, 'c', 'd', 'e'};
    assertThat(catchThrowableOfType(UnreadableInputException.class, () -> decoder.decode(nul)).code())
        .isEqualTo("BINARY_INPUT");
    byte[] noise = new byte[100];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
    }
    assertThat(catchThrowableOfType(UnreadableInputException.class, () -> decoder.decode(noise)).code())
        .isEqualTo("BINARY_INPUT");
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(catchThrowableOfType(UnreadableInputException.class, () -> decoder.decode(pdf)).getMessage())
        .contains("PDF");
  }

  @Test
  void refusesEmptyAndWhitespaceOnlyInputAsEmptyText() {
    assertThat(catchThrowableOfType(UnreadableInputException.class, () -> decoder.decode(new byte[0])).code())
        .isEqualTo("EMPTY_TEXT");
    byte[] blank = " \n\t\r\n ".getBytes(StandardCharsets.UTF_8);
    assertThat(catchThrowableOfType(UnreadableInputException.class, () -> decoder.decode(blank)).code())
        .isEqualTo("EMPTY_TEXT");
  }
}
