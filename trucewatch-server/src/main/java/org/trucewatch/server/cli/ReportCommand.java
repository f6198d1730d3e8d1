package org.trucewatch.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.trucewatch.cli.Main;
import org.trucewatch.cli.StoreOption;
import org.trucewatch.server.report.DailyReports;
import org.trucewatch.server.report.ReportWriter;
import org.trucewatch.server.report.ReportZone;
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

  @Option(names = "--base-url", paramLabel = "URL", description = "Link evidence to the dashboard at this address "
      + "(https://...). Without it an html report links inside the file (its incidents and a list of sources with "
      + "their articles' URLs), and a md report links relative to the dashboard.")
  String baseUrl;

  @Option(names = "--tz", paramLabel = "ZONE", description = "The time zone of the reporting window and of every "
      + "time in the report: an IANA name (Asia/Baku, Europe/Kyiv), UTC, or an offset (+04:00). Default: "
      + "report.timeZone of the configuration, UTC.")
  String tz;

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
    if (baseUrl != null && !baseUrl.matches("(?i)https?://[^\\s]+")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--base-url must be an http(s) address, not '" + baseUrl + "'");
    }
    String base = baseUrl != null ? baseUrl : f == ReportWriter.Format.HTML ? null : "";
    ReportZone zone = Options.zone(spec, tz, main.pipeline().config().report().timeZone());
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.openExisting(main.pipeline().config())) {
      out.print(ReportWriter.write(new DailyReports(store, zone).of(day, conflict), f, base));
    }
    out.flush();
    return Main.OK;
  }
}
