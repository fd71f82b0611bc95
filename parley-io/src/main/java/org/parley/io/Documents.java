package org.parley.io;

import java.util.Optional;
import org.parley.ingest.TextDecoder;
import org.parley.ingest.UnreadableInputException;
import org.parley.model.Article;

/** Reads a {@link RawDocument} into an {@link Article}: decodes its bytes and gives it a stable id. */
public final class Documents {
  private static final TextDecoder DECODER = new TextDecoder();

  private Documents() {}

  /**
   * The article of a document; throws {@link UnreadableInputException} for binary, empty or
   * undecodable input. The id is the hash of the record's URL or id when it has one, else of its
   * text, so reading the same input twice gives the same id.
   */
  public static Article read(RawDocument doc, Optional<java.time.LocalDate> published) {
    String text = doc.text() != null ? doc.text() : DECODER.decode(doc.bytes()).text();
    if (text.isBlank()) {
      throw new UnreadableInputException(UnreadableInputException.EMPTY_TEXT,
          "the input holds no text");
    }
    String id = Article.idFor(doc.key().orElse(text));
    return new Article(
        id, doc.source(), text, published.or(doc::published), doc.title(), doc.outlet());
  }
}
