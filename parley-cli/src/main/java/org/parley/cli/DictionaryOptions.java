package org.parley.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.actors.ActorDictionaries;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that load user actor dictionaries (a picocli mixin): {@code --actors FILE} and
 * {@code --agents FILE}, each repeatable. Lines that cannot be read are reported on stderr with
 * their file and line, and the rest loads.
 */
final class DictionaryOptions {
  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "An actor dictionary: a PETRARCH/Phoenix .actors file as it is (e.g."
              + " Phoenix.Countries.actors.txt), or a .csv with the columns name, aliases, country,"
              + " sectors, role, from, to. Repeatable.")
  List<Path> actors = new ArrayList<>();

  @Option(
      names = "--agents",
      paramLabel = "FILE",
      description = "A PETRARCH/Phoenix agents file (agent nouns with sector codes). Repeatable.")
  List<Path> agents = new ArrayList<>();

  /**
   * The dictionaries named on the command line (empty when none), with a one-line summary and
   * every unreadable line on {@code err}. A missing file is a usage error.
   */
  ActorDictionaries load(CommandLine cmd, PrintWriter err) {
    if (actors.isEmpty() && agents.isEmpty()) {
      return ActorDictionaries.empty();
    }
    for (Path p : concat()) {
      if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(cmd, "no such dictionary file: " + p);
      }
    }
    long t0 = System.nanoTime();
    ActorDictionaries d;
    try {
      d = ActorDictionaries.load(actors, agents);
    } catch (UncheckedIOException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    for (ActorDictionaries.Problem p : d.problems()) {
      err.println("parley: dictionary " + p + " (line skipped)");
    }
    err.println("parley: dictionaries loaded in " + ms + " ms: " + d.summary());
    err.flush();
    return d;
  }

  private List<Path> concat() {
    List<Path> all = new ArrayList<>(actors);
    all.addAll(agents);
    return all;
  }
}
