package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A realistic mix of distinct read requests for {@code parley load --mix}, drawn from what a
 * running server holds: article views, quotes by speaker and by other filters, actor views,
 * events filters, searches, and pages of the article and actor lists, in the shares an analyst
 * clicking through the page would make them. Every URL differs from the others, so that a run no
 * longer than the mix measures answers the server computes, not answers it kept.
 *
 * <p>The ids, keys, outlets, countries and words come from the lists the server gives
 * ({@code /api/articles}, {@code /api/actors}) with page sizes the mix itself never asks for, so
 * that drawing them leaves none of the mix's answers kept.
 */
final class LoadMix {
  /** Shares of the mix, in percent, in the order of {@link #url}. */
  private static final int[] SHARES = {22, 14, 8, 14, 10, 12, 6, 6, 4, 4};

  private static final List<String> PLOVER = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
      "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private static final Set<String> STOP = Set.of("about", "after", "again", "against", "their",
      "there", "these", "those", "where", "which", "while", "would", "could", "should", "being",
      "other", "first", "under", "with", "from", "that", "this", "they", "will", "have", "what",
      "when", "into", "over", "says", "said", "more", "than", "were", "your");

  private final List<String> ids = new ArrayList<>();
  private final List<String> dates = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final List<String> busy = new ArrayList<>();
  private final List<String> outlets;
  private final List<String> countries;
  private final List<String> words;
  private final long articles;
  private final long actors;

  private LoadMix(JsonNode articlePages, JsonNode actorPages, long articles, long actors) {
    this.articles = articles;
    this.actors = actors;
    Set<String> outlets = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    Set<String> words = new TreeSet<>();
    for (JsonNode a : articlePages) {
      ids.add(a.path("id").asText());
      if (a.path("published").isTextual()) {
        dates.add(a.path("published").asText());
      }
      if (a.path("outlet").isTextual()) {
        outlets.add(a.path("outlet").asText());
      }
      for (String w : a.path("title").asText("").toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        if (w.length() >= 5 && !STOP.contains(w)) {
          words.add(w);
        }
      }
    }
    int i = 0;
    for (JsonNode x : actorPages) {
      (i++ < 300 ? busy : keys).add(x.path("key").asText());
      if (x.path("country").isTextual() && x.path("country").asText().length() == 3) {
        countries.add(x.path("country").asText());
      }
    }
    this.outlets = List.copyOf(outlets);
    this.countries = List.copyOf(countries);
    this.words = List.copyOf(words);
  }

  /**
   * Draws {@code n} distinct URLs from the server at {@code base} (e.g.
   * {@code http://127.0.0.1:8080}), shuffled with {@code seed}.
   */
  static List<URI> draw(URI base, int n, long seed) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(seed);
    JsonNode stats = get(http, json, base, "/api/stats");
    long articles = stats.path("articles").asLong();
    JsonNode first = get(http, json, base, "/api/actors?limit=1&sort=activity");
    long actors = first.path("total").asLong();
    if (articles == 0 || actors == 0) {
      throw new IllegalStateException("the server at " + base + " holds no articles or actors;"
          + " ingest some first");
    }
    // article ids (and their dates, outlets and title words) from random pages of 97
    com.fasterxml.jackson.databind.node.ArrayNode a = json.createArrayNode();
    int articlePages = (int) Math.min(Math.max(1, n / 150), (articles + 96) / 97);
    for (int p = 0; p < articlePages; p++) {
      long offset = articles <= 97 ? 0 : (long) (random.nextDouble() * (articles - 97));
      a.addAll((com.fasterxml.jackson.databind.node.ArrayNode) get(http, json, base,
          "/api/articles?limit=97&offset=" + offset).path("items"));
    }
    // the 300 busiest actors, then actors from random places in the list
    com.fasterxml.jackson.databind.node.ArrayNode x = json.createArrayNode();
    for (int p = 0; p < 3; p++) {
      x.addAll((com.fasterxml.jackson.databind.node.ArrayNode) get(http, json, base,
          "/api/actors?limit=100&sort=activity&offset=" + p * 100).path("items"));
    }
    int actorPages = Math.max(1, n / 200);
    for (int p = 0; p < actorPages; p++) {
      long offset = actors <= 97 ? 0 : (long) (random.nextDouble() * (actors - 97));
      x.addAll((com.fasterxml.jackson.databind.node.ArrayNode) get(http, json, base,
          "/api/actors?limit=97&sort=activity&offset=" + offset).path("items"));
    }
    LoadMix mix = new LoadMix(a, x, articles, actors);
    Set<String> out = new LinkedHashSet<>();
    int tries = 0;
    while (out.size() < n && tries++ < n * 50) {
      int roll = random.nextInt(100);
      int kind = 0;
      int upTo = SHARES[0];
      while (roll >= upTo && kind < SHARES.length - 1) {
        upTo += SHARES[++kind];
      }
      String u = mix.url(kind, random);
      if (u != null) {
        out.add(u);
      }
    }
    List<URI> urls = new ArrayList<>(out.size());
    for (String u : out) {
      urls.add(base.resolve(u));
    }
    java.util.Collections.shuffle(urls, random);
    return urls;
  }

  /** One URL of a kind (an index of {@link #SHARES}), or null when the server lacks the data. */
  private String url(int kind, Random r) {
    return switch (kind) {
      case 0 -> "/api/articles/" + pick(ids, r);
      case 1 -> "/api/quotes?speaker=" + enc(actor(r))
          + (r.nextInt(4) == 0 ? "&offset=20" : "");
      case 2 -> switch (r.nextInt(4)) {
        case 0 -> "/api/quotes?country=" + pick(countries, r) + "&kind="
            + List.of("direct", "partial", "indirect").get(r.nextInt(3));
        case 1 -> "/api/quotes?outlet=" + enc(pick(outlets, r))
            + (r.nextBoolean() ? "&offset=" + 20 * r.nextInt(5) : "");
        case 2 -> "/api/quotes?" + monthRange(r) + "&limit=" + (10 + r.nextInt(40));
        default -> "/api/quotes?article=" + pick(ids, r);
      };
      case 3 -> "/api/actor?key=" + enc(actor(r));
      case 4 -> switch (r.nextInt(4)) {
        case 0 -> "/api/events?plover=" + pick(PLOVER, r) + "&offset=" + 20 * r.nextInt(50);
        case 1 -> "/api/events?source_country=" + pick(countries, r)
            + (r.nextBoolean() ? "&plover=" + pick(PLOVER, r) : "");
        case 2 -> "/api/events?target_country=" + pick(countries, r) + "&from=" + month(r)
            + "-01";
        default -> "/api/events?article=" + pick(ids, r);
      };
      case 5 -> "/api/search?limit=100&q=" + enc(switch (r.nextInt(5)) {
        case 0 -> pick(words, r) + " AND kind:direct";
        case 1 -> "\"" + pick(words, r) + " " + pick(words, r) + "\"";
        case 2 -> pick(words, r).substring(0, 4) + "*";
        default -> pick(words, r);
      });
      case 6 -> "/api/articles?limit=25&offset=" + 25 * r.nextInt((int) Math.max(1,
          Math.min(articles / 25, 400)))
          + (r.nextInt(3) == 0 ? "&outlet=" + enc(pick(outlets, r)) : "");
      case 7 -> switch (r.nextInt(3)) {
        case 0 -> "/api/actors?limit=50&offset=" + 50 * r.nextInt((int) Math.max(1,
            Math.min(actors / 50, 200)));
        case 1 -> "/api/actors?limit=15&sort=quotes&country=" + pick(countries, r);
        default -> "/api/actors?limit=50&q=" + enc(pick(words, r).substring(0, 4));
      };
      case 8 -> "/api/quotes?speaker=" + enc(actor(r)) + "&kind=direct";
      default -> "/api/events?plover=" + pick(PLOVER, r) + "&" + monthRange(r);
    };
  }

  /** A busy actor one time in three, else any actor drawn. */
  private String actor(Random r) {
    return r.nextInt(3) == 0 || keys.isEmpty() ? pick(busy, r) : pick(keys, r);
  }

  /** The from and to parameters of one month's days. */
  private String monthRange(Random r) {
    String m = month(r);
    return "from=" + m + "-01&to=" + m + "-28";
  }

  private String month(Random r) {
    String d = pick(dates, r);
    return d.length() >= 7 ? d.substring(0, 7) : "2016-01";
  }

  private static String pick(List<String> l, Random r) {
    if (l.isEmpty()) {
      throw new IllegalStateException("the server gave too few articles or actors for a mix");
    }
    return l.get(r.nextInt(l.size()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static JsonNode get(HttpClient http, ObjectMapper json, URI base, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return json.readTree(r.body());
  }
}
