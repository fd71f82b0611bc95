package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.ingest.CleanText.Region;
import org.parley.ingest.CleanText.Removal;
import org.parley.model.Span;

class MarkdownCleanerTest {
  static final Path EXAMPLE = Path.of("..", "examples", "ceasefire-2016-02-11.txt");

  private final MarkdownCleaner cleaner = new MarkdownCleaner();

  private static String example() throws IOException {
    return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ the ceasefire example

  @Test
  void findsTheTitleAndDatelineOfTheCeasefireExample() throws IOException {
    CleanText c = cleaner.clean(example());
    assertThat(c.titleText())
        .hasValue("Russia makes proposals for Syria ceasefire, awaits reaction from US - Lavrov");
    assertThat(c.datelineText()).hasValue("11/02/2016");
    assertThat(c.text()).startsWith(c.titleText().get() + "\n\n11/02/2016\n\n");
  }

  @Test
  void readsTheCeasefireDatelineDayMonthFromTheTweetDateAndThursday() throws IOException {
    CleanText c = cleaner.clean(example());
    PublicationDates.DateDecision d =
        new PublicationDates().resolve(c.datelineText().orElseThrow(), c.text());
    assertThat(d.date()).hasValue(LocalDate.of(2016, 2, 11));
    assertThat(d.reading()).isEqualTo("day-month");
    assertThat(d.flagged()).isFalse();
    assertThat(d.evidence()).contains("'February 11, 2016'", "'Thursday'", "was a Wednesday");
  }

  @Test
  void dropsPromosMarkupAndUnreadableRunsFromTheCeasefireExample() throws IOException {
    String text = cleaner.clean(example()).text();
    assertThat(text)
        .doesNotContain("Churkin", "READ MORE", "Read more", "](", "*", "?????", "pic.twitter",
            "\\_", "---", "\n\n\n")
        .contains(
            "\"We made proposals on implementing a ceasefire, quite specific ones,\" Lavrov said.",
            "for Washington an \"immediate ceasefire\" is preferable",
            "#Lavrov and #Keery meeting in Munich began",
            "start of a ceasefire.\n\n")
        .doesNotStartWith("\n")
        .doesNotEndWith("\n");
  }

  @Test
  void recordsTheCeasefireTweetAsOneEmbeddedPostByMfaRussia() throws IOException {
    CleanText c = cleaner.clean(example());
    List<Region> posts = c.regions(Region.Kind.EMBEDDED_POST);
    assertThat(posts).hasSize(1);
    Region post = posts.get(0);
    assertThat(post.author()).hasValue("MFA Russia");
    assertThat(post.handle()).hasValue("@mfa_russia");
    assertThat(post.dateText()).hasValue("February 11, 2016");
    String covered = post.span().in(c.text());
    assertThat(covered).contains("meeting in Munich began", "February 11, 2016");
    assertThat(covered).doesNotContain("Lavrov made the statement", "Earlier on Thursday");
    int lavrov = c.text().indexOf("Lavrov made");
    assertThat(c.inEmbeddedPost(Span.of(lavrov, lavrov + 6))).isFalse();
    int munich = c.text().indexOf("meeting in Munich");
    assertThat(c.inEmbeddedPost(Span.of(munich, munich + 7))).isTrue();
    assertThat(c.regions(Region.Kind.UNREADABLE))
        .singleElement()
        .satisfies(r -> assertThat(post.span().contains(r.span().start())).isTrue());
  }

  @Test
  void recordsTheCeasefirePromosAsPromoRemovals() throws IOException {
    String raw = example();
    CleanText c = cleaner.clean(raw);
    List<String> promos =
        c.removals().stream().filter(r -> r.kind().equals("promo")).map(r -> r.raw().in(raw)).toList();
    assertThat(promos).hasSize(2);
    assertThat(promos.get(0)).contains("Read more [Russia can't", "Churkin](#)");
    assertThat(promos.get(1)).startsWith("[READ MORE: Saudi").endsWith("](#)");
    assertThat(c.removals()).extracting(Removal::kind).contains("separator", "markup");
  }

  @Test
  void mapsEveryCeasefireCharBackToTheSameRawChar() throws IOException {
    String raw = example();
    CleanText c = cleaner.clean(raw);
    assertValidOffsets(c, "ceasefire");
    String text = c.text();
    for (int i = 0; i < text.length(); i++) {
      char rawChar = raw.charAt(c.offsets().toRaw(i));
      if (!Character.isWhitespace(text.charAt(i))) {
        assertThat(rawChar).as("clean index %d", i).isEqualTo(text.charAt(i));
      }
    }
    Span title = c.title().orElseThrow();
    assertThat(c.toRaw(title).in(raw)).isEqualTo(c.titleText().get());
    int quote = text.indexOf("\"We made proposals");
    assertThat(c.toRaw(Span.of(quote, quote + 9)).in(raw)).isEqualTo("\"We made ");
  }

  // ------------------------------------------------------------------ markup

  @Test
  void keepsLinkTextAndDropsImagesBareUrlsAndLinkTargets() {
    CleanText c =
        cleaner.clean(
            "Body text with a [link](http://x.org/a_(b)) here.\n\n"
                + "![alt text](http://img/x.png) Image gone.\n\nSee https://example.com/x?y=1 now.");
    assertThat(c.text())
        .isEqualTo("Body text with a link here.\n\nImage gone.\n\nSee now.");
  }

  @Test
  void dropsEmphasisMarksButKeepsStarsAndUnderscoresInsideWordsAndNumbers() {
    String text =
        cleaner.clean("First line.\n\nIt is **bold**, *it*, __under__ and _it_; 5*3 and snake_case.")
            .text();
    assertThat(text).endsWith("It is bold, it, under and it; 5*3 and snake_case.");
  }

  @Test
  void unescapesBackslashEscapesAndDropsHeadingMarksAndSeparators() {
    CleanText c =
        cleaner.clean("# The headline\n\n---\n\nBody of @mfa\\_russia \\*not emphasis\\*.\n\n***\n\n___\n\n—\n\nEnd.");
    assertThat(c.text()).isEqualTo("The headline\n\nBody of @mfa_russia *not emphasis*.\n\nEnd.");
    assertThat(c.titleText()).hasValue("The headline");
  }

  @Test
  void keepsParagraphBreaksCollapsesSpacesAndDropsTrailingLineBreakSpaces() {
    String text = cleaner.clean("Para   one,\tstill  one.  \nsame para.\n\n\n\n  Para two.   ").text();
    assertThat(text).isEqualTo("Para one, still one.\nsame para.\n\nPara two.");
  }

  @Test
  void leavesQuoteCharactersExactlyAsTheyAre() {
    String raw = "He said: \u201cyes\u201d, \u2018no\u2019, \u00abda\u00bb and \"so\".";
    assertThat(cleaner.clean(raw).text()).isEqualTo(raw);
  }

  // ------------------------------------------------------------------ promos and junk

  @Test
  void dropsReadMoreRelatedFollowAndSubscribePromosWithEverythingInside() {
    String raw =
        "Talks went on. Read more: [Other story about Smith](https://x.org/1)\n\n"
            + "READ MORE: Jones quits\n\n"
            + "Related: [Brown says no](#)\n\n"
            + "Also read [Green story](#)\n\n"
            + "Recommended: Black story\n\n"
            + "Follow us on Twitter @news\n\n"
            + "Subscribe to our newsletter\n\n"
            + "The end.";
    CleanText c = cleaner.clean(raw);
    assertThat(c.text()).isEqualTo("Talks went on.\n\nThe end.");
    assertThat(c.removals()).filteredOn(r -> r.kind().equals("promo")).hasSize(7);
  }

  @Test
  void keepsProseThatMerelyMentionsReadingMore() {
    String raw = "Readers can read more about it in the report.";
    assertThat(cleaner.clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void removesQuestionMarkRunsAsUnreadableButKeepsRealQuestions() {
    CleanText c = cleaner.clean("Why? He wrote ?????? ? ?????? ? ????????. and left. Really ?");
    assertThat(c.text()).isEqualTo("Why? He wrote and left. Really ?");
    List<Region> lost = c.regions(Region.Kind.UNREADABLE);
    assertThat(lost).hasSize(1);
    assertThat(lost.get(0).span().start()).isEqualTo("Why? He wrote".length());
  }

  // ------------------------------------------------------------------ title and dateline

  @Test
  void recognisesDatelineForms() {
    for (String date :
        List.of("11/02/2016", "February 11, 2016", "2016-02-11", "Feb 11, 2016 10:32 GMT",
            "Published: 11 February 2016", "Updated Feb 11, 2016 10:32 GMT")) {
      CleanText c = cleaner.clean("A headline here\n" + date + "\n\nBody text.");
      assertThat(c.titleText()).as(date).hasValue("A headline here");
      assertThat(c.datelineText()).as(date).isPresent();
      assertThat(date).as(date).endsWith(c.datelineText().get());
      assertThat(c.text()).as(date).startsWith("A headline here\n\n");
    }
  }

  @Test
  void doesNotTakeASentenceOrALinkAsTheTitle() {
    assertThat(cleaner.clean("This is a sentence.\n\nMore.").title()).isEmpty();
    assertThat(cleaner.clean("[Only a link](http://x)\n\nMore.").title()).isEmpty();
    assertThat(cleaner.clean("Lavrov: \"We are ready\"\n\nMore.").titleText())
        .hasValue("Lavrov: \"We are ready\"");
  }

  @Test
  void recognisesAnEmbeddedTweetWithAnAsciiDashByline() {
    String raw =
        "Title of story\n\nReporter prose.\n\n"
            + "Great day in Geneva https://t.co/abc\n\n"
            + "- Jane Doe (@jdoe) March 3, 2016\n\nMore prose.";
    CleanText c = cleaner.clean(raw);
    assertThat(c.regions(Region.Kind.EMBEDDED_POST))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.span().in(c.text())).isEqualTo("Great day in Geneva\n\n- Jane Doe (@jdoe) March 3, 2016");
              assertThat(r.author()).hasValue("Jane Doe");
              assertThat(r.handle()).hasValue("@jdoe");
            });
  }

