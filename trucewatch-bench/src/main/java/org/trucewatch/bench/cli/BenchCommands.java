package org.trucewatch.bench.cli;

import java.util.List;
import org.trucewatch.cli.CommandProvider;

/**
 * Adds {@code bench} to the {@code trucewatch} command (found by ServiceLoader) in this module's jar, which the
 * launcher runs for it: {@code java -cp benchmarks.jar org.trucewatch.cli.Main bench ...}.
 */
public final class BenchCommands implements CommandProvider {

  @Override
  public List<Object> commands() {
    return List.of(new BenchCommand());
  }
}
