package org.trucewatch.conflict;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trucewatch.resolve.geo.Place;

/**
 * Where a conflict or a truce applies: whole countries, first-level divisions (GeoNames admin1 codes, matched by the
 * division's name as the gazetteer gives it), and optionally an area (polygons) with a buffer. Immutable.
 *
 * @param countries ISO alpha-2 codes of whole countries in scope
 * @param admin1 GeoNames admin1 codes written {@code CC.CODE}
 * @param admin1Names the same divisions as {@code CC/folded name}, for matching a location
 * @param area polygons, each a list of rings of {lon, lat} points (GeoJSON order); empty when none
 * @param bufferKm how far outside the area a place still counts as inside
 */
public record Scope(Set<String> countries, Set<String> admin1, Set<String> admin1Names, List<List<double[][]>> area,
    double bufferKm) {

  public Scope {
    countries = Set.copyOf(countries);
    admin1 = Set.copyOf(admin1);
    admin1Names = Set.copyOf(admin1Names);
    area = List.copyOf(area);
  }

  /** Whether nothing was declared (such a scope holds nothing). */
  public boolean isEmpty() {
    return countries.isEmpty() && admin1.isEmpty() && area.isEmpty();
  }

  /**
   * Whether a place lies in this scope. A place known only to its country is inside only when the whole country is in
   * scope: a centroid says nothing about the province.
   *
   * @param country ISO alpha-2, or null
   * @param admin1Name the first-level division as the gazetteer names it, or null
   * @param precision place, district, region or country
   */
  public boolean contains(String country, String admin1Name, double lat, double lon, String precision) {
    if (country != null && countries.contains(country)) {
      return true;
    }
    if (country != null && admin1Name != null && admin1Names.contains(key(country, admin1Name))) {
      return true;
    }
    if ("country".equals(precision) || area.isEmpty()) {
      return false;
    }
    return Geometry.inside(area, lon, lat) || bufferKm > 0 && Geometry.distanceKm(area, lon, lat) <= bufferKm;
  }

  /** Whether a country's whole territory or part of it is in scope (for a place known only by its country). */
  public boolean touches(String country) {
    return countries.contains(country) || admin1.stream().anyMatch(a -> a.startsWith(country + "."));
  }

  static String key(String country, String admin1Name) {
    return country + "/" + org.trucewatch.internal.Texts.foldKey(admin1Name).toLowerCase(Locale.ROOT);
  }

  /** Distance helper shared with callers: the great-circle distance of two points in km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    return Place.km(lat1, lon1, lat2, lon2);
  }
}
