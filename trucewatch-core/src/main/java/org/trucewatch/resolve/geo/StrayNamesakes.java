package org.trucewatch.resolve.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.trucewatch.resolve.geo.Place.Precision;

/**
 * A small place read far from where the rest of the story lies ("Koti" read as a town of another continent while every
 * other name of the story is in one border province): its namesake among the mention's other readings that does fit
 * the story, or no reading at all, since a wrong place is worse than none. A reading fits where another name of the
 * story lies in its country or within {@link #FAR_KM} of it; the story outvotes it only where at least
 * {@link #MIN_AGAINST} other names below a country's size, and {@link #OUTVOTE} times as many as stand with it, lie
 * elsewhere; words of a person's name do not vote. Stateless.
 */
final class StrayNamesakes {

  /** Beyond this a reading shares no front line with a place of the story. */
  static final double FAR_KM = 1000;
  /** Towns of at least this many inhabitants are news in their own right, however far off. */
  static final long TOWN_POPULATION = 150_000;
  static final int MIN_AGAINST = 2;
  static final int OUTVOTE = 3;

  private StrayNamesakes() {}

  /** {@code ms} with each stray small reading replaced by a fitting namesake or dropped, order kept. */
  static List<PlaceMention> settle(List<PlaceMention> ms, Function<Place, GazetteerEntry> entries) {
    List<PlaceMention> voters = voters(ms);
    List<PlaceMention> out = new ArrayList<>(ms.size());
    for (PlaceMention m : ms) {
      if (!small(m.place(), entries) || !outvoted(m.place(), m, voters)) {
        out.add(m);
        continue;
      }
      for (Place alt : m.alternatives()) {
        if (!outvoted(alt, m, voters)) {
          List<Place> rest = new ArrayList<>(m.alternatives());
          rest.remove(alt);
          rest.add(0, m.place());
          out.add(m.withPlace(alt, rest));
          break;
        }
      }
    }
    return out;
  }

  /**
   * One mention for each name and reading that may vote, so that a long story's votes cost its distinct names, not its
   * mentions (a vote is a name's, however often it is said); words of a person's name vote not at all.
   */
  private static List<PlaceMention> voters(List<PlaceMention> ms) {
    Set<Map.Entry<String, Place>> seen = new HashSet<>();
    List<PlaceMention> out = new ArrayList<>();
    for (PlaceMention m : ms) {
      if (m.role() != PlaceMention.Role.NAME_PART && seen.add(Map.entry(key(m.surface()), m.place()))) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean small(Place p, Function<Place, GazetteerEntry> entries) {
    if (p.precision() != Precision.PLACE && p.precision() != Precision.DISTRICT) {
      return false;
    }
    if (p.featureCode().equals("PPLC") || p.featureCode().equals("PPLA")) {
      return false;
    }
    return entries.apply(p).population() < TOWN_POPULATION;
  }

  /** Whether the story's other names (one vote a name) lie away from {@code p} far more often than beside it. */
  private static boolean outvoted(Place p, PlaceMention self, List<PlaceMention> voters) {
    Set<String> with = new HashSet<>();
    Set<String> against = new HashSet<>();
    String own = key(self.surface());
    for (PlaceMention o : voters) {
      String name = key(o.surface());
      if (name.equals(own)) {
        continue; // a name said again is no second witness
      }
      if (fits(p, o.place())) {
        with.add(name);
      } else if (o.place().precision() != Precision.COUNTRY) {
        against.add(name); // a country named is news of the world, no sign of where the story lies
      }
    }
    against.removeAll(with);
    return against.size() >= MIN_AGAINST && against.size() >= OUTVOTE * with.size();
  }

  private static boolean fits(Place p, Place other) {
    return other.country().equals(p.country())
        || other.precision() != Precision.COUNTRY && p.kmTo(other) <= FAR_KM;
  }

  private static String key(String surface) {
    return surface.toLowerCase(Locale.ROOT).strip();
  }
}
