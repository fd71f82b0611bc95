/** The records every stage reads and writes: spans, articles, sentences, quotes, actors, events. */
package org.parley.model;
