package org.trucewatch.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.trucewatch.cli.Main;
import org.trucewatch.cli.StoreOption;
import org.trucewatch.store.Stats;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trucewatch status}: the {@link WatchStatus} of a store, as text or as the JSON {@code GET /api/status}
 * answers. Reads the store only.
 */
@Command(mixinStandardHelpOptions = true, name = "status",
    description = "The watched sources (last and next fetch, status, failures, pages), today's articles and "
        + "incidents, and what the database holds.")
public final class StatusCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--json", description = "One JSON object, as GET /api/status answers: at, today, sources (source, "
      + "last_fetch, next_fetch, status, failures, error, pages, pages_failing), articles_today, incidents_today, "
      + "totals.")
  boolean json;

  private final Clock clock;

  public StatusCommand() {
    this(Clock.systemUTC());
  }

  StatusCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.openExisting(main.pipeline().config())) {
      WatchStatus st = WatchStatus.read(store, clock);
      if (json) {
        ObjectMapper mapper = new ObjectMapper();
        out.println(mapper.writeValueAsString(st.json(mapper)));
      } else {
        out.println(st.sources().isEmpty() ? "no watched sources (run 'trucewatch watch SOURCE...')" : "sources:");
        for (WatchStatus.Source f : st.sources()) {
          out.printf("  %s%n    last fetch %s, status %s, next %s%s; %d page(s), %d failing%n", f.url(),
              f.lastFetch() == null ? "never" : f.lastFetch(), f.status() == 0 ? "-" : f.status(),
              f.nextFetch() == null ? "due now" : f.nextFetch(),
              f.failures() == 0 ? "" : ", " + f.failures() + " failure(s) in a row: " + f.error(), f.pages(),
              f.pagesFailing());
        }
        Stats t = st.totals();
        out.printf("today (%s, UTC): %d article(s) stored, %d incident(s)%n", st.today(), st.articlesToday(),
            st.incidentsToday());
        out.printf("database: %d article(s), %d event(s), %d incident(s), %d rejected input(s)%n", t.articles(),
            t.events(), t.incidents(), t.rejections());
      }
      out.flush();
      return Main.OK;
    }
  }
}
