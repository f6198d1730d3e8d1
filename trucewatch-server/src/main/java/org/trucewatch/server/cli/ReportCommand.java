package org.trucewatch.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.trucewatch.cli.Main;
import org.trucewatch.cli.StoreOption;
import org.trucewatch.server.report.DailyReports;
import org.trucewatch.server.report.ReportWriter;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch report}: the daily situation report of a day, on standard output. */
@Command(mixinStandardHelpOptions = true, name = "report", description = "Write the daily situation report of a day (Markdown or HTML).")
final class ReportCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day reported.")
  String date;

  @Option(names = "--format", defaultValue = "md", paramLabel = "md|html",
      description = "md (default) or html (a standalone page).")
  String format;

  @Option(names = "--conflict", paramLabel = "ID", description = "Only this conflict (a profile id).")
  String conflict;

  @Override
  public Integer call() {
    LocalDate day = Options.date(spec, date, "--date");
    ReportWriter.Format f = switch (format) {
      case "md" -> ReportWriter.Format.MD;
      case "html" -> ReportWriter.Format.HTML;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--format must be md or html, not '" + format + "'");
    };
    Options.conflict(spec, main.pipeline().profiles(), conflict);
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.openExisting(main.pipeline().config())) {
      out.print(ReportWriter.write(new DailyReports(store).of(day, conflict), f));
    }
    out.flush();
    return Main.OK;
  }
}
