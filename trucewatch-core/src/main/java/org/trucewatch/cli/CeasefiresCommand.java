package org.trucewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.trucewatch.report.CeasefireJson;
import picocli.CommandLine.Option;

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
@Command(mixinStandardHelpOptions = true, name = "ceasefires", description = "List the truces in the register with violations alleged per party and day.")
final class CeasefiresCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--conflict", paramLabel = "ID", description = "Only this conflict's truces.")
  String conflict;

  @Option(names = "--json", description = "One JSON object a line: id, conflict, name, start, end, parties, "
      + "sources, violations.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Conflicts.check(main.pipeline(), conflict);
    ObjectMapper mapper = new ObjectMapper();
    try (Store store = db.openExisting(main.pipeline().config())) {
      List<Ceasefire> truces = store.ceasefires();
      if (truces.isEmpty()) {
        truces = main.pipeline().register().truces();
      }
      List<Incident> incidents = store.incidents(IncidentQuery.all());
      for (Ceasefire c : truces) {
        if (conflict != null && !conflict.equals(c.conflict())) {
          continue;
        }
        Violations.Tally t = Violations.of(c, incidents);
        if (json) {
          out.println(mapper.writeValueAsString(CeasefireJson.toJson(mapper, c, t)));
          continue;
        }
        out.println(c.id() + "  " + c.name() + "  from " + c.start() + (c.end() == null ? "" : " to " + c.end())
            + "  (" + (c.conflict() == null ? "" : c.conflict() + ", ") + c.source() + ")");
        c.sources().forEach(src -> out.println("    source: " + (src.title() == null ? "" : src.title())
            + (src.url() == null ? "" : " <" + src.url() + ">")));
        out.println("    parties: " + String.join(", ", c.parties()) + (c.mediator() == null ? ""
            : "; mediator: " + c.mediator()) + (c.placeOfTalks() == null ? "" : "; agreed in " + c.placeOfTalks())
            + (c.evidence().isEmpty() ? "" : "; reported in " + c.evidence().size() + " mention(s)"));
        if (t.byParty().isEmpty()) {
          out.println("    no alleged violations recorded");
        } else {
          violationTable(t).forEach(line -> out.println("    " + line));
        }
      }
      out.flush();
      return Main.OK;
    }
  }

  /**
   * Alleged violations as a table: a row per day, a column per alleged perpetrator, totals at the right and at the
   * bottom; numbers aligned right.
   */
  static List<String> violationTable(Violations.Tally t) {
    List<String> parties = List.copyOf(t.byParty().keySet());
    List<List<String>> rows = new java.util.ArrayList<>();
    List<String> header = new java.util.ArrayList<>(List.of("alleged violations"));
    header.addAll(parties);
    header.add("total");
    rows.add(header);
    for (Map.Entry<String, Map<String, Integer>> d : t.byDay().entrySet()) {
      List<String> row = new java.util.ArrayList<>(List.of(d.getKey()));
      parties.forEach(p -> row.add(String.valueOf(d.getValue().getOrDefault(p, 0))));
      row.add(String.valueOf(d.getValue().values().stream().mapToInt(Integer::intValue).sum()));
      rows.add(row);
    }
    List<String> total = new java.util.ArrayList<>(List.of("total"));
    parties.forEach(p -> total.add(String.valueOf(t.byParty().get(p))));
    total.add(String.valueOf(t.byParty().values().stream().mapToInt(Integer::intValue).sum()));
    rows.add(total);
    int[] width = new int[header.size()];
    for (List<String> row : rows) {
      for (int k = 0; k < row.size(); k++) {
        width[k] = Math.max(width[k], row.get(k).length());
      }
    }
    List<String> lines = new java.util.ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder b = new StringBuilder(String.format("%-" + width[0] + "s", row.get(0)));
      for (int k = 1; k < row.size(); k++) {
        b.append("  ").append(String.format("%" + width[k] + "s", row.get(k)));
      }
      lines.add(b.toString().stripTrailing());
    }
    return lines;
  }
}
