package org.parley.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets ({@link String} indices) into a text.
 *
 * <p>Which text is said where a span is used: inside the pipeline spans point into the cleaned
 * text of an {@link Analysis}; in the Analysis JSON they point into the raw input.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** The covered text; throws if the span does not fit the text. */
  public String in(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span " + this + " runs past the end of a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** This span without leading and trailing whitespace of {@code text}. */
  public Span trim(CharSequence text) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
