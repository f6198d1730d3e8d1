package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesImporterTest {

  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  static Path fixture(Path dir, String name) throws IOException {
    Path f = dir.resolve(name);
    try (InputStream in = GeoNamesImporterTest.class.getResourceAsStream("/org/trucewatch/gazetteer/" + name)) {
      Files.copy(in, f);
    }
    return f;
  }

  private GeoNamesImporter importer(Path db) {
    return new GeoNamesImporter(db, new PrintWriter(err, true));
  }

  private static long count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : -1;
    }
  }

  @Test
  void importsAPlainCountryFileAndFindsItsVillages() throws Exception {
    Path db = dir.resolve("g.db");
    try (GeoNamesImporter imp = importer(db)) {
      GeoNamesImporter.Result r = imp.importFile(fixture(dir, "geonames-villages.txt"));
      assertThat(r.source()).isEqualTo("geonames-villages");
      assertThat(r.read()).isEqualTo(14);
      assertThat(r.kept()).isEqualTo(14);
      assertThat(r.rejected()).isZero();
    }
    try (SqlitePlaceIndex index = new SqlitePlaceIndex(db)) {
      assertThat(index.lookup("koti")).extracting(p -> p.place().country()).containsExactlyInAnyOrder("AM", "IN");
      PlaceIndex.IndexedPlace koti = index.lookup("koti").stream().filter(p -> p.place().country().equals("AM"))
          .findFirst().orElseThrow();
      assertThat(koti.admin1Code()).isEqualTo("AM.09");
      assertThat(koti.place().precision()).isEqualTo(Place.Precision.PLACE);
      assertThat(index.lookup("kotigyugh")).hasSize(1); // an alternate name
      assertThat(index.lookup("marinka")).hasSize(1);
      assertThat(index.lookup("tavush province").get(0).place().precision()).isEqualTo(Place.Precision.REGION);
    }
  }

  @Test
  void importsAZipAndAdmin1NamesAndListsTheSources() throws Exception {
    Path zip = dir.resolve("AM.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("not data\n".getBytes());
      z.putNextEntry(new ZipEntry("AM.txt"));
      z.write(Files.readAllBytes(fixture(dir, "geonames-villages.txt")));
    }
    Path db = dir.resolve("g.db");
    try (GeoNamesImporter imp = importer(db)) {
      assertThat(imp.importFile(zip).kept()).isEqualTo(14);
      assertThat(imp.importFile(fixture(dir, "admin1CodesASCII.txt")).kept()).isEqualTo(6);
      assertThat(imp.sources()).extracting(GeoNamesImporter.Source::source)
          .containsExactly("AM", "admin1CodesASCII");
      assertThat(imp.sources().get(0).rows()).isEqualTo(14);
    }
    try (SqlitePlaceIndex index = new SqlitePlaceIndex(db)) {
      PlaceIndex.IndexedPlace koti = index.lookup("koti").stream().filter(p -> p.place().country().equals("AM"))
          .findFirst().orElseThrow();
      assertThat(koti.place().admin1()).isEqualTo("Tavush"); // named from admin1CodesASCII
      // An admin1 code with no place row of its own stands at the mean point of its places.
      PlaceIndex.IndexedPlace donetsk = index.lookup("donetsk").get(0);
      assertThat(donetsk.place().precision()).isEqualTo(Place.Precision.REGION);
      assertThat(donetsk.place().lat()).isBetween(47.0, 49.1);
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void reimportReplacesAndRemoveDeletes() throws Exception {
    Path db = dir.resolve("g.db");
    Path f = fixture(dir, "geonames-villages.txt");
    try (GeoNamesImporter imp = importer(db)) {
      imp.importFile(f);
      long places = count(db, "SELECT count(*) FROM places");
      long names = count(db, "SELECT count(*) FROM names");
      imp.importFile(f);
      assertThat(count(db, "SELECT count(*) FROM places")).isEqualTo(places);
      assertThat(count(db, "SELECT count(*) FROM names")).isEqualTo(names);
      assertThat(imp.sources()).hasSize(1);
      assertThat(imp.remove("geonames-villages")).isTrue();
      assertThat(imp.remove("geonames-villages")).isFalse();
      assertThat(imp.sources()).isEmpty();
    }
    assertThat(count(db, "SELECT count(*) FROM places")).isZero();
    assertThat(count(db, "SELECT count(*) FROM names")).isZero();
  }

  @Test
  void aMalformedRowIsReportedWithFileAndLineAndTheRestImported() throws Exception {
    Path f = dir.resolve("UA.txt");
    String good = Files.readString(fixture(dir, "geonames-villages.txt"));
    String[] lines = good.split("\n");
    try (OutputStream o = Files.newOutputStream(f)) {
      o.write((lines[0] + "\n" + "123\tBroken\tonly three columns\n" + lines[1] + "\n"
          + lines[2].replace("33.54204", "north") + "\n" + lines[3] + "\n").getBytes());
    }
    Path db = dir.resolve("g.db");
    try (GeoNamesImporter imp = importer(db)) {
      GeoNamesImporter.Result r = imp.importFile(f);
      assertThat(r.read()).isEqualTo(5);
      assertThat(r.kept()).isEqualTo(3);
      assertThat(r.rejected()).isEqualTo(2);
    }
    assertThat(err.toString()).contains("UA.txt:2: expected 19 tab-separated GeoNames columns, found 3")
        .contains("UA.txt:4: not a latitude: 'north'");
  }

  @Test
  void alternateNamesAttachToImportedPlacesAndLeaveWithTheirSource() throws Exception {
    Path db = dir.resolve("g.db");
    Path alt = dir.resolve("alternateNamesV2.txt");
    Files.writeString(alt, String.join("\n",
        "1\t9990001\ten\tKoty\t\t\t\t\t\t",
        "2\t9990001\tlink\thttps://en.wikipedia.org/wiki/Koti,_Armenia\t\t\t\t\t\t",
        "3\t999999999\ten\tNowhere Town\t\t\t\t\t\t",
        "4\t9990002\t\tOld Voskepar\t\t\t\t1\t\t",
        "5\t9990002\thy\tՈսկեպար\t\t\t\t\t\t") + "\n");
    try (GeoNamesImporter imp = importer(db)) {
      imp.importFile(fixture(dir, "geonames-villages.txt"));
      GeoNamesImporter.Result r = imp.importFile(alt);
      assertThat(r.source()).isEqualTo("alternateNamesV2");
      assertThat(r.read()).isEqualTo(5);
    }
    try (SqlitePlaceIndex index = new SqlitePlaceIndex(db)) {
      assertThat(index.lookup("koty")).extracting(p -> p.place().id()).containsExactly("geonames:9990001");
      assertThat(index.lookup("nowhere town")).isEmpty(); // no such place imported
      assertThat(index.lookup("old voskepar")).isEmpty(); // historic
    }
    try (GeoNamesImporter imp = importer(db)) {
      assertThat(imp.remove("alternateNamesV2")).isTrue();
    }
    try (SqlitePlaceIndex index = new SqlitePlaceIndex(db)) {
      assertThat(index.lookup("koty")).isEmpty();
      assertThat(index.lookup("koti")).hasSize(2);
    }
  }

  @Test
  void keepsPlacesAndDivisionsOnly() throws Exception {
    Path f = dir.resolve("XX.txt");
    String row = Files.readString(fixture(dir, "geonames-villages.txt")).split("\n")[0];
    Files.writeString(f, row + "\n" + row.replace("616072", "1").replace("\tP\tPPL\t", "\tH\tSTM\t") + "\n");
    try (GeoNamesImporter imp = importer(dir.resolve("g.db"))) {
      GeoNamesImporter.Result r = imp.importFile(f);
      assertThat(r.kept()).isEqualTo(1);
      assertThat(r.rejected()).isZero();
    }
  }
}
