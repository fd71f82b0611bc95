package org.parley.ingest;

import java.util.EnumSet;
import java.util.Set;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Problem;
import org.parley.model.Publication;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;

/**
 * The reading stage ("clean"): cleans an article's raw text ({@link MarkdownCleaner}), finds its
 * title and dateline, and decides its publication date: the date the caller declared, else the
 * dateline read with {@link PublicationDates}. Requires nothing; provides TEXT.
 */
public final class ArticleReader implements Stage {
  private final MarkdownCleaner cleaner = new MarkdownCleaner();
  private final PublicationDates dates = new PublicationDates();

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TEXT);
  }

  @Override
  public Analysis apply(Analysis in) {
    Article article = in.article();
    CleanText clean = cleaner.clean(article.raw());
    Publication publication;
    PublicationDates.DateDecision fromText =
        dates.resolve(clean.datelineText().orElse(""), clean.text());
    if (article.published().isPresent()) {
      String why = "declared by the input";
      if (fromText.date().isPresent() && !fromText.date().equals(article.published())) {
        why += " (the dateline reads " + fromText.date().get() + ")";
      }
      publication = new Publication(article.published(), "declared", why, false);
    } else if (fromText.date().isPresent()) {
      publication =
          new Publication(fromText.date(), fromText.reading(), fromText.evidence(), fromText.flagged());
    } else {
      publication = Publication.unknown("no publication date given and no dateline found");
    }
    Analysis out = in.withClean(clean, publication);
    if (clean.text().isBlank()) {
      out = out.withProblem(Problem.of(name(), "EMPTY_TEXT",
          "the article has no text after cleaning; check that the input is the article's text"));
    }
    if (publication.date().isEmpty()) {
      out = out.withProblem(Problem.of(name(), "NO_DATE",
          "no publication date: relative dates are left unresolved; pass --published YYYY-MM-DD"));
    } else if (publication.flagged()) {
      out = out.withProblem(Problem.of(name(), "AMBIGUOUS_DATE",
          publication.evidence() + "; pass --published YYYY-MM-DD if this reading is wrong"));
    }
    int unreadable = clean.regions(CleanText.Region.Kind.UNREADABLE).size();
    if (unreadable > 0) {
      out = out.withProblem(Problem.of(name(), "LOST_CHARACTERS", unreadable
          + " run(s) of '?' stand for characters lost before the text reached Parley; they were"
          + " left out of the analysis"));
    }
    return out;
  }
}
