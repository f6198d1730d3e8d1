package org.trucewatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Event;
import org.trucewatch.incident.Incident;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch incident ID}: one incident with all its evidence. */
@Command(mixinStandardHelpOptions = true, name = "incident", description = "Show one incident: every mention, claim, denial and source sentence.")
final class IncidentCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Parameters(index = "0", paramLabel = "ID", description = "The incident id (inc-...).")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.openExisting(main.pipeline().config())) {
      Incident i = store.incident(id).orElse(null);
      if (i == null) {
        spec.commandLine().getErr().println("trucewatch: no incident " + id);
        return Main.NOTHING_READ;
      }
      out.println(i.id() + ": " + i.subtype() + " on " + i.date() + (i.dateEnd() == null ? "" : ".." + i.dateEnd())
          + (i.location() == null ? "" : " at " + i.location().name() + " (" + i.location().country() + ", "
              + i.location().precision() + ", " + i.location().lat() + ", " + i.location().lon() + ")"));
      out.println("  alleged perpetrator: " + (i.perpetrator() == null ? "not established" : i.perpetrator()));
      out.println("  standing: " + i.standing().name().toLowerCase(Locale.ROOT) + "; independent sources: "
          + i.independentSources() + "; truce in force: " + (i.ceasefireId() == null ? "none" : i.ceasefireId()));
      if (i.killed() != null || i.wounded() != null) {
        out.println("  casualties (lowest given): " + (i.killed() == null ? "-" : i.killed()) + " killed, "
            + (i.wounded() == null ? "-" : i.wounded()) + " wounded");
      }
      for (StoredEvent se : store.events(i.mentions())) {
        Event e = se.event();
        out.println();
        out.println("  mention " + se.id() + " in " + e.article() + " (cluster " + se.cluster() + "), dated "
            + e.date() + " (" + e.dateBasis() + ")");
        for (Claim c : e.claims()) {
          out.println("    " + c.stance().name().toLowerCase(Locale.ROOT) + ": " + c.actor()
              + (c.via() == null ? "" : " (via " + c.via() + ")"));
          out.println("      [" + c.evidence().start() + "-" + c.evidence().end() + "] \"" + c.evidence().text() + "\"");
        }
        for (var ev : e.evidence()) {
          out.println("    evidence [" + ev.start() + "-" + ev.end() + "] \"" + ev.text() + "\"");
        }
      }
      out.flush();
      return Main.OK;
    }
  }
}
