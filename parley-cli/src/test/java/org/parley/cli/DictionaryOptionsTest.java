package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actors.ActorDictionaries;
import picocli.CommandLine;

/** {@code --actors} and {@code --agents}: what loads, what is reported, what is a usage error. */
class DictionaryOptionsTest {
  @TempDir Path dir;

  @Test
  void reportsABadLineWithFileAndLineAndLoadsTheRest() throws IOException {
    Path actors = dir.resolve("mine.actors.txt");
    Files.writeString(actors, "# test\nJANE_ROE_ [GBRGOV]\nJOHN_DOE_ [USAGOV 2001-01-01]\n"
        + "MAX_MUSTER_ [DEUGOV]\n", StandardCharsets.UTF_8);
    DictionaryOptions o = new DictionaryOptions();
    o.actors = List.of(actors);
    StringWriter err = new StringWriter();
    ActorDictionaries d = o.load(new CommandLine(new AnalyzeCommand()), new PrintWriter(err));
    assertThat(err.toString()).contains("mine.actors.txt:3: bad date")
        .contains("dictionaries loaded in").contains("2 actors under 2 names");
    assertThat(d.exact(List.of("Max", "Muster"))).isPresent();
  }

  @Test
  void makesAMissingFileAUsageError() {
    DictionaryOptions o = new DictionaryOptions();
    o.agents = List.of(dir.resolve("missing.agents.txt"));
    assertThatThrownBy(() -> o.load(new CommandLine(new AnalyzeCommand()),
        new PrintWriter(new StringWriter())))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("missing.agents.txt");
    assertThat(AnalyzeCommandTest.run("analyze", "--actors", dir.resolve("none.txt").toString(),
        dir.resolve("a.txt").toString()).exit()).isEqualTo(2);
  }

  @Test
  void loadsNothingWithoutOptions() {
    assertThat(new DictionaryOptions().load(new CommandLine(new AnalyzeCommand()),
        new PrintWriter(new StringWriter()))).isSameAs(ActorDictionaries.empty());
  }
}
