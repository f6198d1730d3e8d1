package org.trucewatch.resolve.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.resolve.geo.Place.Precision;

/**
 * The distance from a place to the nearest of a set of chosen places (countries left out, the place itself never
 * counted), without comparing it with every mention: the chosen places are kept once each, sorted by latitude, and a
 * query walks outward in latitude until the latitude gap alone is farther than the best found, since a great-circle
 * distance is never shorter than the meridian arc between the two latitudes. The answer is the exact minimum the
 * all-pairs loop found. Built per pass of {@link PlaceResolver}; not shared between threads.
 */
final class Nearness {

  private static final double KM_PER_DEGREE = 12742 * Math.PI / 360; // the meridian arc of one degree
  private static final double SAFE = 0.999_999; // keeps the bound below the distance despite rounding

  private final Place[] places;
  private final double[] lat;
  private final int[] count;
  private final Key[] keys;
  private long comparisons;

  private Nearness(List<Place> distinct, Map<Key, Integer> counts) {
    distinct.sort(Comparator.comparingDouble(Place::lat));
    places = distinct.toArray(new Place[0]);
    lat = new double[places.length];
    count = new int[places.length];
    keys = new Key[places.length];
    for (int i = 0; i < places.length; i++) {
      lat[i] = places[i].lat();
      keys[i] = key(places[i]);
      count[i] = counts.get(keys[i]);
    }
  }

  /** The set of the non-null, non-country places given, each counted as often as it is given. */
  static Nearness of(Iterable<Place> chosen) {
    Map<Key, Place> distinct = new LinkedHashMap<>();
    Map<Key, Integer> counts = new LinkedHashMap<>();
    for (Place p : chosen) {
      if (p != null && p.precision() != Precision.COUNTRY) {
        distinct.putIfAbsent(key(p), p);
        counts.merge(key(p), 1, Integer::sum);
      }
    }
    return new Nearness(new ArrayList<>(distinct.values()), counts);
  }

  /** A place's identity here: its id and coordinates (a record: no string of the doubles made per query). */
  private record Key(String id, double lat, double lon) {}

  private static Key key(Place p) {
    return new Key(p.id(), p.lat(), p.lon());
  }

  /**
   * The distance in km from {@code p} to the nearest place of the set whose id is not {@code p}'s, not counting
   * {@code own} once (the querying mention's own choice, or null); infinity when there is none.
   */
  double nearestKm(Place p, Place own) {
    Key ownKey = own == null || own.precision() == Precision.COUNTRY ? null : key(own);
    int hi = lowerBound(p.lat());
    int lo = hi - 1;
    double best = Double.POSITIVE_INFINITY;
    while (lo >= 0 || hi < places.length) {
      double gapLo = lo >= 0 ? p.lat() - lat[lo] : Double.POSITIVE_INFINITY;
      double gapHi = hi < places.length ? lat[hi] - p.lat() : Double.POSITIVE_INFINITY;
      boolean down = gapLo <= gapHi;
      double gap = Math.min(gapLo, gapHi);
      if (gap * KM_PER_DEGREE * SAFE > best) {
        break; // every place left is at least this far in latitude alone
      }
      int k = down ? lo-- : hi++;
      Place o = places[k];
      if (o.id().equals(p.id()) || count[k] == 1 && keys[k].equals(ownKey)) {
        continue;
      }
      comparisons++;
      best = Math.min(best, p.kmTo(o));
    }
    return best;
  }

  /** Distances computed so far (for the tests that count work). */
  long comparisons() {
    return comparisons;
  }

  private int lowerBound(double value) {
    int lo = 0;
    int hi = lat.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lat[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
