package org.trucewatch.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.extract.Location;

/**
 * Which conflict an article is about, before its sentences are read, so that "the two sides", "the frontline" and
 * "separatists" resolve within it: its places inside each profile's scope, and the names of each profile's
 * non-state sides and their territories ("Hamas", "DPR", "Houthi") written in it. Immutable and thread-safe.
 */
public final class ArticleConflict {

  private static final int PLACE = 2; // a place inside the scope
  private static final int COUNTRY = 1; // a country of the conflict named as a whole
  private static final int NAME = 2; // a name only this conflict's sides bear

  private final Profiles profiles;
  private final NameScan<List<String>> names;

  public ArticleConflict(Profiles profiles) {
    this.profiles = profiles;
    Map<String, List<String>> byName = new HashMap<>();
    for (ConflictProfile p : profiles.all()) {
      for (ConflictProfile.Side s : p.sides()) {
        if (s.state()) {
          continue; // a state's name says little: Israel fights on two fronts, Russia in many wars
        }
        List<String> ns = new ArrayList<>(s.names());
        ns.add(s.name());
        ns.addAll(s.territory());
        for (String n : ns) {
          if (n.length() >= 3 && Character.isUpperCase(n.charAt(0))) {
            List<String> ids = byName.computeIfAbsent(n, k -> new ArrayList<>());
            if (!ids.contains(p.id())) {
              ids.add(p.id());
            }
          }
        }
      }
    }
    Map<String, List<String>> ids = new HashMap<>();
    byName.forEach((k, v) -> ids.put(k, List.copyOf(v)));
    this.names = new NameScan<>(ids);
  }

  /**
   * The conflict of an article, or null when no profile's places or names are in it. A tie goes to the profile
   * listed first.
   *
   * @param body the article's text
   * @param places the places resolved in it
   */
  public String of(String body, List<Location> places) {
    Map<String, Integer> score = new HashMap<>();
    for (Location l : places) {
      for (String id : profiles.holding(l.country(), l.admin1(), l.lat(), l.lon(), l.precision())) {
        score.merge(id, "country".equals(l.precision()) ? COUNTRY : PLACE, Integer::sum);
      }
    }
    names.scan(body, (start, end, ids) -> {
      for (String id : ids) {
        score.merge(id, NAME, Integer::sum);
      }
    });
    String best = null;
    int top = 0;
    for (ConflictProfile p : profiles.all()) {
      int s = score.getOrDefault(p.id(), 0);
      if (s > top) {
        top = s;
        best = p.id();
      }
    }
    return best;
  }
}
