package org.parley.testkit;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.time.TimeExpression;

/**
 * Checks what every analysis must satisfy, whatever the article: every span lies inside the clean
 * text and maps to a non-empty span inside the raw text; spans that come in lists are sorted; quotes
 * do not overlap (but for what an embedded post, a quote of mode "post", itself reports); ids are unique and every actor id a quote or event names exists. Throws an
 * {@link AssertionError} listing every violation (like Lucene's {@code assertTokenStreamContents},
 * it checks things nobody asked about).
 */
public final class SpanInvariants {
  private SpanInvariants() {}

  public static void check(Analysis a) {
    List<String> bad = new ArrayList<>();
    if (a.clean() == null) {
      if (!a.quotes().isEmpty() || !a.actors().isEmpty() || !a.events().isEmpty()) {
        bad.add("findings without a cleaned text");
      }
      fail(a, bad);
      return;
    }
    String text = a.text();
    String raw = a.article().raw();
    List<String> actorIds = new ArrayList<>();
    for (Actor x : a.actors()) {
      if (actorIds.contains(x.id())) {
        bad.add("duplicate actor id " + x.id());
      }
      actorIds.add(x.id());
      sorted(bad, "actor " + x.id() + " mentions", x.mentions());
      for (Span s : x.mentions()) {
        span(bad, "actor " + x.id() + " mention", s, text, raw, a);
      }
    }
    Span previous = null;
    Span post = null;
    List<String> quoteIds = new ArrayList<>();
    for (Quote q : a.quotes()) {
      if (quoteIds.contains(q.id())) {
        bad.add("duplicate quote id " + q.id());
      }
      quoteIds.add(q.id());
      sorted(bad, "quote " + q.id() + " content", q.content());
      for (Span s : q.content()) {
        span(bad, "quote " + q.id() + " content", s, text, raw, a);
      }
      q.cue().ifPresent(s -> span(bad, "quote " + q.id() + " cue", s, text, raw, a));
      q.source().ifPresent(s -> span(bad, "quote " + q.id() + " source", s, text, raw, a));
      q.speaker().filter(id -> !actorIds.contains(id))
          .ifPresent(id -> bad.add("quote " + q.id() + " names unknown speaker " + id));
      q.addressee().filter(id -> !actorIds.contains(id))
          .ifPresent(id -> bad.add("quote " + q.id() + " names unknown addressee " + id));
      for (String id : q.relayedBy()) {
        if (!actorIds.contains(id)) {
          bad.add("quote " + q.id() + " names unknown relay " + id);
        }
      }
      Span extent = q.extent();
      if (previous != null && previous.compareTo(extent) > 0) {
        bad.add("quotes out of order at " + q.id());
      }
      if (previous != null) {
        for (Span s : q.content()) {
          if (s.overlaps(previous) && previous.contains(s) && (post == null || !post.contains(s))) {
            bad.add("quote " + q.id() + " lies inside the previous quote");
          }
        }
      }
      previous = extent;
      if (q.mode().equals("post")) {
        post = extent; // "... the paramedics union says ... — Alicia Draus (@Alicia_Draus)"
      }
    }
    for (Event e : a.events()) {
      span(bad, "event " + e.id() + " evidence", e.evidence(), text, raw, a);
      e.trigger().ifPresent(s -> span(bad, "event " + e.id() + " trigger", s, text, raw, a));
      for (String id : e.source()) {
        if (!actorIds.contains(id)) {
          bad.add("event " + e.id() + " names unknown source " + id);
        }
      }
      for (String id : e.target()) {
        if (!actorIds.contains(id)) {
          bad.add("event " + e.id() + " names unknown target " + id);
        }
      }
      e.quote().filter(id -> !quoteIds.contains(id))
          .ifPresent(id -> bad.add("event " + e.id() + " names unknown quote " + id));
      if (!e.cameo().matches("\\d{2,4}")) {
        bad.add("event " + e.id() + " has CAMEO code " + e.cameo());
      }
    }
    List<Span> dateSpans = new ArrayList<>();
    for (TimeExpression d : a.dates()) {
      span(bad, "date " + d.text(), d.span(), text, raw, a);
      dateSpans.add(d.span());
    }
    sorted(bad, "dates", dateSpans);
    fail(a, bad);
  }

  private static void span(List<String> bad, String what, Span s, String text, String raw,
      Analysis a) {
    if (s.isEmpty()) {
      bad.add(what + " is empty: " + s);
      return;
    }
    if (s.end() > text.length()) {
      bad.add(what + " " + s + " runs past the clean text (" + text.length() + ")");
      return;
    }
    Span r = a.toRaw(s);
    if (r.isEmpty() || r.end() > raw.length()) {
      bad.add(what + " maps to raw " + r + " outside the raw text (" + raw.length() + ")");
    }
  }

  private static void sorted(List<String> bad, String what, List<Span> spans) {
    for (int i = 1; i < spans.size(); i++) {
      if (spans.get(i - 1).compareTo(spans.get(i)) > 0) {
        bad.add(what + " are not sorted: " + spans.get(i - 1) + " before " + spans.get(i));
      }
    }
  }

  private static void fail(Analysis a, List<String> bad) {
    if (!bad.isEmpty()) {
      throw new AssertionError(
          "span invariants broken in " + a.article().source() + ":\n  " + String.join("\n  ", bad));
    }
  }
}
