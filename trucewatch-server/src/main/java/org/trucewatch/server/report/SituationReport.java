package org.trucewatch.server.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily situation report, as a monitoring mission writes one: the day's alleged violations by party and area
 * against the previous day, each incident with who alleged and who denied it, the day's claims and denials, changes
 * in casualty figures by claimant, and the ceasefire in force. Every line carries its evidence (incident, article,
 * sentence).
 *
 * @param date the day reported
 * @param byParty alleged violations per alleged perpetrator ("unattributed" when none is established)
 * @param byArea alleged violations per area (the first-level division, or the place when that is unknown)
 * @param incidents the day's incidents
 * @param claims the day's allegations, denials and acknowledgements
 * @param casualties figures given on the day, against each claimant's previous figure
 * @param truce the ceasefire in force on the day, or null
 */
public record SituationReport(LocalDate date, List<Count> byParty, List<Count> byArea, List<IncidentLine> incidents,
    List<ClaimLine> claims, List<CasualtyLine> casualties, TruceLine truce) {

  public SituationReport {
    byParty = List.copyOf(byParty);
    byArea = List.copyOf(byArea);
    incidents = List.copyOf(incidents);
    claims = List.copyOf(claims);
    casualties = List.copyOf(casualties);
  }

  /** The previous day, the one the counts compare against. */
  public LocalDate previous() {
    return date.minusDays(1);
  }

  /** A count on the day and the day before. */
  public record Count(String name, int today, int previous) {}

  /** Where a line was read: the article, the sentence's index and offsets, and its text. */
  public record Source(String article, int sentence, int start, int end, String text) {}

  /** One incident of the day. */
  public record IncidentLine(String id, String subtype, String place, String area, String perpetrator,
      String standing, List<String> alleging, List<String> denying, List<String> acknowledging, Integer killed,
      Integer wounded, int independentSources, Source source) {}

  /** One claim of the day: who said what about which incident. */
  public record ClaimLine(String stance, String actor, String via, String incident, String subtype, String place,
      Source source) {}

  /** A claimant's casualty figure of the day, with their previous one (null when none). */
  public record CasualtyLine(String claimant, String victims, Integer killed, Integer wounded, Integer previousKilled,
      Integer previousWounded, String previousDate, String qualifier, Source source) {}

  /** The truce in force: its name and start, the day's alleged violations under it, and the total since it began. */
  public record TruceLine(String id, String name, String start, int today, List<Count> sinceStart) {}
}
