package org.parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: exit codes 0 OK, 1 some input failed, 2 usage error. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Who said what, who did what to whom, when and where: structured, checkable records from"
          + " news articles."
    },
    subcommands = {
      AnalyzeCommand.class,
      BenchCommand.class,
      PipelineCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      SqlCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      LoadCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(code);
  }

  /** The configured command line, for tests and for {@link #main}. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(utf8(System.out))
        .setErr(utf8(System.err))
        .setExecutionExceptionHandler(Main::failed);
  }

  /**
   * A command that stops on a file, store or database error prints one line saying what and where,
   * and exits 1; anything else is a bug and keeps its stack trace.
   */
  private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed)
      throws Exception {
    if (!(e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException
        || e instanceof java.sql.SQLException)) {
      throw e;
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cl.getErr().println("parley " + cl.getCommandName() + ": " + message.strip());
    cl.getErr().flush();
    return 1;
  }

  /** News text is not ASCII: write UTF-8 whatever the platform's default charset. */
  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"parley " + (v == null ? "dev" : v)};
    }
  }
}
