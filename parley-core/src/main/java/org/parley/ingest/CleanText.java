package org.parley.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Span;

/**
 * The result of cleaning one raw article: the clean text, its map back to raw offsets, and what
 * the cleaner found (title, dateline, embedded posts, unreadable runs) or removed.
 *
 * @param raw the input exactly as given
 * @param text the cleaned text; paragraphs are separated by a blank line
 * @param offsets maps every char of {@code text} to a raw index
 * @param title the title line, in clean coordinates
 * @param dateline the date under the title, in clean coordinates
 * @param regions embedded posts and unreadable runs, in clean coordinates, in text order
 * @param removals what was dropped from the raw text, in raw coordinates, in text order
 */
public record CleanText(
    String raw,
    String text,
    OffsetMap offsets,
    Optional<Span> title,
    Optional<Span> dateline,
    List<Region> regions,
    List<Removal> removals) {

  public CleanText {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateline, "dateline");
    regions = List.copyOf(regions);
    removals = List.copyOf(removals);
    if (offsets.cleanLength() != text.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + offsets.cleanLength() + " chars, text has " + text.length());
    }
  }

  /** The raw span a clean span came from. */
  public Span toRaw(Span clean) {
    return offsets.toRaw(clean);
  }

  /** The title text, if any. */
  public Optional<String> titleText() {
    return title.map(s -> s.in(text));
  }

  /** The dateline text, if any. */
  public Optional<String> datelineText() {
    return dateline.map(s -> s.in(text));
  }

  /** Whether the clean span overlaps an embedded social-media post. */
  public boolean inEmbeddedPost(Span clean) {
    for (Region r : regions) {
      if (r.kind() == Region.Kind.EMBEDDED_POST
          && (r.span().overlaps(clean) || (clean.isEmpty() && r.span().contains(clean.start())))) {
        return true;
      }
    }
    return false;
  }

  /** Regions of one kind, in text order. */
  public List<Region> regions(Region.Kind kind) {
    return regions.stream().filter(r -> r.kind() == kind).toList();
  }

  /**
   * Where the byline of an embedded post lies ("— Donald J. Trump (@realDonaldTrump) March 2,
   * 2018" closing the post): empty for another kind of region or a post whose author and handle
   * are not found at its end.
   */
  public Optional<Byline> byline(Region post) {
    if (post.kind() != Region.Kind.EMBEDDED_POST || post.author().isEmpty()
        || post.handle().isEmpty()) {
      return Optional.empty();
    }
    Span r = post.span();
    int h = text.lastIndexOf("(" + post.handle().get() + ")", r.end());
    if (h < r.start()) {
      return Optional.empty();
    }
    String author = post.author().get();
    int a = text.lastIndexOf(author, h);
    if (a < r.start() || !text.substring(a + author.length(), h).isBlank()) {
      return Optional.empty();
    }
    int d = a;
    while (d > r.start() && Character.isWhitespace(text.charAt(d - 1))) {
      d--;
    }
    int dash = d;
    if (text.startsWith("&mdash;", d - 7) && d - 7 >= r.start()) {
      dash = d - 7;
    } else {
      while (dash > r.start() && dash > d - 2 && "—–-".indexOf(text.charAt(dash - 1)) >= 0) {
        dash--;
      }
    }
    if (dash == d) {
      return Optional.empty(); // no dash before the author: not a byline as the cleaner reads one
    }
    return Optional.of(new Byline(new Span(dash, r.end()), new Span(dash, d),
        new Span(a, a + author.length())));
  }

  /**
   * The byline of an embedded post, in clean coordinates.
   *
   * @param span from the dash to the end of the post
   * @param dash the dash that opens it
   * @param author the author's name
   */
  public record Byline(Span span, Span dash, Span author) {}

  /**
   * A stretch of the clean text that later stages must treat specially.
   *
   * @param span clean coordinates
   * @param kind what the stretch is
   * @param author for an embedded post: the display name in its byline
   * @param handle for an embedded post: the {@code @handle}
   * @param dateText for an embedded post: the date as written in its byline
   */
  public record Region(
      Span span,
      Kind kind,
      Optional<String> author,
      Optional<String> handle,
      Optional<String> dateText) {

    public Region {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(handle, "handle");
      Objects.requireNonNull(dateText, "dateText");
    }

    /** A region with no byline data. */
    public static Region of(Span span, Kind kind) {
      return new Region(span, kind, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** What a region is. */
    public enum Kind {
      /** A quoted social-media post (tweet block); kept in the text, but not reporter prose. */
      EMBEDDED_POST,
      /** Where characters lost in scraping (runs of {@code ?}) were removed. */
      UNREADABLE
    }
  }

  /**
   * A stretch of raw text the cleaner dropped.
   *
   * @param raw raw coordinates
   * @param kind {@code "promo"}, {@code "markup"} or {@code "separator"}
   */
  public record Removal(Span raw, String kind) {
    public static final String PROMO = "promo";
    public static final String MARKUP = "markup";
    public static final String SEPARATOR = "separator";

    public Removal {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(kind, "kind");
    }
  }
}
