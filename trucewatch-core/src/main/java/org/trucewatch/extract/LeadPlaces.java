package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;

/**
 * "Jets pound X" over "X, May 16 (Agency) - Warplanes hit targets across the capital": a story whose headline and
 * dateline name one town of a war, and whose attack sentence names no other place, tells of an attack in that town.
 * Kept strict, as a wrong place is worse than none: only in an article that places no attack at all, only where the
 * headline and dateline name one place (a second, or a region, lends none), and only to the first unplaced attack of a
 * day, the one the log would keep unplaced. A lone first line is a headline only over a body, and an attack the
 * headline itself tells keeps what the place rules made of its places.
 */
final class LeadPlaces {

  // the places of the headline and of the dateline, by name; a country is the war's, not a place of it
  private final Map<String, Location> told = new HashMap<>();
  // per sentence, the names of the places it names outside its dateline
  private final Map<Integer, Set<String>> named = new HashMap<>();
  // the headline's sentence: an attack it tells keeps what the place rules made of its own places
  private int headline = Integer.MIN_VALUE;

  /**
   * Notes a sentence's places: all of a headline's, a dateline's among an opening sentence's, and the others as what
   * that sentence names itself.
   */
  void note(AnnotatedSentence s, boolean headline, boolean opening) {
    if (headline) {
      this.headline = s.sentence().index();
    }
    for (PlaceSpan p : s.places()) {
      if (p.inName() || p.location() == null || p.location().name() == null) {
        continue;
      }
      boolean dateline = opening && AttackPlaces.dateline(s.sentence().tokens(), p);
      if ((headline || dateline) && !"country".equals(p.location().precision())) {
        told.putIfAbsent(p.location().name(), p.location());
      }
      if (!dateline) {
        named.computeIfAbsent(s.sentence().index(), k -> new HashSet<>()).add(p.location().name());
      }
    }
  }

  /** The events, the first unplaced attack placed at the lead's one town where the rules above allow it. */
  List<Event> lend(List<Event> events, Predicate<Location> ofAWar, LocalDate anchor) {
    if (told.size() != 1 || events.stream().anyMatch(e -> e.type() == EventType.ATTACK && e.location() != null)) {
      return events;
    }
    Location town = told.values().iterator().next();
    String precision = town.precision();
    if (!("place".equals(precision) || "district".equals(precision)) || !ofAWar.test(town)) {
      return events;
    }
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      // (the unplaced attack the log would keep: told on its day, not a story's history)
      if (e.type() != EventType.ATTACK || e.date() == null || e.evidence().isEmpty()
          || e.evidence().get(0).sentence() == headline || !LogFilters.placeUnknown(e, anchor)) {
        continue;
      }
      Set<String> own = named.getOrDefault(e.evidence().get(0).sentence(), Set.of());
      if (own.stream().allMatch(town.name()::equals)) {
        out.set(i, e.withPlace(town));
        return out; // one attack: the others of the story stay unplaced, as the log keeps one
      }
    }
    return events;
  }
}
