package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Problem;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.time.TimeExpression;

/**
 * The readable summary of an analysis ({@code --format text}): title and date, then each quote as
 * {@code Speaker (role, country): "content"}, then actors, events, dates and problems.
 */
public final class TextReport {
  private TextReport() {}

  /** The summary of one analysis, ending with a newline. */
  public static String of(Analysis a) {
    StringBuilder out = new StringBuilder();
    String text = a.clean() == null ? "" : a.text();
    out.append(a.title().orElse("(no title)")).append('\n');
    out.append("Published: ")
        .append(a.publication().date().map(Object::toString).orElse("unknown"))
        .append(" (").append(a.publication().evidence()).append(")\n");
    out.append("Source: ").append(a.article().source()).append("  id ").append(a.article().id())
        .append('\n');

    section(out, "Quotes", a.quotes().size());
    for (Quote q : a.quotes()) {
      out.append("  ").append(speaker(a, q, text)).append(": ");
      out.append(content(q, text));
      List<String> extra = new ArrayList<>();
      extra.add(q.kind().wire());
      if (q.mode().equals("post")) {
        extra.add("post"); // an embedded social-media post, given to its author
      }
      q.cue().ifPresent(c -> extra.add("cue \"" + c.in(text) + "\""));
      q.addressee().flatMap(a::findActor).ifPresent(t -> extra.add("to " + t.name()));
      if (!q.relayedBy().isEmpty()) {
        extra.add("via " + q.relayedBy().stream()
            .map(id -> a.findActor(id).map(Actor::name).orElse(id))
            .collect(Collectors.joining(", ")));
      }
      out.append("  [").append(String.join("; ", extra)).append("]\n");
    }

    section(out, "Actors", a.actors().size());
    for (Actor actor : a.actors()) {
      out.append("  ").append(actor.name());
      out.append(" [").append(actor.code().orElse("?")).append("]");
      actor.role().ifPresent(r -> out.append(", ").append(r));
      actor.organization().ifPresent(o -> out.append(", ").append(o));
      if (actor.anonymous()) {
        out.append(", anonymous");
      }
      out.append("  (").append(actor.mentions().size()).append(actor.mentions().size() == 1
          ? " mention)" : " mentions)").append('\n');
    }

    section(out, "Events", a.events().size());
    for (Event e : a.events()) {
      out.append("  ").append(e.plover().orElse("-"));
      e.mode().ifPresent(m -> out.append("/").append(m));
      out.append(" (CAMEO ").append(e.cameo()).append(") ");
      out.append(names(a, e.source())).append(" -> ").append(names(a, e.target()));
      e.date().ifPresent(d -> out.append(", ").append(d));
      e.place().ifPresent(p -> out.append(", in ").append(p));
      List<String> flags = new ArrayList<>();
      if (e.negated()) {
        flags.add("negated");
      }
      if (e.future()) {
        flags.add("future");
      }
      if (e.hypothetical()) {
        flags.add("hypothetical");
      }
      if (e.reported()) {
        flags.add("reported");
      }
      if (!flags.isEmpty()) {
        out.append(" [").append(String.join(", ", flags)).append("]");
      }
      out.append("\n      \"").append(oneLine(e.evidence().in(text))).append("\"\n");
    }

    section(out, "Dates", a.dates().size());
    for (TimeExpression d : a.dates()) {
      out.append("  ").append(oneLine(d.text())).append(" = ").append(d.value());
      out.append(" (").append(d.type().name());
      if (d.anchor() == TimeExpression.Anchor.PUBLICATION) {
        out.append(", counted from publication");
      } else if (d.anchor() == TimeExpression.Anchor.TEXT) {
        out.append(", counted from ").append(d.anchorSpan()
            .filter(s -> s.end() <= text.length())
            .map(s -> "\"" + oneLine(s.in(text)) + "\"").orElse("the text"));
      }
      out.append(")\n");
    }

    if (!a.problems().isEmpty()) {
      section(out, "Problems", a.problems().size());
      for (Problem p : a.problems()) {
        out.append("  ").append(p.stage()).append(' ').append(p.code()).append(": ")
            .append(p.message()).append('\n');
      }
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String name, int n) {
    out.append('\n').append(name).append(" (").append(n).append(")\n");
  }

  private static String speaker(Analysis a, Quote q, String text) {
    Optional<Actor> actor = q.speaker().flatMap(a::findActor);
    if (actor.isEmpty()) {
      return q.source().map(s -> "[" + oneLine(s.in(text)) + "]").orElse("[unattributed]");
    }
    Actor s = actor.get();
    List<String> about = new ArrayList<>();
    s.role().ifPresent(about::add);
    s.country().ifPresent(about::add);
    return about.isEmpty() ? s.name() : s.name() + " (" + String.join(", ", about) + ")";
  }

  private static String content(Quote q, String text) {
    List<String> parts = new ArrayList<>();
    for (Span s : q.content()) {
      parts.add(oneLine(s.in(text)));
    }
    return "\"" + String.join(" … ", parts) + "\"";
  }

  private static String names(Analysis a, List<String> ids) {
    if (ids.isEmpty()) {
      return "-";
    }
    return ids.stream()
        .map(id -> a.findActor(id).map(x -> x.name() + x.code().map(c -> " " + c).orElse(""))
            .orElse(id))
        .collect(Collectors.joining(" + "));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
