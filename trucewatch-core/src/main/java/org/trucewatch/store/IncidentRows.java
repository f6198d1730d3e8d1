package org.trucewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;
import org.trucewatch.internal.Texts;

/**
 * {@link Incident}s as rows of {@code incidents} with their mentions in {@code incident_mentions}. Place and party are
 * also kept folded ({@link Texts#foldKey}) so that filters match "Agdam" to "Ağdam" and ignore case in both databases
 * alike; the standing is kept as its rank so that "at least corroborated" is one comparison.
 */
final class IncidentRows {

  private static final String COLUMNS = "id, type, subtype, date, date_end, " + LocationColumns.NAMES
      + ", place_key, admin1_key, perpetrator, party_key, standing, standing_rank, ceasefire_id, "
      + "independent_sources, killed, wounded, conflict, ceasefire_open";

  private static final String UPSERT = "INSERT INTO incidents (" + COLUMNS + ") VALUES ("
      + Sql.placeholders(5 + LocationColumns.COUNT + 12) + ") ON CONFLICT (id) DO UPDATE SET type = excluded.type, "
      + "subtype = excluded.subtype, date = excluded.date, date_end = excluded.date_end, "
      + "loc_name = excluded.loc_name, loc_lat = excluded.loc_lat, loc_lon = excluded.loc_lon, "
      + "loc_country = excluded.loc_country, loc_admin1 = excluded.loc_admin1, "
      + "loc_precision = excluded.loc_precision, loc_surface = excluded.loc_surface, "
      + "place_key = excluded.place_key, admin1_key = excluded.admin1_key, perpetrator = excluded.perpetrator, "
      + "party_key = excluded.party_key, standing = excluded.standing, standing_rank = excluded.standing_rank, "
      + "ceasefire_id = excluded.ceasefire_id, independent_sources = excluded.independent_sources, "
      + "killed = excluded.killed, wounded = excluded.wounded, conflict = excluded.conflict, "
      + "ceasefire_open = excluded.ceasefire_open";

  /** Undated incidents sort last in both databases (SQLite puts nulls first, PostgreSQL last). */
  private static final String ORDER = " ORDER BY (date IS NULL), date, id";

  /** Kilometres per degree of latitude, rounded down so that a box drawn with it is never too small. */
  private static final double KM_PER_DEGREE = 110.0;

  private IncidentRows() {}

