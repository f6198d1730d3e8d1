package org.trucewatch.resolve.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports GeoNames dumps into the gazetteer index ({@link SqlitePlaceIndex} reads it): the main table in any of its cuts
 * ({@code XX.txt}, {@code allCountries.txt}, {@code cities500.txt}...; 19 tab-separated columns), {@code
 * admin1CodesASCII.txt} and {@code alternateNamesV2.txt}, each plain or zipped. Rows are streamed and written in
 * batches, so memory does not grow with the file. Keeps populated places (feature class P), administrative divisions (A)
 * and a few terrain features that news names as places (passes, hills, islands: {@link #KEPT_OTHER}). Writes the index
 * file; reports progress and each malformed row (file and line) on the error stream given, and goes on.
 *
 * <p>Each file is a source named by its file name without extension ("AM", "allCountries"); importing a source again
 * replaces its rows, and {@link #remove} deletes them. One instance per import; not thread-safe.
 */
public final class GeoNamesImporter implements AutoCloseable {

  /** What an import of one file did. */
  public record Result(String source, String file, long read, long kept, long rejected) {}

  /** A source of the index, as {@code gazetteer list} shows it. */
  public record Source(String source, String file, long rows, String importedAt) {}

  static final Set<String> KEPT_OTHER = Set.of("PASS", "MT", "HLL", "ISL", "RDGE", "VAL", "PLN"); // T class
  private static final Set<String> SKIPPED_LANGUAGES = Set.of(
      "link", "wkdt", "post", "iata", "icao", "faac", "abbr", "tcid", "unlc", "phon", "piny", "fr_1793");
  private static final int BATCH = 20_000;
  private static final long PROGRESS_EVERY = 500_000;

  private final Connection db;
  private final PrintWriter err;

  /**
   * Opens (creating where needed) the index file for writing.
   *
   * @throws IllegalStateException naming the file where it cannot be created or opened
   */
  public GeoNamesImporter(Path indexFile, PrintWriter err) {
    this.err = err;
    try {
      Files.createDirectories(indexFile.toAbsolutePath().getParent());
      db = DriverManager.getConnection("jdbc:sqlite:" + indexFile);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA synchronous = OFF"); // a failed import is redone, not recovered
        s.execute("PRAGMA cache_size = -65536"); // 64 MiB of page cache: the names index is written in random order
        s.execute("CREATE TABLE IF NOT EXISTS places (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, ascii TEXT,"
            + " lat REAL, lon REAL, fclass TEXT, fcode TEXT, country TEXT NOT NULL, admin1 TEXT, admin2 TEXT,"
            + " population INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS places_source ON places (source)");
        s.execute("CREATE TABLE IF NOT EXISTS names (folded TEXT NOT NULL, geonameid INTEGER NOT NULL,"
            + " source TEXT NOT NULL, PRIMARY KEY (folded, geonameid)) WITHOUT ROWID");
        s.execute("CREATE INDEX IF NOT EXISTS names_id ON names (geonameid)");
        s.execute("CREATE TABLE IF NOT EXISTS admin1 (code TEXT PRIMARY KEY, name TEXT NOT NULL, ascii TEXT,"
            + " geonameid INTEGER, source TEXT NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS sources (source TEXT PRIMARY KEY, file TEXT NOT NULL,"
            + " rows INTEGER NOT NULL, imported_at TEXT NOT NULL)");
      }
      db.setAutoCommit(false);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(indexFile + ": cannot open the gazetteer index: " + e.getMessage(), e);
    }
  }

  /** Files of place tables first, then admin1 names, then alternate names (which attach to places already there). */
  public static int order(Path file) {
    String n = file.getFileName().toString();
    return n.startsWith("alternateNames") ? 2 : n.startsWith("admin1Codes") ? 1 : 0;
  }

  /**
   * Imports one file (plain or zip), replacing the rows of a source of the same name.
   *
   * @throws UncheckedIOException naming the file where it cannot be read
   */
  public Result importFile(Path file) {
    String name = file.getFileName().toString();
    String source = name.replaceFirst("\\.(txt|zip)$", "");
    try {
      removeRows(source);
      long[] counts = new long[3]; // read, kept, rejected
      if (name.endsWith(".zip")) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
          ZipEntry e;
          while ((e = zip.getNextEntry()) != null) {
            String entry = e.getName().replaceFirst(".*/", "");
            if (!e.isDirectory() && entry.endsWith(".txt") && !entry.startsWith("readme")
                && !entry.startsWith("iso-languagecodes")) {
              read(zip, name + "!" + entry, entry, source, counts);
            }
          }
        }
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          read(in, name, name, source, counts);
        }
      }
      fillAdmin1Points();
      try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)")) {
        s.setString(1, source);
        s.setString(2, file.toAbsolutePath().toString());
        s.setLong(3, counts[1]);
        s.setString(4, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        s.executeUpdate();
      }
      db.commit();
      return new Result(source, name, counts[0], counts[1], counts[2]);
    } catch (IOException e) {
      rollback();
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException(name + ": cannot write the gazetteer index: " + e.getMessage(), e);
    }
  }

  private void read(InputStream in, String label, String entry, String source, long[] counts)
      throws IOException, SQLException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    RowSink sink = entry.startsWith("alternateNames") ? new AlternateNames(db, source)
        : entry.startsWith("admin1Codes") ? new Admin1Names(db, source) : new Places(db, source);
    String line;
    long n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      counts[0]++;
      try {
        if (sink.accept(line.split("\t", -1))) {
          counts[1]++;
        }
      } catch (IllegalArgumentException bad) {
        counts[2]++;
        err.println("trucewatch: " + label + ":" + n + ": " + bad.getMessage() + " (row skipped)");
      }
      if (counts[0] % BATCH == 0) {
        sink.flush();
      }
      if (counts[0] % PROGRESS_EVERY == 0) {
        err.println("trucewatch: gazetteer import: " + label + ": " + counts[0] + " rows read, " + counts[1] + " kept");
        err.flush();
      }
    }
    sink.flush();
  }

  /** Admin1 divisions known only by name (admin1CodesASCII) stand at the mean point of their places. */
  private void fillAdmin1Points() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.executeUpdate("UPDATE places SET lat = (SELECT avg(q.lat) FROM places q WHERE q.country = places.country"
          + " AND q.admin1 = places.admin1 AND q.fclass = 'P'), lon = (SELECT avg(q.lon) FROM places q"
          + " WHERE q.country = places.country AND q.admin1 = places.admin1 AND q.fclass = 'P') WHERE lat IS NULL");
    }
  }

  /** The sources imported, by name. */
  public List<Source> sources() {
    List<Source> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT source, file, rows, imported_at FROM sources ORDER BY source")) {
      while (r.next()) {
        out.add(new Source(r.getString(1), r.getString(2), r.getLong(3), r.getString(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("gazetteer index: " + e.getMessage(), e);
    }
    return out;
  }

  /** Deletes a source's places, names and admin1 names; false where no such source was imported. */
  public boolean remove(String source) {
    try {
      boolean known;
      try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM sources WHERE source = ?")) {
        s.setString(1, source);
        try (ResultSet r = s.executeQuery()) {
          known = r.next();
        }
      }
      removeRows(source);
      try (PreparedStatement s = db.prepareStatement("DELETE FROM sources WHERE source = ?")) {
        s.setString(1, source);
        s.executeUpdate();
      }
      db.commit();
      return known;
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException("gazetteer index: cannot remove " + source + ": " + e.getMessage(), e);
    }
  }

  private void removeRows(String source) throws SQLException {
    for (String sql : List.of(
        "DELETE FROM names WHERE source = ?",
        "DELETE FROM names WHERE geonameid IN (SELECT geonameid FROM places WHERE source = ?)",
        "DELETE FROM places WHERE source = ?",
        "DELETE FROM admin1 WHERE source = ?")) {
      try (PreparedStatement s = db.prepareStatement(sql)) {
        s.setString(1, source);
        s.executeUpdate();
      }
    }
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException e) {
      // the connection is gone: nothing was committed
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException("gazetteer index: cannot close: " + e.getMessage(), e);
    }
  }

  /** The folded keys a written name is indexed under; none for names in other scripts or all in capitals (codes). */
  static Set<String> keys(String written) {
    String w = written.strip();
    if (w.length() < 2 || w.length() > 80 || w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && w.length() <= 5 || w.chars().anyMatch(c -> Character.isLetter(c) && c >= 0x250)) {
      return Set.of();
    }
    return Gazetteer.keys(w);
  }

  /** Writes the rows of one kind of file. */
  private abstract static class RowSink {
    final PreparedStatement names;
    final String source;

    RowSink(Connection db, String source) throws SQLException {
      this.source = source;
      // A place's own names belong to the source that wrote the place last (removing an older source keeps them).
      this.names = db.prepareStatement("INSERT OR REPLACE INTO names VALUES (?, ?, ?)");
    }

    /** Stages one row; false where it is not kept; IllegalArgumentException where it is malformed. */
    abstract boolean accept(String[] f) throws SQLException;

    void flush() throws SQLException {
      names.executeBatch();
    }

    void name(String written, long id) throws SQLException {
      for (String k : keys(written)) {
        names.setString(1, k);
        names.setLong(2, id);
        names.setString(3, source);
        names.addBatch();
      }
    }

    static long id(String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a GeoNames id: '" + s + "'");
      }
    }
  }

  /** The main GeoNames table: 19 columns. */
  private static final class Places extends RowSink {
    private final PreparedStatement places;

    Places(Connection db, String source) throws SQLException {
      super(db, source);
      places = db.prepareStatement("INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    boolean accept(String[] f) throws SQLException {
      if (f.length != 19) {
        throw new IllegalArgumentException("expected 19 tab-separated GeoNames columns, found " + f.length);
      }
      long id = id(f[0]);
      String fclass = f[6];
      if (!(fclass.equals("P") || fclass.equals("A") || fclass.equals("T") && KEPT_OTHER.contains(f[7]))) {
        return false;
      }
      if (f[8].length() != 2 || f[1].isBlank()) {
        return false; // no country (seas, the Antarctic) or no name: nothing a report places
      }
      double lat = number(f[4], "latitude", 90);
      double lon = number(f[5], "longitude", 180);
      long population;
      try {
        population = f[14].isBlank() ? 0 : Long.parseLong(f[14].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a population: '" + f[14] + "'");
      }
      places.setLong(1, id);
      places.setString(2, f[1]);
      places.setString(3, f[2]);
      places.setDouble(4, lat);
      places.setDouble(5, lon);
      places.setString(6, fclass);
      places.setString(7, f[7]);
      places.setString(8, f[8]);
      places.setString(9, f[10]);
      places.setString(10, f[11]);
      places.setLong(11, population);
      places.setString(12, source);
      places.addBatch();
      name(f[1], id);
      name(f[2], id);
      for (String alt : f[3].split(",")) {
        if (!alt.isBlank()) {
          name(alt, id);
        }
      }
      return true;
    }

    private static double number(String s, String what, double limit) {
      try {
        double v = Double.parseDouble(s.strip());
        if (Math.abs(v) > limit) {
          throw new IllegalArgumentException(what + " out of range: " + s);
        }
        return v;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a " + what + ": '" + s + "'");
      }
    }

    @Override
    void flush() throws SQLException {
      places.executeBatch(); // places before names: the names' source rows refer to them
      super.flush();
    }
  }

  /** admin1CodesASCII: code, name, ASCII name, geonameid. Each code becomes an ADM1 place too, where none is. */
  private static final class Admin1Names extends RowSink {
    private final PreparedStatement admin1;
    private final PreparedStatement place;

    Admin1Names(Connection db, String source) throws SQLException {
      super(db, source);
      admin1 = db.prepareStatement("INSERT OR REPLACE INTO admin1 VALUES (?, ?, ?, ?, ?)");
      place = db.prepareStatement("INSERT OR IGNORE INTO places VALUES (?, ?, ?, NULL, NULL, 'A', 'ADM1', ?, ?, '',"
          + " 0, ?)");
    }

    @Override
    boolean accept(String[] f) throws SQLException {
      if (f.length < 4 || !f[0].matches("[A-Z]{2}\\.[0-9A-Za-z]+") || f[1].isBlank()) {
        throw new IllegalArgumentException("expected an admin1 row: CODE (XX.nn), name, ASCII name, GeoNames id");
      }
      long id = id(f[3]);
      admin1.setString(1, f[0]);
      admin1.setString(2, f[1]);
      admin1.setString(3, f[2]);
      admin1.setLong(4, id);
      admin1.setString(5, source);
      admin1.addBatch();
      place.setLong(1, id);
      place.setString(2, f[1]);
      place.setString(3, f[2]);
      place.setString(4, f[0].substring(0, 2));
      place.setString(5, f[0].substring(3));
      place.setString(6, source);
      place.addBatch();
      name(f[1], id);
      name(f[2], id);
      return true;
    }

    @Override
    void flush() throws SQLException {
      admin1.executeBatch();
      place.executeBatch();
      super.flush();
    }
  }

  /** alternateNamesV2: id, geonameid, language, name, flags...; a name is kept for a place already in the index. */
  private static final class AlternateNames extends RowSink {
    private final PreparedStatement known;

    AlternateNames(Connection db, String source) throws SQLException {
      super(db, source);
      known = db.prepareStatement("INSERT OR IGNORE INTO names SELECT ?, ?, ? WHERE EXISTS"
          + " (SELECT 1 FROM places WHERE geonameid = ?)");
    }

    @Override
    boolean accept(String[] f) throws SQLException {
      if (f.length < 4) {
        throw new IllegalArgumentException("expected at least 4 tab-separated alternate-name columns, found "
            + f.length);
      }
      long id = id(f[1]);
      if (SKIPPED_LANGUAGES.contains(f[2]) || f.length > 7 && f[7].equals("1")) {
        return false; // codes, links, and historic names ("isHistoric")
      }
      boolean any = false;
      for (String k : keys(f[3])) {
        known.setString(1, k);
        known.setLong(2, id);
        known.setString(3, source);
        known.setLong(4, id);
        known.addBatch();
        any = true;
      }
      return any;
    }

    @Override
    void flush() throws SQLException {
      known.executeBatch();
      super.flush();
    }
  }
}
