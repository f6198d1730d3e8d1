package org.trucewatch.resolve.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConfig;
import org.trucewatch.resolve.geo.Place.Precision;

/**
 * The imported GeoNames index ({@link GeoNamesImporter} writes it), opened read-only and queried one name at a time:
 * nothing is loaded at start-up. Reads the tables {@code names}, {@code places} and {@code admin1}; writes nothing.
 * Thread-safe: lookups share one connection under a lock, behind a bounded cache of recent answers.
 */
public final class SqlitePlaceIndex implements PlaceIndex, AutoCloseable {

  private static final int MAX_READINGS = 40; // a name shared by more places than this is no use for a village
  private static final int CACHE = 20_000;
  private static final Map<Path, PlaceIndex> OPEN = new ConcurrentHashMap<>();

  private final Path file;
  private final Connection connection;
  private final PreparedStatement query;
  private final Map<String, List<IndexedPlace>> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<IndexedPlace>> e) {
      return size() > CACHE;
    }
  };

  /**
   * Opens an index file read-only.
   *
   * @throws IllegalStateException naming the file when it cannot be opened or is not a TruceWatch gazetteer index
   */
  public SqlitePlaceIndex(Path file) {
    this.file = file;
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      this.connection = config.createConnection("jdbc:sqlite:" + file);
      this.query = connection.prepareStatement("SELECT p.geonameid, p.name, p.lat, p.lon, p.fclass, p.fcode, p.country,"
          + " p.admin1, p.admin2, p.population, a.name FROM names n JOIN places p ON p.geonameid = n.geonameid"
          + " LEFT JOIN admin1 a ON a.code = p.country || '.' || p.admin1"
          + " WHERE n.folded = ? AND p.lat IS NOT NULL ORDER BY p.population DESC, p.geonameid LIMIT " + MAX_READINGS);
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": not a readable gazetteer index: " + e.getMessage(), e);
    }
  }

  /**
   * The index under {@link GazetteerHome}, opened once per file and shared; {@link PlaceIndex#NONE} where none has been
   * imported, or where the file cannot be read (said once on standard error).
   */
  public static PlaceIndex openDefault() {
    Path f = GazetteerHome.indexFile();
    if (!Files.isRegularFile(f)) {
      return NONE;
    }
    return OPEN.computeIfAbsent(f.toAbsolutePath(), p -> {
      try {
        return new SqlitePlaceIndex(p);
      } catch (IllegalStateException e) {
        System.err.println("trucewatch: " + e.getMessage() + " (imported places not used)");
        return NONE;
      }
    });
  }

  @Override
  public synchronized List<IndexedPlace> lookup(String foldedName) {
    List<IndexedPlace> hit = cache.get(foldedName);
    if (hit != null) {
      return hit;
    }
    List<IndexedPlace> out = new ArrayList<>();
    try {
      query.setString(1, foldedName);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          out.add(place(r));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": lookup of '" + foldedName + "' failed: " + e.getMessage(), e);
    }
    List<IndexedPlace> result = List.copyOf(out);
    cache.put(foldedName, result);
    return result;
  }

  private static IndexedPlace place(ResultSet r) throws SQLException {
    String fclass = r.getString(5);
    String fcode = r.getString(6);
    String country = r.getString(7);
    String a1 = r.getString(8);
    String a2 = r.getString(9);
    Precision precision = !"A".equals(fclass) ? Precision.PLACE
        : "ADM1".equals(fcode) ? Precision.REGION : Precision.DISTRICT;
    String code1 = a1 == null || a1.isEmpty() ? null : country + "." + a1;
    String code2 = code1 == null || a2 == null || a2.isEmpty() ? null : code1 + "." + a2;
    Place p = new Place("geonames:" + r.getLong(1), r.getString(2), r.getDouble(3), r.getDouble(4), country,
        r.getString(11), precision, fcode == null || fcode.isEmpty() ? fclass + "?" : fcode);
    return new IndexedPlace(p, r.getLong(10), code1, code2);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing a read-only connection loses nothing
    }
  }
}
