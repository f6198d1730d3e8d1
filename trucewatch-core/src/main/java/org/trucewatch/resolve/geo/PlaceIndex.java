package org.trucewatch.resolve.geo;

import java.util.List;

/**
 * Places beyond the in-memory gazetteer, looked up one folded name at a time (an imported GeoNames dump:
 * {@link SqlitePlaceIndex}). Implementations are thread-safe and answer from disk, so that start-up does not grow
 * with them.
 */
public interface PlaceIndex {

  /** The index of nothing: the in-memory gazetteer alone. */
  PlaceIndex NONE = folded -> List.of();

  /**
   * The places written with this name, largest first (at most a few dozen).
   *
   * @param foldedName a name folded as {@link org.trucewatch.internal.Texts#foldKey} folds it ("koti")
   */
  List<IndexedPlace> lookup(String foldedName);

  /**
   * A place of the index.
   *
   * @param place the place (id {@code geonames:<id>}, precision from the feature: ADM1 region, other A district)
   * @param population inhabitants, 0 where unknown
   * @param admin1Code GeoNames admin1 code ({@code AM.09}), or null
   * @param admin2Code GeoNames admin2 code within it ({@code AM.09.123}), or null
   */
  record IndexedPlace(Place place, long population, String admin1Code, String admin2Code) {}
}
