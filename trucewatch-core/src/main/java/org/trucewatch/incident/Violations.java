package org.trucewatch.incident;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alleged violations of each truce: the incidents linked to it, counted per accused party and per day (an incident
 * with no established perpetrator counts under "unattributed"). Stateless.
 */
public final class Violations {

  /** The counts of one truce: party -> total, and day -> party -> count. */
  public record Tally(Ceasefire truce, Map<String, Integer> byParty, Map<String, Map<String, Integer>> byDay) {}

  private Violations() {}

  public static Tally of(Ceasefire truce, List<Incident> incidents) {
    Map<String, Integer> byParty = new TreeMap<>();
    Map<String, Map<String, Integer>> byDay = new TreeMap<>();
    for (Incident i : incidents) {
      if (!truce.id().equals(i.ceasefireId())) {
        continue;
      }
      String party = i.perpetrator() == null ? "unattributed" : i.perpetrator();
      byParty.merge(party, 1, Integer::sum);
      byDay.computeIfAbsent(i.date(), d -> new TreeMap<>()).merge(party, 1, Integer::sum);
    }
    return new Tally(truce, byParty, byDay);
  }
}
