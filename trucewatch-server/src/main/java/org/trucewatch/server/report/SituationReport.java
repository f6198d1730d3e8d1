package org.trucewatch.server.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily situation report, as a monitoring mission writes one: the reporting window, the day's alleged violations
 * by party, by attack subtype and by area against the previous day, each incident with who alleged and who denied
 * it, the day's claims and denials, casualty figures by claimant (copies of one wire story folded into one line),
 * field observations, and the truces in force with their alleged violations since they began. Every line carries
 * its evidence (incident, article, sentence) with the outlet, URL, publication date and how the date was found.
 *
 * @param date the day reported
 * @param window the reporting window and its time zone
 * @param byParty alleged violations per alleged perpetrator ("unattributed" when none is established)
 * @param bySubtype alleged violations per attack subtype
 * @param byArea alleged violations per area (the first-level division, or the place when that is unknown)
 * @param incidents the day's incidents
 * @param claims the day's allegations, denials and acknowledgements
 * @param casualties figures given on the day, against each claimant's previous figure
 * @param civilianHarm the day's incidents whose sentences tell of harm to civilians or of damage (civilian casualty
 *     figures are among {@code casualties}, marked by their victims)
 * @param observations field reports (from {@code observe}) timed on the day
 * @param truce the ceasefire in force on the day, or null (the first of {@code truces})
 * @param truces every truce in force on the day
 */
public record SituationReport(LocalDate date, Window window, List<Count> byParty, List<Count> bySubtype,
    List<Count> byArea, List<IncidentLine> incidents, List<ClaimLine> claims, List<CasualtyLine> casualties,
    List<HarmLine> civilianHarm, List<ObservationLine> observations, TruceLine truce, List<TruceLine> truces) {

  public SituationReport {
    byParty = List.copyOf(byParty);
    bySubtype = List.copyOf(bySubtype);
    byArea = List.copyOf(byArea);
    incidents = List.copyOf(incidents);
    claims = List.copyOf(claims);
    casualties = List.copyOf(casualties);
    civilianHarm = List.copyOf(civilianHarm);
    observations = List.copyOf(observations);
    truces = List.copyOf(truces);
  }

  /** The previous day, the one the counts compare against. */
  public LocalDate previous() {
    return date.minusDays(1);
  }

  /**
   * The period reported: {@code from} inclusive to {@code to} exclusive, midnight to midnight in {@code timeZone}
   * (ISO date-times with that zone's offset on each day), compared against {@code previousFrom} to {@code from}.
   * Every time of day in the report is in that zone; incidents count on the day their sources give.
   */
  public record Window(String from, String to, String previousFrom, String timeZone) {}

  /** A count on the day and the day before. */
  public record Count(String name, int today, int previous) {}

  /**
   * Where a line was read: the article, the sentence's index and offsets, and its text; the article's outlet, URL,
   * publication date, and how the event's date was found ({@code dateBasis}: explicit, paragraph, publication,
   * cluster, register, estimated).
   */
  public record Source(String article, int sentence, int start, int end, String text, String outlet, String url,
      String published, String dateBasis) {}

  /** Another article carrying the same story (a copy in the same cluster). */
  public record Copy(String article, String outlet, String url) {}

  /** One incident of the day. */
  public record IncidentLine(String id, String subtype, String place, String area, String perpetrator,
      String standing, List<String> alleging, List<String> denying, List<String> acknowledging, Integer killed,
      Integer wounded, int independentSources, Source source) {}

  /** One claim of the day: who said what about which incident, and the other copies that carry it. */
  public record ClaimLine(String stance, String actor, String via, String incident, String subtype, String place,
      Source source, List<Copy> alsoIn) {}

  /** A claimant's casualty figure of the day, with their previous one (null when none) and the story's copies. */
  public record CasualtyLine(String claimant, String side, String victims, Integer killed, Integer wounded,
      Integer previousKilled, Integer previousWounded, String previousDate, String qualifier, Source source,
      List<Copy> alsoIn) {}

  /**
   * An incident of the day whose sentence tells of harm to civilians or of damage: the words that say so, and the
   * sentence's source.
   */
  public record HarmLine(String incident, String subtype, String place, String perpetrator, List<String> words,
      Source source) {}

  /** A field observation of the day: when, where, what, by whom. */
  public record ObservationLine(String id, String time, String place, String kind, String direction,
      String perpetrator, String observer, String text) {}

  /**
   * A truce in force: its name and start, the day's alleged violations under it, and the total since it began per
   * alleged perpetrator ({@code Count.today} is that total).
   */
  public record TruceLine(String id, String name, String start, int today, List<Count> sinceStart) {}
}
