package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import org.parley.io.InputFormat;
import org.parley.io.SourceOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads articles shares (a picocli mixin). */
final class InputOptions {
  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description =
          "Article files (.txt, scraped markdown), web pages (.html), JSONL (.jsonl) and CSV (.csv)"
              + " dumps, WARC archives (.warc), any of them gzipped (.gz); folders (walked); or -"
              + " for standard input.")
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

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every input as this format (${COMPLETION-CANDIDATES}) whatever its"
          + " extension; needed for standard input that is not plain text.")
  InputFormat inputFormat;

  @Option(names = "--glob", paramLabel = "GLOB",
      description = "Read only the files of a folder that match this glob (e.g. '*.html.gz').")
  String glob;

  @Option(names = "--text-field", paramLabel = "NAME",
      description = "JSONL/CSV field holding the article text (default: text).")
  String textField;

  @Option(names = "--title-field", paramLabel = "NAME", description = "Default: title.")
  String titleField;

  @Option(names = "--date-field", paramLabel = "NAME", description = "Default: date.")
  String dateField;

  @Option(names = "--id-field", paramLabel = "NAME", description = "Default: id.")
  String idField;

  @Option(names = "--url-field", paramLabel = "NAME", description = "Default: url.")
  String urlField;

  @Option(names = "--outlet-field", paramLabel = "NAME", description = "Default: source.")
  String outletField;

  /** Fails as picocli does for a missing parameter when no INPUT was given. */
  void require(picocli.CommandLine commandLine) {
    if (inputs == null || inputs.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(commandLine,
          "Missing required parameter: 'INPUT' (a file, a folder, or - for standard input)");
    }
  }

  SourceOptions sourceOptions() {
    return SourceOptions.defaults()
        .withMaxBytes(maxBytes)
        .withFields(textField, titleField, dateField, idField, urlField, outletField)
        .withFormat(inputFormat)
        .withGlob(glob);
  }
}
