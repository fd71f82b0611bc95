package org.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.parley.ingest.CleanText;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Problem;
import org.parley.model.Publication;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.time.TimeExpression;

/**
 * Writes an {@link Analysis} as the Analysis JSON v1 of DESIGN.md: the field names there are a
 * contract (tools outside the project read them), keys come in a fixed order, and every span is a
 * {@code [start, end)} pair of offsets into the article's raw input text.
 *
 * <p>Design decision: written field by field with Jackson's streaming generator, not by data
 * binding, so that the wire names and their order cannot drift when a record gains a component.
 */
public final class AnalysisJson {
  /** The version of the wire format, written as {@code "schema"}. */
  public static final String SCHEMA = "parley.analysis/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private AnalysisJson() {}

  /** The analysis as one line of JSON (for JSONL). */
  public static String line(Analysis a) {
    return write(a, false);
  }

  /**
   * The analysis as one line of JSON, with the article text when it is an extraction (see {@link
   * #write(Analysis, Writer, boolean, boolean)}): the line {@code parley analyze -f jsonl} writes.
   */
  public static String line(Analysis a, boolean withText) {
    StringWriter out = new StringWriter(8192);
    write(a, out, false, withText);
    return out.toString();
  }

  /** The analysis as indented JSON. */
  public static String pretty(Analysis a) {
    return write(a, true);
  }

  private static String write(Analysis a, boolean pretty) {
    StringWriter out = new StringWriter(8192);
    write(a, out, pretty);
    return out.toString();
  }

  /** Writes the analysis to {@code out} (without a trailing newline). */
  public static void write(Analysis a, Writer out, boolean pretty) {
    write(a, out, pretty, false);
  }

  /**
   * Writes the analysis; with {@code withText}, the article's raw text goes in a {@code "text"}
   * field after {@code "outlet"}: needed when that text is an extraction (a web page's main text),
   * since the offsets point into it and the reader does not hold it.
   */
  public static void write(Analysis a, Writer out, boolean pretty, boolean withText) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        DefaultPrettyPrinter pp =
            new DefaultPrettyPrinter()
                .withSeparators(
                    Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        g.setPrettyPrinter(pp);
      }
      new Writing(a, g, withText).analysis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One analysis being written. */
  private static final class Writing {
    private final Analysis a;
    private final JsonGenerator g;
    private final CleanText clean;
    private final boolean withText;

    Writing(Analysis a, JsonGenerator g, boolean withText) {
      this.a = a;
      this.g = g;
      this.withText = withText;
      this.clean = a.clean();
    }

    void analysis() throws IOException {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("id", a.article().id());
      g.writeStringField("source", a.article().source());
      optional("title", a.title());
      Publication p = a.publication();
      optional("published", p.date().map(Object::toString));
      g.writeObjectFieldStart("publishedEvidence");
      g.writeStringField("reading", p.reading());
      g.writeStringField("evidence", p.evidence());
      g.writeBooleanField("flagged", p.flagged());
      g.writeEndObject();
      optional("outlet", a.article().outlet());
      if (withText) {
        g.writeStringField("text", a.article().raw());
      }
      if (clean != null) {
        clean.title().ifPresent(s -> spanField("titleSpan", s));
        clean.dateline().ifPresent(s -> spanField("datelineSpan", s));
      }
      quotes();
      actors();
      events();
      dates();
      posts();
      problems();
      g.writeEndObject();
    }

