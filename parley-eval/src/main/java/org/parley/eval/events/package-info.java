/**
 * Event-coding accuracy: a reader for the PETRARCH record suites with expected events (JSONL in
 * the shared data) and a scorer for CAMEO roots, PLOVER types, source and target codes and
 * no-event sentences.
 */
package org.parley.eval.events;
