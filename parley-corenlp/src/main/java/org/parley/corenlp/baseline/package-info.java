/**
 * CoreNLP's own extractors run as baselines for the evaluation commands; they return Parley's plain
 * model records, so no CoreNLP type leaves this module.
 */
package org.parley.corenlp.baseline;
