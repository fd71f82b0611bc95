package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.corenlp.CoreNlpStage;
import picocli.CommandLine.Command;

/** {@code parley pipeline}: prints the standard pipeline's stages with what each requires and provides. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Print the stages of the standard pipeline: # / stage / requires / provides.")
final class PipelineCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(Parley.pipeline(CoreNlpStage.lazy()).describe());
    return 0;
  }
}
