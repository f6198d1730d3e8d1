package org.trucewatch.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.trucewatch.cli.Main;
import org.trucewatch.cli.StoreOption;
import org.trucewatch.server.export.Exports;
import org.trucewatch.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch export}: the incident log as ACLED-style CSV, GeoJSON or JSON Lines, on standard output. */
@Command(mixinStandardHelpOptions = true, name = "export", description = "Export incidents: acled-csv, geojson or jsonl.")
final class ExportCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--format", required = true, paramLabel = "acled-csv|geojson|jsonl", description = "The format.")
  String format;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
  String to;

  @Option(names = "--conflict", paramLabel = "ID", description = "Only this conflict's incidents (a profile id).")
  String conflict;

  @Override
  public Integer call() throws Exception {
    Exports.Format f = Exports.Format.of(format);
    if (f == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format must be acled-csv, geojson or jsonl, not '" + format + "'");
    }
    LocalDate a = Options.date(spec, from, "--from");
    LocalDate b = Options.date(spec, to, "--to");
    Options.range(spec, a, b);
    Options.conflict(spec, main.pipeline().profiles(), conflict);
    // Standard output as UTF-8 whatever the platform's default, since every format is UTF-8.
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    try (Store store = db.openExisting(main.pipeline().config())) {
      int n = new Exports(store, main.pipeline().profiles(), new ObjectMapper(), Clock.systemUTC())
          .write(f, a, b, conflict, out);
      spec.commandLine().getErr().println("trucewatch: exported " + n + " incident" + (n == 1 ? "" : "s"));
    }
    return Main.OK;
  }
}
