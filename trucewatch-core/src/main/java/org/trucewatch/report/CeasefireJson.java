package org.trucewatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.Violations;

/**
 * A truce of the register as JSON (the {@code ceasefires --json} line and the API's {@code /api/ceasefires}): its
 * conflict, its sources, and with a tally its alleged violations per party and per day. Stateless.
 */
public final class CeasefireJson {

  private CeasefireJson() {}

  /** @param tally the alleged violations, or null to leave them out */
  public static ObjectNode toJson(ObjectMapper m, Ceasefire c, Violations.Tally tally) {
    ObjectNode o = m.createObjectNode();
    o.put("id", c.id());
    o.put("name", c.name());
    o.put("start", c.start());
    o.put("end", c.end());
    c.parties().forEach(o.putArray("parties")::add);
    o.put("mediator", c.mediator());
    o.put("place_of_talks", c.placeOfTalks());
    o.put("status", c.status());
    o.put("conflict", c.conflict());
    o.put("origin", c.source());
    ConflictJson.sources(o.putArray("sources"), c.sources());
    c.evidence().forEach(o.putArray("evidence")::add);
    if (tally != null) {
      ObjectNode v = o.putObject("violations");
      int total = tally.byParty().values().stream().mapToInt(Integer::intValue).sum();
      v.put("total", total);
      ObjectNode byParty = v.putObject("by_party");
      tally.byParty().forEach(byParty::put);
      ObjectNode byDay = v.putObject("by_day");
      for (Map.Entry<String, Map<String, Integer>> d : tally.byDay().entrySet()) {
        ObjectNode day = byDay.putObject(d.getKey());
        d.getValue().forEach(day::put);
      }
    }
    return o;
  }
}
