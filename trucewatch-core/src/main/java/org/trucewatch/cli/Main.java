package org.trucewatch.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code trucewatch} command. Exit codes: 0 done (some inputs may have been rejected, each reported on standard
 * error), 1 nothing could be read, 2 usage error, 3 configuration error, 70 internal error.
 */
@Command(
    name = "trucewatch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news and official statements about an armed conflict into a log of ceasefire violations.",
    subcommands = {CleanCommand.class, ExtractCommand.class, IngestCommand.class, IncidentsCommand.class,
        IncidentCommand.class, SearchCommand.class, CeasefiresCommand.class, CasualtiesCommand.class,
        ObserveCommand.class, BenchPlaceholder.class, ConflictsCommand.class, GazetteerCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

  public static final int OK = 0;
  public static final int NOTHING_READ = 1;
  public static final int USAGE = 2;
  public static final int CONFIG = 3;
  public static final int INTERNAL = 70;

  @Option(names = "--config", paramLabel = "FILE",
      description = "JSON file overriding the embedded defaults (unknown keys are errors).")
  Path configFile;

  private Pipeline pipeline;

  /** The stages, built on first use from the configuration. */
  public Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = new Pipeline(TrucewatchConfig.load(configFile), Clock.systemUTC());
    }
    return pipeline;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (for tests and the launcher). */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    for (CommandProvider p : java.util.ServiceLoader.load(CommandProvider.class)) {
      for (Object command : p.commands()) {
        // A module's command replaces a placeholder of the same name (bench: BenchPlaceholder).
        Command annotation = command.getClass().getAnnotation(Command.class);
        if (annotation != null) {
          cl.getCommandSpec().removeSubcommand(annotation.name());
        }
        cl.addSubcommand(command);
      }
    }
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof UsageError) {
        line.getErr().println("trucewatch: " + ex.getMessage());
        return USAGE;
      }
      if (ex instanceof NothingToRead) {
        line.getErr().println("trucewatch: " + ex.getMessage());
        return NOTHING_READ;
      }
      if (ex instanceof org.trucewatch.store.StoreException) {
        // A store that cannot be opened (a folder, not a database, no connection) is a setting to fix, not a defect.
        line.getErr().println("trucewatch: " + ex.getMessage());
        return CONFIG;
      }
      if (ex instanceof java.nio.file.NoSuchFileException missing) {
        line.getErr().println("trucewatch: " + missing.getFile() + ": not found");
        return USAGE;
      }
      // a rule file that does not parse (-Dtrucewatch.patterns) is the user's data to fix: file:line:column and why
      if (ex instanceof TrucewatchConfig.ConfigException || ex instanceof org.trucewatch.conflict.ProfileException
          || ex instanceof org.trucewatch.extract.pattern.PatternSyntaxException) {
        line.getErr().println("trucewatch: " + ex.getMessage());
        return CONFIG;
      }
      line.getErr().println("trucewatch: internal error: " + ex);
      for (StackTraceElement e : ex.getStackTrace()) {
        line.getErr().println("    at " + e);
      }
      return INTERNAL;
    });
    // 'trucewatch COMMAND --version' prints the build's version too, not an empty line.
    for (CommandLine sub : cl.getSubcommands().values()) {
      versionEverywhere(sub);
    }
    // A bad option, found by picocli or by a command, is one line naming it (the usage stays behind --help).
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine at = ex.getCommandLine();
      at.getErr().println("trucewatch: " + ex.getMessage().replaceAll("\\s*\\R\\s*", " ").strip() + " (see '"
          + at.getCommandSpec().qualifiedName() + " --help')");
      return USAGE;
    });
    cl.setExitCodeExceptionMapper(ex -> USAGE);
    return cl;
  }

  private static void versionEverywhere(CommandLine c) {
    c.getCommandSpec().versionProvider(new Version());
    c.getSubcommands().values().forEach(Main::versionEverywhere);
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"trucewatch " + (v == null ? "(development build)" : v)};
    }
  }
}
