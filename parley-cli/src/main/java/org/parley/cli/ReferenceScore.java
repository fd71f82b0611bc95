package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.time.TimeExpression;

/**
 * Scores one analysis against a hand-made reference reading of the same article (the format of
 * {@code shared/examples/*.expected.json}): title, publication date, quotes found and attributed
 * to the right speaker, dates with the right value, actors with the right country and sector,
 * events with the right PLOVER type or CAMEO root. Every line says what matched or what was missed,
 * so the score can be checked by reading it.
 */
final class ReferenceScore {
  /** One scored line: what the reference holds, whether it was found, and what Parley said. */
  record Line(String section, String expected, boolean found, boolean right, String got) {}

  final List<Line> lines = new ArrayList<>();
  private final Analysis a;
  private final String text;

  private ReferenceScore(Analysis a) {
    this.a = a;
    this.text = a.text();
  }

  static ReferenceScore of(Analysis a, JsonNode ref) {
    ReferenceScore s = new ReferenceScore(a);
    s.article(ref.path("article"));
    for (JsonNode q : ref.path("quotes")) {
      s.quote(q);
    }
    for (JsonNode nq : ref.path("not_quotes")) {
      s.notQuote(nq);
    }
    for (JsonNode d : ref.path("dates")) {
      s.date(d);
    }
    for (JsonNode x : ref.path("actors")) {
      s.actor(x);
    }
    for (JsonNode e : ref.path("events")) {
      s.event(e);
    }
    return s;
  }

  /** How many lines of a section were found, and how many of those were right. */
  int[] count(String section) {
    int found = 0;
    int right = 0;
    int total = 0;
    for (Line l : lines) {
      if (l.section().equals(section)) {
        total++;
        found += l.found() ? 1 : 0;
        right += l.right() ? 1 : 0;
      }
    }
    return new int[] {right, found, total};
  }

  String report() {
    StringBuilder b = new StringBuilder();
    String section = "";
    for (Line l : lines) {
      if (!l.section().equals(section)) {
        section = l.section();
        int[] c = count(section);
        b.append(String.format(Locale.ROOT, "%n%s: %d of %d right (%d found)%n", section, c[0], c[2],
            c[1]));
      }
      b.append(l.right() ? "  ok    " : l.found() ? "  wrong " : "  miss  ");
      b.append(l.expected());
      if (!l.got().isEmpty()) {
        b.append("  <- ").append(l.got());
      }
      b.append('\n');
    }
    return b.toString();
  }

  private void article(JsonNode art) {
    String title = art.path("title").asText();
    String got = a.title().orElse("");
    lines.add(new Line("article", "title \"" + title + "\"", !got.isEmpty(), got.equals(title),
        got));
    String published = art.path("published").asText();
    String gotDate = a.publication().date().map(Object::toString).orElse("");
    lines.add(new Line("article", "published " + published, !gotDate.isEmpty(),
        gotDate.equals(published), gotDate + " (" + a.publication().evidence() + ")"));
  }

  private void quote(JsonNode ref) {
    String contains = norm(ref.path("contains").asText());
    String expected = "\"" + ref.path("contains").asText() + "\" by " + ref.path("speaker").asText();
    for (Quote q : a.quotes()) {
      if (!norm(content(q)).contains(contains)) {
        continue;
      }
      Optional<Actor> speaker = q.speaker().flatMap(a::findActor);
      boolean right = speaker.isPresent() && matches(speaker.get(), ref.path("speaker_match"));
      String got = q.kind().wire() + ", " + speaker.map(x -> x.name() + " " + x.code().orElse(""))
          .orElse("no speaker");
      lines.add(new Line("quotes", expected, true, right, got));
      return;
    }
    lines.add(new Line("quotes", expected, false, false, ""));
  }

  private void notQuote(JsonNode ref) {
    String contains = norm(ref.path("contains").asText());
    String wrongSpeaker = ref.path("wrong_speaker").asText("");
    for (Quote q : a.quotes()) {
      if (!norm(content(q)).contains(contains)) {
        continue;
      }
      Optional<Actor> speaker = q.speaker().flatMap(a::findActor);
      boolean wrong = wrongSpeaker.isEmpty()
          || speaker.map(x -> x.name().contains(lastWord(wrongSpeaker))).orElse(false);
      if (wrong) {
        lines.add(new Line("not quotes", "no \"" + ref.path("contains").asText() + "\""
            + (wrongSpeaker.isEmpty() ? "" : " by " + wrongSpeaker), true, false,
            "found " + speaker.map(Actor::name).orElse("a quote")));
        return;
      }
    }
    lines.add(new Line("not quotes", "no \"" + ref.path("contains").asText() + "\""
        + (wrongSpeaker.isEmpty() ? "" : " by " + wrongSpeaker), true, true, ""));
  }

  private void date(JsonNode ref) {
    String t = norm(ref.path("text").asText());
    String value = ref.path("value").asText();
    String expected = ref.path("text").asText() + " = " + value;
    TimeExpression best = null;
    for (TimeExpression d : a.dates()) {
      String dt = norm(d.text());
      if (dt.equals(t) || dt.contains(t) || (t.contains(dt) && dt.length() * 2 > t.length())) {
        if (best == null || d.value().equals(value)) {
          best = d;
        }
      }
    }
    if (best == null) {
      lines.add(new Line("dates", expected, false, false, ""));
      return;
    }
    String interval = best.start().isPresent() && best.end().isPresent()
        ? best.start().get() + "/" + best.end().get() : "";
    boolean right = best.value().equals(value) || interval.equals(value);
    lines.add(new Line("dates", expected, true, right, best.text() + " = " + best.value()));
  }

