package org.trucewatch.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.cli.Main;
import org.trucewatch.cli.StoreOption;
import org.trucewatch.store.AlertAttempt;
import org.trucewatch.store.AlertDelivery;
import org.trucewatch.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch alerts}: the delivery log, newest first, with each alert's attempts. Reads the store only. */
@Command(mixinStandardHelpOptions = true, name = "alerts", description = "The alert delivery log, newest first: "
    + "when each alert was made, its state (pending, delivered, failed), attempts, last answer, rule, event, incident "
    + "and webhook.")
public final class AlertsCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Alerts at most (default 50).")
  int limit;

  @Option(names = "--json", description = "One object a line: id, rule, webhook, incident, standing, event, "
      + "created_at, state, attempts, next_attempt, delivered_at, last_status, last_error, tries [{attempt, at, "
      + "status, error}], payload.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    try (Store store = db.openExisting(main.pipeline().config())) {
      List<AlertDelivery> log = store.alertLog().deliveries(limit);
      if (!json && log.isEmpty()) {
        out.println("no alerts (watch --alert-webhook URL, or rules in alerts.rules)");
      }
      for (AlertDelivery d : log) {
        List<AlertAttempt> tries = store.alertLog().attempts(d.id());
        if (json) {
          ObjectNode o = mapper.createObjectNode();
          o.put("id", d.id());
          o.put("rule", d.rule());
          o.put("webhook", d.webhook());
          o.put("incident", d.incidentId());
          o.put("standing", d.standing());
          o.put("event", d.event());
          o.put("created_at", text(d.createdAt()));
          o.put("state", d.state());
          o.put("attempts", d.attempts());
          o.put("next_attempt", text(d.nextAttempt()));
          o.put("delivered_at", text(d.deliveredAt()));
          o.put("last_status", d.lastStatus());
          o.put("last_error", d.lastError());
          ArrayNode ts = o.putArray("tries");
          for (AlertAttempt a : tries) {
            ts.addObject().put("attempt", a.attempt()).put("at", text(a.at())).put("status", a.status())
                .put("error", a.error());
          }
          o.set("payload", mapper.readTree(d.payload()));
          out.println(mapper.writeValueAsString(o));
        } else {
          out.printf("%s  %-9s %d attempt%s (%s)  %s  %s %s (%s)  -> %s%s%n", text(d.createdAt()), d.state(),
              d.attempts(), d.attempts() == 1 ? "" : "s", tries.stream().map(a -> a.status() == 0 ? "no answer"
                  : String.valueOf(a.status())).reduce((a, b) -> a + ", " + b).orElse("none"), d.rule(),
              d.event(), d.incidentId(), d.standing(), d.webhook(),
              d.lastError() == null ? "" : "; last error: " + d.lastError());
        }
      }
      out.flush();
      return Main.OK;
    }
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
