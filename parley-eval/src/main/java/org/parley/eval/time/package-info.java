/**
 * TIMEX3 evaluation: a reader for the TempEval-3 style gold files (one document a line with its
 * creation date and gold time expressions) and a scorer for strict and relaxed extent, value
 * accuracy and value F1, overall and by type.
 */
package org.parley.eval.time;
