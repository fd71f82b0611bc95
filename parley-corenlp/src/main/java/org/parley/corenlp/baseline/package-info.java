/**
 * CoreNLP's own extractors (SUTime, the quote annotator) run with their default settings as
 * baselines for the evaluation commands; they return Parley's plain records and spans, so no CoreNLP
 * type leaves this package.
 */
package org.parley.corenlp.baseline;
