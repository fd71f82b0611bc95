/** The {@code parley} command (picocli): analyze articles, time the pipeline. */
package org.parley.cli;
