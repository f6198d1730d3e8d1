package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * A toll told only in a page's title ("Eleven killed as drones strike camp near X", body: "Drones hit the
 * camp on Sunday, officials said."). Reads the detached title's sentence and its casualty figures, with the lexicon's
 * {@code attack} kinds ({@code casualty} verbs aside) and the title's places; writes the half a story's attack lacks,
 * when exactly one attack of the story could own the title's toll: the only one of a kind the title names (any kind
 * when it names none), at the title's one place or in its province, or else the only one of them at that place. A
 * title of two places, two figures of one half, a since or a war's words links nothing (whose toll, which count, is
 * not told). Stateless.
 */
final class HeadlineTolls {

  private final Lexicon lexicon;
  private final TollLinks tollLinks;

  HeadlineTolls(Lexicon lexicon, TollLinks tollLinks) {
    this.lexicon = lexicon;
    this.tollLinks = tollLinks;
  }

  List<Event> linked(List<Event> events, AnnotatedSentence title, List<CasualtyFinder.Figure> figures) {
    if (title == null || figures == null || figures.isEmpty()) {
      return events;
    }
    List<Token> tokens = title.sentence().tokens();
    Integer killed = null;
    Integer wounded = null;
    for (CasualtyFinder.Figure f : figures) {
      Casualties c = f.casualties();
      if (c.since() != null || !tollLinks.freeToll(title, 0, tokens.size(), f.from())) {
        return events;
      }
      if (c.killed() != null) {
        if (killed != null && !killed.equals(c.killed())) {
          return events; // two counts of the dead: which is the attack's is not told
        }
        killed = c.killed();
      }
      if (c.wounded() != null) {
        if (wounded != null && !wounded.equals(c.wounded())) {
          return events;
        }
        wounded = c.wounded();
      }
    }
    if (killed == null && wounded == null || says(tokens, "since")) {
      return events; // "the fourth death since the truce": a count over a span
    }
    Set<Location> places = new HashSet<>();
    for (Spans.PlaceSpan p : title.places()) {
      if (!"country".equals(p.location().precision())) {
        places.add(p.location());
      }
    }
    if (places.size() > 1) {
      return events; // "strikes hit A and B": a toll of two places
    }
    int owner = owner(events, kinds(tokens), places.isEmpty() ? null : places.iterator().next());
    if (owner < 0) {
      return events;
    }
    Event a = events.get(owner);
    Casualties had = a.casualties();
    Integer k = had == null || had.killed() == null ? killed : had.killed();
    Integer w = had == null || had.wounded() == null ? wounded : had.wounded();
    if (had != null && Objects.equals(k, had.killed()) && Objects.equals(w, had.wounded())) {
      return events;
    }
    List<Event> out = new ArrayList<>(events);
    out.set(owner, a.withCasualties(Casualties.withFigures(had, k, w)));
    return out;
  }

  /**
   * The one attack of the story that may own the title's toll: the only one of the title's kinds (any when none), at
   * the title's place or in its province, or else the only one of them at the title's place; -1 when none or two.
   */
  private static int owner(List<Event> events, Set<String> kinds, Location place) {
    List<Integer> ofKind = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.type() == EventType.ATTACK && (kinds.isEmpty() || kinds.contains(e.subtype()))) {
        ofKind.add(i);
      }
    }
    List<Integer> placed = ofKind.stream().filter(i -> events.get(i).location() != null).toList();
    if (placed.size() == 1) {
      ofKind = placed; // the log keeps no unplaced attack beside a placed one: those mentions tell it again
    }
    if (ofKind.size() == 1) {
      Location at = events.get(ofKind.get(0)).location();
      // the title names the town, the story the village near it: one province
      return place == null || place.equals(at) || sameProvince(place, at) ? ofKind.get(0) : -1;
    }
    // several of the kind: the one at the title's place, when only one is
    List<Integer> there = place == null ? List.of()
        : ofKind.stream().filter(i -> place.equals(events.get(i).location())).toList();
    return there.size() == 1 ? there.get(0) : -1;
  }

  private static boolean sameProvince(Location a, Location b) {
    return b != null && a.admin1() != null && a.admin1().equals(b.admin1()) && a.country() != null
        && a.country().equals(b.country());
  }

  // the kinds of attack the title names ("drones", "shelling"), not its toll's own verb ("killed")
  private Set<String> kinds(List<Token> tokens) {
    Set<String> kinds = new HashSet<>();
    for (Lexicon.Match m : lexicon.find(tokens, "attack")) {
      Lexicon.Entry c = lexicon.at(tokens, m.from(), "casualty");
      if (c == null && !m.value().equals("attack")) {
        kinds.add(m.value());
      }
    }
    return kinds;
  }

  private static boolean says(List<Token> tokens, String word) {
    return tokens.stream().anyMatch(t -> Lexicon.lower(t).equals(word));
  }
}
