package org.trucewatch.server.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trucewatch.extract.Event;
import org.trucewatch.incident.Incident;
import org.trucewatch.store.StoredEvent;

/**
 * One incident as a row in ACLED's column order. What TruceWatch does not know is left empty rather than guessed
 * (actor2 and the interaction's second half, admin2/admin3, source scale); where ACLED needs a value for the unknown
 * it gets ACLED's own word for it ("Unidentified Armed Group", fatalities 0). Immutable.
 */
final class AcledRows {

  static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
      "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
      "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
      "fatalities", "tags", "timestamp");

  // ISO 3166 alpha-2 -> (alpha-3, numeric, name) for the countries of the conflict and its neighbours.
  private static final Map<String, String[]> COUNTRIES = Map.of(
      "AZ", new String[] {"AZE", "31", "Azerbaijan"},
      "AM", new String[] {"ARM", "51", "Armenia"},
      "GE", new String[] {"GEO", "268", "Georgia"},
      "IR", new String[] {"IRN", "364", "Iran"},
      "RU", new String[] {"RUS", "643", "Russia"},
      "TR", new String[] {"TUR", "792", "Turkey"});
  private static final Set<String> STATES = Set.of("Armenia", "Azerbaijan", "Russia", "Turkey", "Iran", "Georgia");

  private final long timestamp;

  /** @param timestamp the export's time (Unix seconds), ACLED's upload timestamp */
  AcledRows(long timestamp) {
    this.timestamp = timestamp;
  }

  List<String> row(Incident i, List<StoredEvent> mentions, List<String> sources) {
    String[] country = i.location() == null ? null : COUNTRIES.get(i.location().country());
    LocalDate day = LocalDate.parse(i.date());
    String actor1;
    String inter1;
    if (i.perpetrator() == null) {
      actor1 = "Unidentified Armed Group";
      inter1 = "";
    } else if (STATES.contains(i.perpetrator())) {
      actor1 = "Military Forces of " + i.perpetrator();
      inter1 = "1"; // ACLED: state forces
    } else {
      actor1 = i.perpetrator();
      inter1 = "";
    }
    boolean civilians = mentions.stream().map(StoredEvent::event)
        .anyMatch(e -> e.casualties() != null && "civilians".equals(e.casualties().victims()));
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add((country == null ? "XXX" : country[0]) + i.id().replace("inc-", "").toUpperCase(Locale.ROOT));
    r.add(i.date());
    r.add(String.valueOf(day.getYear()));
    r.add(timePrecision(i));
    r.add("Political violence");
    r.add(eventType(i.subtype()));
    r.add(subEventType(i.subtype()));
    r.add(actor1);
    r.add("");
    r.add(inter1);
    r.add(civilians ? "Civilians" + (country == null ? "" : " (" + country[2] + ")") : "");
    r.add("");
    r.add(civilians ? "7" : "");
    r.add(inter1.isEmpty() ? "" : inter1 + (civilians ? "7" : "0"));
    r.add(civilians ? "Civilian targeting" : "");
    r.add(country == null ? "" : country[1]);
    r.add("Caucasus and Central Asia");
    r.add(country == null ? "" : country[2]);
    r.add(i.location() == null ? "" : nz(i.location().admin1()));
    r.add("");
    r.add("");
    r.add(i.location() == null ? "" : i.location().name());
    r.add(i.location() == null ? "" : String.format(Locale.ROOT, "%.4f", i.location().lat()));
    r.add(i.location() == null ? "" : String.format(Locale.ROOT, "%.4f", i.location().lon()));
    r.add(i.location() == null ? "" : geoPrecision(i.location().precision()));
    r.add(String.join("; ", sources));
    r.add("");
    r.add(notes(i, mentions));
    r.add(String.valueOf(i.killed() == null ? 0 : i.killed()));
    r.add("standing=" + i.standing().name().toLowerCase(Locale.ROOT) + "; independent_sources="
        + i.independentSources() + (i.ceasefireId() == null ? "" : "; ceasefire=" + i.ceasefireId())
        + "; trucewatch_id=" + i.id());
    r.add(String.valueOf(timestamp));
    return r;
  }

  /** ACLED: 1 the day is known, 2 the week, 3 the month or a longer span. */
  static String timePrecision(Incident i) {
    if (i.dateEnd() == null) {
      return "1";
    }
    long days = ChronoUnit.DAYS.between(LocalDate.parse(i.date()), LocalDate.parse(i.dateEnd()));
    return days <= 6 ? "2" : "3";
  }

  static String eventType(String subtype) {
    return switch (subtype == null ? "" : subtype) {
      case "armed_clash", "offensive" -> "Battles";
      case "shelling", "missile", "air_drone_strike" -> "Explosions/Remote violence";
      default -> "";
    };
  }

  static String subEventType(String subtype) {
    return switch (subtype == null ? "" : subtype) {
      case "armed_clash", "offensive" -> "Armed clash";
      case "shelling", "missile" -> "Shelling/artillery/missile attack";
      case "air_drone_strike" -> "Air/drone strike";
      default -> "";
    };
  }

  /** ACLED: 1 the place itself, 2 near it or its district, 3 only the region is known. */
  static String geoPrecision(String precision) {
    return switch (precision == null ? "" : precision) {
      case "place" -> "1";
      case "district" -> "2";
      default -> "3";
    };
  }

  /** A line as ACLED's notes read: what was alleged, by whom, and who denied it. */
  static String notes(Incident i, List<StoredEvent> mentions) {
    Set<String> alleging = new LinkedHashSet<>();
    Set<String> denying = new LinkedHashSet<>();
    for (StoredEvent se : mentions) {
      Event e = se.event();
      alleging.addAll(e.claimedBy());
      denying.addAll(e.deniedBy());
    }
    StringBuilder s = new StringBuilder("On " + i.date() + ", ");
    s.append(i.perpetrator() == null ? "unidentified forces" : i.perpetrator() + "'s forces");
    s.append(" allegedly carried out ").append(i.subtype() == null || i.subtype().equals("attack") ? "an attack"
        : "an attack (" + i.subtype().replace('_', ' ') + ")");
    if (i.location() != null) {
      s.append(" at ").append(i.location().name());
    }
    if (!alleging.isEmpty()) {
      s.append(", according to ").append(String.join(" and ", alleging));
    }
    s.append('.');
    if (!denying.isEmpty()) {
      s.append(" Denied by ").append(String.join(" and ", denying)).append('.');
    }
    if (i.killed() != null || i.wounded() != null) {
      s.append(" Reported: ").append(i.killed() == null ? "" : i.killed() + " killed")
          .append(i.killed() != null && i.wounded() != null ? ", " : "")
          .append(i.wounded() == null ? "" : i.wounded() + " wounded").append('.');
    }
    return s.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
