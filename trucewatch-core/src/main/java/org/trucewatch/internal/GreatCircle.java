package org.trucewatch.internal;

/** The great-circle distance of two points given in degrees, shared by the gazetteer and extraction. Not API. */
public final class GreatCircle {

  private GreatCircle() {}

  /** Great-circle distance in kilometres between two points given in degrees (haversine, mean radius 6,371 km). */
  public static double km(double aLat, double aLon, double bLat, double bLon) {
    double p = Math.PI / 180;
    double d = 0.5 - Math.cos((bLat - aLat) * p) / 2
        + Math.cos(aLat * p) * Math.cos(bLat * p) * (1 - Math.cos((bLon - aLon) * p)) / 2;
    return 12742 * Math.asin(Math.sqrt(d));
  }
}
