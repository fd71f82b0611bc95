/**
 * Quotation accuracy: readers for PolNeAR (BRAT standoff) and the GGT speaker set, the one-to-one
 * content pairing by character Dice overlap, and the scorers that print content, source, cue,
 * attribution and speaker figures.
 */
package org.parley.eval.quotes;
