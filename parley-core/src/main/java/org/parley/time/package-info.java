/**
 * The time stage ("dates"): reads the cleaned text, the publication date and, when present, the
 * tokens; adds every time expression normalized against the publication date ({@link
 * org.parley.time.TimeExpression}).
 */
package org.parley.time;
