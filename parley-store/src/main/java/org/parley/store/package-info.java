/**
 * The embedded store: analyses as DuckDB tables (the Analysis JSON's field names) and a Lucene
 * index of quotes and article texts, written together batch by batch.
 */
package org.parley.store;
