package org.trucewatch.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.cli.Main;
import org.trucewatch.cli.StoreOption;
import org.trucewatch.store.CrawlState;
import org.trucewatch.store.Stats;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trucewatch status}: what the watcher knows of its sources (each feed's last and next fetch, its last
 * status and failures in a row, its pages fetched and failing) and what the store holds. Reads the store only.
 */
@Command(mixinStandardHelpOptions = true, name = "status",
    description = "The watched sources (last and next fetch, status, failures) and what the database holds.")
public final class StatusCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--json", description = "One object a line per source: source, last_fetch, next_due, status, "
      + "failures, error, pages, pages_failing; then one object with the store's counts.")
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
      List<CrawlState> all = store.crawlLog().all();
      ObjectMapper mapper = new ObjectMapper();
      Instant now = clock.instant();
      List<CrawlState> feeds = all.stream().filter(s -> CrawlState.FEED.equals(s.kind())).toList();
      if (!json) {
        out.println(feeds.isEmpty() ? "no watched sources (run 'trucewatch watch SOURCE...')" : "sources:");
      }
      for (CrawlState f : feeds) {
        List<CrawlState> pages = all.stream()
            .filter(s -> CrawlState.PAGE.equals(s.kind()) && f.url().equals(s.source())).toList();
        long failing = pages.stream().filter(p -> p.failures() > 0).count();
        if (json) {
          ObjectNode o = mapper.createObjectNode();
          o.put("source", f.url());
          o.put("last_fetch", f.lastFetch() == null ? null : f.lastFetch().toString());
          o.put("next_due", f.nextDue() == null ? null : f.nextDue().toString());
          o.put("status", f.status());
          o.put("failures", f.failures());
          o.put("error", f.error());
          o.put("pages", pages.size());
          o.put("pages_failing", failing);
          out.println(mapper.writeValueAsString(o));
        } else {
          out.printf("  %s%n    last fetch %s, status %s, next %s%s; %d page(s), %d failing%n", f.url(),
              f.lastFetch() == null ? "never" : f.lastFetch(), f.status() == 0 ? "-" : f.status(),
              f.dueAt(now) ? "due now" : f.nextDue(),
              f.failures() == 0 ? "" : ", " + f.failures() + " failure(s) in a row: " + f.error(), pages.size(),
              failing);
        }
      }
      Stats st = store.stats();
      if (json) {
        ObjectNode o = mapper.createObjectNode();
        o.put("articles", st.articles());
        o.put("incidents", st.incidents());
        o.put("events", st.events());
        o.put("rejections", st.rejections());
        out.println(mapper.writeValueAsString(o));
      } else {
        out.printf("database: %d article(s), %d event(s), %d incident(s), %d rejected input(s)%n", st.articles(),
            st.events(), st.incidents(), st.rejections());
      }
      out.flush();
      return Main.OK;
    }
  }
}
