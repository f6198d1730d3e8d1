package org.trucewatch.resolve.geo;

import org.trucewatch.internal.GreatCircle;
import org.trucewatch.internal.Validate;

/**
 * A place of the gazetteer: a town, a district, a region or a country.
 *
 * @param id stable identifier: {@code geonames:<id>} for GeoNames rows, {@code admin:<code>} for districts and
 *     provinces, {@code country:<ISO>}, {@code region:<key>} or {@code place:<key>} for curated entries
 * @param name the gazetteer's preferred English name
 * @param lat latitude in degrees (for districts and provinces: their administrative centre)
 * @param lon longitude in degrees
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 name of the first-order administrative division, or null when unknown (or for a country)
 * @param precision how large an area the coordinates stand for
 * @param featureCode GeoNames feature code ({@code PPLA}, {@code ADM1}, {@code PCLI}, {@code RGN}...)
 */
public record Place(
    String id,
    String name,
    double lat,
    double lon,
    String country,
    String admin1,
    Precision precision,
    String featureCode) {

  /** The size of the area a place's coordinates stand for, smallest first. */
  public enum Precision {
    PLACE,
    DISTRICT,
    REGION,
    COUNTRY
  }

  public Place {
    Validate.notBlank(id, "id");
    Validate.notBlank(name, "name");
    Validate.isTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180,
        id + ": coordinates out of range: " + lat + ", " + lon);
    Validate.isTrue(country != null && country.length() == 2, id + ": country must be an ISO alpha-2 code: " + country);
    Validate.notNull(precision, "precision");
    Validate.notBlank(featureCode, "featureCode");
  }

  /** Great-circle distance to {@code other} in kilometres. */
  public double kmTo(Place other) {
    return km(lat, lon, other.lat, other.lon);
  }

  /** Great-circle distance in kilometres between two points given in degrees. */
  public static double km(double aLat, double aLon, double bLat, double bLon) {
    return GreatCircle.km(aLat, aLon, bLat, bLon);
  }
}
