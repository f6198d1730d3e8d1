package org.trucewatch.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.extract.AttackSubtype;
import org.trucewatch.extract.DateBasis;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;
import org.trucewatch.conflict.Profiles;

/**
 * Groups attack mentions from all articles into incidents, incrementally: a new mention joins every incident holding a
 * compatible mention (same kind; dates that meet, with a day's tolerance where one date is not explicit; places that
 * are the same or within a few kilometres at town or district precision; perpetrators that agree or are unknown), and
 * incidents it bridges merge. An incident is a connected group of compatible mentions, named by its least mention id,
 * so the incidents do not depend on the order articles arrive in. Independent sources are counted by syndication
 * cluster: two copies of one wire story count once. Immutable; works inside the caller's unit of work.
 */
public final class IncidentResolver {

  private static final int COMPATIBILITY_CHUNK = 16;

  private final TrucewatchConfig.Incident config;
  private final Ladder ladder;
  private final Profiles profiles;

  /** @param profiles the conflicts, whose sides tell a third party from a belligerent */
  public IncidentResolver(TrucewatchConfig.Incident config, Profiles profiles) {
    this.config = config;
    this.profiles = profiles;
    this.ladder = new Ladder(config.placeRadiusKm());
  }

  /** Adds the attack mentions among {@code events} to the incidents. */
  public void add(IncidentStore tx, List<? extends Mention> events, CeasefireRegister register) {
    for (Mention se : events) {
      if (se.event().type() != EventType.ATTACK || se.event().date() == null || se.event().location() == null) {
        continue;
      }
      Event e = se.event();
      LocalDate from = e.date().minusDays(config.dateToleranceDays() + 1L);
      LocalDate to = (e.dateEnd() != null ? e.dateEnd() : e.date()).plusDays(config.dateToleranceDays() + 1L);
      Set<String> mentions = new TreeSet<>();
      mentions.add(se.id());
      for (Incident i : tx.incidentsNear(EventType.ATTACK, from, to, e.location(), config.placeRadiusKm())) {
        if (i.mentions().contains(se.id())) {
          mentions.addAll(i.mentions());
          tx.deleteIncident(i.id());
          continue;
        }
        if (anyCompatible(tx, i.mentions(), e)) {
          mentions.addAll(i.mentions());
          tx.deleteIncident(i.id());
        }
      }
      tx.putIncident(summarize(tx, tx.events(new ArrayList<>(mentions)), register));
    }
  }

  /**
   * Whether any of an incident's mentions can be one incident with {@code e}, reading them a few at a time: in an
   * incident of many copies of one report the first usually can, and the rest need not be read.
   */
  private boolean anyCompatible(IncidentStore tx, List<String> mentionIds, Event e) {
    for (int from = 0; from < mentionIds.size(); from += COMPATIBILITY_CHUNK) {
      List<String> chunk = mentionIds.subList(from, Math.min(mentionIds.size(), from + COMPATIBILITY_CHUNK));
      if (tx.events(chunk).stream().anyMatch(o -> compatible(o.event(), e))) {
        return true;
      }
    }
    return false;
  }

  /** Takes an article's mentions out of their incidents (before the article is replaced or re-extracted). */
  public void remove(IncidentStore tx, List<? extends Mention> events, CeasefireRegister register) {
    for (Mention se : events) {
      Event e = se.event();
      if (e.type() != EventType.ATTACK || e.date() == null) {
        continue;
      }
      LocalDate day = e.date();
      for (Incident i : tx.incidentsBetween(EventType.ATTACK, day, day)) {
        if (!i.mentions().contains(se.id())) {
          continue;
        }
        tx.deleteIncident(i.id());
        List<String> rest = new ArrayList<>(i.mentions());
        rest.remove(se.id());
        if (!rest.isEmpty()) {
          tx.putIncident(summarize(tx, tx.events(rest), register));
        }
      }
    }
  }

  /** Recomputes the standing and truce of the incidents around {@code day} (after a field report or a register edit). */
  public void refresh(IncidentStore tx, LocalDate from, LocalDate to, CeasefireRegister register) {
    for (Incident i : tx.incidentsBetween(EventType.ATTACK, from, to)) {
      tx.putIncident(summarize(tx, tx.events(i.mentions()), register));
    }
  }

  /** Whether two mentions can be one incident. */
  boolean compatible(Event a, Event b) {
    if (a.type() != b.type() || a.location() == null || b.location() == null) {
      return false;
    }
    if (a.perpetrator() != null && b.perpetrator() != null && !a.perpetrator().equals(b.perpetrator())) {
      return false;
    }
    int tolerance = a.dateBasis() == DateBasis.EXPLICIT && b.dateBasis() == DateBasis.EXPLICIT ? 0
        : config.dateToleranceDays();
    LocalDate aFrom = a.date();
    LocalDate aTo = a.dateEnd() != null ? a.dateEnd() : a.date();
    LocalDate bFrom = b.date();
    LocalDate bTo = b.dateEnd() != null ? b.dateEnd() : b.date();
    if (aFrom.minusDays(tolerance).isAfter(bTo) || bFrom.minusDays(tolerance).isAfter(aTo)) {
      return false;
    }
    return samePlace(a.location(), b.location(), config.placeRadiusKm());
  }

