package org.trucewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.incident.FieldReports;
import org.trucewatch.incident.IncidentResolver;
import org.trucewatch.incident.CeasefireRegister;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch observe FILE}: imports monitors' field reports, which make matching incidents "observed". */
@Command(mixinStandardHelpOptions = true, name = "observe", description = "Import field reports (CSV with a header, or JSON) from monitors: time, "
    + "place or lat/lon, kind, direction, observer, perpetrator, text.")
final class ObserveCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var pipeline = main.pipeline();
    FieldReports.Parsed parsed = FieldReports.read(file, pipeline::locate);
    parsed.problems().forEach(p -> err.println("trucewatch: " + p));
    try (Store store = db.open(pipeline.config())) {
      IncidentResolver resolver = new IncidentResolver(pipeline.config().incident(), pipeline.profiles());
      store.inTransaction(tx -> {
        CeasefireRegister register = new CeasefireRegister(tx.ceasefires(), pipeline.register().scopes());
        for (FieldReport r : parsed.reports()) {
          tx.putFieldReport(r);
          LocalDate day = LocalDate.parse(r.time().substring(0, 10));
          resolver.refresh(tx, day.minusDays(1), day.plusDays(1), register);
        }
        return null;
      });
    }
    out.println(parsed.reports().size() + " field report(s) imported, " + parsed.problems().size() + " rejected");
    out.flush();
    return parsed.reports().isEmpty() ? Main.NOTHING_READ : Main.OK;
  }
}
