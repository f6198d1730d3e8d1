package org.trucewatch.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch ingest}: stores articles, clusters, events, claims and incidents in the database. */
@Command(mixinStandardHelpOptions = true, name = "ingest", description = "Read, clean, extract and store articles, and update incidents. "
    + "Safe to re-run and to interrupt: stored articles are skipped, each article is stored whole or not at all.")
final class IngestCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, directories (read recursively), glob patterns, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = db.open(main.pipeline().config())) {
      IngestRun.Counts c = new IngestRun(main.pipeline(), store, Clock.systemUTC())
          .run(inputs, p -> err.println("ingest: " + p), problem -> err.println("trucewatch: " + problem));
      var stats = store.stats();
      out.printf("%d read: %d stored (%d events), %d unchanged, %d rejected. %s now holds %d articles in %d "
              + "clusters, %d events, %d incidents, %d truces.%n", c.read(), c.stored(), c.events(), c.unchanged(),
          c.rejected(), store.location(), stats.articles(), stats.clusters(), stats.events(), stats.incidents(),
          stats.ceasefires());
      out.flush();
      return c.read() == 0 || c.stored() + c.unchanged() == 0 ? Main.NOTHING_READ : Main.OK;
    }
  }
}
