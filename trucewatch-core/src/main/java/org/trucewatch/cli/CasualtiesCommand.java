package org.trucewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.trucewatch.extract.Casualties;
import org.trucewatch.report.CasualtyRows;
import org.trucewatch.report.CasualtyRows.Row;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trucewatch casualties}: casualty figures as each claimant gave them, grouped by the claimant's side, copies
 * of one story folded into one row that names every article carrying it.
 */
@Command(mixinStandardHelpOptions = true, name = "casualties",
    description = "Casualty figures as each source gave them, by side, claimant and date (copies of a story folded).")
final class CasualtiesCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--json", description = "One object a line: claimant, side, date, killed, wounded, victims, "
      + "qualifier, since, articles (every copy carrying it), evidence {article, sentence, start, end, text}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.openExisting(main.pipeline().config())) {
      ObjectMapper mapper = new ObjectMapper();
      java.util.Map<String, String> sideNames = main.pipeline().profiles().sideNames();
      String side = "";
      for (Row r : CasualtyRows.of(store.casualtyReports())) {
        Casualties c = r.figures();
        if (json) {
          ObjectNode o = mapper.createObjectNode();
          o.put("claimant", r.claimant());
          o.put("side", r.side());
          o.put("date", r.date());
          o.put("killed", c.killed());
          o.put("wounded", c.wounded());
          o.put("victims", c.victims());
          o.put("qualifier", c.qualifier());
          o.put("since", c.since());
          r.articles().forEach(o.putArray("articles")::add);
          ObjectNode ev = o.putObject("evidence");
          ev.put("article", r.articles().get(0));
          if (r.evidence() != null) {
            ev.put("sentence", r.evidence().sentence());
            ev.put("start", r.evidence().start());
            ev.put("end", r.evidence().end());
            ev.put("text", r.evidence().text());
          }
          out.println(mapper.writeValueAsString(o));
          continue;
        }
        String heading = r.side() == null ? "(no side)"
            : sideNames.getOrDefault(r.side(), r.side()) + " (" + r.side() + ")";
        if (!heading.equals(side)) {
          out.println(heading);
          side = heading;
        }
        out.printf("    %-10s %s%s%s%s  %s: %s%s%n", r.date() == null ? "?" : r.date(),
            c.qualifier() == null ? "" : c.qualifier() + " ",
            c.killed() == null ? "" : c.killed() + " killed",
            c.wounded() == null ? "" : (c.killed() == null ? "" : ", ") + c.wounded() + " wounded",
            (c.victims() == null ? "" : " (" + c.victims() + ")") + (c.since() == null ? "" : " since " + c.since()),
            Objects.requireNonNullElse(r.claimant(), "source not named"), r.articles().get(0),
            r.articles().size() > 1 ? " (also in " + String.join(", ", r.articles().subList(1, r.articles().size()))
                + ")" : "");
      }
      out.flush();
      return Main.OK;
    }
  }
}
