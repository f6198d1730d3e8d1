package org.trucewatch.eval;

import java.util.List;
import org.trucewatch.cli.CommandProvider;

/** Adds {@code score} to the {@code trucewatch} command when the bench module's jar is on the class path. */
public final class EvalCommands implements CommandProvider {

  @Override
  public List<Object> commands() {
    return List.of(new ScoreCommand(), new SnippetScoreCommand());
  }
}
