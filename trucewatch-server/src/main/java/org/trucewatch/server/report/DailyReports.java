package org.trucewatch.server.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Stance;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.CeasefireRegister;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Violations;
import org.trucewatch.server.api.CasualtySeries;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredEvent;

/**
 * Builds the daily situation report of a day from the store (reads only; the caller owns and closes the store).
 * Immutable and thread-safe as the store is.
 */
public final class DailyReports {

  private static final String UNATTRIBUTED = "unattributed";

  private final Store store;

  public DailyReports(Store store) {
    this.store = store;
  }

  public SituationReport of(LocalDate day) {
    return of(day, null);
  }

  /** The report of a day for one conflict ({@code conflict} a profile id), or for every one when null. */
  public SituationReport of(LocalDate day, String conflict) {
    LocalDate before = day.minusDays(1);
    List<Incident> two = store.incidents(new IncidentQuery(before.toString(), day.toString(), null, null, null,
        null, 0, Integer.MAX_VALUE, conflict));
    List<Incident> today = two.stream().filter(i -> i.date().equals(day.toString())).toList();
    List<Incident> yesterday = two.stream().filter(i -> i.date().equals(before.toString())).toList();
    Map<String, StoredEvent> events = new HashMap<>();
    List<String> ids = today.stream().flatMap(i -> i.mentions().stream()).toList();
    store.events(ids).forEach(e -> events.put(e.id(), e));

    List<SituationReport.IncidentLine> lines = new ArrayList<>();
    List<SituationReport.ClaimLine> claims = new ArrayList<>();
    for (Incident i : today) {
      List<StoredEvent> mentions = i.mentions().stream().map(events::get).filter(e -> e != null).toList();
      lines.add(line(i, mentions));
      for (StoredEvent e : mentions) {
        for (Claim c : e.event().claims()) {
          claims.add(new SituationReport.ClaimLine(c.stance().name().toLowerCase(Locale.ROOT), c.actor(), c.via(),
              i.id(), i.subtype(), place(i), source(e.event().article(), c.evidence())));
        }
      }
    }
    return new SituationReport(day, counts(today, yesterday, DailyReports::party),
        counts(today, yesterday, DailyReports::area), lines, claims, casualties(day, conflict), truce(day, today, conflict));
  }

  private static SituationReport.IncidentLine line(Incident i, List<StoredEvent> mentions) {
    Set<String> alleging = new LinkedHashSet<>();
    Set<String> denying = new LinkedHashSet<>();
    Set<String> acknowledging = new LinkedHashSet<>();
    for (StoredEvent e : mentions) {
      alleging.addAll(e.event().claimedBy());
      denying.addAll(e.event().deniedBy());
      acknowledging.addAll(e.event().acknowledgedBy());
    }
    SituationReport.Source source = mentions.isEmpty() || mentions.get(0).event().evidence().isEmpty() ? null
        : source(mentions.get(0).event().article(), mentions.get(0).event().evidence().get(0));
    return new SituationReport.IncidentLine(i.id(), i.subtype(), place(i), area(i), i.perpetrator(),
        i.standing().name().toLowerCase(Locale.ROOT), List.copyOf(alleging), List.copyOf(denying),
        List.copyOf(acknowledging), i.killed(), i.wounded(), i.independentSources(), source);
  }

  private static List<SituationReport.Count> counts(List<Incident> today, List<Incident> yesterday,
      java.util.function.Function<Incident, String> key) {
    Map<String, int[]> m = new TreeMap<>();
    today.forEach(i -> m.computeIfAbsent(key.apply(i), k -> new int[2])[0]++);
    yesterday.forEach(i -> m.computeIfAbsent(key.apply(i), k -> new int[2])[1]++);
    List<SituationReport.Count> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new SituationReport.Count(k, v[0], v[1])));
    // Most active first, as a reader scans for where things happened.
    out.sort(Comparator.comparingInt((SituationReport.Count c) -> -c.today()).thenComparing(c -> -c.previous())
        .thenComparing(SituationReport.Count::name));
    return out;
  }

  /** Figures given on the day, each against the same claimant's latest earlier figure. */
  private List<SituationReport.CasualtyLine> casualties(LocalDate day, String conflict) {
    String d = day.toString();
    Map<String, CasualtySeries.Point> last = new HashMap<>();
    List<SituationReport.CasualtyLine> out = new ArrayList<>();
    for (CasualtySeries.Point p : CasualtySeries.points(CasualtySeries.of(store.casualtyReports(), conflict))) {
      String key = p.claimant() + "\u0000" + p.victims();
      int cmp = p.date().compareTo(d);
      if (cmp < 0) {
        last.put(key, p);
      } else if (cmp == 0) {
        CasualtySeries.Point prev = last.get(key);
        out.add(new SituationReport.CasualtyLine(p.claimant(), p.victims(), p.killed(), p.wounded(),
            prev == null ? null : prev.killed(), prev == null ? null : prev.wounded(),
            prev == null ? null : prev.date(), p.qualifier(), p.sentence() == null ? null
                : new SituationReport.Source(p.article(), -1, -1, -1, p.sentence())));
      }
    }
    return out;
  }

  private SituationReport.TruceLine truce(LocalDate day, List<Incident> today, String conflict) {
    CeasefireRegister register = new CeasefireRegister(conflict == null ? store.ceasefires()
        : store.ceasefires().stream().filter(c -> conflict.equals(c.conflict())).toList());
    Ceasefire c = register.inForce(day).orElse(null);
    if (c == null) {
      return null;
    }
    List<Incident> since = store.incidents(new IncidentQuery(c.startDate(), day.toString(), null, null, null, null,
        0, Integer.MAX_VALUE, conflict));
    Violations.Tally tally = Violations.of(c, since);
    List<SituationReport.Count> counts = new ArrayList<>();
    tally.byParty().forEach((party, n) -> counts.add(new SituationReport.Count(party, n, 0)));
    int onDay = (int) today.stream().filter(i -> c.id().equals(i.ceasefireId())).count();
    return new SituationReport.TruceLine(c.id(), c.name(), c.start(), onDay, counts);
  }

  private static SituationReport.Source source(String article, Evidence ev) {
    return new SituationReport.Source(article, ev.sentence(), ev.start(), ev.end(), ev.text());
  }

  static String party(Incident i) {
    return i.perpetrator() == null ? UNATTRIBUTED : i.perpetrator();
  }

  static String area(Incident i) {
    if (i.location() == null) {
      return "place unknown";
    }
    return i.location().admin1() != null ? i.location().admin1() : i.location().name();
  }

  static String place(Incident i) {
    return i.location() == null ? null : i.location().name();
  }

  /** Whether a stance word reads as an allegation. */
  static boolean alleges(String stance) {
    return Stance.ALLEGES.name().equalsIgnoreCase(stance);
  }
}
