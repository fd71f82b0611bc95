import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load loop against a running 'parley serve' on this machine: CLIENTS threads send a mix
 * of read requests for SECONDS seconds, then it prints requests/s and latency percentiles per
 * endpoint. Loopback addresses only.
 *
 * <p>java dev/ApiLoad.java http://127.0.0.1:8080 [SECONDS=20] [CLIENTS=4]
 */
public class ApiLoad {
  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
    int seconds = Math.min(120, args.length > 1 ? Integer.parseInt(args[1]) : 20);
    int clients = Math.min(32, args.length > 2 ? Integer.parseInt(args[2]) : 4);
    String host = base.getHost();
    if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
      throw new IllegalArgumentException("loopback only, not " + host);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // some real keys and ids to ask for
    String actors = get(http, base, "/api/actors?limit=50");
    List<String> keys = all(actors, "\"key\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    String articles = get(http, base, "/api/articles?limit=100");
    List<String> ids = all(articles, "\"id\":\"([0-9a-f]+)\"");
    List<String> words = List.of("ceasefire", "election", "health care", "speaker:trump",
        "country:RUS", "tax*", "\"white house\"", "immigration AND kind:direct");
    Map<String, List<Long>> times = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int seed = c;
      Thread t = new Thread(() -> {
        int i = seed;
        while (System.nanoTime() < end) {
          i++;
          String[] r = request(i, keys, ids, words);
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(base.resolve(r[1]))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          times.computeIfAbsent(r[0], k -> new CopyOnWriteArrayList<>())
              .add(System.nanoTime() - t0);
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long total = times.values().stream().mapToLong(List::size).sum();
    System.out.printf(Locale.ROOT, "%d requests in %d s on %d clients: %.0f requests/s, %d"
        + " errors%n", total, seconds, clients, total / (double) seconds, errors.get());
    System.out.printf(Locale.ROOT, "%-10s %7s %8s %8s %8s%n", "endpoint", "n", "p50 ms",
        "p99 ms", "max ms");
    List<Long> every = new ArrayList<>();
    for (Map.Entry<String, List<Long>> e : new TreeMap<>(times).entrySet()) {
      print(e.getKey(), e.getValue());
      every.addAll(e.getValue());
    }
    print("all", every);
  }

  static String[] request(int i, List<String> keys, List<String> ids, List<String> words) {
    String w = words.get(i % words.size());
    return switch (i % 6) {
      case 0 -> new String[] {"articles", "/api/articles?limit=20&offset=" + (i % 5) * 20};
      case 1 -> new String[] {"article", "/api/articles/" + ids.get(i % ids.size())};
      case 2 -> new String[] {"quotes", "/api/quotes?limit=20&speaker=" + enc(
          keys.isEmpty() ? "a" : keys.get(i % keys.size()).replaceAll(".*:|\\|.*", ""))};
      case 3 -> new String[] {"actor", "/api/actors/" + enc(keys.get(i % keys.size()))};
      case 4 -> new String[] {"search", "/api/search?limit=20&q=" + enc(w)};
      default -> new String[] {"events", "/api/events?limit=20&plover=" + List.of("CONSULT",
          "ACCUSE", "SUPPORT", "REQUEST").get(i % 4)};
    };
  }

  static void print(String name, List<Long> ns) {
    long[] a = ns.stream().mapToLong(Long::longValue).sorted().toArray();
    if (a.length == 0) {
      return;
    }
    System.out.printf(Locale.ROOT, "%-10s %7d %8.1f %8.1f %8.1f%n", name, a.length,
        a[a.length / 2] / 1e6, a[Math.min(a.length - 1, (int) (a.length * 0.99))] / 1e6,
        a[a.length - 1] / 1e6);
  }

  static String get(HttpClient http, URI base, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  static List<String> all(String json, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(json);
    while (m.find()) {
      out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
