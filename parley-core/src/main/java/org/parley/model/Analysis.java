package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.ingest.CleanText;
import org.parley.time.TimeExpression;

/**
 * Everything known about one article so far. Stages return a new Analysis; none mutates one.
 *
 * <p>Spans inside an Analysis point into the cleaned text ({@link #text()}); {@link #toRaw(Span)}
 * maps them to the raw input, which is what the Analysis JSON carries.
 *
 * @param clean the cleaned text and its map back to the raw input; null before stage "clean"
 */
public record Analysis(
    Article article,
    CleanText clean,
    Publication publication,
    List<Sentence> sentences,
    List<Quote> quotes,
    List<Actor> actors,
    List<Event> events,
    List<TimeExpression> dates,
    List<Problem> problems) {

  public Analysis {
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    dates = List.copyOf(dates);
    problems = List.copyOf(problems);
  }

  /** A fresh analysis of an article that no stage has seen. */
  public static Analysis of(Article article) {
    return new Analysis(
        article, null, Publication.unknown("not yet read"), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  /** The cleaned text every span of this analysis points into. */
  public String text() {
    if (clean == null) {
      throw new IllegalStateException("article " + article.id() + " has not been cleaned yet");
    }
    return clean.text();
  }

  /** The raw-input span that a cleaned-text span came from. */
  public Span toRaw(Span span) {
    return clean.toRaw(span);
  }

  public Optional<String> title() {
    if (clean != null && clean.title().isPresent()) {
      return Optional.of(clean.title().get().in(clean.text()));
    }
    return article.title();
  }

  public Optional<Actor> findActor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Actor expectActor(String id) {
    return findActor(id).orElseThrow(() -> new IllegalArgumentException("no actor with id " + id));
  }

  public Analysis withClean(CleanText clean, Publication publication) {
    return new Analysis(article, clean, publication, sentences, quotes, actors, events, dates, problems);
  }

  public Analysis withSentences(List<Sentence> sentences) {
    return new Analysis(article, clean, publication, sentences, quotes, actors, events, dates, problems);
  }

  public Analysis withQuotes(List<Quote> quotes) {
    return new Analysis(article, clean, publication, sentences, quotes, actors, events, dates, problems);
  }

  public Analysis withActors(List<Actor> actors) {
    return new Analysis(article, clean, publication, sentences, quotes, actors, events, dates, problems);
  }

  public Analysis withEvents(List<Event> events) {
    return new Analysis(article, clean, publication, sentences, quotes, actors, events, dates, problems);
  }

  public Analysis withDates(List<TimeExpression> dates) {
    return new Analysis(article, clean, publication, sentences, quotes, actors, events, dates, problems);
  }

  public Analysis withProblem(Problem problem) {
    List<Problem> all = new ArrayList<>(problems);
    all.add(problem);
    return new Analysis(article, clean, publication, sentences, quotes, actors, events, dates, all);
  }
}