  static boolean samePlace(Location a, Location b, double radiusKm) {
    if (a.name().equals(b.name())) {
      return true;
    }
    boolean fine = !a.precision().equals("country") && !a.precision().equals("region")
        && !b.precision().equals("country") && !b.precision().equals("region");
    return fine && org.trucewatch.resolve.geo.Place.km(a.lat(), a.lon(), b.lat(), b.lon()) <= radiusKm;
  }

  Incident summarize(IncidentStore tx, List<? extends Mention> mentions, CeasefireRegister register) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(Mention::id));
    String id = EventIds.incident(sorted.get(0).id());
    LocalDate day = sorted.stream().map(m -> m.event().date()).min(LocalDate::compareTo).orElseThrow();
    LocalDate lastDay = sorted.stream().map(m -> m.event().dateEnd() != null ? m.event().dateEnd() : m.event().date())
        .max(LocalDate::compareTo).orElseThrow();
    String date = day.toString();
    String last = lastDay.toString();
    Location place = sorted.stream().map(m -> m.event().location()).filter(Objects::nonNull)
        .min(Comparator.comparingInt((Location l) -> rank(l.precision())).thenComparing(Location::name))
        .orElse(null);
    String perpetrator = perpetrator(sorted);
    Set<String> clusters = new HashSet<>();
    sorted.forEach(m -> clusters.add(m.cluster() == null ? m.event().article() : m.cluster()));
    Integer killed = conservative(sorted, true);
    Integer wounded = conservative(sorted, false);
    List<FieldReport> reports = tx.fieldReportsBetween(day.minusDays(1), lastDay.plusDays(1));
    String conflict = conflict(sorted);
    Standing standing = ladder.standing(sorted, place, date, last, reports, profiles.sides(conflict));
    var link = register.inForce(conflict, place, day, earliestTime(sorted, day)).orElse(null);
    String truce = link == null || link.timeUnknownOnStartDay() ? null : link.truce().id();
    String open = link != null && link.timeUnknownOnStartDay() ? link.truce().id() : null;
    List<String> ids = sorted.stream().map(Mention::id).toList();
    return new Incident(id, EventType.ATTACK, subtype(sorted), date, last.equals(date) ? null : last, place,
        perpetrator, standing, truce, clusters.size(), killed, wounded, ids, conflict, open);
  }

  // The conflict most mentions place it in; mentions are placed by their own place, so they rarely disagree.
  private static String conflict(List<? extends Mention> mentions) {
    Map<String, Integer> count = new HashMap<>();
    mentions.stream().map(m -> m.event().conflict()).filter(Objects::nonNull)
        .forEach(c -> count.merge(c, 1, Integer::sum));
    return count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
  }

  // The earliest clock time a mention gives on the first day; null when any mention of that day gives none.
  private static String earliestTime(List<? extends Mention> mentions, LocalDate day) {
    String best = null;
    for (Mention m : mentions) {
      if (!day.equals(m.event().date())) {
        continue;
      }
      String t = m.event().time();
      if (t == null || !t.matches("\\d{2}:\\d{2}.*")) {
        return null;
      }
      if (best == null || t.compareTo(best) < 0) {
        best = t;
      }
    }
    return best;
  }

  // Named perpetrators outvote inferred ones; disagreement leaves it open.
  private static String perpetrator(List<? extends Mention> mentions) {
    Set<String> named = new TreeSet<>();
    Set<String> inferred = new TreeSet<>();
    for (Mention m : mentions) {
      if (m.event().perpetrator() != null) {
        (m.event().perpetratorInferred() ? inferred : named).add(m.event().perpetrator());
      }
    }
    Set<String> use = named.isEmpty() ? inferred : named;
    return use.size() == 1 ? use.iterator().next() : null;
  }

  // As ACLED does, the most conservative figure any source gives.
  private static Integer conservative(List<? extends Mention> mentions, boolean killed) {
    Integer best = null;
    for (Mention m : mentions) {
      var c = m.event().casualties();
      Integer v = c == null ? null : killed ? c.killed() : c.wounded();
      if (v != null && (best == null || v < best)) {
        best = v;
      }
    }
    return best;
  }

  // The most specific kind a mention gives wins: a named means (suicide bomb, IED, grenade, shells, aircraft) over a
  // clash, and any over an attack of unknown kind.
  private static final List<AttackSubtype> SPECIFICITY = List.of(AttackSubtype.SUICIDE_BOMB,
      AttackSubtype.REMOTE_EXPLOSIVE, AttackSubtype.GRENADE, AttackSubtype.SHELLING, AttackSubtype.AIR_DRONE_STRIKE,
      AttackSubtype.ABDUCTION, AttackSubtype.ATTACK_ON_CIVILIANS, AttackSubtype.TERRITORY_TAKEN,
      AttackSubtype.ARMED_CLASH, AttackSubtype.ATTACK);

  private static String subtype(List<? extends Mention> mentions) {
    Map<String, Integer> count = new HashMap<>();
    mentions.forEach(m -> count.merge(Objects.toString(m.event().subtype(), "attack"), 1, Integer::sum));
    return count.keySet().stream().min(Comparator.comparingInt((String s) -> {
      int i = SPECIFICITY.indexOf(AttackSubtype.of(s));
      return i < 0 ? SPECIFICITY.size() : i;
    }).thenComparing(s -> -count.get(s)).thenComparing(s -> s)).orElse("attack");
  }

  private static int rank(String precision) {
    return switch (precision) {
      case "place" -> 0;
      case "district" -> 1;
      case "region" -> 2;
      default -> 3;
    };
  }
}
