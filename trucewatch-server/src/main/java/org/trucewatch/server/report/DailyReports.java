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
import org.trucewatch.clean.Article;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.report.CasualtyRows;
import org.trucewatch.store.StoredArticle;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredEvent;

/**
 * Builds the daily situation report of a day from the store (reads only; the caller owns and closes the store), in a
 * time zone ({@link ReportZone}): the window is that zone's day, and observation, publication and truce times are
 * converted into it. Incidents carry a day, not a time: they count on the day their sources give. Immutable and
 * thread-safe as the store is.
 */
public final class DailyReports {

  private static final String UNATTRIBUTED = "unattributed";

  private final Store store;
  private final ReportZone zone;

  /** Reports in UTC. */
  public DailyReports(Store store) {
    this(store, ReportZone.UTC);
  }

  public DailyReports(Store store, ReportZone zone) {
    this.store = store;
    this.zone = zone;
  }

  /** The zone these reports are written in. */
  public ReportZone zone() {
    return zone;
  }

  /** The same store's reports in another zone. */
  public DailyReports in(ReportZone other) {
    return new DailyReports(store, other);
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
    List<SituationReport.HarmLine> harm = new ArrayList<>();
    for (Incident i : today) {
      List<StoredEvent> mentions = i.mentions().stream().map(events::get).filter(e -> e != null).toList();
      lines.add(line(i, mentions));
      harm(i, mentions).ifPresent(harm::add);
      // A claim repeated by copies of one wire story (one cluster) is one line naming the other copies.
      Map<List<Object>, Integer> folded = new HashMap<>();
      for (StoredEvent e : mentions) {
        for (Claim c : e.event().claims()) {
          String cluster = e.cluster() != null ? e.cluster() : e.event().article();
          List<Object> key = java.util.Arrays.asList(cluster, c.stance(), c.actor(), c.via(),
              c.evidence().text() == null ? null : c.evidence().text().strip());
          Integer at = folded.get(key);
          if (at != null) {
            SituationReport.ClaimLine seen = claims.get(at);
            String article = e.event().article();
            if (!seen.source().article().equals(article)
                && seen.alsoIn().stream().noneMatch(x -> x.article().equals(article))) {
              List<SituationReport.Copy> also = new ArrayList<>(seen.alsoIn());
              also.add(copy(article));
              claims.set(at, new SituationReport.ClaimLine(seen.stance(), seen.actor(), seen.via(), seen.incident(),
                  seen.subtype(), seen.place(), seen.source(), also));
            }
            continue;
          }
          folded.put(key, claims.size());
          claims.add(new SituationReport.ClaimLine(c.stance().name().toLowerCase(Locale.ROOT), c.actor(), c.via(),
              i.id(), i.subtype(), place(i), source(e, c.evidence()), List.of()));
        }
      }
    }
    SituationReport.Window window = zone.window(day);
    List<SituationReport.TruceLine> truces = new ArrayList<>(truces(day, today, conflict));
    // The truce the day's incidents fall under first, then the most recent.
    truces.sort(Comparator.comparingInt((SituationReport.TruceLine t) -> -t.today())
        .thenComparing(SituationReport.TruceLine::start, Comparator.reverseOrder()));
    return new SituationReport(day, window, counts(today, yesterday, DailyReports::party),
        counts(today, yesterday, DailyReports::subtype), counts(today, yesterday, DailyReports::area), lines, claims,
        casualties(day, conflict), harm, observations(day, conflict), truces.isEmpty() ? null : truces.get(0),
        truces);
  }

  /** The incident's first sentence that tells of civilian harm or damage, with the words that do, if any. */
  private java.util.Optional<SituationReport.HarmLine> harm(Incident i, List<StoredEvent> mentions) {
    for (StoredEvent e : mentions) {
      for (Evidence ev : e.event().evidence()) {
        List<String> words = CivilianHarm.words(ev.text());
        if (!words.isEmpty()) {
          return java.util.Optional.of(new SituationReport.HarmLine(i.id(), i.subtype(), place(i), i.perpetrator(),
              words, source(e, ev)));
        }
      }
    }
    return java.util.Optional.empty();
  }

