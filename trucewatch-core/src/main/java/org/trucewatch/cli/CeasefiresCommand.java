package org.trucewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Violations;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch ceasefires}: the register, with the violations alleged per party and per day. */
@Command(name = "ceasefires", description = "List the truces in the register with violations alleged per party and day.")
final class CeasefiresCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.open(main.pipeline().config())) {
      List<Ceasefire> truces = store.ceasefires();
      if (truces.isEmpty()) {
        truces = main.pipeline().register().truces();
      }
      List<Incident> incidents = store.incidents(IncidentQuery.all());
      for (Ceasefire c : truces) {
        Violations.Tally t = Violations.of(c, incidents);
        out.println(c.id() + "  " + c.name() + "  from " + c.start() + (c.end() == null ? "" : " to " + c.end())
            + "  (" + c.source() + ")");
        out.println("    parties: " + String.join(", ", c.parties()) + (c.mediator() == null ? ""
            : "; mediator: " + c.mediator()) + (c.placeOfTalks() == null ? "" : "; agreed in " + c.placeOfTalks())
            + (c.evidence().isEmpty() ? "" : "; reported in " + c.evidence().size() + " mention(s)"));
        if (t.byParty().isEmpty()) {
          out.println("    no alleged violations recorded");
        } else {
          out.println("    alleged violations by party: " + t.byParty());
          for (Map.Entry<String, Map<String, Integer>> d : t.byDay().entrySet()) {
            out.println("      " + d.getKey() + "  " + d.getValue());
          }
        }
      }
      out.flush();
      return Main.OK;
    }
  }
}
