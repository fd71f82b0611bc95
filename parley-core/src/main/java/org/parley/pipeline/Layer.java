package org.parley.pipeline;

/** A kind of information a stage adds to an analysis and later stages may require. */
public enum Layer {
  TEXT,
  SENTENCES,
  TOKENS,
  ENTITIES,
  DEPENDENCIES,
  DATES,
  ACTORS,
  QUOTES,
  SPEAKERS,
  EVENTS
}
