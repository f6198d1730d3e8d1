package org.trucewatch.incident;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.time.ZoneOffset;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.conflict.Scope;
import org.trucewatch.extract.Location;

/**
 * The ceasefire register: the known truces of every conflict profile (each with its sources, scope and start
 * instant), or a user's register file, which truce was in force at a place and time, and the merging of truces read
 * from articles into it. Immutable and thread-safe.
 *
 * <p>A truce binds only its own conflict, inside its scope (the profile's when it names none), from its start instant
 * until its end, or until the next truce of the same conflict starts (it is superseded). An incident on the day a truce
 * starts at a known hour, whose own time is unknown, cannot be said to break it: {@link #inForce} says so rather than
 * counting it.
 */
public final class CeasefireRegister {

  /** The truce in force for an incident, and whether the incident's time leaves that open. */
  public record Link(Ceasefire truce, boolean timeUnknownOnStartDay) {}

  private final List<Ceasefire> truces;
  private final Map<String, Scope> scopes;
  private volatile Map<MonthDay, List<Ceasefire>> byStartDay; // made on first need (see startingOn)

  public CeasefireRegister(List<Ceasefire> truces) {
    this(truces, Map.of());
  }

  /** @param scopes the scope of each truce that has one of its own, by truce id */
  public CeasefireRegister(List<Ceasefire> truces, Map<String, Scope> scopes) {
    List<Ceasefire> sorted = new ArrayList<>(truces);
    sorted.sort(Comparator.comparing(Ceasefire::startDate).thenComparing(Ceasefire::start)
        .thenComparing(Ceasefire::id));
    this.truces = List.copyOf(sorted);
    this.scopes = Map.copyOf(scopes);
  }

  /** Every profile's truces, each with its conflict, sources and scope. */
  public static CeasefireRegister of(Profiles profiles) {
    List<Ceasefire> out = new ArrayList<>();
    Map<String, Scope> scopes = new HashMap<>();
    for (ConflictProfile p : profiles.all()) {
      for (ConflictProfile.Truce t : p.truces()) {
        List<String> parties = t.parties().stream().map(id -> p.side(id).name()).toList();
        out.add(new Ceasefire(t.id(), t.name(), t.start(), t.end(), parties, t.mediator(), t.placeOfTalks(), "agreed",
            "register", List.of(), p.id(), t.sources()));
        if (t.scope() != null) {
          scopes.put(t.id(), t.scope());
        }
      }
    }
    return new CeasefireRegister(out, scopes);
  }

