/**
 * The event stage ("events"): reads sentences (tokens, lemmas, NER, dependencies), actors, quotes
 * and dates; adds political events (who did what to whom, when and where) coded in PLOVER with the
 * nearest CAMEO code. {@link org.parley.events.EventCoder} is the stage, {@link
 * org.parley.events.Plover} the CAMEO-to-PLOVER code table, {@link org.parley.events.Lexicon} the
 * trigger words, and {@link org.parley.events.VerbDictionary} a PETRARCH verb dictionary read as it
 * is to add to them.
 */
package org.parley.events;
