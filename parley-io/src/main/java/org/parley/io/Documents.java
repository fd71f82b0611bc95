package org.parley.io;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.ingest.TextDecoder;
import org.parley.ingest.UnreadableInputException;
import org.parley.model.Article;

/**
 * Reads a {@link RawDocument} into an {@link Article}: decodes its bytes (or extracts the main text
 * of a web page) and gives it a stable id.
 */
public final class Documents {
  private static final TextDecoder DECODER = new TextDecoder();

  /** Code for a web page in which no article text was found. */
  public static final String NO_MAIN_TEXT = "NO_MAIN_TEXT";

  private Documents() {}

  /**
   * An article and whether its raw text is an extraction (from a web page) rather than the input
   * itself; when it is, the writer includes the text, since offsets point into it.
   */
  public record Loaded(Article article, boolean extracted) {}

  /**
   * The article of a document; throws {@link UnreadableInputException} for binary, empty or
   * undecodable input. The id is the hash of the record's URL or id when it has one, else of its
   * text, so reading the same input twice gives the same id.
   */
  public static Article read(RawDocument doc, Optional<LocalDate> published) {
    return load(doc, published).article();
  }

  /**
   * As {@link #read}, saying whether the text was extracted. For a web page the page's own title,
   * date and outlet come before those of its container (a WARC record's fetch date is only a
   * fallback); {@code published}, the caller's date, comes before all.
   */
  public static Loaded load(RawDocument doc, Optional<LocalDate> published) {
    if (doc.kind() == RawDocument.Kind.HTML) {
      byte[] bytes = doc.bytes() != null ? doc.bytes()
          : doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      if (bytes.length == 0) {
        throw new UnreadableInputException(UnreadableInputException.EMPTY_TEXT, "the page is empty");
      }
      HtmlPage page = HtmlPage.read(bytes, doc.bytes() != null ? doc.charset()
          : Optional.of("UTF-8"), doc.key().orElse(doc.source()));
      if (page.text().isBlank()) {
        throw new UnreadableInputException(NO_MAIN_TEXT,
            "no article text found in the page (is it an index page, or rendered by JavaScript?)");
      }
      String id = Article.idFor(doc.key().orElse(page.text()));
      return new Loaded(
          new Article(id, doc.source(), page.text(),
              published.or(page::published).or(doc::published),
              page.title().or(doc::title), page.outlet().or(doc::outlet)),
          true);
    }
    String text = doc.text() != null ? doc.text() : DECODER.decode(doc.bytes()).text();
    if (text.isBlank()) {
      throw new UnreadableInputException(UnreadableInputException.EMPTY_TEXT,
          "the input holds no text");
    }
    String id = Article.idFor(doc.key().orElse(text));
    return new Loaded(
        new Article(id, doc.source(), text, published.or(doc::published), doc.title(),
            doc.outlet()),
        false);
  }
}
