package org.trucewatch.extract;

import java.util.List;

/**
 * Whether fire from afar hit only ground a side's own camp holds, so that the side is not who fired it: a place the
 * profile names as the camp's territory ("Gaza" for Hamas); a village or town in a country the profile names as the
 * camp's territory, its state (if a party) of that camp too (a village of Lebanon is Hezbollah's camp's ground); for
 * an air strike in a country whose ground the profile splits between the camps (its state in one, its name the
 * other's territory: Yemen), a place in a province named as the camp's territory (Sanaa, Saada). Reads the places and
 * the conflict's sides; stateless.
 */
final class OwnGround {

  private OwnGround() {}

  /** Whether {@code kind} (shelling or an air strike) hit only ground of {@code side}'s camp; false for no places. */
  static boolean hit(String kind, List<Location> places, String side, Sides sides) {
    if (side == null || places.isEmpty() || !(kind.equals("shelling") || kind.equals("air_drone_strike"))) {
      return false;
    }
    for (Location p : places) {
      if (p == null || !ofCamp(p, kind, side, sides)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the place is ground of {@code side}'s camp, as its names, its country or its province say. */
  private static boolean ofCamp(Location p, String kind, String side, Sides sides) {
    String holder = sides.holderOf(p.surface());
    holder = holder != null ? holder : sides.holderOf(p.name());
    if (holder != null) {
      return sides.sameCamp(holder, side);
    }
    String country = sides.countryHolder(p.country());
    boolean split = country != null && sides.isBelligerent(p.country()) && !sides.sameCamp(country, p.country());
    if (country != null && !split) {
      // a village or town only: a region (a border strip, farms) may be held across the line
      return "place".equalsIgnoreCase(p.precision()) && sides.sameCamp(country, side);
    }
    // a split country (the Houthis' Yemen beside its government's): the province says which camp holds the place an
    // air strike hit (a front runs through such provinces, so shelling across it may hit either camp's ground)
    String province = split && kind.equals("air_drone_strike") ? sides.holderOf(p.admin1()) : null;
    return province != null && sides.sameCamp(province, side);
  }
}
