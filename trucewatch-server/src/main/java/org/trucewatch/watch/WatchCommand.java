package org.trucewatch.watch;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.trucewatch.cli.Main;
import org.trucewatch.cli.StoreOption;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch watch}: fetches feeds and their linked pages, politely, and ingests what is new, round by round. */
@Command(mixinStandardHelpOptions = true, name = "watch", description = "Watch RSS/Atom feeds, (news) sitemaps "
    + "and pages: each round fetches the sources, then the linked pages not yet stored, and ingests them as ingest "
    + "does. Obeys robots.txt, asks conditionally (an unchanged source costs a 304), keeps requests to a host apart, "
    + "retries 429/5xx honouring Retry-After, backs off from a failing source. Stops cleanly between articles on "
    + "SIGINT/SIGTERM.")
public final class WatchCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--once", description = "Run one round and exit.")
  boolean once;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
      description = "Time between the starts of two rounds: 90s, 15m, 1h or ISO-8601 (PT15M); a failing source "
          + "backs off from it (doubling, at most 6 h). Default: ${DEFAULT-VALUE}.")
  String every;

  @Option(names = "--alert-webhook", paramLabel = "URL", description = "Post an alert for every new incident and "
      + "every raised standing to this http(s) address (repeatable), besides the rules of alerts.rules.")
  List<String> alertWebhooks = new java.util.ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Feed, sitemap or page URLs, or files listing "
      + "them one a line as URL [kind=auto|feed|sitemap|page] [outlet=\"NAME\"] [language=CODE] [conflict=PROFILE].")
  List<String> sources;

  @Override
  public Integer call() throws Exception {
    Schedule schedule = schedule(spec, every);
    List<WatchSource> watched = sources(spec, sources, main.pipeline().profiles());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Stopper stopper = new Stopper();
    Thread hook = once ? null : stopper.hook();
    if (hook != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
    Clock clock = Clock.systemUTC();
    try (Store store = db.open(main.pipeline().config())) {
      HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults(version()), clock, stopper::sleep);
      Consumer<String> problems = p -> {
        err.println("trucewatch: " + p);
        err.flush();
      };
      org.trucewatch.alert.Alerter alerter = alerter(store, clock, stopper, problems);
      var alerted = new java.util.concurrent.atomic.AtomicReference<org.trucewatch.alert.Alerter.Report>();
      Watcher watcher = new Watcher(new IngestRun(main.pipeline(), store, clock), store.crawlLog(), fetcher, clock,
          schedule, stopper::stopping, problems, new Object(), round -> alerted.set(alerter.run()));
      Consumer<Watcher.Round> print = r -> {
        out.println(WatchLoop.describe(r));
        org.trucewatch.alert.Alerter.Report a = alerted.getAndSet(null);
        if (a != null) {
          out.printf("alerts: %d queued, %d delivered, %d given up, %d waiting.%n", a.queued(), a.delivered(),
              a.failed(), a.waiting());
        }
        out.flush();
      };
      if (once) {
        print.accept(watcher.round(watched));
      } else {
        new WatchLoop(watcher, watched, schedule, clock, stopper::sleep, stopper::stopping).run(print);
      }
      return Main.OK;
    } finally {
      stopper.done();
    }
  }

  /** The configured rules and a catch-all rule per --alert-webhook; a bad address is a usage error. */
  private org.trucewatch.alert.Alerter alerter(Store store, Clock clock, Stopper stopper, Consumer<String> problems) {
    org.trucewatch.config.TrucewatchConfig.Alerts config = main.pipeline().config().alerts();
    // a bad configured rule is a configuration error (exit 3); a bad --alert-webhook a usage error (exit 2)
    List<org.trucewatch.alert.AlertRule> rules = new java.util.ArrayList<>(
        org.trucewatch.alert.AlertRule.all(config, List.of(), main.pipeline()));
    try {
      rules.addAll(org.trucewatch.alert.AlertRule.webhooks(alertWebhooks, main.pipeline()));
    } catch (org.trucewatch.config.TrucewatchConfig.ConfigException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--alert-webhook: " + e.getMessage());
    }
    return new org.trucewatch.alert.Alerter(store, rules, config, org.trucewatch.alert.WebhookPoster.configured(
        config, "TruceWatch/" + version(), System.getenv()), clock, stopper::sleep,
        stopper::stopping, problems);
  }

  /** The version named in the User-Agent. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** Reads --every for {@code watch} and {@code serve --watch}; a bad value is a usage error naming it. */
  public static Schedule schedule(CommandSpec spec, String every) {
    Duration interval = duration(every);
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--every must be a positive duration such as 15m,"
          + " not '" + every + "'");
    }
    return Schedule.every(interval);
  }

  /**
   * Reads the SOURCE arguments; one that cannot be read is a usage error naming its file and line, and so is a
   * {@code conflict=} that no profile has (a typo would otherwise file a desk's feed under the wrong war).
   */
  public static List<WatchSource> sources(CommandSpec spec, List<String> args,
      org.trucewatch.conflict.Profiles profiles) {
    List<WatchSource> out;
    try {
      out = SourcesFile.parse(args);
    } catch (SourcesFile.Malformed e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the sources: " + e.getMessage());
    }
    for (WatchSource s : out) {
      if (s.conflict() != null && profiles.get(s.conflict()).isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the sources: " + s.url()
            + ": conflict '" + s.conflict() + "' is not a profile (" + profiles.idList() + ")");
      }
    }
    return out;
  }

  /** 90s, 15m, 2h, 1d, or ISO-8601; null when unreadable. */
  static Duration duration(String s) {
    String t = s.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> null;
      };
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      return null;
    }
  }
}
