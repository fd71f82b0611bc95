/** Human-readable renderings of an analysis (the CLI's {@code --format text}). */
package org.parley.report;
