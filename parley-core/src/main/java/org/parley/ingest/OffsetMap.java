package org.parley.ingest;

import java.util.Arrays;
import org.parley.model.Span;

/**
 * A monotonic map from each char of a cleaned text to the index of the raw char it came from.
 *
 * <p>Built with a {@link Builder} while cleaning. Chars the cleaner synthesizes (a paragraph
 * break, a collapsed space) are mapped to a nearby raw char, never backwards. Lookups are O(1);
 * memory is one {@code int} per clean char.
 */
public final class OffsetMap {
  private final int[] raw;
  private final int rawLength;

  private OffsetMap(int[] raw, int rawLength) {
    this.raw = raw;
    this.rawLength = rawLength;
  }

  /** A builder for a raw text of {@code rawLength} chars. */
  public static Builder builder(int rawLength) {
    return new Builder(rawLength);
  }

  /** The identity map of a text copied unchanged. */
  public static OffsetMap identity(int length) {
    int[] raw = new int[length];
    for (int i = 0; i < length; i++) {
      raw[i] = i;
    }
    return new OffsetMap(raw, length);
  }

  /** Length of the cleaned text this map covers. */
  public int cleanLength() {
    return raw.length;
  }

  /** Length of the raw text this map points into. */
  public int rawLength() {
    return rawLength;
  }

  /**
   * The raw index for a clean start offset; {@code cleanIndex == cleanLength()} maps to one past
   * the raw index of the last clean char (0 for an empty clean text).
   */
  public int toRaw(int cleanIndex) {
    if (cleanIndex < 0 || cleanIndex > raw.length) {
      throw new IndexOutOfBoundsException(
          "clean index " + cleanIndex + " outside [0, " + raw.length + "]");
    }
    if (cleanIndex == raw.length) {
      return raw.length == 0 ? 0 : raw[raw.length - 1] + 1;
    }
    return raw[cleanIndex];
  }

  /**
   * The raw span from the raw index of the first clean char to one past the raw index of the
   * last; an empty clean span maps to an empty raw span.
   */
  public Span toRaw(Span clean) {
    if (clean.end() > raw.length) {
      throw new IndexOutOfBoundsException(
          "span " + clean + " runs past the clean length " + raw.length);
    }
    int start = toRaw(clean.start());
    if (clean.isEmpty()) {
      return new Span(start, start);
    }
    return new Span(start, raw[clean.end() - 1] + 1);
  }

  /** Collects (clean char, raw index) pairs in order. */
  public static final class Builder {
    private final int rawLength;
    private final StringBuilder text = new StringBuilder();
    private int[] raw = new int[16];
    private int size;

    private Builder(int rawLength) {
      if (rawLength < 0) {
        throw new IllegalArgumentException("negative raw length " + rawLength);
      }
      this.rawLength = rawLength;
    }

    /**
     * Appends one clean char that came from raw index {@code rawIndex}; indices below the
     * previous one are raised to it so the map stays monotonic.
     */
    public Builder append(char c, int rawIndex) {
      if (rawIndex < 0 || rawIndex >= rawLength) {
        throw new IndexOutOfBoundsException(
            "raw index " + rawIndex + " outside a raw text of length " + rawLength);
      }
      if (size > 0 && rawIndex < raw[size - 1]) {
        rawIndex = raw[size - 1];
      }
      if (size == raw.length) {
        raw = Arrays.copyOf(raw, raw.length * 2);
      }
      raw[size++] = rawIndex;
      text.append(c);
      return this;
    }

    /** Appends raw chars {@code [from, to)} verbatim. */
    public Builder appendRaw(CharSequence rawText, int from, int to) {
      for (int i = from; i < to; i++) {
        append(rawText.charAt(i), i);
      }
      return this;
    }

    /** Clean chars appended so far. */
    public int length() {
      return size;
    }

    /** The raw index of the last appended char, or -1. */
    public int lastRaw() {
      return size == 0 ? -1 : raw[size - 1];
    }

    /** The clean text appended so far. */
    public String text() {
      return text.toString();
    }

    /** The finished map. */
    public OffsetMap build() {
      return new OffsetMap(Arrays.copyOf(raw, size), rawLength);
    }
  }
}
