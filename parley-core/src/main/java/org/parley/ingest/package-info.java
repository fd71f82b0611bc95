/**
 * Reads raw input into clean text (stage "clean"): {@link org.parley.ingest.TextDecoder} turns
 * bytes into a string (refusing binary and empty input), {@link
 * org.parley.ingest.MarkdownCleaner} strips scraped-markdown markup, promos and unreadable
 * {@code ?} runs while recording the title, dateline and embedded social posts, {@link
 * org.parley.ingest.OffsetMap} maps every clean char back to its raw offset, and {@link
 * org.parley.ingest.PublicationDates} decides the publication date, reading ambiguous numeric
 * dates by evidence in the text.
 */
package org.parley.ingest;