  /**
   * The profiles' register (null file) or the user's, which replaces it. Errors name the file and the entry.
   *
   * @param profiles the profiles, whose truces make the register when {@code file} is null
   */
  public static CeasefireRegister load(Path file, Profiles profiles) {
    if (file == null) {
      return of(profiles);
    }
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    JsonNode root;
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      root = mapper.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": cannot read the ceasefire register: " + e.getMessage());
    }
    JsonNode list = root == null ? null : root.get("ceasefires");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(name + ": a ceasefire register is {\"ceasefires\": [ ... ]}");
    }
    List<Ceasefire> out = new ArrayList<>();
    int n = 0;
    for (JsonNode c : list) {
      n++;
      String id = text(c, "id");
      String start = text(c, "start");
      if (id == null || start == null || !start.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        throw new IllegalArgumentException(name + ": entry " + n + ": needs an id and a start date (YYYY-MM-DD...)");
      }
      String conflict = text(c, "conflict");
      if (conflict != null && profiles.get(conflict).isEmpty()) {
        throw new IllegalArgumentException(name + ": entry " + n + ": unknown conflict " + conflict);
      }
      List<String> parties = new ArrayList<>();
      c.path("parties").forEach(p -> parties.add(p.asText()));
      List<ConflictProfile.Source> sources = new ArrayList<>();
      c.path("sources").forEach(s -> sources.add(new ConflictProfile.Source(s.path("url").asText(null),
          s.path("title").asText(null))));
      if (text(c, "source") != null) {
        sources.add(new ConflictProfile.Source(null, text(c, "source")));
      }
      out.add(new Ceasefire(id, text(c, "name") == null ? id : text(c, "name"), start, text(c, "end"), parties,
          text(c, "mediator"), text(c, "placeOfTalks"), text(c, "status") == null ? "agreed" : text(c, "status"),
          "register", List.of(), conflict, sources));
    }
    return new CeasefireRegister(out);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public List<Ceasefire> truces() {
    return truces;
  }

  /** The scopes of the truces that have their own, by id. */
  public Map<String, Scope> scopes() {
    return scopes;
  }

  /**
   * The truce of {@code conflict} in force at a place on a day: the latest started at or before it whose scope holds
   * the place, unless it had ended. None for an incident of no conflict.
   *
   * @param place where, or null (then a truce with a scope of its own cannot be judged and does not apply)
   * @param time the incident's earliest clock time that day ("12:05", "12:05+04:00"), or null
   */
  public Optional<Link> inForce(String conflict, Location place, LocalDate day, String time) {
    if (conflict == null) {
      return Optional.empty();
    }
    Ceasefire found = null;
    for (Ceasefire c : truces) {
      // A user's register may leave the conflict out; a truce read from an article of no conflict binds nobody.
      boolean mine = conflict.equals(c.conflict()) || c.conflict() == null && !"extracted".equals(c.source());
      Scope scope = scopes.get(c.id());
      boolean inside = scope == null || place != null && scope.contains(place.country(), place.admin1(), place.lat(),
          place.lon(), place.precision());
      if (mine && inside && !LocalDate.parse(c.startDate()).isAfter(day)) {
        found = c;
      }
    }
    if (found == null || ended(found, day, time)) {
      return Optional.empty();
    }
    boolean startDay = LocalDate.parse(found.startDate()).equals(day);
    if (startDay && found.start().length() > 10) {
      if (time == null) {
        return Optional.of(new Link(found, true));
      }
      if (minutes(time, found.start()) < minutes(found.start().substring(11), found.start())) {
        return Optional.empty(); // before the hour it took effect
      }
    }
    return Optional.of(new Link(found, false));
  }

  /** The truce of any conflict in force on a day (for the daily report of a store without conflicts). */
  public Optional<Ceasefire> inForce(LocalDate day) {
    Ceasefire found = null;
    for (Ceasefire c : truces) {
      if (!LocalDate.parse(c.startDate()).isAfter(day)) {
        found = c;
      }
    }
    return found == null || ended(found, day, null) ? Optional.empty() : Optional.of(found);
  }

  private static boolean ended(Ceasefire c, LocalDate day, String time) {
    if (c.end() == null) {
      return false;
    }
    LocalDate end = LocalDate.parse(c.end().substring(0, 10));
    if (end.isBefore(day)) {
      return true;
    }
    // An end at a known hour on this day: what happened before it was still under the truce.
    return end.equals(day) && (c.end().length() == 10 || time != null
        && minutes(time, c.end()) >= minutes(c.end().substring(11), c.end()));
  }

  /**
   * Minutes since midnight of a clock time, carried into the zone of {@code reference}'s offset when the time names
   * its own ("12:05+04:00", "08:05Z"); a bare time is taken as local time of the conflict, as the truce is.
   */
  static int minutes(String time, String reference) {
    int m = Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3, 5));
    ZoneOffset own = offset(time.substring(5));
    ZoneOffset ref = reference.length() > 16 ? offset(reference.substring(16)) : null;
    if (own != null && ref != null) {
      m += (ref.getTotalSeconds() - own.getTotalSeconds()) / 60;
    }
    return m;
  }

  private static ZoneOffset offset(String s) {
    String z = s.strip();
    if (z.startsWith(":")) {
      z = z.substring(3); // seconds "12:05:30+04:00"
    }
    if (z.isEmpty()) {
      return null;
    }
    try {
      return ZoneOffset.of(z.equals("Z") || z.equals("GMT") || z.equals("UTC") ? "Z" : z);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The registered truces that started on {@code day} of any year (to place an undated article in time). */
  public List<Ceasefire> startingOn(MonthDay day) {
    Map<MonthDay, List<Ceasefire>> index = byStartDay;
    if (index == null) { // asked for every undated article's day-months: the dates are parsed once, not each time
      Map<MonthDay, List<Ceasefire>> made = new HashMap<>();
      for (Ceasefire c : truces) {
        made.computeIfAbsent(MonthDay.from(LocalDate.parse(c.startDate())), k -> new ArrayList<>()).add(c);
      }
      made.replaceAll((k, v) -> List.copyOf(v));
      byStartDay = index = made;
    }
    return index.getOrDefault(day, List.of());
  }

  /**
   * This register with truces read from articles merged in: one within a day of a registered start becomes its
   * evidence; another becomes an extracted truce.
   *
   * @param extracted ceasefire events (subtype agreed or start, with a day-precise date) as (event id, event)
   */
  public CeasefireRegister withExtracted(List<? extends Mention> extracted) {
    List<Ceasefire> out = new ArrayList<>(truces);
    for (Mention se : extracted) {
      var e = se.event();
      if (e.date() == null || e.dateEnd() != null || !"agreed".equals(e.subtype()) && !"start".equals(e.subtype())) {
        continue;
      }
      LocalDate day = e.date();
      int match = -1;
      for (int i = 0; i < out.size(); i++) {
        LocalDate start = LocalDate.parse(out.get(i).startDate());
        boolean sameConflict = java.util.Objects.equals(out.get(i).conflict(), e.conflict())
            || out.get(i).conflict() == null;
        if (sameConflict && Math.abs(start.toEpochDay() - day.toEpochDay()) <= 1) {
          match = i;
          break;
        }
      }
      if (match >= 0) {
        Ceasefire c = out.get(match);
        List<String> evidence = new ArrayList<>(c.evidence());
        if (!evidence.contains(se.id())) {
          evidence.add(se.id());
        }
        out.set(match, c.withEvidence(evidence));
      } else {
        String start = e.time() == null ? e.date().toString() : e.date() + "T" + e.time();
        String id = "cf-" + (e.conflict() == null ? "" : e.conflict() + "-") + e.date();
        out.add(new Ceasefire(id, "Ceasefire of " + e.date(), start, null, e.parties(), e.mediator(), null, "agreed",
            "extracted", List.of(se.id()), e.conflict(), List.of()));
      }
    }
    return new CeasefireRegister(out, scopes);
  }
}
