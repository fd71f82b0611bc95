package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import org.parley.io.SourceOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads articles shares (a picocli mixin). */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Article files (.txt, scraped markdown), folders (walked), JSONL dumps (.jsonl, .jsonl.gz:"
              + " one article per line, field \"text\"), or - for standard input.")
  List<String> inputs;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "The publication date, when you know it (relative dates are resolved against it).")
  LocalDate published;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + SourceOptions.DEFAULT_MAX_BYTES)
  long maxBytes;

  SourceOptions sourceOptions() {
    return SourceOptions.defaults().withMaxBytes(maxBytes);
  }
}
