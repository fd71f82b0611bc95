package org.parley.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ingest.CleanText.Region;
import org.parley.ingest.CleanText.Removal;
import org.parley.model.Span;

/**
 * Cleans plain text and scraped markdown into paragraph text with a map back to raw offsets.
 *
 * <p>Drops markup (links keep their text, images and bare URLs go, emphasis marks, escapes,
 * heading marks, separator lines), promos ("Read more [...]", "READ MORE:", "Related:", "Follow
 * us on ..."), and runs of {@code ?} standing for characters lost in scraping. Finds the title,
 * the dateline under it and embedded social-media posts. Runs in linear time and never throws on
 * any string.
 */
public final class MarkdownCleaner {
  private static final int MAX_TITLE = 250;
  private static final int MAX_SHORT_LINE = 300;

  private static final Pattern SEPARATOR =
      Pattern.compile(
          "\\s*(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}|(?:=\\s*){3,}|[—–―]+|(?:&mdash;)+)\\s*");
  private static final Pattern PROMO_LINE =
      Pattern.compile(
          "[\\s>*_#\\[]*(?:(?:read more|also read|more to read)\\b"
              + "|(?:related(?: articles?| stories| news| content| coverage)?|recommended|see also"
              + "|more on this(?: story)?|you may also like|watch)\\s*[:：])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FOLLOW_LINE =
      Pattern.compile(
          "[\\s>*_#\\[]*(?:follow (?:us|@|\\S+ on)|subscribe\\b|sign up (?:for|to)\\b"
              + "|like us on\\b|join us on\\b|download (?:our|the) app\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_PROMO =
      Pattern.compile(
          "(?:read more|also read|related|see also)\\s*:?\\s*"
              + "(?:\\[[^\\[\\]]*\\]\\([^()\\s]*\\)|[^\\[\\]()]*\\]\\([^()\\s]*\\))[\\s*_.]*",
          Pattern.CASE_INSENSITIVE);
  private static final String[] TRAILING_PROMO_WORDS = {
    "read more", "also read", "related", "see also"
  };
  private static final Pattern ONLY_LINK = Pattern.compile("\\s*!?\\[[^\\]]*\\]\\([^)]*\\)\\s*");
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?:—|–|-{1,2}|&mdash;)\\s*([^()\\n]{1,80}?)\\s*\\((@[A-Za-z0-9_.]{1,40})\\)\\s*(.{1,80})");
  /**
   * A post pasted as plain text, its byline closing the paragraph: "… It’s easy! — Donald J. Trump
   * (@realDonaldTrump) March 2, 2018". Without links, only a full date written out counts.
   */
  private static final Pattern PLAIN_BYLINE =
      Pattern.compile(
          "(?:^|\\s)(?:—|–|--)\\s*([^()\\n—–]{1,80}?)\\s*\\((@[A-Za-z0-9_]{1,40})\\)\\s*"
              + "((?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December)\\s+\\d{1,2},\\s+\\d{4})\\s*$");
  /** The longest plain-text paragraph taken for a post: a post of 280 characters and its byline. */
  private static final int MAX_PLAIN_POST = 600;
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?:(?:published|updated|posted|last updated|last modified|date)(?:\\s+(?:on|at))?"
              + "\\s*:?\\s*)?("
              + PublicationDates.DATE_WITH_TIME
              + ")\\s*",
          Pattern.CASE_INSENSITIVE);

  /** Cleans one raw text; never throws for a non-null input. */
  public CleanText clean(String raw) {
    if (raw == null) {
      raw = "";
    }
    return new Run(raw).run();
  }

  /** One line's worth of clean text, with raw indices and unreadable marks. */
  private static final class Piece {
    final int line;
    final StringBuilder sb = new StringBuilder();
    int[] raws = new int[16];
    int pendingSpace = -1;
    final List<Integer> unreadable = new ArrayList<>();
    boolean tweetLink;
    boolean linked;

    Piece(int line) {
      this.line = line;
    }

