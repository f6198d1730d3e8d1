package org.trucewatch.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.resolve.geo.GazetteerHome;
import org.trucewatch.resolve.geo.GeoNamesImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trucewatch gazetteer import|list|remove}: manages the local index of imported GeoNames dumps under {@code
 * $TRUCEWATCH_HOME/gazetteer} (system property {@code trucewatch.home}, else the environment variable, else {@code
 * ~/.trucewatch}), which every command then uses for places the embedded gazetteer lacks. Reads the dumps named;
 * writes the index; reports progress and rejected rows on standard error.
 */
@Command(mixinStandardHelpOptions = true, name = "gazetteer", description = "Import GeoNames dumps into the local gazetteer index, list or remove them.",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.ListSources.class, GazetteerCommand.Remove.class,
        CommandLine.HelpCommand.class})
final class GazetteerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }

  /** Opens the index for writing; a home that cannot be written is a configuration error. */
  static GeoNamesImporter open(PrintWriter err) {
    return new GeoNamesImporter(GazetteerHome.indexFile(), err);
  }

  @Command(mixinStandardHelpOptions = true, name = "import", description = "Import GeoNames files: XX.txt/.zip, allCountries, cities500/1000/5000/15000,"
      + " admin1CodesASCII.txt, alternateNamesV2.txt/.zip. A file imported again replaces its earlier rows.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoNames dump files (plain or zip).")
    List<Path> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Path> ordered = new ArrayList<>();
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          ordered.add(f);
        } else {
          err.println("trucewatch: " + f + ": no such file");
        }
      }
      if (ordered.isEmpty()) {
        return Main.NOTHING_READ;
      }
      ordered.sort(Comparator.comparingInt(GeoNamesImporter::order)); // places before the names that attach to them
      int imported = 0;
      GeoNamesImporter importer;
      try {
        importer = open(err);
      } catch (IllegalStateException e) {
        err.println("trucewatch: " + e.getMessage());
        return Main.CONFIG;
      }
      try (importer) {
        for (Path f : ordered) {
          long t0 = System.nanoTime();
          try {
            GeoNamesImporter.Result r = importer.importFile(f);
            double s = (System.nanoTime() - t0) / 1e9;
            out.printf("%s: %d rows read, %d kept, %d rejected, %.1f s (source %s)%n", r.file(), r.read(), r.kept(),
                r.rejected(), s, r.source());
            imported += r.read() > 0 ? 1 : 0;
          } catch (UncheckedIOException | IllegalStateException e) {
            err.println("trucewatch: " + e.getMessage());
          }
        }
      }
      out.flush();
      return imported == 0 ? Main.NOTHING_READ : Main.OK;
    }
  }

  @Command(mixinStandardHelpOptions = true, name = "list", description = "List the imported sources: name, rows, when, from which file.")
  static final class ListSources implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(GazetteerHome.indexFile())) {
        out.println("no gazetteer import yet (" + GazetteerHome.indexFile() + ")");
        out.flush();
        return Main.OK;
      }
      try (GeoNamesImporter index = open(spec.commandLine().getErr())) {
        for (GeoNamesImporter.Source s : index.sources()) {
          out.printf("%-20s %10d rows  %s  %s%n", s.source(), s.rows(), s.importedAt(), s.file());
        }
      } catch (IllegalStateException e) {
        spec.commandLine().getErr().println("trucewatch: " + e.getMessage());
        return Main.CONFIG;
      }
      out.flush();
      return Main.OK;
    }
  }

  @Command(mixinStandardHelpOptions = true, name = "remove", description = "Remove an imported source (as `gazetteer list` names it) and its places.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE")
    String source;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(GazetteerHome.indexFile())) {
        err.println("trucewatch: " + source + ": no such gazetteer source (nothing imported yet)");
        return Main.NOTHING_READ;
      }
      try (GeoNamesImporter index = open(err)) {
        if (!index.remove(source)) {
          err.println("trucewatch: " + source + ": no such gazetteer source (see `trucewatch gazetteer list`)");
          return Main.NOTHING_READ;
        }
      } catch (IllegalStateException e) {
        err.println("trucewatch: " + e.getMessage());
        return Main.CONFIG;
      }
      spec.commandLine().getOut().println("removed " + source);
      spec.commandLine().getOut().flush();
      return Main.OK;
    }
  }
}
