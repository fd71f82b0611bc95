/**
 * The actor stage ("actors"): reads tokens and named entities, adds canonical actors with country,
 * sectors, role and every mention, learned from the article's own words and the built-in gazetteer.
 */
package org.parley.actors;