  private void actor(JsonNode ref) {
    String name = ref.path("name").asText();
    String country = ref.path("country").asText();
    String sector = ref.path("sector").asText();
    String expected = name + " " + country + " " + sector;
    Actor found = null;
    boolean government = name.endsWith("(government)");
    for (Actor x : a.actors()) {
      boolean nameMatch = government
          ? x.country().orElse("").equals(country) && x.sectors().contains(sector)
              && x.kind() == Actor.Kind.GOVERNMENT
          : hasWord(x.name(), lastWord(name)) || norm(name).equals(norm(x.name()))
              || mentioned(x, name);
      if (nameMatch) {
        found = x;
        break;
      }
    }
    if (found == null && government) {
      for (Actor x : a.actors()) {
        if (x.country().orElse("").equals(country) && x.sectors().contains(sector)) {
          found = x;
          break;
        }
      }
    }
    if (found == null) {
      lines.add(new Line("actors", expected, false, false, ""));
      return;
    }
    boolean right = found.country().orElse("").equals(country) && found.sectors().contains(sector);
    lines.add(new Line("actors", expected, true, right, found.name() + " "
        + found.code().orElse("?") + found.role().map(r -> ", " + r).orElse("")));
  }

  private void event(JsonNode ref) {
    String plover = ref.path("plover").isNull() ? "" : ref.path("plover").asText();
    String cameo = ref.path("cameo").asText();
    String evidence = norm(ref.path("evidence").asText());
    String expected = (plover.isEmpty() ? "-" : plover) + " " + cameo + " "
        + ref.path("source").asText() + " -> " + ref.path("target").asText("-") + ": "
        + ref.path("action").asText();
    Event best = null;
    for (Event e : a.events()) {
      String ev = norm(e.evidence().in(text));
      String quoted = e.quote().flatMap(id -> a.quotes().stream().filter(q -> q.id().equals(id))
          .findFirst()).map(q -> norm(content(q))).orElse("");
      if (overlapsText(ev, evidence) || (!quoted.isEmpty() && overlapsText(quoted, evidence))) {
        boolean typeRight = plover.isEmpty()
            ? e.cameo().startsWith(cameo.substring(0, 2))
            : e.plover().orElse("").equals(plover);
        if (best == null || typeRight) {
          best = e;
        }
        if (typeRight) {
          break;
        }
      }
    }
    if (best == null) {
      lines.add(new Line("events", expected, false, false, ""));
      return;
    }
    boolean typeRight = plover.isEmpty()
        ? best.cameo().startsWith(cameo.substring(0, 2))
        : best.plover().orElse("").equals(plover);
    String refSource = ref.path("source").asText().split(" ")[0];
    boolean sourceRight = !refSource.matches("[A-Z]{6,9}")
        || names(best.source()).contains(refSource);
    String refTarget = ref.path("target").asText("").split(" ")[0];
    boolean targetRight = !refTarget.matches("[A-Z]{3,9}")
        || names(best.target()).contains(refTarget);
    boolean right = typeRight && sourceRight;
    String note = (sourceRight ? "" : " [source differs]") + (targetRight ? "" : " [target differs]");
    lines.add(new Line("events", expected + note, true, right, best.plover().orElse("-") + " "
        + best.cameo() + " " + names(best.source()) + " -> " + names(best.target())
        + best.date().map(d -> " " + d).orElse("") + best.place().map(p -> " in " + p).orElse("")));
  }

  private static boolean hasWord(String text, String word) {
    for (String w : norm(text).split("[^\\p{L}\\p{N}]+")) {
      if (w.equals(norm(word))) {
        return true;
      }
    }
    return false;
  }

  private boolean mentioned(Actor x, String name) {
    for (Span m : x.mentions()) {
      if (norm(m.in(text)).equals(norm(name))) {
        return true;
      }
    }
    return false;
  }

  private String names(List<String> ids) {
    if (ids.isEmpty()) {
      return "-";
    }
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(a.findActor(id).map(x -> x.code().orElse(x.name())).orElse(id));
    }
    return String.join("+", out);
  }

  /** Whether two texts share a stretch of at least five words (or one holds the other). */
  private static boolean overlapsText(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.contains(y) || y.contains(x)) {
      return true;
    }
    String[] w = y.split(" ");
    for (int i = 0; i + 5 <= w.length; i++) {
      if (x.contains(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + 5)))) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(Actor speaker, JsonNode patterns) {
    for (JsonNode p : patterns) {
      String s = p.asText();
      if (s.matches("[A-Z]{3}")) {
        if (speaker.country().orElse("").equals(s)) {
          return true;
        }
      } else if (norm(speaker.name()).contains(norm(s))) {
        return true;
      }
    }
    return false;
  }

  private String content(Quote q) {
    StringBuilder b = new StringBuilder();
    for (Span s : q.content()) {
      b.append(s.in(text)).append(' ');
    }
    return b.toString();
  }

  private static String lastWord(String name) {
    String[] w = name.strip().split("\\s+");
    return w[w.length - 1];
  }

  /** Lower case, markup and quote marks gone, whitespace collapsed. */
  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("[*_\"“”«»]", "")
        .replace('’', '\'')
        .replaceAll("\\s+", " ")
        .strip();
  }
}
