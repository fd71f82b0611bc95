/**
 * Accuracy against gold data: readers for the shared gold sets (PolNeAR, GGT speakers, TimeML
 * TIMEX3, PETRARCH records) and scorers that pair predictions with gold and print P/R/F1 tables. It
 * knows no NLP library: the CLI passes it analyses made by the standard pipeline, and baselines that
 * need CoreNLP (SUTime, CoreNLP's quote annotator) live in {@code parley-corenlp}.
 */
package org.parley.eval;
