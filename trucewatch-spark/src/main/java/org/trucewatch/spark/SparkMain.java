package org.trucewatch.spark;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.trucewatch.config.TrucewatchConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code trucewatch-spark} command: {@code run} (the job), {@code load} (its output into the database) and
 * {@code bench} (the job against the single-JVM run). Exit codes as {@code trucewatch}'s: 0 done, 1 nothing read, 2
 * usage error, 3 configuration error, 70 internal error.
 */
@Command(name = "trucewatch-spark", mixinStandardHelpOptions = true, version = "trucewatch-spark",
    description = "TruceWatch's cleaning, clustering and extraction on Apache Spark.",
    subcommands = {RunCommand.class, LoadCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain {

  public static final int OK = 0;
  public static final int NOTHING_READ = 1;
  public static final int USAGE = 2;
  public static final int CONFIG = 3;
  public static final int INTERNAL = 70;

  @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "JSON file overriding the embedded defaults (unknown keys are errors).")
  Path configFile;

  private TrucewatchConfig config;

  TrucewatchConfig config() {
    if (config == null) {
      config = TrucewatchConfig.load(configFile);
    }
    return config;
  }

  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * A session on {@code master}; with none given, the one {@code spark-submit} set, else {@code local[2]}; a local
   * driver listens on loopback only. The caller stops it.
   */
  static SparkSession session(String master, String app) {
    SparkSession.Builder b = SparkSession.builder().appName(app);
    SparkConf given = new SparkConf();
    String effective = master != null ? master : given.get("spark.master", "local[2]");
    b.master(effective);
    loopbackDriver(effective, given).forEach(b::config);
    if (!given.contains("spark.ui.enabled")) {
      b.config("spark.ui.enabled", "false");
    }
    return b.getOrCreate();
  }

  /**
   * A local master needs no network: its driver binds to loopback (Spark would otherwise listen on the machine's
   * external address). A cluster master, or a host the user set, is left alone.
   */
  static java.util.Map<String, String> loopbackDriver(String master, SparkConf given) {
    if (!master.startsWith("local")) {
      return java.util.Map.of();
    }
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    if (!given.contains("spark.driver.host")) {
      m.put("spark.driver.host", "127.0.0.1");
    }
    if (!given.contains("spark.driver.bindAddress")) {
      m.put("spark.driver.bindAddress", "127.0.0.1");
    }
    return m;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof TrucewatchConfig.ConfigException) {
        line.getErr().println("trucewatch-spark: " + ex.getMessage());
        return CONFIG;
      }
      if (ex instanceof org.trucewatch.store.StoreException) {
        line.getErr().println("trucewatch-spark: " + ex.getMessage()); // names the database it could not use
        return CONFIG;
      }
      if (ex instanceof IllegalArgumentException) {
        line.getErr().println("trucewatch-spark: " + ex.getMessage());
        return USAGE;
      }
      line.getErr().println("trucewatch-spark: internal error: " + ex);
      ex.printStackTrace(line.getErr());
      return INTERNAL;
    });
    cl.setExitCodeExceptionMapper(ex -> USAGE);
    return cl.execute(args);
  }
}
