package org.trucewatch.server.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.extract.AttackSubtype;
import org.trucewatch.extract.Event;
import org.trucewatch.incident.Incident;
import org.trucewatch.store.StoredEvent;

/**
 * One incident as a row in ACLED's column order. What TruceWatch does not know is left empty rather than guessed
 * (actor2 and the interaction's second half, admin2/admin3, source scale); where ACLED needs a value for the unknown
 * it gets ACLED's own word for it ("Unidentified Armed Group", fatalities 0). Immutable.
 */
public final class AcledRows {

  static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
      "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
      "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
      "fatalities", "tags", "timestamp");

  private final long timestamp;
  private final Profiles profiles;

  /**
   * @param timestamp the export's time (Unix seconds), ACLED's upload timestamp
   * @param profiles the conflict profiles: region and sides of each incident's conflict
   */
  public AcledRows(long timestamp, Profiles profiles) {
    this.timestamp = timestamp;
    this.profiles = profiles;
  }

  /** ACLED's actor1 of an alleged perpetrator: a state's military forces, or the group's own name. */
  String actor1(Incident i) {
    if (i.perpetrator() == null) {
      return "Unidentified Armed Group";
    }
    return state(i) ? "Military Forces of " + stateName(i) : i.perpetrator();
  }

  /** Whether the perpetrator is a state: a side of kind "state" in the incident's profile, or any ISO country. */
  public boolean state(Incident i) {
    ConflictProfile.Side side = side(i);
    return side != null ? side.state() : Countries.isCountry(i.perpetrator());
  }

  private String stateName(Incident i) {
    ConflictProfile.Side side = side(i);
    if (side != null) {
      return side.name();
    }
    Countries.Country c = Countries.of(i.perpetrator());
    return c != null ? c.name() : i.perpetrator();
  }

  /** The side of the incident's profile that the perpetrator names (by id or by name), or null. */
  private ConflictProfile.Side side(Incident i) {
    ConflictProfile p = profiles.get(i.conflict()).orElse(null);
    if (p == null) {
      return null;
    }
    for (ConflictProfile.Side s : p.sides()) {
      if (s.id().equalsIgnoreCase(i.perpetrator()) || s.name().equalsIgnoreCase(i.perpetrator())) {
        return s;
      }
    }
    return null;
  }

  /** ACLED's region of the incident's conflict; empty outside every profile. */
  String region(Incident i) {
    return profiles.get(i.conflict()).map(ConflictProfile::acledRegion).orElse("");
  }

  List<String> row(Incident i, List<StoredEvent> mentions, List<String> sources) {
    Countries.Country country = i.location() == null ? null : Countries.of(i.location().country());
    LocalDate day = LocalDate.parse(i.date());
    String actor1 = actor1(i);
    String inter1 = i.perpetrator() != null && state(i) ? "1" : ""; // ACLED: 1 state forces; a group's is unknown
    boolean civilians = mentions.stream().map(StoredEvent::event)
        .anyMatch(e -> e.casualties() != null && "civilians".equals(e.casualties().victims()));
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add((country == null ? "XXX" : country.alpha3()) + i.id().replace("inc-", "").toUpperCase(Locale.ROOT));
    r.add(i.date());
    r.add(String.valueOf(day.getYear()));
    r.add(timePrecision(i));
    r.add("Political violence");
    r.add(eventType(i.subtype()));
    r.add(subEventType(i.subtype(), i.perpetrator() != null && state(i)));
    r.add(actor1);
    r.add("");
    r.add(inter1);
    r.add(civilians ? "Civilians" + (country == null ? "" : " (" + country.name() + ")") : "");
    r.add("");
    r.add(civilians ? "7" : "");
    r.add(inter1.isEmpty() ? "" : inter1 + (civilians ? "7" : "0"));
    r.add(civilians ? "Civilian targeting" : "");
    r.add(country == null ? "" : country.numeric());
    r.add(region(i));
    r.add(country == null ? "" : country.name());
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
        + (i.conflict() == null ? "" : "; conflict=" + i.conflict()) + "; trucewatch_id=" + i.id());
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

  /** ACLED's event type of a subtype, from the one table ({@link AttackSubtype}); empty for an unknown kind. */
  public static String eventType(String subtype) {
    AttackSubtype s = AttackSubtype.of(subtype);
    return s == null ? "" : s.acledEventType();
  }

  /** ACLED's sub-event type of a subtype, by a state's forces or not; empty for an unknown kind. */
  public static String subEventType(String subtype, boolean stateActor) {
    AttackSubtype s = AttackSubtype.of(subtype);
    return s == null ? "" : s.acledSubEventType(stateActor);
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
      alleging.addAll(e.speakers(org.trucewatch.extract.Stance.ALLEGES));
      denying.addAll(e.speakers(org.trucewatch.extract.Stance.DENIES));
    }
    StringBuilder s = new StringBuilder("On " + i.date() + ", ");
    s.append(i.perpetrator() == null ? "unidentified forces" : i.perpetrator() + "'s forces");
    s.append(" allegedly carried out ").append(AttackSubtype.of(i.subtype()) == null
        || AttackSubtype.of(i.subtype()) == AttackSubtype.ATTACK ? "an attack"
        : "an attack (" + AttackSubtype.of(i.subtype()).label().replace('_', ' ') + ")");
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
