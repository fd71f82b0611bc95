/**
 * CoreNLP's own annotators run as baselines for the evaluations, with their default settings.
 * Results come back as Parley spans; no CoreNLP type leaves this package.
 */
package org.parley.corenlp.baseline;
