/**
 * The HTTP API and the web page over a store: a Javalin app that answers JSON from the DuckDB
 * tables and the Lucene index, and serves the page from the jar.
 */
package org.parley.web;
