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
    List<String> mentions) {

  public Incident {
    mentions = List.copyOf(mentions);
  }
}
