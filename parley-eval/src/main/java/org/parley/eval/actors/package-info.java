/**
 * Accuracy of the actor stage's codes against PETRARCH-coded sentences: a reader for the gold
 * JSONL records (sentence, date, expected events with source and target codes) and a scorer of
 * country and full-code accuracy.
 */
package org.parley.eval.actors;
