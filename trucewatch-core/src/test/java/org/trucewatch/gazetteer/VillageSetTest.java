package org.trucewatch.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.resolve.geo.Gazetteer;
import org.trucewatch.resolve.geo.GeoNamesImporter;
import org.trucewatch.resolve.geo.Place;
import org.trucewatch.resolve.geo.PlaceMention;
import org.trucewatch.resolve.geo.PlaceResolver;
import org.trucewatch.resolve.geo.ScopeHint;
import org.trucewatch.resolve.geo.SqlitePlaceIndex;

/**
 * The village set ({@code villages.tsv}: attacks near real villages of AZ, AM, UA, IN and PK) read by the embedded
 * gazetteer alone, then with the test's GeoNames fixture imported, each without and with the item's conflict countries
 * as a {@link ScopeHint}; prints the figures (village: within 10 km; province:
 * in the right first-level division) on standard output.
 */
class VillageSetTest {

  record Item(String sentence, String surface, double lat, double lon, String admin1, String country) {}

  record Score(int village, int province, int total, List<String> misses) {
    @Override
    public String toString() {
      return String.format("village %d/%d, province %d/%d", village, total, province, total);
    }
  }

  static List<Item> items() throws IOException {
    List<Item> out = new ArrayList<>();
    try (InputStream in = VillageSetTest.class.getResourceAsStream("villages.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Item(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4], f[5]));
      }
    }
    return out;
  }

  /** The countries of the conflict an item belongs to, as a conflict profile would give them. */
  static ScopeHint hint(Item it) {
    return switch (it.country()) {
      case "AM", "AZ" -> ScopeHint.countries("AM", "AZ");
      case "UA", "RU" -> ScopeHint.countries("UA", "RU");
      default -> ScopeHint.countries("IN", "PK");
    };
  }

  static Score score(Gazetteer g, PlaceResolver r, List<Item> items, boolean hinted) {
    int village = 0;
    int province = 0;
    List<String> misses = new ArrayList<>();
    for (Item it : items) {
      Place p = null;
      ScopeHint h = hinted ? hint(it) : ScopeHint.NONE;
      for (PlaceMention m : r.resolve(it.sentence(), g.find(it.sentence()), h)) {
        if (m.start() == it.sentence().indexOf(it.surface())) {
          p = m.place();
        }
      }
      boolean v = p != null && Place.km(p.lat(), p.lon(), it.lat(), it.lon()) <= 10;
      boolean a = v || p != null && p.country().equals(it.country()) && it.admin1().equals(p.admin1());
      village += v ? 1 : 0;
      province += a ? 1 : 0;
      if (!v) {
        misses.add(it.surface() + " -> " + (p == null ? "nothing" : p.name() + " (" + p.country() + ", " + p.admin1()
            + ", " + p.precision() + ")"));
      }
    }
    return new Score(village, province, items.size(), misses);
  }

  @Test
  void importedVillagesRaiseTheFigure(@TempDir Path dir) throws IOException {
    Gazetteer g = Gazetteer.load();
    List<Item> items = items();
    Score before = score(g, new PlaceResolver(g), items, false);
    Score beforeHinted = score(g, new PlaceResolver(g), items, true);
    Path db = dir.resolve("geonames.db");
    try (GeoNamesImporter imp = new GeoNamesImporter(db, new PrintWriter(new StringWriter()))) {
      imp.importFile(copy(dir, "geonames-villages.txt"));
      imp.importFile(copy(dir, "admin1CodesASCII.txt"));
    }
    Score after;
    Score afterHinted;
    try (SqlitePlaceIndex index = new SqlitePlaceIndex(db)) {
      after = score(g, new PlaceResolver(g, index), items, false);
      afterHinted = score(g, new PlaceResolver(g, index), items, true);
    }
    System.out.println("village set, embedded gazetteer: " + before + "; misses " + before.misses());
    System.out.println("village set, embedded gazetteer, conflict countries hinted: " + beforeHinted + "; misses "
        + beforeHinted.misses());
    System.out.println("village set, with the fixture imported: " + after + "; misses " + after.misses());
    System.out.println("village set, with the fixture imported, conflict countries hinted: " + afterHinted
        + "; misses " + afterHinted.misses());
    assertThat(after.village()).isGreaterThan(before.village());
    assertThat(after.province()).isGreaterThanOrEqualTo(before.province());
    assertThat(afterHinted.village()).isGreaterThanOrEqualTo(after.village());
    assertThat(afterHinted.province()).isGreaterThanOrEqualTo(items.size() - 1);
  }

  static Path copy(Path dir, String resource) throws IOException {
    Path f = dir.resolve(resource);
    try (InputStream in = VillageSetTest.class.getResourceAsStream(resource)) {
      Files.copy(in, f);
    }
    return f;
  }
}
