package org.trucewatch.incident;

import java.util.List;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;

/**
 * One real-world incident: the mentions of it across articles (events of the same kind, at a compatible place and
 * date, with compatible parties), with its standing on the verification ladder and the truce it broke, if any.
 *
 * @param id stable id ({@code inc-} and a hash of its first mention's id)
 * @param type the event type (attacks are the incidents that matter; other types are kept too)
 * @param subtype the most specific subtype among the mentions
 * @param date first day
 * @param dateEnd last day when the mentions span several, else null
 * @param location the most precise location among the mentions, or null
 * @param perpetrator the side alleged to have acted, or null when the mentions disagree or do not say
 * @param standing the verification ladder
 * @param ceasefireId the truce in force on {@code date}, or null
 * @param independentSources the number of distinct syndication clusters among the mentions
 * @param killed the highest figure killed any mention gives, or null
 * @param wounded the highest figure wounded any mention gives, or null
 * @param mentions the ids of the events that mention it, oldest first
 * @param conflict the conflict profile it belongs to, or null when no profile holds it
 * @param ceasefireOpen a truce that took effect at a known hour on the incident's day while the incident's own time is
 *     unknown: it may or may not have broken it, so it is not counted as a violation; else null
 */
public record Incident(
    String id,
    EventType type,
    String subtype,
    String date,
    String dateEnd,
    Location location,
    String perpetrator,
    Standing standing,
    String ceasefireId,
    int independentSources,
    Integer killed,
    Integer wounded,
    List<String> mentions,
    String conflict,
    String ceasefireOpen) {

  public Incident {
    mentions = List.copyOf(mentions);
  }

  /** An incident of no known conflict. */
  public Incident(String id, EventType type, String subtype, String date, String dateEnd, Location location,
      String perpetrator, Standing standing, String ceasefireId, int independentSources, Integer killed,
      Integer wounded, List<String> mentions) {
    this(id, type, subtype, date, dateEnd, location, perpetrator, standing, ceasefireId, independentSources, killed,
        wounded, mentions, null, null);
  }
}
