package org.trucewatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code trucewatch bench} as this jar knows it: the benchmark lives in trucewatch-bench, whose jar supplies the real
 * command through {@link CommandProvider} (replacing this one) and which the launcher runs for {@code bench}. Listed
 * here so that {@code trucewatch --help} names it; run from a jar without it, it says where it is.
 */
@Command(name = "bench", description = "Time each stage (clean, cluster, extract) and the three together on a "
    + "corpus, on one thread, with each stage's peak memory; the scaling curve (from trucewatch-bench).")
final class BenchPlaceholder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Unmatched List<String> args;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("trucewatch bench: the benchmark is in trucewatch-bench: run ./trucewatch "
        + "bench, or java -cp trucewatch-bench/target/benchmarks.jar org.trucewatch.cli.Main bench");
    return Main.USAGE;
  }
}
