/**
 * The actor stage ("actors"): reads tokens and named entities, adds canonical actors with country,
 * sectors, role, every mention, the source of each code and a key stable across articles, learned
 * from the article's own words, the built-in gazetteer and the user dictionaries ({@link
 * org.parley.actors.ActorDictionaries}: PETRARCH/Phoenix .actors and .agents files, or CSV).
 */
package org.parley.actors;