    void emit(char c, int r) {
      if (pendingSpace >= 0 && sb.length() > 0) {
        add(' ', pendingSpace);
      }
      pendingSpace = -1;
      add(c, r);
    }

    void space(int r) {
      if (sb.length() > 0 && pendingSpace < 0) {
        pendingSpace = r;
      }
    }

    void markUnreadable() {
      int pos = sb.length();
      if (unreadable.isEmpty() || unreadable.get(unreadable.size() - 1) != pos) {
        unreadable.add(pos);
      }
    }

    private void add(char c, int r) {
      if (sb.length() == raws.length) {
        raws = Arrays.copyOf(raws, raws.length * 2);
      }
      raws[sb.length()] = r;
      sb.append(c);
    }

    boolean isEmpty() {
      return sb.length() == 0;
    }
  }

  /** Lines of one block between blank lines. */
  private static final class Para {
    final List<Piece> pieces = new ArrayList<>();
    boolean tweetLink;
    int cleanStart = -1;
    int cleanEnd = -1;
    final List<Integer> pieceStarts = new ArrayList<>();

    boolean isEmpty() {
      for (Piece p : pieces) {
        if (!p.isEmpty()) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Run {
    final String raw;
    final int n;
    int[] lineStart = new int[64];
    int[] lineEnd = new int[64];
    int[] newlineAt = new int[64];
    int lines;
    final List<int[]> removals = new ArrayList<>();
    final List<Region> regions = new ArrayList<>();

    Run(String raw) {
      this.raw = raw;
      this.n = raw.length();
    }

    CleanText run() {
      splitLines();
      List<Para> paras = new ArrayList<>();
      Para current = null;
      for (int li = 0; li < lines; li++) {
        int ls = lineStart[li];
        int le = lineEnd[li];
        if (isBlank(ls, le)) {
          current = null;
          continue;
        }
        if (current == null) {
          current = new Para();
          paras.add(current);
        }
        if (le - ls < MAX_SHORT_LINE) {
          if (SEPARATOR.matcher(raw).region(ls, le).matches()) {
            remove(ls, le, Removal.SEPARATOR);
            continue;
          }
          if (PROMO_LINE.matcher(raw).region(ls, le).lookingAt()
              || FOLLOW_LINE.matcher(raw).region(ls, le).lookingAt()) {
            remove(ls, le, Removal.PROMO);
            continue;
          }
        }
        Piece piece = new Piece(li);
        inline(piece, ls, le);
        current.pieces.add(piece);
        current.tweetLink |= piece.tweetLink;
      }
      return assemble(paras);
    }

    // ---------------------------------------------------------------- assembly

    CleanText assemble(List<Para> all) {
      List<Para> paras = new ArrayList<>(all);
      // title and dateline: split the first content paragraph line by line when needed
      int firstIdx = firstNonEmpty(paras, 0);
      Para titlePara = null;
      Para datePara = null;
      if (firstIdx >= 0) {
        Para first = paras.get(firstIdx);
        int pi = firstNonEmptyPiece(first);
        Piece titlePiece = first.pieces.get(pi);
        if (looksLikeTitle(titlePiece)) {
          titlePara = splitAfter(paras, firstIdx, pi);
          int nextIdx = firstNonEmpty(paras, firstIdx + 1);
          if (nextIdx >= 0) {
            Para next = paras.get(nextIdx);
            int di = firstNonEmptyPiece(next);
            if (dateMatch(next.pieces.get(di)) != null) {
              datePara = splitAfter(paras, nextIdx, di);
            }
          }
        }
      }
      // write
      OffsetMap.Builder out = OffsetMap.builder(n);
      int lastLine = -1;
      for (Para p : paras) {
        boolean started = false;
        for (Piece piece : p.pieces) {
          if (piece.isEmpty()) {
            if (!piece.unreadable.isEmpty()) {
              regions.add(Region.of(new Span(out.length(), out.length()), Region.Kind.UNREADABLE));
            }
            p.pieceStarts.add(-1);
            continue;
          }
          if (!started) {
            if (out.length() > 0) {
              int r = newlineAt[lastLine];
              out.append('\n', r);
              out.append('\n', r);
            }
            p.cleanStart = out.length();
            started = true;
          } else {
            out.append('\n', newlineAt[lastLine]);
          }
          int start = out.length();
          p.pieceStarts.add(start);
          for (int i = 0; i < piece.sb.length(); i++) {
            out.append(piece.sb.charAt(i), piece.raws[i]);
          }
          for (int pos : piece.unreadable) {
            int at = start + Math.min(pos, piece.sb.length());
            regions.add(Region.of(new Span(at, at), Region.Kind.UNREADABLE));
          }
          lastLine = piece.line;
          p.cleanEnd = out.length();
        }
      }
      String text = out.text();
      Optional<Span> title = Optional.empty();
      Optional<Span> dateline = Optional.empty();
      if (titlePara != null && titlePara.cleanStart >= 0) {
        title = Optional.of(new Span(titlePara.cleanStart, titlePara.cleanEnd));
      }
      if (datePara != null && datePara.cleanStart >= 0) {
        Matcher m = DATELINE.matcher(text).region(datePara.cleanStart, datePara.cleanEnd);
        if (m.matches()) {
          dateline = Optional.of(new Span(m.start(1), m.end(1)).trim(text));
        }
      }
      findEmbeddedPosts(paras, text, titlePara, datePara);
      regions.sort(Comparator.comparing(Region::span));
      return new CleanText(
          raw, text, out.build(), title, dateline, regions, mergedRemovals());
    }

    void findEmbeddedPosts(List<Para> paras, String text, Para titlePara, Para datePara) {
      int claimedUpTo = 0;
      for (int pi = 0; pi < paras.size(); pi++) {
        Para p = paras.get(pi);
        if (p != titlePara && p != datePara
            && plainPost(paras, pi, titlePara, datePara, text, claimedUpTo)) {
          claimedUpTo = p.cleanEnd;
          continue;
        }
        for (int k = 0; k < p.pieces.size(); k++) {
          int start = p.pieceStarts.get(k);
          Piece piece = p.pieces.get(k);
          if (start < 0 || piece.sb.length() > 200) {
            continue;
          }
          int end = start + piece.sb.length();
          Matcher m = BYLINE.matcher(text).region(start, end);
          if (!m.matches()) {
            continue;
          }
          boolean ownText = firstContentPiece(p) < k;
          Para before = null;
          if (!ownText) {
            for (int bi = pi - 1; bi >= 0; bi--) {
              Para b = paras.get(bi);
              if (b == titlePara || b == datePara) {
                break;
              }
              if (b.cleanStart >= 0) {
                before = b;
                break;
              }
            }
          }
          boolean socialLinks =
              p.tweetLink || piece.linked || (before != null && before.tweetLink)
                  || hasTweetLinkBetween(paras, before, p);
          if (!socialLinks) {
            continue;
          }
          int regionStart = ownText || before == null ? p.cleanStart : before.cleanStart;
          regionStart = Math.max(regionStart, claimedUpTo);
          claimedUpTo = end;
          regions.add(
              new Region(
                  new Span(regionStart, end),
                  Region.Kind.EMBEDDED_POST,
                  Optional.of(m.group(1).strip()),
                  Optional.of(m.group(2)),
                  Optional.of(m.group(3).strip())));
        }
      }
    }

    /**
     * Records paragraph {@code paras[pi]} as a post pasted as plain text, if its byline closes it.
     * A byline standing alone in its paragraph closes the paragraph before it; a paragraph before
     * the post that cannot end a paragraph of prose (it ends in a comma or a hashtag: "... shouting
     * out,") belongs to the post.
     */
    boolean plainPost(List<Para> paras, int pi, Para titlePara, Para datePara, String text,
        int claimedUpTo) {
      Para p = paras.get(pi);
      if (p.cleanStart < 0 || p.cleanStart < claimedUpTo
          || p.cleanEnd - p.cleanStart > MAX_PLAIN_POST) {
        return false;
      }
      Matcher m = PLAIN_BYLINE.matcher(text).region(p.cleanStart, p.cleanEnd);
      if (!m.find()) {
        return false;
      }
      int start = p.cleanStart;
      int at = pi;
      if (m.start() - p.cleanStart < 2) { // a byline with no post before it in its paragraph
        at = previous(paras, at, titlePara, datePara);
        if (at < 0 || paras.get(at).cleanStart < claimedUpTo
            || p.cleanEnd - paras.get(at).cleanStart > MAX_PLAIN_POST) {
          return false;
        }
        if (linkBefore(p) || endsWith(text, paras.get(at), ':')) {
          at = -1; // a picture or a video only ("pic.twitter.com/... — ..."), after "X wrote:"
        } else {
          start = paras.get(at).cleanStart;
        }
      }
      int before = at < 0 ? -1 : previous(paras, at, titlePara, datePara);
      if (before >= 0 && paras.get(before).cleanStart >= claimedUpTo
          && p.cleanEnd - paras.get(before).cleanStart <= MAX_PLAIN_POST
          && runsOn(text, paras.get(before))) {
        start = paras.get(before).cleanStart;
      }
      regions.add(
          new Region(
              new Span(start, p.cleanEnd).trim(text),
              Region.Kind.EMBEDDED_POST,
              Optional.of(m.group(1).strip()),
              Optional.of(m.group(2)),
              Optional.of(m.group(3).strip())));
      return true;
    }

    /** Whether the raw line of a paragraph had a link before its first clean character. */
    boolean linkBefore(Para p) {
      int k = firstContentPiece(p);
      if (k < 0) {
        return false;
      }
      Piece first = p.pieces.get(k);
      String lead = raw.substring(lineStart[first.line], Math.max(lineStart[first.line],
          first.raws[0])).toLowerCase(Locale.ROOT);
      return lead.contains("http") || lead.contains("pic.twitter.com/") || lead.contains("www.");
    }

    /** Whether a paragraph ends, but for spaces, in {@code c}. */
    static boolean endsWith(String text, Para p, char c) {
      int e = p.cleanEnd;
      while (e > p.cleanStart && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      return e > p.cleanStart && text.charAt(e - 1) == c;
    }

    /** Whether a paragraph ends as no paragraph of prose does: in a comma or a hashtag. */
    static boolean runsOn(String text, Para p) {
      int e = p.cleanEnd;
      while (e > p.cleanStart && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e == p.cleanStart) {
        return false;
      }
      if (endsWith(text, p, ',')) {
        return true;
      }
      int w = e;
      while (w > p.cleanStart && !Character.isWhitespace(text.charAt(w - 1))) {
        w--;
      }
      return e - w > 1 && text.charAt(w) == '#' && Character.isLetter(text.charAt(w + 1));
    }

    /** The index of the paragraph with text before {@code paras[pi]}; -1 at the title or dateline. */
    static int previous(List<Para> paras, int pi, Para titlePara, Para datePara) {
      for (int bi = pi - 1; bi >= 0; bi--) {
        Para b = paras.get(bi);
        if (b == titlePara || b == datePara) {
          return -1;
        }
        if (b.cleanStart >= 0) {
          return bi;
        }
      }
      return -1;
    }

    boolean hasTweetLinkBetween(List<Para> paras, Para before, Para p) {
      int from = before == null ? paras.indexOf(p) : paras.indexOf(before);
      int to = paras.indexOf(p);
      for (int i = Math.max(0, from); i <= to; i++) {
        if (paras.get(i).tweetLink) {
          return true;
        }
      }
      return false;
    }

    static int firstContentPiece(Para p) {
      for (int i = 0; i < p.pieces.size(); i++) {
        if (!p.pieces.get(i).isEmpty()) {
          return i;
        }
      }
      return -1;
    }

    static int firstNonEmpty(List<Para> paras, int from) {
      for (int i = from; i < paras.size(); i++) {
        if (!paras.get(i).isEmpty()) {
          return i;
        }
      }
      return -1;
    }

    static int firstNonEmptyPiece(Para p) {
      return firstContentPiece(p);
    }

    /** Makes pieces [0, pi] of paras[idx] their own paragraph; returns it. */
    static Para splitAfter(List<Para> paras, int idx, int pi) {
      Para p = paras.get(idx);
      if (pi == p.pieces.size() - 1) {
        return p;
      }
      Para head = new Para();
      Para tail = new Para();
      for (int i = 0; i < p.pieces.size(); i++) {
        Piece piece = p.pieces.get(i);
        Para target = i <= pi ? head : tail;
        target.pieces.add(piece);
        target.tweetLink |= piece.tweetLink;
      }
      paras.set(idx, head);
      paras.add(idx + 1, tail);
      return head;
    }

    boolean looksLikeTitle(Piece piece) {
      String s = piece.sb.toString();
      if (s.isEmpty() || s.length() >= MAX_TITLE || dateMatch(piece) != null) {
        return false;
      }
      char last = s.charAt(s.length() - 1);
      if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
        return false;
      }
      if (BYLINE.matcher(s).matches() || PLAIN_BYLINE.matcher(s).find()) {
        return false; // a post's byline, or a post pasted as plain text opening the article
      }
      int ls = lineStart[piece.line];
      int le = lineEnd[piece.line];
      return le - ls > 2000 || !ONLY_LINK.matcher(raw).region(ls, le).matches();
    }

    Matcher dateMatch(Piece piece) {
      if (piece.sb.length() > 80) {
        return null;
      }
      Matcher m = DATELINE.matcher(piece.sb);
      return m.matches() ? m : null;
    }

    // ---------------------------------------------------------------- inline

    void inline(Piece piece, int ls, int le) {
      le = cutTrailingPromo(ls, le);
      int i = ls;
      // block markers: blockquote '>' and heading '#'
      int j = skipSpaces(i, le);
      while (j < le && raw.charAt(j) == '>') {
        remove(j, j + 1, Removal.MARKUP);
        j = skipSpaces(j + 1, le);
      }
      int h = j;
      while (h < le && h - j < 7 && raw.charAt(h) == '#') {
        h++;
      }
      if (h > j && h - j <= 6 && (h == le || raw.charAt(h) == ' ' || raw.charAt(h) == '\t')) {
        remove(j, h, Removal.MARKUP);
        j = h;
      }
      i = j;
      int len = le - i;
      int[] match = matchBrackets(i, le);
      int[] jump = new int[len];
      int base = i;
      boolean afterJunk = false;
      while (i < le) {
        int rel = i - base;
        if (jump[rel] > 0) {
          int to = jump[rel];
          remove(i, to, Removal.MARKUP);
          i = to;
          continue;
        }
        char c = raw.charAt(i);
        if (isSpace(c)) {
          piece.space(i);
          i++;
          continue;
        }
        if (i == base || isSpace(raw.charAt(i - 1))) {
          int te = tokenEnd(i, le);
          int junk = junkKind(i, te);
          if (junk == 2 || (junk == 1 && (afterJunk || nextTokenIsJunk(te, le)))) {
            piece.markUnreadable();
            afterJunk = true;
            i = te;
            continue;
          }
          afterJunk = false;
          if (isUrlStart(i, te)) {
            if (isSocialUrl(i, te)) {
              piece.tweetLink = true;
            }
            remove(i, te, Removal.MARKUP);
            i = te;
            continue;
          }
        }
        if (c == '\\' && i + 1 < le && isAsciiPunct(raw.charAt(i + 1))) {
          remove(i, i + 1, Removal.MARKUP);
          piece.emit(raw.charAt(i + 1), i + 1);
          i += 2;
          continue;
        }
        if (c == '!' && i + 1 < le && raw.charAt(i + 1) == '[') {
          int close = match[i + 1 - base];
          int paren = linkParen(close, le, match, base);
          if (paren > 0) {
            if (isSocialUrl(close + 2, paren)) {
              piece.tweetLink = true;
            }
            remove(i, paren + 1, Removal.MARKUP);
            i = paren + 1;
            continue;
          }
        }
        if (c == '[') {
          int close = match[rel];
          int paren = linkParen(close, le, match, base);
          if (paren > 0) {
            int ts = skipSpaces(i + 1, close);
            boolean social = isSocialUrl(close + 2, paren) || isSocialUrl(ts, close);
            if (social) {
              piece.tweetLink = true;
            }
            if (isUrlStart(ts, close)) {
              remove(i, paren + 1, Removal.MARKUP);
              i = paren + 1;
              continue;
            }
            piece.linked = true;
            remove(i, i + 1, Removal.MARKUP);
            jump[close - base] = paren + 1;
            i++;
            continue;
          }
        }
        if (c == '*' || c == '_') {
          int k = i;
          while (k < le && raw.charAt(k) == c) {
            k++;
          }
          char prev = i > ls ? raw.charAt(i - 1) : ' ';
          char next = k < le ? raw.charAt(k) : ' ';
          boolean intraword = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
          boolean loose = isSpace(prev) && isSpace(next) && i > base;
          if (intraword || loose) {
            for (int q = i; q < k; q++) {
              piece.emit(c, q);
            }
          } else {
            remove(i, k, Removal.MARKUP);
          }
          i = k;
          continue;
        }
        piece.emit(c, i);
        i++;
      }
    }

    /** Index of the ')' closing the link target after ']' at {@code close}, or -1. */
    int linkParen(int close, int le, int[] match, int base) {
      if (close < 0 || close + 1 >= le || raw.charAt(close + 1) != '(') {
        return -1;
      }
      return match[close + 1 - base];
    }

    int cutTrailingPromo(int ls, int le) {
      int from = Math.max(ls, le - 3000);
      String tail = raw.substring(from, le).toLowerCase(Locale.ROOT);
      if (tail.length() != le - from) {
        return le; // lower-casing changed lengths; do not guess
      }
      int best = -1;
      for (String w : TRAILING_PROMO_WORDS) {
        int k = tail.lastIndexOf(w);
        for (int attempts = 0; k >= 0 && attempts < 8; attempts++) {
          int at = from + k;
          if (TRAILING_PROMO.matcher(raw).region(at, le).matches()) {
            if (best < 0 || at < best) {
              best = at;
            }
          }
          k = k == 0 ? -1 : tail.lastIndexOf(w, k - 1);
          if (best >= 0) {
            break;
          }
        }
      }
      if (best < 0) {
        return le;
      }
      int cut = best;
      while (cut > ls && "[*_ \t".indexOf(raw.charAt(cut - 1)) >= 0) {
        cut--;
      }
      remove(cut, le, Removal.PROMO);
      return cut;
    }

    /** For each '[' or '(' the index of its partner, for ']' or ')' -1; escapes skipped. */
    int[] matchBrackets(int from, int to) {
      int[] match = new int[to - from];
      Arrays.fill(match, -1);
      int[] stack = new int[16];
      int top = 0;
      for (int i = from; i < to; i++) {
        char c = raw.charAt(i);
        if (c == '\\' && i + 1 < to && isAsciiPunct(raw.charAt(i + 1))) {
          i++;
          continue;
        }
        if (c == '[' || c == '(') {
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = i;
        } else if (c == ']' || c == ')') {
          char open = c == ']' ? '[' : '(';
          // pop to the nearest matching opener; unmatched openers in between stay unmatched
          int k = top - 1;
          while (k >= 0 && raw.charAt(stack[k]) != open && top - k < 64) {
            k--;
          }
          if (k >= 0 && raw.charAt(stack[k]) == open) {
            match[stack[k] - from] = i;
            top = k;
          }
        }
      }
      return match;
    }

    /** 2: a run of two or more '?' with no letters; 1: a lone '?'; 0: anything else. */
    int junkKind(int s, int e) {
      int q = 0;
      int run = 0;
      int bestRun = 0;
      for (int i = s; i < e; i++) {
        char c = raw.charAt(i);
        if (c == '?') {
          q++;
          run++;
          bestRun = Math.max(bestRun, run);
        } else {
          run = 0;
          if (Character.isLetterOrDigit(c) || e - s > 200) {
            return 0;
          }
        }
      }
      if (bestRun >= 2) {
        return 2;
      }
      return q == 1 ? 1 : 0;
    }

    boolean nextTokenIsJunk(int te, int le) {
      int s = skipSpaces(te, le);
      if (s >= le) {
        return false;
      }
      return junkKind(s, tokenEnd(s, le)) == 2;
    }

    int tokenEnd(int i, int le) {
      while (i < le && !isSpace(raw.charAt(i))) {
        i++;
      }
      return i;
    }

    int skipSpaces(int i, int le) {
      while (i < le && isSpace(raw.charAt(i))) {
        i++;
      }
      return i;
    }

    boolean isUrlStart(int s, int e) {
      return startsWith(s, e, "http://")
          || startsWith(s, e, "https://")
          || startsWith(s, e, "www.")
          || startsWith(s, e, "pic.twitter.com/");
    }

    boolean isSocialUrl(int s, int e) {
      if (s < 0 || e <= s) {
        return false;
      }
      int to = Math.min(e, s + 40);
      String head = raw.substring(s, to).toLowerCase(Locale.ROOT);
      return head.contains("twitter.com/")
          || head.contains("//t.co/")
          || head.startsWith("t.co/")
          || head.contains("x.com/")
          || head.contains("instagram.com/")
          || head.contains("facebook.com/");
    }

    boolean startsWith(int s, int e, String prefix) {
      return e - s >= prefix.length() && raw.regionMatches(true, s, prefix, 0, prefix.length());
    }

    // ---------------------------------------------------------------- lines and removals

    void splitLines() {
      int s = 0;
      while (s <= n) {
        int nl = raw.indexOf('\n', s);
        int end = nl < 0 ? n : nl;
        int e = end;
        if (e > s && raw.charAt(e - 1) == '\r') {
          e--;
        }
        if (lines == lineStart.length) {
          lineStart = Arrays.copyOf(lineStart, lines * 2);
          lineEnd = Arrays.copyOf(lineEnd, lines * 2);
          newlineAt = Arrays.copyOf(newlineAt, lines * 2);
        }
        lineStart[lines] = s;
        lineEnd[lines] = e;
        newlineAt[lines] = nl < 0 ? Math.max(0, n - 1) : nl;
        lines++;
        if (nl < 0) {
          break;
        }
        s = nl + 1;
      }
    }

    boolean isBlank(int s, int e) {
      for (int i = s; i < e; i++) {
        if (!isSpace(raw.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    void remove(int s, int e, String kind) {
      if (e > s) {
        removals.add(new int[] {s, e, kindCode(kind)});
      }
    }

    static int kindCode(String kind) {
      return switch (kind) {
        case Removal.PROMO -> 0;
        case Removal.MARKUP -> 1;
        default -> 2;
      };
    }

    static final String[] KINDS = {Removal.PROMO, Removal.MARKUP, Removal.SEPARATOR};

    List<Removal> mergedRemovals() {
      removals.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]));
      List<Removal> out = new ArrayList<>();
      int[] cur = null;
      for (int[] r : removals) {
        if (cur != null && r[0] < cur[1]) {
          continue; // nested inside an earlier removal (e.g. markup inside a promo)
        }
        if (cur != null && r[0] == cur[1] && r[2] == cur[2]) {
          cur[1] = r[1];
          continue;
        }
        if (cur != null) {
          out.add(new Removal(new Span(cur[0], cur[1]), KINDS[cur[2]]));
        }
        cur = r.clone();
      }
      if (cur != null) {
        out.add(new Removal(new Span(cur[0], cur[1]), KINDS[cur[2]]));
      }
      return out;
    }
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B'
        || (c > 127 && Character.isWhitespace(c));
  }

  static boolean isAsciiPunct(char c) {
    return c < 128 && c > 32 && !Character.isLetterOrDigit(c);
  }
}
