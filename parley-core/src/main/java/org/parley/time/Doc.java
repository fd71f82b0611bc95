package org.parley.time;

import static org.parley.time.DateFinder.MEDIA_NOUNS;
import static org.parley.time.DateFinder.MONTH_NAMES_LOWER;
import static org.parley.time.DateFinder.NP_STOP;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ingest.CleanText;
import org.parley.model.Publication;
import org.parley.model.Span;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** The text and what is known about it, shared by all rules of one run. */
final class Doc {
  /**
   * The text the rules read: the clean text with the line breaks of hard-wrapped text ("to receive
   * approval in late\nApril") read as spaces, of the same length, so every offset holds in both.
   */
  final String text;
  /** The clean text, line breaks as they are. */
  final String written;
  final CleanText clean;
  final Optional<LocalDate> pub;
  final List<Sentence> sentences;
  final String numericOrder;
  final Tense tense;

  /** Embedded posts whose byline gives a full date, and those dates. */
  private final List<Span> postSpans = new ArrayList<>();
  private final List<LocalDate> postDays = new ArrayList<>();
  private final List<Span> postDaySpans = new ArrayList<>();

  Doc(CleanText clean, Publication publication, List<Sentence> sentences) {
    this.written = clean.text();
    this.text = unwrap(clean);
    this.clean = clean;
    this.pub = publication.date();
    this.sentences = sentences;
    this.tense = new Tense(text, written, sentences, this::inCaption);
    this.numericOrder = numericOrder(clean, publication);
    for (CleanText.Region r : clean.regions(CleanText.Region.Kind.EMBEDDED_POST)) {
      LocalDate day = r.dateText().map(Doc::bylineDay).orElse(null);
      if (day != null) {
        postSpans.add(r.span());
        postDays.add(day);
        String written = r.dateText().get();
        int at = text.lastIndexOf(written, r.span().end() - written.length());
        postDaySpans.add(at >= r.span().start() ? new Span(at, at + written.length()) : null);
      }
    }
  }

  /** The longest line of a hard-wrapped text; longer lines are paragraphs. */
  private static final int WRAP_WIDTH = 100;
  /** The shortest width text is wrapped at; shorter lines are a list or a table. */
  private static final int WRAP_MIN_WIDTH = 50;
  /** How much shorter than the longest line a line may be and still be full. */
  private static final int WRAP_SLACK = 20;

  /**
   * The clean text with the line breaks that wrap a paragraph read as spaces. The raw text is
   * hard-wrapped (wire copy: "are expected to receive approval in late\nApril") when its longest
   * line is between {@link #WRAP_MIN_WIDTH} and {@link #WRAP_WIDTH} long and at least two full
   * lines (within {@link #WRAP_SLACK} of the longest) end without a sentence's end. A raw break
   * wraps when the next line goes on at once and the line before is full or ends no sentence
   * (the first line, shortened by the dateline: "U.S. Commercial banks are expected
   * to\nreceive"); a blank line or an indent ("\n    ") opens a paragraph and stays. The clean
   * breaks made of a wrapping break become spaces; other texts are returned as they are.
   */
  static String unwrap(CleanText clean) {
    String t = clean.raw();
    String c = clean.text();
    int width = 0;
    for (int s = 0; s <= t.length() && width <= WRAP_WIDTH; ) {
      // (most texts have a paragraph longer than that early on: they are read no further)
      int e = t.indexOf('\n', s);
      e = e < 0 ? t.length() : e;
      width = Math.max(width, lineLength(t, s, e));
      s = e + 1;
    }
    if (width > WRAP_WIDTH || width < WRAP_MIN_WIDTH) {
      return c;
    }
    int open = 0;
    boolean[] wraps = new boolean[t.length()];
    for (int s = 0; s < t.length(); ) {
      int e = t.indexOf('\n', s);
      if (e < 0) {
        break;
      }
      int len = lineLength(t, s, e);
      boolean ends = len == 0 || ".!?:\"”'’".indexOf(t.charAt(s + len - 1)) >= 0;
      boolean full = len >= width - WRAP_SLACK;
      if ((full || !ends) && e + 1 < t.length() && !Character.isWhitespace(t.charAt(e + 1))) {
        wraps[e] = true;
        if (full && !ends) {
          open++;
        }
      }
      s = e + 1;
    }
    if (open < 2) {
      return c;
    }
    char[] cs = c.toCharArray();
    for (int a = 1; a < cs.length; a++) {
      if (cs[a] != '\n' || cs[a - 1] == '\n') {
        continue;
      }
      int b = a;
      while (b < cs.length && cs[b] == '\n') {
        b++;
      }
      if (b < cs.length && !Character.isWhitespace(cs[b]) && wrapsOnce(t, wraps,
          clean.offsets().toRaw(a - 1) + 1, clean.offsets().toRaw(b))) {
        java.util.Arrays.fill(cs, a, b, ' ');
      }
      a = b - 1;
    }
    return new String(cs);
  }