  static void put(Connection c, Incident i) throws SQLException {
    Sql.update(c, UPSERT, p -> {
      p.text(i.id()).name(i.type()).text(i.subtype()).text(i.date()).text(i.dateEnd());
      LocationColumns.bind(p, i.location());
      p.text(i.location() == null ? null : fold(i.location().name()))
          .text(i.location() == null ? null : fold(i.location().admin1()))
          .text(i.perpetrator()).text(fold(i.perpetrator())).name(i.standing()).integer(i.standing().ordinal())
          .text(i.ceasefireId()).integer(i.independentSources()).integer(i.killed()).integer(i.wounded())
          .text(i.conflict()).text(i.ceasefireOpen());
    });
    Sql.update(c, "DELETE FROM incident_mentions WHERE incident_id = ?", p -> p.text(i.id()));
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO incident_mentions (incident_id, ord, event_id) VALUES (?, ?, ?)")) {
      Sql.Params p = new Sql.Params(ps);
      for (int k = 0; k < i.mentions().size(); k++) {
        p.reset().text(i.id()).integer(k).text(i.mentions().get(k));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static void delete(Connection c, String id) throws SQLException {
    Sql.update(c, "DELETE FROM incident_mentions WHERE incident_id = ?", p -> p.text(id));
    Sql.update(c, "DELETE FROM incidents WHERE id = ?", p -> p.text(id));
  }

  static List<Incident> byId(Connection c, String id) throws SQLException {
    return load(c, "SELECT * FROM incidents WHERE id = ?", p -> p.text(id));
  }

  /** Incidents of a type (null: any) whose span {@code [date, date_end]} meets {@code [from, to]} (null: open). */
  static List<Incident> between(Connection c, EventType type, LocalDate from, LocalDate to) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT * FROM incidents WHERE date IS NOT NULL");
    List<String> values = new ArrayList<>();
    if (type != null) {
      sql.append(" AND type = ?");
      values.add(type.name());
    }
    if (to != null) {
      sql.append(" AND date <= ?");
      values.add(to.toString());
    }
    if (from != null) {
      sql.append(" AND COALESCE(date_end, date) >= ?");
      values.add(from.toString());
    }
    return load(c, sql + ORDER, p -> p.texts(values));
  }

  /**
   * Incidents of a type holding a mention dated within {@code [from, to]} named as {@code place} or inside the box of
   * {@code radiusKm} around it (a superset of the circle). Single-day mentions are found through the (type, date)
   * index and spans through the partial (type, date_end) one, so the cost follows the mentions near the place and
   * period, not the size of the store.
   */
  static List<Incident> near(Connection c, EventType type, LocalDate from, LocalDate to, Location place,
      double radiusKm) throws SQLException {
    double dLat = radiusKm / KM_PER_DEGREE;
    double south = place.lat() - dLat;
    double north = place.lat() + dLat;
    double west = -180;
    double east = 180;
    double widest = Math.cos(Math.toRadians(Math.min(89.9, Math.max(Math.abs(south), Math.abs(north)))));
    double dLon = radiusKm / (KM_PER_DEGREE * widest);
    if (place.lon() - dLon >= -180 && place.lon() + dLon <= 180) { // else the box crosses the antimeridian: any
      west = place.lon() - dLon;
      east = place.lon() + dLon;
    }
    String near = " AND (e.loc_name = ? OR (e.loc_lat BETWEEN ? AND ? AND e.loc_lon BETWEEN ? AND ?))";
    String sql = "SELECT * FROM incidents WHERE id IN ("
        + "SELECT m.incident_id FROM events e JOIN incident_mentions m ON m.event_id = e.id"
        + " WHERE e.type = ? AND e.date_end IS NULL AND e.date >= ? AND e.date <= ?" + near
        + " UNION SELECT m.incident_id FROM events e JOIN incident_mentions m ON m.event_id = e.id"
        + " WHERE e.type = ? AND e.date_end IS NOT NULL AND e.date_end >= ? AND e.date <= ?" + near + ")";
    double w = west;
    double e = east;
    return load(c, sql + ORDER, p -> {
      for (int part = 0; part < 2; part++) {
        p.name(type).text(from.toString()).text(to.toString()).text(place.name()).real(south).real(north).real(w)
            .real(e);
      }
    });
  }

  /** The incidents a query selects: every clause is a fixed fragment, every value a bound parameter. */
  static List<Incident> query(Connection c, IncidentQuery q) throws SQLException {
    if (q.offset() < 0 || q.limit() < 0) {
      throw new IllegalArgumentException("incident query offset and limit must not be negative, were "
          + q.offset() + " and " + q.limit());
    }
    StringBuilder sql = new StringBuilder("SELECT * FROM incidents WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    if (q.from() != null) {
      sql.append(" AND COALESCE(date_end, date) >= ?");
      values.add(isoDate(q.from(), "from"));
    }
    if (q.to() != null) {
      sql.append(" AND date <= ?");
      values.add(isoDate(q.to(), "to"));
    }
    if (q.place() != null) {
      java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
      keys.add(fold(q.place()));
      q.placeNames().forEach(n -> keys.add(fold(n)));
      String in = Sql.placeholders(keys.size());
      sql.append(" AND (place_key IN (").append(in).append(") OR admin1_key IN (").append(in).append("))");
      values.addAll(keys);
      values.addAll(keys);
    }
    if (q.party() != null) {
      sql.append(" AND party_key = ?");
      values.add(fold(q.party()));
    }
    if (q.conflict() != null) {
      sql.append(" AND conflict = ?");
      values.add(q.conflict());
    }
    if (q.type() != null) {
      sql.append(" AND type = ?");
      values.add(q.type().name());
    }
    if (q.subtype() != null) {
      sql.append(" AND subtype = ?");
      values.add(q.subtype().label());
    }
    if (q.standing() != null) {
      sql.append(" AND standing_rank >= ?");
      values.add(q.standing().ordinal());
    }
    sql.append(ORDER).append(" LIMIT ? OFFSET ?");
    values.add(q.limit());
    values.add(q.offset());
    return load(c, sql.toString(), p -> {
      for (Object v : values) {
        if (v instanceof Integer n) {
          p.integer(n);
        } else {
          p.text((String) v);
        }
      }
    });
  }

  private static String isoDate(String value, String name) {
    try {
      return LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("incident query '" + name + "' must be an ISO date (YYYY-MM-DD), was '"
          + value + "'");
    }
  }

  private static List<Incident> load(Connection c, String sql, Sql.Binder binder) throws SQLException {
    List<Incident> heads = Sql.list(c, sql, binder, IncidentRows::read);
    if (heads.isEmpty()) {
      return heads;
    }
    Map<String, List<String>> mentions = new HashMap<>();
    List<String> ids = heads.stream().map(Incident::id).toList();
    for (List<String> chunk : Sql.chunks(ids)) {
      Sql.list(c, "SELECT incident_id, event_id FROM incident_mentions WHERE incident_id IN ("
          + Sql.placeholders(chunk.size()) + ") ORDER BY incident_id, ord", p -> p.texts(chunk),
          rs -> mentions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
    }
    List<Incident> out = new ArrayList<>(heads.size());
    for (Incident h : heads) {
      out.add(new Incident(h.id(), h.type(), h.subtype(), h.date(), h.dateEnd(), h.location(), h.perpetrator(),
          h.standing(), h.ceasefireId(), h.independentSources(), h.killed(), h.wounded(),
          mentions.getOrDefault(h.id(), List.of()), h.conflict(), h.ceasefireOpen()));
    }
    return out;
  }

  private static Incident read(ResultSet rs) throws SQLException {
    return new Incident(rs.getString("id"), Sql.name(rs, "type", EventType.class), rs.getString("subtype"),
        rs.getString("date"), rs.getString("date_end"), LocationColumns.read(rs), rs.getString("perpetrator"),
        Sql.name(rs, "standing", Standing.class), rs.getString("ceasefire_id"), rs.getInt("independent_sources"),
        Sql.integer(rs, "killed"), Sql.integer(rs, "wounded"), List.of(), rs.getString("conflict"),
        rs.getString("ceasefire_open"));
  }

  private static String fold(String s) {
    return s == null ? null : Texts.foldKey(s);
  }
}
