package org.trucewatch.server.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.trucewatch.cli.Main;
import org.trucewatch.cli.StoreOption;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.server.api.ApiServer;
import org.trucewatch.server.api.StoreWriter;
import org.trucewatch.server.report.ReportZone;
import org.trucewatch.store.Store;
import org.trucewatch.watch.BackgroundWatch;
import org.trucewatch.watch.Schedule;
import org.trucewatch.watch.WatchCommand;
import org.trucewatch.watch.WatchSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trucewatch serve}: the REST API and the dashboard over one store, and with {@code --watch} the watcher in a
 * background thread, until the process is stopped (Ctrl-C or SIGTERM stops the watcher between two articles, then the
 * server, then closes the store). An address that cannot be listened on is exit code 3, with the
 * reason.
 */
@Command(mixinStandardHelpOptions = true, name = "serve", description = "Serve the REST API (/api, described at /api/openapi.json) and the dashboard.")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--host", paramLabel = "HOST",
      description = "Interface to listen on (default: server.host, 127.0.0.1).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default: server.port, 8080; 0 picks a free one).")
  Integer port;

  @Option(names = "--watch", paramLabel = "SOURCES_FILE",
      description = "Also watch the sources this file lists (as 'watch' reads them) in a background thread; its "
          + "rounds are logged on standard error and GET /api/status reports them.")
  String watch;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
      description = "With --watch: time between the starts of two rounds (90s, 15m, 1h). Default: ${DEFAULT-VALUE}.")
  String every;

  @Override
  public Integer call() throws Exception {
    TrucewatchConfig config = main.pipeline().config();
    TrucewatchConfig.Server sc = config.server();
    int p = port != null ? port : sc.port();
    if (p < 0 || p > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + p);
    }
    String h = host != null ? host : sc.host();
    PrintWriter err = spec.commandLine().getErr();
    String token = System.getenv(sc.tokenEnv());
    List<WatchSource> sources = watch == null ? null : WatchCommand.sources(spec, List.of(watch),
        main.pipeline().profiles());
    Schedule schedule = WatchCommand.schedule(spec, every);
    // a watched server creates its database as watch does; otherwise there must be something to serve
    Store store = sources == null ? db.openExisting(config) : db.open(config);
    Javalin app;
    StoreWriter writer;
    Runnable alerts;
    try {
      writer = new StoreWriter(main.pipeline(), store, Clock.systemUTC());
      alerts = alerts(config, store, err);
      app = new ApiServer(store, writer, main.pipeline().profiles(), sc, token, Clock.systemUTC(), alerts,
          ReportZone.of(config.report().timeZone())).create().start(h, p);
    } catch (JavalinBindException e) {
      store.close();
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      err.println("trucewatch: cannot listen on " + h + ":" + p + ": " + cause.getMessage()
          + " (another server on that port, or an address this machine does not have)");
      return Main.CONFIG;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    // the watcher writes under the writer's lock: ingestion is one writer at a time
    BackgroundWatch watcher = sources == null ? null
        : BackgroundWatch.start(main.pipeline(), store, sources, schedule, writer, err, alerts);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (watcher != null) {
        watcher.close(); // the article being stored is finished first
      }
      app.stop();
      store.close();
      stopped.countDown();
    }, "trucewatch-shutdown"));
    err.println("trucewatch: serving " + store.location() + " at http://" + (h.contains(":") ? "[" + h + "]" : h)
        + ":" + app.port() + "/ (API at /api, description at /api/openapi.json); writing "
        + (token == null || token.isBlank() ? "disabled (set " + sc.tokenEnv() + " to enable it)"
            : "enabled with the token in " + sc.tokenEnv())
        + (sources == null ? "" : "; watching " + sources.size() + " source(s) every " + every));
    err.flush();
    stopped.await();
    return Main.OK;
  }

  /**
   * With rules in {@code alerts.rules}, what runs after each write: the alerter, on a thread of its own (one run at a
   * time, a request never waits for a webhook); without rules, nothing (a watcher on the same database alerts).
   */
  private Runnable alerts(TrucewatchConfig config, Store store, PrintWriter err) {
    if (config.alerts().rules().isEmpty()) {
      return () -> { };
    }
    var rules = org.trucewatch.alert.AlertRule.all(config.alerts(), java.util.List.of(), main.pipeline());
    String v = Main.class.getPackage().getImplementationVersion();
    var alerter = new org.trucewatch.alert.Alerter(store, rules, config.alerts(), org.trucewatch.alert.WebhookPoster.configured(
        config.alerts(), "TruceWatch/" + (v == null ? "dev" : v), System.getenv()),
        Clock.systemUTC(), org.trucewatch.watch.Sleeper.REAL, () -> false, problem -> {
          err.println("trucewatch: " + problem);
          err.flush();
        });
    var thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "trucewatch-alerts");
      t.setDaemon(true);
      return t;
    });
    return () -> thread.execute(() -> {
      try {
        alerter.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        err.println("trucewatch: alerts: " + e.getMessage());
        err.flush();
      }
    });
  }
}
