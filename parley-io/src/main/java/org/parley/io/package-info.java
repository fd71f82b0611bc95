/**
 * Where articles come from and where analyses go: {@link org.parley.io.Sources} turns command-line
 * inputs (files, folders, stdin, JSONL dumps) into {@link org.parley.io.RawDocument}s or {@link
 * org.parley.io.Failure}s without parsing their content; {@link org.parley.io.Documents} reads one
 * into an {@link org.parley.model.Article}; {@link org.parley.io.AnalysisJson} writes the Analysis
 * JSON v1.
 */
package org.parley.io;
