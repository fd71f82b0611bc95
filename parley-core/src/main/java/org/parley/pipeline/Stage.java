package org.parley.pipeline;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.parley.model.Analysis;

/** One step of the analysis: reads some layers of an Analysis and returns it with more filled in. */
public interface Stage {
  /** One lower-case word used in configuration, logs, errors and the pipeline table. */
  String name();

  Set<Layer> requires();

  Set<Layer> provides();

  Analysis apply(Analysis in);

  /** A stage written as a lambda, for tests and small additions. */
  static Stage of(String name, Set<Layer> requires, Set<Layer> provides, UnaryOperator<Analysis> f) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> requires() {
        return requires;
      }

      @Override
      public Set<Layer> provides() {
        return provides;
      }

      @Override
      public Analysis apply(Analysis in) {
        return f.apply(in);
      }
    };
  }
}