  /** Whether the raw stretch [from, to) is white and holds one line break, a wrapping one. */
  private static boolean wrapsOnce(String t, boolean[] wraps, int from, int to) {
    int breaks = 0;
    boolean wrap = false;
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      if (!Character.isWhitespace(ch)) {
        return false;
      }
      if (ch == '\n') {
        breaks++;
        wrap = wraps[i];
      }
    }
    return breaks == 1 && wrap;
  }

  /** The length of the line [s, e) without its trailing spaces. */
  private static int lineLength(String t, int s, int e) {
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    return e - s;
  }

  /** A photo credit or caption marker: the paragraph around it is a caption. */
  private static final Pattern CAPTION_MARK = Pattern.compile(
      "\\bAP Photo\\b|\\bGetty Images\\b|\\bREUTERS/|\\bReuters/[A-Z]|\\(Photo: |\\bPhotograph: "
          + "|\\bHide Caption\\b|\\btoggle caption\\b|\\bFILE PHOTO\\b|\\bImage caption\\b"
          + "|/AFP\\b|\\bAFP via Getty\\b|\\(Photo by |\\bPhoto credit\\b",
      Pattern.CASE_INSENSITIVE);

  private static final int CAPTION_REACH = 300;

  /** A word in every {@link #CAPTION_MARK}, lower case, at most {@link #MARK_LEAD} chars in. */
  private static final String[] CAPTION_WORDS = {"photo", "getty", "reuters/", "caption", "afp"};
  private static final int MARK_LEAD = 8;
  /** Longer than any caption mark. */
  private static final int MARK_LENGTH = 40;

  /**
   * Where the text next holds a word of a caption mark, in any case, from {@code from}; -1 if
   * nowhere. A plain scan: the marks' case-blind alternation is slow over a whole article, so it
   * is run only around these words.
   */
  static int nextCaptionWord(String text, int from) {
    for (int i = Math.max(0, from), n = text.length(); i < n; i++) {
      char c = (char) (text.charAt(i) | 0x20);
      for (String w : CAPTION_WORDS) {
        if (c == w.charAt(0) && text.regionMatches(true, i, w, 0, w.length())) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The stretches around photo credits, found on first use; sorted by start (may overlap). */
  private List<Span> captions;

  /**
   * Whether {@code pos} lies in a photo caption: a paragraph with a credit ("(AP Photo/Evan
   * Vucci)", "REUTERS/Tom Westbrook", "Hide Caption 3 of 24"). A caption tells in the present
   * what the photo shows, which is past.
   */
  boolean inCaption(int pos) {
    if (captions == null) {
      captions = new ArrayList<>();
      Matcher m = CAPTION_MARK.matcher(text).useTransparentBounds(true);
      int covered = -1;
      for (int w = nextCaptionWord(text, 0); w >= 0; w = nextCaptionWord(text, w + 1)) {
        if (w < covered) {
          continue;
        }
        m.region(Math.max(0, w - MARK_LEAD), Math.min(text.length(), w + MARK_LENGTH));
        while (m.find()) {
          if (m.end() <= covered) {
            continue;
          }
          // the paragraph, but no more than a caption's length either side of the credit (a
          // text without paragraphs is no caption)
          int from = Math.max(text.lastIndexOf('\n', m.start()) + 1, m.start() - CAPTION_REACH);
          int to = text.indexOf('\n', m.end());
          to = Math.min(to < 0 ? text.length() : to, m.end() + CAPTION_REACH);
          captions.add(new Span(from, to));
          covered = to;
        }
      }
    }
    for (Span c : captions) {
      if (c.start() <= pos && pos < c.end()) {
        return true;
      }
      if (c.start() > pos) {
        break;
      }
    }
    return false;
  }

  private static final DateTimeFormatter BYLINE_DAY =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  /** The day of a post's byline date ("March 2, 2018"), or null. */
  private static LocalDate bylineDay(String dateText) {
    try {
      return LocalDate.parse(dateText.strip(), BYLINE_DAY);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The day of the embedded post that holds {@code pos}, or null: a post quoted a day later says
   * "tonight" of its own day, not of the article's.
   */
  LocalDate postDayAt(int pos) {
    int i = postAt(pos);
    return i < 0 ? null : postDays.get(i);
  }

  /** Where the byline of the post holding {@code pos} writes its date, or null. */
  Span postDaySpanAt(int pos) {
    int i = postAt(pos);
    return i < 0 ? null : postDaySpans.get(i);
  }

  /** The index of the dated post that holds {@code pos}, or -1. */
  private int postAt(int pos) {
    for (int i = 0; i < postSpans.size(); i++) {
      if (postSpans.get(i).start() <= pos && pos < postSpans.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  /** The day/month order of the article's numeric dates, when the dateline shows it. */
  private static String numericOrder(CleanText clean, Publication p) {
    if (p.reading().equals("day-month") || p.reading().equals("month-day")) {
      return p.reading();
    }
    if (p.date().isEmpty() || clean.datelineText().isEmpty()) {
      return null;
    }
    Matcher m = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)")
        .matcher(clean.datelineText().get());
    if (!m.find()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    int y = Integer.parseInt(m.group(3));
    LocalDate pub = p.date().get();
    if (a != b && pub.equals(Calendar.date(y, b, a))) {
      return "day-month";
    }
    if (a != b && pub.equals(Calendar.date(y, a, b))) {
      return "month-day";
    }
    return null;
  }

  char charAt(int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : 0;
  }

  /** Whether a possessive "'s" starts at {@code i} ("Tuesday's vote", "April’s attack"). */
  boolean possessiveAt(int i) {
    char a = charAt(i);
    return (a == '\'' || a == '’') && charAt(i + 1) == 's' && !Character.isLetter(charAt(i + 2));
  }

  /** Start of the word just before {@code pos} (over spaces only), or -1. */
  int prevWordStart(int pos) {
    int i = pos;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
      i--;
    }
    // a hard-wrapped line ("dlrs in\nJanuary"): one line break after a lower-case word
    if (i > 1 && text.charAt(i - 1) == '\n' && Character.isLowerCase(text.charAt(i - 2))) {
      i--;
    }
    int e = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i == e ? -1 : i;
  }

  /** The lower-case word just before {@code pos}, "" when punctuation comes first. */
  String prevWord(int pos) {
    int s = prevWordStart(pos);
    if (s < 0) {
      return "";
    }
    int e = s;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(s, e).toLowerCase(Locale.ROOT);
  }

  /** The lower-case word right after {@code pos} (over spaces only), "" if none. */
  String nextWord(int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int s = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(s, i).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the capitalized word at [start, end) is part of a name ("USA Today", "the BBC's
   * Today programme") rather than a time word: a media noun follows, or it stands inside a
   * sentence after a capitalized word or a possessive.
   */
  boolean titleWordAt(int start, int end) {
    if (MEDIA_NOUNS.contains(nextWord(end))) {
      return true;
    }
    int p = prevNonSpace(start);
    if (p < 0 || !Character.isLetterOrDigit(charAt(p))) {
      return false; // a sentence, quotation or paragraph opens with it
    }
    int w = prevWordStart(start);
    boolean possessive = w > 1 && (charAt(w - 1) == '\'' || charAt(w - 1) == '’')
        && prevWord(start).equals("s");
    return possessive || w >= 0 && Character.isUpperCase(charAt(w));
  }

  boolean nextIsCapitalizedName(int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i == pos || i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    String w = nextWord(pos);
    return !MONTH_NAMES_LOWER.contains(w) && !w.equals("morning") && !w.equals("night");
  }

  int nextNonSpace(int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  int prevNonSpace(int pos) {
    int i = pos - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i;
  }

  boolean clauseEndsAt(int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || ",.;:!?)\n\"”".indexOf(text.charAt(i)) >= 0;
  }

  /** The part-of-speech tag of the token that starts at {@code pos}, or null (untagged). */
  private String tagAt(int pos) {
    Sentence s = tense.sentenceAt(pos);
    if (s != null && s.size() > 0) {
      int i = tense.tokenAt(s, pos);
      if (i < s.size() && s.token(i).span().start() == pos) {
        String tag = s.token(i).pos();
        return tag == null || tag.isEmpty() ? null : tag;
      }
    }
    return null;
  }

  /** Whether a verb starts at {@code pos}, by its part-of-speech tag (false when untagged). */
  boolean verbAt(int pos) {
    if (pos >= text.length() || !Character.isLowerCase(text.charAt(pos))) {
      return false;
    }
    String tag = tagAt(pos);
    return tag != null && tag.startsWith("VB");
  }

  /**
   * Whether a singular noun (or a name) starts at {@code pos}: by its part-of-speech tag when the
   * text is tagged, else by its form (a lower-case word not ending in a plural s).
   */
  boolean singularNounAt(int pos) {
    if (pos >= text.length() || !Character.isLetter(text.charAt(pos))) {
      return false;
    }
    String tag = tagAt(pos);
    if (tag != null) {
      return tag.equals("NN") || tag.equals("NNP");
    }
    String w = nextWord(pos);
    return Character.isLowerCase(text.charAt(pos)) && w.length() >= 3
        && (!w.endsWith("s") || w.endsWith("ss")) && !NP_STOP.contains(w)
        && !MONTH_NAMES_LOWER.contains(w);
  }

  /** Whether a noun or adjective starts at {@code pos} by its tag (true when untagged). */
  boolean nounOrAdjectiveAt(int pos) {
    String tag = tagAt(pos);
    return tag == null || tag.startsWith("NN") || tag.startsWith("JJ");
  }

  /** Whether the token at {@code pos} carries an entity tag ("June" of June Medical Services). */
  boolean namedEntityAt(int pos) {
    Sentence s = Tense.sentenceAt(sentences, pos);
    if (s == null || s.size() == 0) {
      return false;
    }
    int i = s.tokenAt(pos);
    if (i >= s.size() || s.token(i).span().start() != pos) {
      return false;
    }
    String ner = s.token(i).ner();
    return ner != null && !ner.isEmpty() && !ner.equals("O");
  }

  /** Whether the tokens say the month word at {@code pos} is not a month (modal, verb, name). */
  boolean vetoMonth(int pos) {
    Sentence s = tense.sentenceAt(pos);
    if (s == null) {
      return false;
    }
    int i = tense.tokenAt(s, pos);
    if (i >= s.size()) {
      return false;
    }
    Token t = s.token(i);
    if (t.span().start() != pos) {
      return false;
    }
    return t.pos().equals("MD") || t.pos().startsWith("VB") || "PERSON".equals(t.ner());
  }

  /** Where the sentence around {@code at} starts: after a line break or a full stop and space. */
  static int sentenceStart(String text, int at) {
    return sentenceStart(text, at, 0);
  }

  /** {@link #sentenceStart(String, int)}, read back no further than {@code floor}. */
  static int sentenceStart(String text, int at, int floor) {
    int i = at;
    while (i > floor) {
      char c = text.charAt(i - 1);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i < text.length()
          && Character.isWhitespace(text.charAt(i)))) {
        break;
      }
      i--;
    }
    return i;
  }

  /** Where the sentence around {@code at} ends: at its full stop or line break. */
  static int sentenceEnd(String text, int at) {
    return sentenceEnd(text, at, text.length());
  }

  /** {@link #sentenceEnd(String, int)}, read on no further than {@code ceiling}. */
  static int sentenceEnd(String text, int at, int ceiling) {
    int i = at;
    while (i < ceiling) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?')
          && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * Words of a game being told: a quarter, half or clock time in their sentence is the game's
   * ("a technical foul in the third quarter", "he scored at 7:14"), not the year's or the day's.
   */
  private static final Pattern GAME_WORDS = Pattern.compile(
      "\\b(?:rebounds?|assists|touchdowns?|field\\s+goals?|free[\\s-]throws?"
          + "|fouls?|fouled|halftime|quarterback|innings|interceptions?|fumbles?"
          + "|dunk(?:s|ed)?|layups?|(?:three|3)-pointers?|the\\s+(?:bench|buzzer|whistle)"
          + "|timeouts?|kickoff|penalty\\s+kick|(?:first|second|third)-period)\\b",
      Pattern.CASE_INSENSITIVE);

  /** How far around a position {@link #gameTalk} reads at most. */
  private static final int GAME_WINDOW = 300;

  /**
   * The game words no other news uses ("four rebounds", "layups", "touchdowns"; not "the court",
   * "overtime", "scored", "a slam dunk", "a power play" or "the stock rebounds" of a court, a
   * job, a poll or a market): enough of them make the whole text a game's story.
   */
  private static final Pattern GAME_ONLY_WORDS = Pattern.compile(
      "\\b(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen)"
          + "\\s+rebounds|touchdowns?|field\\s+goals?|free[\\s-]throws?|halftime|quarterback"
          + "|innings|layups?|(?:three|3)-pointers?|penalty\\s+kicks?"
          + "|(?:first|second|third)-period)\\b",
      Pattern.CASE_INSENSITIVE);

  /** How many of those make the whole text a game's story (see {@link #gameStory}). */
  private static final int GAME_STORY_WORDS = 3;

  /** Whether the text is a game's story, once computed; null before. */
  private Boolean gameStory;

  /** Whether the sentence around {@code at} tells a game (see {@link #GAME_WORDS}). */
  boolean gameTalk(int at) {
    int from = sentenceStart(text, at, Math.max(0, at - GAME_WINDOW));
    int to = sentenceEnd(text, at, Math.min(text.length(), at + GAME_WINDOW));
    return GAME_WORDS.matcher(text).region(from, to).find() || gameStory();
  }

  /**
   * Whether the text as a whole tells a game, with {@link #GAME_STORY_WORDS} of
   * {@link #GAME_ONLY_WORDS} or more
   * ("Covington was hit in the face late in the first quarter" in a recap full of rebounds and
   * layups): its quarters and halves are the game's even in a sentence without one.
   */
  boolean gameStory() {
    if (gameStory == null) {
      Matcher g = GAME_ONLY_WORDS.matcher(text);
      int n = 0;
      while (n < GAME_STORY_WORDS && g.find()) {
        n++;
      }
      gameStory = n >= GAME_STORY_WORDS;
    }
    return gameStory;
  }
}