  private SituationReport.IncidentLine line(Incident i, List<StoredEvent> mentions) {
    Set<String> alleging = new LinkedHashSet<>();
    Set<String> denying = new LinkedHashSet<>();
    Set<String> acknowledging = new LinkedHashSet<>();
    for (StoredEvent e : mentions) {
      alleging.addAll(e.event().speakers(org.trucewatch.extract.Stance.ALLEGES));
      denying.addAll(e.event().speakers(org.trucewatch.extract.Stance.DENIES));
      acknowledging.addAll(e.event().speakers(org.trucewatch.extract.Stance.ACKNOWLEDGES));
    }
    SituationReport.Source source = mentions.isEmpty() || mentions.get(0).event().evidence().isEmpty() ? null
        : source(mentions.get(0), mentions.get(0).event().evidence().get(0));
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

  /**
   * Figures given on the day, each against the same claimant's latest earlier figure; a figure carried by several
   * copies of one wire story is one line naming the other copies ({@link CasualtyRows}).
   */
  private List<SituationReport.CasualtyLine> casualties(LocalDate day, String conflict) {
    String d = day.toString();
    List<StoredEvent> reports = store.casualtyReports().stream()
        .filter(e -> conflict == null || conflict.equals(e.event().conflict())).toList();
    Map<String, StoredEvent> byArticleAndSentence = new HashMap<>();
    for (StoredEvent e : reports) {
      if (!e.event().evidence().isEmpty()) {
        byArticleAndSentence.putIfAbsent(e.event().article() + "\u0000" + e.event().evidence().get(0).start(), e);
      }
    }
    List<CasualtyRows.Row> rows = new ArrayList<>(CasualtyRows.of(reports).stream().filter(r -> r.date() != null)
        .toList());
    rows.sort(Comparator.comparing(CasualtyRows.Row::date));
    Map<String, CasualtyRows.Row> last = new HashMap<>();
    List<SituationReport.CasualtyLine> out = new ArrayList<>();
    for (CasualtyRows.Row r : rows) {
      String claimant = r.claimant() == null ? UNATTRIBUTED : r.claimant();
      String key = claimant + "\u0000" + r.figures().victims();
      int cmp = r.date().compareTo(d);
      if (cmp < 0) {
        last.put(key, r);
      } else if (cmp == 0) {
        CasualtyRows.Row prev = last.get(key);
        Evidence ev = r.evidence();
        StoredEvent e = ev == null ? null : byArticleAndSentence.get(r.articles().get(0) + "\u0000" + ev.start());
        SituationReport.Source src = ev == null ? null : e != null ? source(e, ev)
            : source(r.articles().get(0), ev, null);
        List<SituationReport.Copy> also = r.articles().stream().skip(1).map(this::copy).toList();
        out.add(new SituationReport.CasualtyLine(claimant, r.side(), r.figures().victims(), r.figures().killed(),
            r.figures().wounded(), prev == null ? null : prev.figures().killed(),
            prev == null ? null : prev.figures().wounded(), prev == null ? null : prev.date(),
            r.figures().qualifier(), src, also));
      }
    }
    return out;
  }

  /**
   * Field reports timed within the window (a time with an offset by its instant, a date alone by its date), oldest
   * first, their times converted into the report's zone.
   */
  private List<SituationReport.ObservationLine> observations(LocalDate day, String conflict) {
    List<SituationReport.ObservationLine> out = new ArrayList<>();
    for (FieldReport r : store.fieldReports()) {
      if (r.time() == null || !day.equals(zone.dayOf(r.time()))) {
        continue;
      }
      out.add(new SituationReport.ObservationLine(r.id(), zone.convert(r.time()), r.location() == null ? null
          : r.location().name(), r.kind(), r.direction(), r.perpetrator(), r.observer(), r.text()));
    }
    out.sort(Comparator.comparing(SituationReport.ObservationLine::time));
    return out;
  }

  /** Every truce in force on the day (one per conflict at most), with its alleged violations since it began. */
  private List<SituationReport.TruceLine> truces(LocalDate day, List<Incident> today, String conflict) {
    Map<String, List<Ceasefire>> byConflict = new TreeMap<>();
    for (Ceasefire c : store.ceasefires()) {
      if (conflict == null || conflict.equals(c.conflict())) {
        byConflict.computeIfAbsent(String.valueOf(c.conflict()), k -> new ArrayList<>()).add(c);
      }
    }
    List<SituationReport.TruceLine> out = new ArrayList<>();
    for (List<Ceasefire> truces : byConflict.values()) {
      Ceasefire c = new CeasefireRegister(truces).inForce(day).orElse(null);
      if (c == null) {
        continue;
      }
      List<Incident> since = store.incidents(new IncidentQuery(c.startDate(), day.toString(), null, null, null,
          null, 0, Integer.MAX_VALUE, c.conflict()));
      if (conflict == null && since.isEmpty()) {
        continue; // across every conflict, only the truces of those with incidents under them
      }
      Violations.Tally tally = Violations.of(c, since);
      List<SituationReport.Count> counts = new ArrayList<>();
      tally.byParty().forEach((party, n) -> counts.add(new SituationReport.Count(party, n, 0)));
      int onDay = (int) today.stream().filter(i -> c.id().equals(i.ceasefireId())).count();
      out.add(new SituationReport.TruceLine(c.id(), c.name(), zone.convert(c.start()), onDay, counts));
    }
    return out;
  }

  private SituationReport.Source source(StoredEvent e, Evidence ev) {
    return source(e.event().article(), ev, e.event().dateBasisName());
  }

  private SituationReport.Source source(String article, Evidence ev, String dateBasis) {
    StoredArticle sa = store.article(article).orElse(null);
    Article a = sa == null ? null : sa.article();
    return new SituationReport.Source(article, ev.sentence(), ev.start(), ev.end(), ev.text(),
        a == null ? null : a.outlet(), a == null ? null : a.url(),
        a == null || a.published() == null ? null : zone.convert(a.published().value()), dateBasis);
  }

  private SituationReport.Copy copy(String article) {
    Article a = store.article(article).map(StoredArticle::article).orElse(null);
    return new SituationReport.Copy(article, a == null ? null : a.outlet(), a == null ? null : a.url());
  }

  static String subtype(Incident i) {
    return i.subtype() == null ? i.type().label() : i.subtype();
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
