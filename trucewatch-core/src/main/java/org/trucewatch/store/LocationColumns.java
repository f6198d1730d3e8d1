package org.trucewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.trucewatch.extract.Location;

/** A {@link Location} as the seven {@code loc_*} columns that events, incidents and field reports share. */
final class LocationColumns {

  static final String NAMES = "loc_name, loc_lat, loc_lon, loc_country, loc_admin1, loc_precision, loc_surface";
  static final int COUNT = 7;

  private LocationColumns() {}

  static void bind(Sql.Params p, Location l) throws SQLException {
    if (l == null) {
      p.text(null).real(null).real(null).text(null).text(null).text(null).text(null);
    } else {
      p.text(l.name()).real(l.lat()).real(l.lon()).text(l.country()).text(l.admin1()).text(l.precision())
          .text(l.surface());
    }
  }

  /** The location, or null when none was stored (a stored one always has coordinates). */
  static Location read(ResultSet rs) throws SQLException {
    Double lat = Sql.real(rs, "loc_lat");
    Double lon = Sql.real(rs, "loc_lon");
    if (lat == null || lon == null) {
      return null;
    }
    return new Location(rs.getString("loc_name"), lat, lon, rs.getString("loc_country"), rs.getString("loc_admin1"),
        rs.getString("loc_precision"), rs.getString("loc_surface"));
  }
}
