package org.trucewatch.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
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
@Command(mixinStandardHelpOptions = true, name = "watch", description = "Watch RSS/Atom feeds: each round fetches "
    + "the feeds, then the linked pages not yet stored, and ingests them as ingest does. Obeys robots.txt, asks "
    + "conditionally (an unchanged feed costs a 304), keeps requests to a host apart, retries 429/5xx honouring "
    + "Retry-After. Stops cleanly between articles on SIGINT/SIGTERM.")
public final class WatchCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--once", description = "Run one round and exit.")
  boolean once;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
      description = "Time between the starts of two rounds: 90s, 15m, 1h or ISO-8601 (PT15M). Default: ${DEFAULT-VALUE}.")
  String every;

  @Option(names = "--alert-webhook", paramLabel = "URL", description = "Post an alert for every new incident and "
      + "every raised standing to this http(s) address (repeatable), besides the rules of alerts.rules.")
  List<String> alertWebhooks = new java.util.ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Feed URLs, or files listing them one a line "
      + "(optionally a tab and the outlet name).")
  List<String> sources;

  @Override
  public Integer call() throws Exception {
    Duration interval = duration(every);
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--every must be a positive duration such as 15m,"
          + " not '" + every + "'");
    }
    List<WatchSource> watched;
    try {
      watched = WatchSource.parse(sources);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the sources: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Stopper stopper = new Stopper();
    Thread hook = once ? null : stopper.hook();
    if (hook != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
    Clock clock = Clock.systemUTC();
    try (Store store = db.open(main.pipeline().config())) {
      String v = Main.class.getPackage().getImplementationVersion();
      HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults(v == null ? "dev" : v), clock, stopper::sleep);
      java.util.function.Consumer<String> problems = p -> {
        err.println("trucewatch: " + p);
        err.flush();
      };
      org.trucewatch.alert.Alerter alerter = alerter(store, clock, v, stopper, problems);
      var alerted = new java.util.concurrent.atomic.AtomicReference<org.trucewatch.alert.Alerter.Report>();
      Watcher watcher = new Watcher(new IngestRun(main.pipeline(), store, clock), store.crawlLog(), fetcher, clock,
          stopper::stopping, problems, round -> alerted.set(alerter.run()));
      do {
        long start = clock.millis();
        Watcher.Round r = watcher.round(watched);
        out.printf("watch: %d feeds and %d pages asked, %d unchanged (304), %d failed, %d downloaded; %d stored "
                + "(%d events), %d already stored, %d rejected.%n", r.feeds(), r.pages(), r.unchanged(), r.failed(),
            r.downloads(), r.ingested().stored(), r.ingested().events(), r.ingested().unchanged(),
            r.ingested().rejected());
        org.trucewatch.alert.Alerter.Report a = alerted.getAndSet(null);
        if (a != null) {
          out.printf("alerts: %d queued, %d delivered, %d given up, %d waiting.%n", a.queued(), a.delivered(),
              a.failed(), a.waiting());
        }
        out.flush();
        if (!once) {
          stopper.sleep(interval.minusMillis(clock.millis() - start));
        }
      } while (!once && !stopper.stopping());
      return Main.OK;
    } finally {
      stopper.done();
    }
  }

  /** The configured rules and a catch-all rule per --alert-webhook; a bad address is a usage error. */
  private org.trucewatch.alert.Alerter alerter(Store store, Clock clock, String version, Stopper stopper,
      java.util.function.Consumer<String> problems) {
    org.trucewatch.config.TrucewatchConfig.Alerts config = main.pipeline().config().alerts();
    List<org.trucewatch.alert.AlertRule> rules;
    try {
      rules = org.trucewatch.alert.AlertRule.all(config, alertWebhooks, main.pipeline());
    } catch (org.trucewatch.config.TrucewatchConfig.ConfigException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--alert-webhook: " + e.getMessage());
    }
    return new org.trucewatch.alert.Alerter(store, rules, config, new org.trucewatch.alert.WebhookPoster(
        Duration.ofSeconds(config.timeoutSeconds()), "TruceWatch/" + (version == null ? "dev" : version)), clock,
        stopper::sleep, stopper::stopping, problems);
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
