package org.trucewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    try (Store store = db.open(main.pipeline().config())) {
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
          out.println(mapper.writeValueAsString(toJson(mapper, c, t)));
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

  static ObjectNode toJson(ObjectMapper mapper, Ceasefire c, Violations.Tally t) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", c.id());
    o.put("conflict", c.conflict());
    o.put("name", c.name());
    o.put("start", c.start());
    o.put("end", c.end());
    ArrayNode parties = o.putArray("parties");
    c.parties().forEach(parties::add);
    o.put("mediator", c.mediator());
    o.put("origin", c.source());
    ArrayNode sources = o.putArray("sources");
    c.sources().forEach(s -> sources.addObject().put("url", s.url()).put("title", s.title()));
    ArrayNode evidence = o.putArray("evidence");
    c.evidence().forEach(evidence::add);
    ObjectNode v = o.putObject("violations");
    int total = t.byParty().values().stream().mapToInt(Integer::intValue).sum();
    v.put("total", total);
    ObjectNode byParty = v.putObject("by_party");
    t.byParty().forEach(byParty::put);
    ObjectNode byDay = v.putObject("by_day");
    t.byDay().forEach((day, m) -> {
      ObjectNode d = byDay.putObject(day);
      m.forEach(d::put);
    });
    return o;
  }
}
