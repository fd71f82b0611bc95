package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a news page and its metadata. jsoup builds the DOM; the rest is ours.
 *
 * <p>How the text is found: (1) elements that never hold article text are dropped (scripts,
 * forms, navigation, asides, hidden elements, and elements whose class or id names a share widget,
 * comments, related links, an ad, a newsletter box ... unless it also names article content);
 * (2) every paragraph-like block scores by its length and commas and hands its score to its parent
 * and, halved, to its grandparent; an element's score is cut by its share of link text; (3) the
 * best-scoring element is the article, joined by those of its siblings that score well or hold long
 * low-link paragraphs; (4) its text is written block by block, one paragraph per block, and blocks
 * that are mostly links or known furniture ("Advertisement") are left out.
 *
 * <p>Metadata: title from {@code og:title}, JSON-LD {@code headline}, the first {@code <h1>}, or
 * {@code <title>}; date from {@code article:published_time}, JSON-LD {@code datePublished}, common
 * {@code <meta>} names, or the first {@code <time datetime>}; outlet from {@code og:site_name} or
 * JSON-LD {@code publisher.name}.
 */
public final class HtmlExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "iframe", "svg", "form", "button", "select", "input",
      "textarea", "template", "object", "embed", "canvas", "video", "audio", "nav", "aside",
      "footer", "header", "menu", "dialog", "link", "meta", "map", "figcaption");

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
      "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure", "br",
      "hr", "center", "address", "body", "span.block");

  /** Class or id parts that name page furniture. */
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?:^|[-_ ])(?:comments?|commentary-?box|disqus|share|sharing|sharebar|social|socials"
          + "|related|recommend(?:ed|ations)?|promo|promos|advert|advertisement|ad|ads|adslot"
          + "|adunit|dfp|sponsor(?:ed)?|newsletter|subscribe|subscription|signup|breadcrumbs?"
          + "|nav|navbar|navigation|menu|sidebar|rail|footer|masthead|cookie|consent|popup"
          + "|modal|tags|tag-list|widget|outbrain|taboola|trending|most-?popular|popular"
          + "|more-stories|read-?more|readmore|also-?read|see-?also|print|toolbar|utility"
          + "|skip|hidden|visually-?hidden|sr-only|author-bio|bio|byline|dateline|timestamp"
          + "|caption|credit|video|gallery|slideshow|newsletter-signup|paywall|disclaimer"
          + "|copyright|login|banner|pagination|pager)(?=$|[-_ ])",
      Pattern.CASE_INSENSITIVE);

  /** Class or id parts that name article content. */
  private static final Pattern POSITIVE = Pattern.compile(
      "(?:^|[-_ ])(?:article|articlebody|article-?body|body|content|entry|main|post|story"
          + "|story-?body|text|blog|news|paragraph|prose|rich-?text)(?=$|[-_ ])",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)^(advertisement|advertisement\\s*[-–]\\s*scroll to continue|ad|sponsored( content)?"
          + "|story continues below(?: advertisement)?|continue reading.*|read more.*|share"
          + "|share this( article| story)?|related( articles| stories)?|more on this story"
          + "|skip to (main )?content|sign up.*newsletter.*|click here.*|watch:.*|listen:.*)$");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");

  private HtmlExtractor() {}

  /** The page's main text and metadata. */
  public static HtmlPage extract(String html, String url, String charset) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Meta meta = meta(doc);
    Element body = doc.body();
    clean(body);
    String text = mainText(body);
    return new HtmlPage(text, meta.title, meta.published, meta.outlet, charset);
  }

  // --- metadata ---------------------------------------------------------------------------------

  private record Meta(Optional<String> title, Optional<LocalDate> published,
      Optional<String> outlet) {}

  private static Meta meta(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property")
          : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (!key.isEmpty()) {
        metas.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content").strip());
      }
    }
    String ldHeadline = null;
    String ldDate = null;
    String ldPublisher = null;
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        List<JsonNode> articles = new ArrayList<>();
        articles(n, articles, 0);
        for (JsonNode a : articles) {
          ldHeadline = ldHeadline != null ? ldHeadline : text(a.get("headline"));
          ldDate = ldDate != null ? ldDate : text(a.get("datePublished"));
          JsonNode pub = a.get("publisher");
          if (ldPublisher == null && pub != null) {
            ldPublisher = pub.isArray() && pub.size() > 0 ? text(pub.get(0).get("name"))
                : text(pub.get("name"));
          }
        }
      } catch (Exception e) {
        // broken JSON-LD is common and tells us nothing
      }
    }
    Optional<String> title = first(metas.get("og:title"), ldHeadline, metas.get("twitter:title"),
        doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title());
    Optional<LocalDate> date = Optional.empty();
    for (String s : new String[] {metas.get("article:published_time"), ldDate,
        metas.get("datepublished"), metas.get("og:article:published_time"),
        metas.get("article.published"), metas.get("pubdate"), metas.get("publishdate"),
        metas.get("publish-date"), metas.get("parsely-pub-date"), metas.get("sailthru.date"),
        metas.get("dc.date.issued"), metas.get("dc.date"), metas.get("date"),
        metas.get("dcterms.created"), timeOf(doc)}) {
      date = date.or(() -> date(s).filter(HtmlExtractor::plausible));
    }
    Optional<String> outlet = first(metas.get("og:site_name"), ldPublisher,
        metas.get("application-name"));
    return new Meta(title, date, outlet);
  }

  private static String timeOf(Document doc) {
    Element t = doc.selectFirst("time[datetime]");
    return t == null ? null : t.attr("datetime");
  }

  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article",
      "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
      "backgroundnewsarticle", "webpage", "liveblogposting", "socialmediaposting");

  private static void articles(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(x -> articles(x, out, depth + 1));
      return;
    }
    if (!n.isObject()) {
      return;
    }
    JsonNode type = n.get("@type");
    boolean article = false;
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        article |= ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT));
      }
    }
    if (article) {
      // news types before a generic WebPage
      if (type.asText().equalsIgnoreCase("webpage")) {
        out.add(n);
      } else {
        out.add(0, n);
      }
    }
    articles(n.get("@graph"), out, depth + 1);
    articles(n.get("mainEntity"), out, depth + 1);
  }

  private static String text(JsonNode n) {
    return n == null || !n.isValueNode() || n.asText().isBlank() ? null : n.asText().strip();
  }

  private static Optional<String> first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip().replaceAll("\\s+", " "));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a page's date can be its publication date: content systems fill empty date fields with
   * placeholders ("0001-01-01T00:00:00Z", the Unix epoch), which would anchor every relative date
   * of the article in the wrong millennium.
   */
  static boolean plausible(LocalDate d) {
    return d.getYear() >= 1800 && !d.equals(LocalDate.EPOCH);
  }

  /** The date of an ISO 8601 or RFC 1123 date-time, or of {@code YYYY-MM-DD...}. */
  static Optional<LocalDate> date(String s) {
    if (s == null) {
      return Optional.empty();
    }
    s = s.strip();
    Optional<LocalDate> iso = RecordReader.date(s);
    if (iso.isPresent()) {
      return iso;
    }
    try {
      return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  // --- cleaning ---------------------------------------------------------------------------------

  private static final Set<String> LAYOUT_TAGS =
      Set.of("nav", "aside", "footer", "header", "menu", "figcaption");

  private static void clean(Element body) {
    // paragraph text under each element: furniture is dropped only when it holds a small share of
    // the page's paragraphs, so a page-wide wrapper named "ad-margins" or "right-rail" stays
    Map<Element, Integer> ptext = new IdentityHashMap<>();
    int total = 0;
    for (Element p : body.getAllElements()) {
      // paragraphs, and divs that hold their text directly (CNN's "zn-body__paragraph")
      boolean para = p.normalName().equals("p");
      if (!para && !(p.normalName().equals("div") && ownTextLength(p) > 80)) {
        continue;
      }
      int n = para ? p.text().length() : ownTextLength(p);
      total += n;
      for (Element a = p; a != null; a = a.parent()) {
        ptext.merge(a, n, Integer::sum);
      }
    }
    int limit = Math.max(400, total * 3 / 10);
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      String tag = e.normalName();
      boolean layout = LAYOUT_TAGS.contains(tag) || furniture(e);
      if ((DROP_TAGS.contains(tag) && !LAYOUT_TAGS.contains(tag)) || hidden(e)
          || (layout && ptext.getOrDefault(e, 0) < limit)) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      e.remove();
    }
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT)
        .matches(".*(display:none|visibility:hidden).*");
  }

  private static boolean furniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("p")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    if (!NEGATIVE.matcher(names).find() || POSITIVE.matcher(names).find()) {
      return false;
    }
    return true;
  }

  // --- scoring ----------------------------------------------------------------------------------

  private static String mainText(Element body) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (!(tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
          || (tag.equals("div") && ownTextLength(e) > 80))) {
        continue;
      }
      String t = e.text();
      if (t.length() < 25) {
        continue;
      }
      double s = 1 + commas(t) + Math.min(t.length() / 100.0, 3);
      Element parent = e.parent();
      if (parent == null) {
        continue;
      }
      score.merge(parent, s, Double::sum);
      Element grand = parent.parent();
      if (grand != null) {
        score.merge(grand, s / 2, Double::sum);
      }
    }
    if (score.isEmpty()) {
      return blocksOf(body);
    }
    Element best = null;
    double bestScore = -1;
    for (Map.Entry<Element, Double> en : score.entrySet()) {
      Element e = en.getKey();
      double s = (en.getValue() + classWeight(e)) * (1 - linkDensity(e));
      en.setValue(s);
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    List<Element> parts = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null || best == body) {
      parts.add(best);
    } else {
      double threshold = Math.max(10, bestScore * 0.2);
      for (Element sib : parent.children()) {
        if (sib == best) {
          parts.add(sib);
          continue;
        }
        Double s = score.get(sib);
        if (s != null && s >= threshold) {
          parts.add(sib);
        } else if (sib.normalName().equals("p")) {
          String t = sib.text();
          if (t.length() > 80 && linkDensity(sib) < 0.25) {
            parts.add(sib);
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (Element p : parts) {
      String t = blocksOf(p);
      if (!t.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(t);
      }
    }
    return out.toString();
  }

  private static double classWeight(Element e) {
    String names = e.className() + " " + e.id();
    double w = 0;
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (e.normalName().equals("article")) {
      w += 10;
    }
    return w;
  }

  private static int ownTextLength(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      n += t.text().strip().length();
    }
    return n;
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) total);
  }

  // --- writing ----------------------------------------------------------------------------------

  /** The text of an element, one paragraph per block, furniture and link lists left out. */
  private static String blocksOf(Element root) {
    List<Block> blocks = new ArrayList<>();
    Block[] current = {new Block()};
    walk(root, blocks, current);
    flush(blocks, current);
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      String t = b.text.toString().replaceAll("[ \\t\\u00A0\\u200B]+", " ")
          .replaceAll(" ?\\n ?", "\n").strip();
      if (t.isEmpty() || FURNITURE.matcher(t).matches()) {
        continue;
      }
      double links = b.linkChars / (double) Math.max(1, b.text.length());
      if (links > 0.5 && t.length() < 300) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(t);
    }
    return out.toString();
  }

  private static final class Block {
    final StringBuilder text = new StringBuilder();
    int linkChars;
  }

  private static void walk(Node node, List<Block> blocks, Block[] current) {
    walk(node, blocks, current, false);
  }

  private static void walk(Node node, List<Block> blocks, Block[] current, boolean inLink) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String s = WHITESPACE.matcher(t.getWholeText()).replaceAll(" ");
        current[0].text.append(s);
        if (inLink) {
          current[0].linkChars += s.strip().length();
        }
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          current[0].text.append('\n');
          continue;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
          flush(blocks, current);
        }
        walk(e, blocks, current, inLink || tag.equals("a"));
        if (block) {
          flush(blocks, current);
        }
      }
    }
  }

  private static void flush(List<Block> blocks, Block[] current) {
    if (!current[0].text.toString().isBlank()) {
      blocks.add(current[0]);
    }
    current[0] = new Block();
  }
}
