package org.trucewatch.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trucewatch score}: extracts the reports of corpus folders with the command line's own pipeline and
 * configuration and scores them against each folder's {@code gold.json}. Reads the folders; writes the figures to
 * standard output, warnings to standard error. Exit 0 when scored, 2 for a folder it cannot score (no gold, a
 * report missing, malformed gold: the message names the file and the key).
 */
@Command(mixinStandardHelpOptions = true, name = "score",
    description = "Score extraction on corpus folders (data/corpus/dev, or one group) against their gold.json.")
final class ScoreCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR",
      description = "A folder with gold.json and its reports, or a folder above such folders (a split).")
  List<Path> dirs;

  @Option(names = "--json", description = "One JSON document: the figures, per group and per report.")
  boolean json;

  @Option(names = "--verbose", description = "List each report's missed gold events, extra predictions and "
      + "matched events with a wrong perpetrator, claimant, denier, subtype, killed or wounded.")
  boolean verbose;

  @Option(names = "--min-conflict-events", defaultValue = "10", paramLabel = "N",
      description = "In --json figures: per-conflict F1 only for groups with at least N gold attacks and ceasefires"
          + " (default ${DEFAULT-VALUE}).")
  int minConflictEvents;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Scores.Result result;
    try {
      // The gold is read and checked before the pipeline loads, so a bad file is reported at once.
      CorpusRun.readGold(CorpusRun.goldFolders(dirs));
      result = new CorpusRun(main.pipeline(), w -> err.println("trucewatch: " + w)).score(dirs);
    } catch (GoldException e) {
      err.println("trucewatch: " + e.getMessage());
      return Main.USAGE;
    }
    if (json) {
      ScoreReport.json(out, result, verbose, minConflictEvents);
      err.println(ScoreReport.summary(result));
    } else {
      ScoreReport.table(out, result, verbose);
    }
    return Main.OK;
  }
}
