package org.trucewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Event;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch casualties}: casualty figures per claimant over time. */
@Command(mixinStandardHelpOptions = true, name = "casualties", description = "Casualty figures as each source gave them, by source and date.")
final class CasualtiesCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.open(main.pipeline().config())) {
      Map<String, List<StoredEvent>> byClaimant = new TreeMap<>();
      for (StoredEvent se : store.casualtyReports()) {
        List<String> who = se.event().claimedBy();
        String key = who.isEmpty() ? "(source not named)" : who.get(0);
        byClaimant.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(se);
      }
      for (Map.Entry<String, List<StoredEvent>> e : byClaimant.entrySet()) {
        out.println(e.getKey());
        for (StoredEvent se : e.getValue()) {
          Event ev = se.event();
          Casualties c = ev.casualties();
          out.printf("    %-10s %s%s%s%s   %s%n", ev.date() == null ? "?" : ev.date(),
              c.qualifier() == null ? "" : c.qualifier() + " ",
              c.killed() == null ? "" : c.killed() + " killed",
              c.wounded() == null ? "" : (c.killed() == null ? "" : ", ") + c.wounded() + " wounded",
              (c.victims() == null ? "" : " (" + c.victims() + ")") + (c.since() == null ? "" : " since " + c.since()),
              ev.article());
        }
      }
      out.flush();
      return Main.OK;
    }
  }
}
