package org.trucewatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.trucewatch.incident.Incident;

/** An incident as JSON (the {@code incidents --json} line and the API's incident summary). Stateless. */
public final class IncidentJson {

  private IncidentJson() {}

  public static ObjectNode toJson(ObjectMapper mapper, Incident i) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", i.id());
    o.put("type", i.type().label());
    o.put("subtype", i.subtype());
    o.put("date", i.date());
    o.put("date_end", i.dateEnd());
    if (i.location() == null) {
      o.putNull("location");
    } else {
      ObjectNode l = o.putObject("location");
      l.put("name", i.location().name());
      l.put("lat", i.location().lat());
      l.put("lon", i.location().lon());
      l.put("country", i.location().country());
      l.put("admin1", i.location().admin1());
      l.put("precision", i.location().precision());
    }
    o.put("perpetrator", i.perpetrator());
    o.put("standing", i.standing().name().toLowerCase(Locale.ROOT));
    o.put("conflict", i.conflict());
    o.put("ceasefire", i.ceasefireId());
    o.put("ceasefire_open", i.ceasefireOpen()); // on the truce's first day at an unknown hour: not counted
    o.put("independent_sources", i.independentSources());
    o.put("killed", i.killed());
    o.put("wounded", i.wounded());
    var m = o.putArray("mentions");
    i.mentions().forEach(m::add);
    return o;
  }
}
