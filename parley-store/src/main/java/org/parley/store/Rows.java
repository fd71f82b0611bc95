package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Problem;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.time.TimeExpression;

/**
 * Writes the rows of analyses through one prepared statement per table, in JDBC batches. Spans
 * are mapped to raw-text offsets, as in the Analysis JSON, so that they point into
 * {@code articles.text}.
 */
final class Rows implements AutoCloseable {
  /** Separates list items handed to DuckDB as one string (ASCII unit separator). */
  private static final String SEP = "\u001f";

  private static final String LIST = "list_filter(string_split(?, chr(31)), x -> x <> '')";

  private final PreparedStatement articles;
  private final PreparedStatement quotes;
  private final PreparedStatement actors;
  private final PreparedStatement mentions;
  private final PreparedStatement events;
  private final PreparedStatement dates;
  private final PreparedStatement problems;
  private final List<PreparedStatement> deletes = new ArrayList<>();

  Rows(Connection db) throws SQLException {
    articles = db.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?)");
    quotes = db.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, CAST(? AS INTEGER[][]), ?, ?,"
        + " ?, ?, ?, ?, ?, ?, " + LIST + ", ?, ?, ?, ?, ?, ?)");
    actors = db.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, " + LIST
        + ", ?, ?, ?, ?, ?, ?, ?, ?)");
    mentions = db.prepareStatement("INSERT INTO actor_mentions VALUES (?, ?, ?, ?)");
    events = db.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, " + LIST + ", " + LIST
        + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    dates = db.prepareStatement("INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    problems = db.prepareStatement("INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?)");
    for (String table : Schema.TABLES) {
      deletes.add(db.prepareStatement(
          "DELETE FROM " + table + " WHERE " + Schema.articleColumn(table) + " = ?"));
    }
  }

  /** Removes every row of the article. */
  void delete(String articleId) throws SQLException {
    for (PreparedStatement d : deletes) {
      d.setString(1, articleId);
      d.executeUpdate();
    }
  }

  /** Adds the rows of one analysis to the batches. */
  void add(Analysis a, String digest) throws SQLException {
    String id = a.article().id();
    String text = a.clean() == null ? a.article().raw() : a.text();
    bind(articles, id, a.article().source(), a.title().orElse(null),
        a.publication().date().map(Object::toString).orElse(null), a.publication().reading(),
        a.publication().evidence(), a.publication().flagged(), a.article().outlet().orElse(null),
        a.article().raw(),
        start(a, a.clean() == null ? Optional.empty() : a.clean().title()),
        end(a, a.clean() == null ? Optional.empty() : a.clean().title()),
        start(a, a.clean() == null ? Optional.empty() : a.clean().dateline()),
        end(a, a.clean() == null ? Optional.empty() : a.clean().dateline()), digest);
    articles.addBatch();
    for (Quote q : a.quotes()) {
      StringBuilder content = new StringBuilder("[");
      StringBuilder joined = new StringBuilder();
      for (Span s : q.content()) {
        Span r = raw(a, s);
        content.append(content.length() > 1 ? ", " : "").append('[').append(r.start())
            .append(", ").append(r.end()).append(']');
        joined.append(joined.length() > 0 ? " … " : "").append(s.in(text));
      }
      content.append(']');
      Span extent = raw(a, q.extent());
      bind(quotes, id, q.id(), q.kind().wire(), content.toString(), extent.start(), extent.end(),
          start(a, q.cue()), end(a, q.cue()), start(a, q.source()), end(a, q.source()),
          q.speaker().orElse(null), q.addressee().orElse(null), String.join(SEP, q.relayedBy()),
          q.confidence(), q.mode(), q.anonymous(), joined.toString(),
          q.source().map(s -> s.in(text)).orElse(null), q.rule());
      quotes.addBatch();
    }
    for (Actor x : a.actors()) {
      bind(actors, id, x.id(), x.name(), x.country().orElse(null), String.join(SEP, x.sectors()),
          x.code().orElse(null), x.role().orElse(null), x.kind().wire(),
          x.organization().orElse(null), x.anonymous(), x.evidence(),
          x.codeSource().orElse(null), x.key());
      actors.addBatch();
      for (Span m : x.mentions()) {
        Span r = raw(a, m);
        bind(mentions, id, x.id(), r.start(), r.end());
        mentions.addBatch();
      }
    }
    for (Event e : a.events()) {
      Span ev = raw(a, e.evidence());
      bind(events, id, e.id(), e.plover().orElse(null), e.mode().orElse(null), e.cameo(),
          String.join(SEP, e.source()), String.join(SEP, e.target()), e.date().orElse(null),
          e.place().orElse(null), start(a, e.trigger()), end(a, e.trigger()), ev.start(),
          ev.end(), e.quote().orElse(null), e.negated(), e.future(), e.hypothetical(),
          e.reported(), e.rule(), e.confidence());
      events.addBatch();
    }
    for (TimeExpression d : a.dates()) {
      Span r = raw(a, d.span());
      bind(dates, id, r.start(), r.end(), d.text(), d.value(), d.type().name(),
          d.start().orElse(null), d.end().orElse(null), d.rule());
      dates.addBatch();
    }
    for (Problem p : a.problems()) {
      bind(problems, id, p.stage(), p.code(), p.message(), start(a, p.where()), end(a, p.where()));
      problems.addBatch();
    }
  }

  /** Executes the batches. */
  void flush() throws SQLException {
    for (PreparedStatement s : List.of(articles, quotes, actors, mentions, events, dates,
        problems)) {
      s.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement s : List.of(articles, quotes, actors, mentions, events, dates,
        problems)) {
      s.close();
    }
    for (PreparedStatement d : deletes) {
      d.close();
    }
  }

  private static Span raw(Analysis a, Span s) {
    return a.clean() == null ? s : a.toRaw(s);
  }

  private static Integer start(Analysis a, Optional<Span> s) {
    return s.map(x -> raw(a, x).start()).orElse(null);
  }

  private static Integer end(Analysis a, Optional<Span> s) {
    return s.map(x -> raw(a, x).end()).orElse(null);
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        s.setNull(i + 1, Types.VARCHAR);
      } else {
        s.setObject(i + 1, v);
      }
    }
  }
}