  @Test
  void recognisesABlockquotedTweetWithAnEntityDashByline() {
    String raw =
        "Title of story\n\nReporter prose.\n\n"
            + "> Talks are on pic.twitter.com/abc\n>\n"
            + "> &mdash; Foreign Office (@fo_uk) [May 1, 2016](https://twitter.com/fo_uk/status/1)\n\n"
            + "More prose.";
    CleanText c = cleaner.clean(raw);
    assertThat(c.regions(Region.Kind.EMBEDDED_POST))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.span().in(c.text()))
                  .isEqualTo("Talks are on\n&mdash; Foreign Office (@fo_uk) May 1, 2016");
              assertThat(r.author()).hasValue("Foreign Office");
              assertThat(r.handle()).hasValue("@fo_uk");
              assertThat(r.dateText()).hasValue("May 1, 2016");
            });
  }

  @Test
  void recognisesAPostPastedAsPlainTextByTheBylineThatClosesItsParagraph() {
    String raw = "Title of story\n\nReporter prose.\n\nTrade wars are good. It’s easy! — Donald J."
        + " Trump (@realDonaldTrump) March 2, 2018\n\nMore prose about it — Jane Doe (@jdoe).";
    CleanText c = cleaner.clean(raw);
    assertThat(c.regions(Region.Kind.EMBEDDED_POST))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.span().in(c.text())).isEqualTo("Trade wars are good. It’s easy! — Donald"
                  + " J. Trump (@realDonaldTrump) March 2, 2018");
              assertThat(r.author()).hasValue("Donald J. Trump");
              assertThat(r.handle()).hasValue("@realDonaldTrump");
              assertThat(r.dateText()).hasValue("March 2, 2018");
            });
  }

  @Test
  void takesTheParagraphBeforeABylineStandingAloneForAPlainPost() {
    String raw = "Title of story\n\nReporter prose.\n\nFake News is truly the ENEMY OF THE PEOPLE!"
        + "\n\n— Donald J. Trump (@realDonaldTrump) January 19, 2019\n\nHe later said more.";
    CleanText c = cleaner.clean(raw);
    assertThat(c.regions(Region.Kind.EMBEDDED_POST)).singleElement()
        .satisfies(r -> assertThat(r.span().in(c.text())).isEqualTo(
            "Fake News is truly the ENEMY OF THE PEOPLE!\n\n— Donald J. Trump (@realDonaldTrump)"
                + " January 19, 2019"));
  }

  @Test
  void takesNoProseForThePostOfAPictureOrAfterAnIntroduction() {
    String picture = "Title of story\n\nThe president posted a video on Twitter.\n\n"
        + "pic.twitter.com/abc123 — Donald J. Trump (@realDonaldTrump) January 19, 2019\n\nMore.";
    CleanText c = cleaner.clean(picture);
    assertThat(c.regions(Region.Kind.EMBEDDED_POST)).singleElement()
        .satisfies(r -> assertThat(r.span().in(c.text())).isEqualTo(
            "— Donald J. Trump (@realDonaldTrump) January 19, 2019"));
    String intro = "Title of story\n\nThe president wrote:\n\n"
        + "— Donald J. Trump (@realDonaldTrump) January 19, 2019\n\nMore.";
    CleanText i = cleaner.clean(intro);
    assertThat(i.regions(Region.Kind.EMBEDDED_POST)).singleElement()
        .satisfies(r -> assertThat(r.span().in(i.text())).startsWith("— Donald"));
  }

  @Test
  void takesAParagraphThatEndsInACommaOrAHashtagBeforeAPlainPostIntoThePost() {
    String comma = "Title of story\n\nReporter prose.\n\nHoman lectured her during a hearing, shouting"
        + " out,\n\n“I'm a taxpayer!” pic.twitter.com/kVK2 — Andrew Kimmel (@andrewkimmel)"
        + " September 26, 2019";
    CleanText c = cleaner.clean(comma);
    assertThat(c.regions(Region.Kind.EMBEDDED_POST)).singleElement()
        .satisfies(r -> assertThat(r.span().in(c.text())).startsWith("Homan lectured"));
    String hashtag = "Title of story\n\nReporter prose.\n\nIn my focus group, 6 said Trump."
        + " #DebateNight\n\nYou can say here: https://t.co/rF — Frank Luntz (@FrankLuntz)"
        + " September 27, 2016";
    CleanText h = cleaner.clean(hashtag);
    assertThat(h.regions(Region.Kind.EMBEDDED_POST)).singleElement()
        .satisfies(r -> assertThat(r.span().in(h.text())).startsWith("In my focus group"));
    String prose = "Title of story\n\nThe president wrote on Twitter.\n\nTrade wars are good. — Donald"
        + " J. Trump (@realDonaldTrump) March 2, 2018";
    CleanText p = cleaner.clean(prose);
    assertThat(p.regions(Region.Kind.EMBEDDED_POST)).singleElement()
        .satisfies(r -> assertThat(r.span().in(p.text())).startsWith("Trade wars"));
  }

  @Test
  void doesNotTakeALongParagraphOrABylineWithoutAFullDateForAPlainPost() {
    String longParagraph = "Title of story\n\n" + "The senator spoke at length. ".repeat(25)
        + "— Jane Doe (@jdoe) March 2, 2018";
    assertThat(cleaner.clean(longParagraph).regions(Region.Kind.EMBEDDED_POST)).isEmpty();
    String noDate = "Title of story\n\nReporter prose.\n\nShe disagreed — Jane Doe (@jdoe) on Monday";
    assertThat(cleaner.clean(noDate).regions(Region.Kind.EMBEDDED_POST)).isEmpty();
    String midParagraph = "Title of story\n\nReporter prose — Jane Doe (@jdoe) March 2, 2018 — went on"
        + " to say more.";
    assertThat(cleaner.clean(midParagraph).regions(Region.Kind.EMBEDDED_POST)).isEmpty();
  }

  @Test
  void locatesTheDashAndTheAuthorOfAPostsByline() {
    String plain = "Title of story\n\nProse.\n\nTrade wars are good. — Donald J. Trump"
        + " (@realDonaldTrump) March 2, 2018";
    String entity = "Title of story\n\nProse.\n\n> Talks are on pic.twitter.com/abc\n>\n"
        + "> &mdash; Foreign Office (@fo_uk) [May 1, 2016](https://twitter.com/fo_uk/status/1)";
    String ascii = "Title of story\n\nProse.\n\nGreat day in Geneva https://t.co/abc\n\n"
        + "- Jane Doe (@jdoe) March 3, 2016";
    for (String[] row : new String[][] {
        {plain, "—", "Donald J. Trump"}, {entity, "&mdash;", "Foreign Office"},
        {ascii, "-", "Jane Doe"}}) {
      CleanText c = cleaner.clean(row[0]);
      Region post = c.regions(Region.Kind.EMBEDDED_POST).get(0);
      CleanText.Byline byline = c.byline(post).orElseThrow();
      assertThat(byline.dash().in(c.text())).isEqualTo(row[1]);
      assertThat(byline.author().in(c.text())).isEqualTo(row[2]);
      assertThat(byline.span().end()).isEqualTo(post.span().end());
      assertThat(byline.span().start()).isEqualTo(byline.dash().start());
    }
  }

  @Test
  void doesNotTakeAHandleInProseWithoutSocialLinksAsAnEmbeddedPost() {
    CleanText c = cleaner.clean("Title\n\nSome prose.\n\n- Jane Doe (@jdoe) said more later");
    assertThat(c.regions(Region.Kind.EMBEDDED_POST)).isEmpty();
  }

  @Test
  void keepsAHashtagAtTheStartOfALineButDropsHeadingMarks() {
    assertThat(cleaner.clean("Intro.\n\n#Lavrov spoke.\n\n### Sub head\n\nEnd.").text())
        .isEqualTo("Intro.\n\n#Lavrov spoke.\n\nSub head\n\nEnd.");
  }

  // ------------------------------------------------------------------ robustness

  @Test
  void survivesDegenerateInputs() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      big.append("[[(x*_ ?? ");
    }
    for (String raw :
        List.of("", " ", "\n\n\n", "[", "]", "[a](", "[a]((b)", "![", "**", "\\", "?", "??",
            "[[[nested](a)](b)](c)", "\u0000\u0001\ufffd\ud800", "—", "# ", big.toString(),
            "x".repeat(1_000_000))) {
      CleanText c = cleaner.clean(raw);
      assertValidOffsets(c, raw.length() > 40 ? raw.substring(0, 40) : raw);
    }
  }

  @Test
  void randomMarkdownNeverThrowsAndKeepsOffsetsValid() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    String[] bits = {
      "[", "]", "(", ")", "](#)", "[link](http://x.y)", "![img](a.png)", "*", "**", "_", "__",
      "\\_", "\\", "?", "??", "????", " ", "  ", "\n", "\n\n", "---", "—", "#", "## ", "word",
      "Lavrov", "5*3", "\u201c", "\u201d", "\u00ab", "\u0416\u0438", "\ud83d\ude00", "Read more ",
      "READ MORE: ", "Related: ", "pic.twitter.com/x", "https://t.co/x", "— MFA (@mfa) Feb 1, 2016",
      "11/02/2016", ".", "\r\n", "\t", "&mdash;", ">"
    };
    for (int tc = 0; tc < 1000; tc++) {
      StringBuilder sb = new StringBuilder();
      int parts = rnd.nextInt(60);
      for (int p = 0; p < parts; p++) {
        sb.append(bits[rnd.nextInt(bits.length)]);
      }
      String raw = sb.toString();
      try {
        assertValidOffsets(cleaner.clean(raw), "seed " + seed + " case " + tc);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + " case " + tc + " raw '" + raw + "'", e);
      }
    }
  }

  static void assertValidOffsets(CleanText c, String where) {
    String raw = c.raw();
    String text = c.text();
    OffsetMap map = c.offsets();
    assertThat(map.cleanLength()).as(where).isEqualTo(text.length());
    int previous = 0;
    for (int i = 0; i < text.length(); i++) {
      int r = map.toRaw(i);
      assertThat(r).as(where).isBetween(previous, raw.length() - 1);
      previous = r;
      if (!Character.isWhitespace(text.charAt(i))) {
        assertThat(raw.charAt(r)).as(where + " at " + i).isEqualTo(text.charAt(i));
      }
    }
    assertThat(map.toRaw(text.length())).as(where).isLessThanOrEqualTo(raw.length());
    for (Region region : c.regions()) {
      assertThat(region.span().end()).as(where).isLessThanOrEqualTo(text.length());
      Span rawSpan = c.toRaw(region.span());
      assertThat(rawSpan.end()).as(where).isLessThanOrEqualTo(raw.length());
    }
    c.title().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    c.dateline().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    int lastEnd = 0;
    for (Removal removal : c.removals()) {
      assertThat(removal.raw().start()).as(where).isGreaterThanOrEqualTo(lastEnd);
      assertThat(removal.raw().end()).as(where).isLessThanOrEqualTo(raw.length());
      lastEnd = removal.raw().end();
    }
    assertThat(text).as(where).doesNotContain("\n\n\n").doesNotStartWith(" ").doesNotEndWith(" ");
  }
}
