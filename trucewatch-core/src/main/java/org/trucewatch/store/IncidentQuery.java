package org.trucewatch.store;

import org.trucewatch.extract.AttackSubtype;
import org.trucewatch.extract.EventType;
import org.trucewatch.incident.Standing;

/**
 * Filters for listing incidents; null fields do not filter.
 *
 * @param from first day (ISO)
 * @param to last day (ISO)
 * @param place a place name, matched without case against the location's name and admin1
 * @param party a side name ("Ukraine", "Hamas"), matched against the alleged perpetrator
 * @param type the event type
 * @param standing the lowest standing to include
 * @param offset rows to skip
 * @param limit rows to return at most
 * @param conflict a conflict profile's id
 * @param placeNames other names of {@code place} matched as it is (the gazetteer's name for "Martuni" is Khojavend)
 * @param subtype the attack subtype ({@code shelling}, {@code air_drone_strike}...)
 */
public record IncidentQuery(String from, String to, String place, String party, EventType type, Standing standing,
    int offset, int limit, String conflict, java.util.List<String> placeNames, AttackSubtype subtype) {

  public IncidentQuery {
    placeNames = placeNames == null ? java.util.List.of() : java.util.List.copyOf(placeNames);
  }

  public IncidentQuery(String from, String to, String place, String party, EventType type, Standing standing,
      int offset, int limit, String conflict, java.util.List<String> placeNames) {
    this(from, to, place, party, type, standing, offset, limit, conflict, placeNames, null);
  }

  public IncidentQuery(String from, String to, String place, String party, EventType type, Standing standing,
      int offset, int limit, String conflict) {
    this(from, to, place, party, type, standing, offset, limit, conflict, null);
  }

  public IncidentQuery(String from, String to, String place, String party, EventType type, Standing standing,
      int offset, int limit) {
    this(from, to, place, party, type, standing, offset, limit, null);
  }

  public static IncidentQuery all() {
    return new IncidentQuery(null, null, null, null, null, null, 0, Integer.MAX_VALUE);
  }

  /** The same filters, restricted to one conflict. */
  public IncidentQuery inConflict(String id) {
    return new IncidentQuery(from, to, place, party, type, standing, offset, limit, id, placeNames, subtype);
  }

  /** The same filters, with other names the place goes by. */
  public IncidentQuery withPlaceNames(java.util.List<String> names) {
    return new IncidentQuery(from, to, place, party, type, standing, offset, limit, conflict, names, subtype);
  }

  /** The same filters, with the party as given or replaced (a side id by the side's name). */
  public IncidentQuery withParty(String name) {
    return new IncidentQuery(from, to, place, name, type, standing, offset, limit, conflict, placeNames, subtype);
  }

  /** The same filters, restricted to one attack subtype (null: any). */
  public IncidentQuery withSubtype(AttackSubtype s) {
    return new IncidentQuery(from, to, place, party, type, standing, offset, limit, conflict, placeNames, s);
  }
}