    void quotes() throws IOException {
      g.writeArrayFieldStart("quotes");
      for (Quote q : a.quotes()) {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("kind", q.kind().wire());
        spans("content", q.content());
        span("cue", q.cue());
        span("source", q.source());
        optional("speaker", q.speaker());
        optional("addressee", q.addressee());
        strings("relayedBy", q.relayedBy());
        number("confidence", q.confidence());
        g.writeStringField("mode", q.mode());
        g.writeBooleanField("anonymous", q.anonymous());
        g.writeStringField("text", joined(q.content()));
        q.source().ifPresent(s -> stringField("sourceText", s.in(a.text())));
        g.writeStringField("rule", q.rule());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    void actors() throws IOException {
      g.writeArrayFieldStart("actors");
      for (Actor x : a.actors()) {
        g.writeStartObject();
        g.writeStringField("id", x.id());
        g.writeStringField("name", x.name());
        optional("country", x.country());
        strings("sectors", x.sectors());
        optional("code", x.code());
        optional("role", x.role());
        spans("mentions", x.mentions());
        g.writeStringField("kind", x.kind().wire());
        optional("organization", x.organization());
        g.writeBooleanField("anonymous", x.anonymous());
        g.writeStringField("evidence", x.evidence());
        optional("codeSource", x.codeSource());
        g.writeStringField("key", x.key());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    void events() throws IOException {
      g.writeArrayFieldStart("events");
      for (Event e : a.events()) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        optional("plover", e.plover());
        optional("mode", e.mode());
        g.writeStringField("cameo", e.cameo());
        strings("source", e.source());
        strings("target", e.target());
        optional("date", e.date());
        optional("place", e.place());
        span("trigger", e.trigger());
        span("evidence", Optional.of(e.evidence()));
        optional("quote", e.quote());
        g.writeBooleanField("negated", e.negated());
        g.writeBooleanField("future", e.future());
        g.writeBooleanField("hypothetical", e.hypothetical());
        g.writeBooleanField("reported", e.reported());
        g.writeStringField("rule", e.rule());
        number("confidence", e.confidence());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    void dates() throws IOException {
      g.writeArrayFieldStart("dates");
      for (TimeExpression d : a.dates()) {
        g.writeStartObject();
        span("span", Optional.of(d.span()));
        g.writeStringField("text", d.text());
        g.writeStringField("value", d.value());
        g.writeStringField("type", d.type().name());
        optional("start", d.start());
        optional("end", d.end());
        g.writeStringField("rule", d.rule());
        g.writeStringField("anchor", d.anchor().label());
        span("anchorSpan", d.anchorSpan());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    void posts() throws IOException {
      g.writeArrayFieldStart("posts");
      if (clean != null) {
        for (CleanText.Region r : clean.regions(CleanText.Region.Kind.EMBEDDED_POST)) {
          g.writeStartObject();
          span("span", Optional.of(r.span()));
          optional("author", r.author());
          optional("handle", r.handle());
          optional("date", r.dateText());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }

    void problems() throws IOException {
      g.writeArrayFieldStart("problems");
      for (Problem p : a.problems()) {
        g.writeStartObject();
        g.writeStringField("stage", p.stage());
        g.writeStringField("code", p.code());
        g.writeStringField("message", p.message());
        span("span", p.where());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    // --- helpers ---------------------------------------------------------------------------------

    String joined(List<Span> parts) {
      StringBuilder b = new StringBuilder();
      for (Span s : parts) {
        if (b.length() > 0) {
          b.append(" … ");
        }
        b.append(s.in(a.text()));
      }
      return b.toString();
    }

    void stringField(String name, String value) {
      try {
        g.writeStringField(name, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void optional(String name, Optional<String> value) throws IOException {
      if (value.isPresent()) {
        g.writeStringField(name, value.get());
      } else {
        g.writeNullField(name);
      }
    }

    void strings(String name, List<String> values) throws IOException {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }

    void number(String name, double value) throws IOException {
      g.writeFieldName(name);
      g.writeNumber(Math.round(value * 1000) / 1000.0);
    }

    void span(String name, Optional<Span> span) throws IOException {
      g.writeFieldName(name);
      if (span.isPresent()) {
        rawPair(span.get());
      } else {
        g.writeNull();
      }
    }

    void spanField(String name, Span span) {
      try {
        span(name, Optional.of(span));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void spans(String name, List<Span> spans) throws IOException {
      g.writeArrayFieldStart(name);
      for (Span s : spans) {
        rawPair(s);
      }
      g.writeEndArray();
    }

    void rawPair(Span clean) throws IOException {
      Span raw = this.clean == null ? clean : this.clean.toRaw(clean);
      g.writeStartArray();
      g.writeNumber(raw.start());
      g.writeNumber(raw.end());
      g.writeEndArray();
    }
  }
}
