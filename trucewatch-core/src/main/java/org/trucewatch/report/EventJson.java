package org.trucewatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Location;

/**
 * The {@code extract --json} line for one event: the contract's fields first ({@code article, type, subtype, date,
 * date_end, time, location, perpetrator, target, claimed_by, denied_by, acknowledged_by, killed, wounded, victims,
 * evidence}), then the detail behind them (every claim with its sentence, how the date was found, casualty
 * qualifiers, all evidence sentences, the ACLED event type). Stateless.
 */
public final class EventJson {

  private EventJson() {}

  public static ObjectNode toJson(ObjectMapper mapper, Event e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("article", e.article());
    o.put("type", e.type().label());
    o.put("subtype", e.subtype());
    o.put("date", e.isoDate());
    o.put("date_end", e.isoDateEnd());
    o.put("time", e.time());
    Location l = e.location();
    if (l == null) {
      o.putNull("location");
    } else {
      ObjectNode lo = o.putObject("location");
      lo.put("name", l.name());
      lo.put("lat", l.lat());
      lo.put("lon", l.lon());
      lo.put("country", l.country());
      lo.put("admin1", l.admin1());
      lo.put("precision", l.precision());
      lo.put("as_written", l.surface());
    }
    o.put("perpetrator", e.perpetrator());
    o.put("conflict", e.conflict());
    o.put("target", e.target());
    strings(o.putArray("claimed_by"), e.claimedBy());
    strings(o.putArray("denied_by"), e.deniedBy());
    strings(o.putArray("acknowledged_by"), e.acknowledgedBy());
    Casualties c = e.casualties();
    if (c == null) {
      o.putNull("killed");
      o.putNull("wounded");
      o.putNull("victims");
    } else {
      o.put("killed", c.killed());
      o.put("wounded", c.wounded());
      o.put("victims", c.victims());
    }
    Evidence first = e.evidence().get(0);
    o.set("evidence", evidence(mapper, first));
    o.put("date_basis", e.dateBasisName());
    o.put("perpetrator_side", e.perpetratorSide());
    o.put("perpetrator_actor", e.perpetratorActor());
    o.put("perpetrator_inferred", e.perpetratorInferred());
    if (c != null) {
      o.put("qualifier", c.qualifier());
      o.put("civilians_killed", c.civilianKilled());
      o.put("since", c.since());
    }
    if (!e.parties().isEmpty()) {
      strings(o.putArray("parties"), e.parties());
    }
    if (e.mediator() != null) {
      o.put("mediator", e.mediator());
    }
    ArrayNode claims = o.putArray("claims");
    for (Claim cl : e.claims()) {
      ObjectNode co = claims.addObject();
      co.put("actor", cl.actor());
      co.put("actor_id", cl.actorId());
      co.put("side", cl.side());
      co.put("stance", cl.stance().name().toLowerCase(java.util.Locale.ROOT));
      co.put("via", cl.via());
      co.put("written", cl.written());
      co.set("evidence", evidence(mapper, cl.evidence()));
    }
    ArrayNode all = o.putArray("evidence_all");
    e.evidence().forEach(ev -> all.add(evidence(mapper, ev)));
    o.put("acled_event_type", acled(e));
    return o;
  }

  /**
   * ACLED's event and sub-event type ("Explosions/Remote violence: Shelling/artillery/missile attack") from the one
   * subtype table the export reads too; an attack of unknown kind has none, other types their type's category.
   */
  static String acled(Event e) {
    if (e.type() != org.trucewatch.extract.EventType.ATTACK) {
      return e.type().acled();
    }
    org.trucewatch.extract.AttackSubtype st = org.trucewatch.extract.AttackSubtype.of(e.subtype());
    if (st == null || st.acledEventType().isEmpty()) {
      return null;
    }
    return st.acledEventType() + ": " + st.acledSubEventType();
  }

  private static ObjectNode evidence(ObjectMapper mapper, Evidence ev) {
    ObjectNode o = mapper.createObjectNode();
    o.put("sentence", ev.text());
    o.put("sentence_index", ev.sentence());
    o.put("start", ev.start());
    o.put("end", ev.end());
    return o;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
