package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The embedded gazetteer, loaded once for the test classes that resolve written sentences, and their lookups. */
final class ResolvedPlaces {

  static final Gazetteer G = Gazetteer.load();
  static final PlaceResolver R = new PlaceResolver(G);

  private ResolvedPlaces() {}

  /** Every mention of the text, resolved under the hint. */
  static List<PlaceMention> mentions(String text, ScopeHint hint) {
    return R.resolve(text, G.find(text), hint);
  }

  /** The mentions of the text read as places (not actors or parts of names). */
  static List<PlaceMention> places(String text, ScopeHint hint) {
    return mentions(text, hint).stream().filter(m -> m.role() == PlaceMention.Role.PLACE).toList();
  }

  /** The one place the text names as {@code surface}, resolved with no hint; fails the test unless there is one. */
  static Place placeOf(String text, String surface) {
    List<Place> ps = places(text, ScopeHint.NONE).stream().filter(m -> m.surface().equals(surface))
        .map(PlaceMention::place).toList();
    assertThat(ps).as("%s in: %s", surface, text).hasSize(1);
    return ps.get(0);
  }
}
