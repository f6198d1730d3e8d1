package org.trucewatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.ingest.Rejection;

/** The ceasefire register, field reports and rejections as rows: the small tables beside articles and events. */
final class RegisterRows {

  private static final String CEASEFIRE_UPSERT = "INSERT INTO ceasefires (id, name, starts, start_date, ends, "
      + "parties, mediator, place_of_talks, status, source, evidence, conflict, sources) VALUES ("
      + Sql.placeholders(13) + ") "
      + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, starts = excluded.starts, "
      + "start_date = excluded.start_date, ends = excluded.ends, parties = excluded.parties, "
      + "mediator = excluded.mediator, place_of_talks = excluded.place_of_talks, status = excluded.status, "
      + "source = excluded.source, evidence = excluded.evidence, conflict = excluded.conflict, "
      + "sources = excluded.sources";

  private static final String REPORT_UPSERT = "INSERT INTO field_reports (id, observer, time, day, sort_key, "
      + LocationColumns.NAMES + ", kind, direction, perpetrator, text) VALUES ("
      + Sql.placeholders(5 + LocationColumns.COUNT + 4) + ") ON CONFLICT (id) DO UPDATE SET "
      + "observer = excluded.observer, time = excluded.time, day = excluded.day, sort_key = excluded.sort_key, "
      + "loc_name = excluded.loc_name, loc_lat = excluded.loc_lat, loc_lon = excluded.loc_lon, "
      + "loc_country = excluded.loc_country, loc_admin1 = excluded.loc_admin1, "
      + "loc_precision = excluded.loc_precision, loc_surface = excluded.loc_surface, kind = excluded.kind, "
      + "direction = excluded.direction, perpetrator = excluded.perpetrator, text = excluded.text";

  /** One row per input, record and reason: the latest message and time win. */
  private static final String REJECTION_UPSERT = "INSERT INTO rejections (source_file, record_key, record, reason, "
      + "message, recorded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_file, record_key, reason) "
      + "DO UPDATE SET message = excluded.message, recorded_at = excluded.recorded_at";

  private RegisterRows() {}

  static void putCeasefire(Connection c, Ceasefire cf) throws SQLException {
    if (cf.id() == null || cf.start() == null || cf.start().length() < 10) {
      throw new IllegalArgumentException("a ceasefire needs an id and an ISO start, got id " + cf.id()
          + " and start " + cf.start());
    }
    Sql.update(c, CEASEFIRE_UPSERT, p -> p.text(cf.id()).text(cf.name()).text(cf.start()).text(cf.startDate())
        .text(cf.end()).text(Json.write(cf.parties())).text(cf.mediator()).text(cf.placeOfTalks())
        .text(cf.status()).text(cf.source()).text(Json.write(cf.evidence())).text(cf.conflict())
        .text(Json.write(cf.sources())));
  }

  static List<Ceasefire> ceasefires(Connection c) throws SQLException {
    return Sql.list(c, "SELECT * FROM ceasefires ORDER BY start_date, starts, id", Sql.NONE, RegisterRows::ceasefire);
  }

  private static Ceasefire ceasefire(ResultSet rs) throws SQLException {
    return new Ceasefire(rs.getString("id"), rs.getString("name"), rs.getString("starts"), rs.getString("ends"),
        Json.read(rs.getString("parties"), Json.STRINGS, "ceasefire parties"), rs.getString("mediator"),
        rs.getString("place_of_talks"), rs.getString("status"), rs.getString("source"),
        Json.read(rs.getString("evidence"), Json.STRINGS, "ceasefire evidence"), rs.getString("conflict"),
        rs.getString("sources") == null ? List.of() : Json.read(rs.getString("sources"), Json.SOURCES,
            "ceasefire sources"));
  }

  static void putFieldReport(Connection c, FieldReport r) throws SQLException {
    if (r.id() == null) {
      throw new IllegalArgumentException("a field report needs an id");
    }
    Sql.update(c, REPORT_UPSERT, p -> {
      p.text(r.id()).text(r.observer()).text(r.time()).text(day(r.time())).text(sortKey(r.time()));
      LocationColumns.bind(p, r.location());
      p.text(r.kind()).text(r.direction()).text(r.perpetrator()).text(r.text());
    });
  }

  static List<FieldReport> fieldReports(Connection c, LocalDate from, LocalDate to) throws SQLException {
    if (from == null && to == null) {
      return Sql.list(c, "SELECT * FROM field_reports ORDER BY (sort_key IS NULL), sort_key, id", Sql.NONE,
          RegisterRows::fieldReport);
    }
    String lo = from == null ? "0000-01-01" : from.toString();
    String hi = to == null ? "9999-12-31" : to.toString();
    return Sql.list(c, "SELECT * FROM field_reports WHERE day >= ? AND day <= ? ORDER BY sort_key, id",
        p -> p.text(lo).text(hi), RegisterRows::fieldReport);
  }

  private static FieldReport fieldReport(ResultSet rs) throws SQLException {
    return new FieldReport(rs.getString("id"), rs.getString("observer"), rs.getString("time"),
        LocationColumns.read(rs), rs.getString("kind"), rs.getString("direction"), rs.getString("perpetrator"),
        rs.getString("text"));
  }

  /** The calendar day of an ISO date or date-time as written, or null when it is not one. */
  static String day(String time) {
    if (time == null || time.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(time.substring(0, 10)).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A key that orders report times: instants in UTC where the time has an offset, else the text as written. */
  static String sortKey(String time) {
    if (time == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(time).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().toString();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(time).toString();
      } catch (DateTimeParseException e2) {
        return time;
      }
    }
  }

  static void putRejection(Connection c, Rejection r, String recordedAt) throws SQLException {
    Sql.update(c, REJECTION_UPSERT, p -> p.text(r.sourceFile()).text(r.record() == null ? "" : r.record())
        .text(r.record()).name(r.reason()).text(r.message()).text(recordedAt));
  }

  static List<Rejection> rejections(Connection c, int limit) throws SQLException {
    return Sql.list(c, "SELECT * FROM rejections ORDER BY recorded_at DESC, source_file, record_key, reason "
        + "LIMIT ?", p -> p.integer(limit), rs -> new Rejection(rs.getString("source_file"), rs.getString("record"),
            Sql.name(rs, "reason", Rejection.Reason.class), rs.getString("message")));
  }
}
