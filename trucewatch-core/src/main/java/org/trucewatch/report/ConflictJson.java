package org.trucewatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.trucewatch.conflict.ConflictProfile;

/**
 * A conflict profile as JSON (the {@code conflicts --json} line and the API's {@code /api/conflicts}): what a reader
 * needs to show the conflict, without its dictionaries (actors, areas, scope). Stateless.
 */
public final class ConflictJson {

  private ConflictJson() {}

  public static ObjectNode toJson(ObjectMapper m, ConflictProfile p) {
    ObjectNode o = m.createObjectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    o.putObject("period").put("start", p.periodStart()).put("end", p.periodEnd());
    ArrayNode countries = o.putArray("countries");
    p.countries().forEach(countries::add);
    o.put("acled_region", p.acledRegion());
    if (p.map() == null) {
      o.putNull("map");
    } else {
      o.putObject("map").put("lat", p.map().lat()).put("lon", p.map().lon()).put("zoom", p.map().zoom());
    }
    ArrayNode sides = o.putArray("sides");
    for (ConflictProfile.Side s : p.sides()) {
      sides.addObject().put("id", s.id()).put("name", s.name()).put("camp", s.camp()).put("colour", s.colour())
          .put("kind", s.kind());
    }
    ArrayNode truces = o.putArray("truces");
    for (ConflictProfile.Truce t : p.truces()) {
      ObjectNode to = truces.addObject();
      to.put("id", t.id());
      to.put("name", t.name());
      to.put("start", t.start());
      to.put("end", t.end());
      ArrayNode parties = to.putArray("parties");
      t.parties().forEach(parties::add);
      to.put("mediator", t.mediator());
      sources(to.putArray("sources"), t.sources());
    }
    return o;
  }

  /** Sources as {@code [{url, title}]}. */
  public static void sources(ArrayNode a, List<ConflictProfile.Source> sources) {
    sources.forEach(s -> a.addObject().put("url", s.url()).put("title", s.title()));
  }
}
