package org.parley.io;

/** What a source yields for each input: a document to read, or a failure to report. */
public sealed interface Item permits Item.Doc, Item.Failed {
  /** A document to read. */
  record Doc(RawDocument document) implements Item {}

  /** An input that failed before it could be read. */
  record Failed(Failure failure) implements Item {}
}
