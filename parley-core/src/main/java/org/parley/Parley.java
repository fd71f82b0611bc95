package org.parley;

import java.util.ArrayList;
import java.util.List;
import org.parley.actors.ActorDictionaries;
import org.parley.actors.ActorResolver;
import org.parley.actors.Gazetteer;
import org.parley.events.EventCoder;
import org.parley.ingest.ArticleReader;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Stage;
import org.parley.quotes.QuoteFinder;
import org.parley.time.DateFinder;

/**
 * The entry point: the standard pipeline (clean → nlp → actors → quotes ...), given the NLP stage.
 *
 * <p>Design decision: core does not know CoreNLP, so the NLP stage is passed in ({@code
 * Parley.pipeline(CoreNlpStage.shared())}); every front end (CLI, HTTP, Spark) builds its pipeline
 * here, which is what keeps their output byte-identical.
 */
public final class Parley {
  private Parley() {}

  /** The standard stages, in order, around the given NLP stage. */
  public static List<Stage> standardStages(Stage nlp) {
    return standardStages(nlp, ActorDictionaries.empty());
  }

  /**
   * The standard stages around the given NLP stage, with user actor dictionaries ({@code
   * ActorDictionaries.load(actorFiles, agentFiles)}) as the actor stage's second source.
   */
  public static List<Stage> standardStages(Stage nlp, ActorDictionaries dictionaries) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new ArticleReader());
    stages.add(nlp);
    stages.add(new DateFinder());
    stages.add(new ActorResolver(Gazetteer.builtIn(), dictionaries));
    stages.add(new QuoteFinder());
    stages.add(new EventCoder());
    return stages;
  }

  /** The standard pipeline around the given NLP stage. */
  public static Pipeline pipeline(Stage nlp) {
    return Pipeline.of(standardStages(nlp));
  }

  /** The standard pipeline around the given NLP stage, with user actor dictionaries. */
  public static Pipeline pipeline(Stage nlp, ActorDictionaries dictionaries) {
    return Pipeline.of(standardStages(nlp, dictionaries));
  }
}
