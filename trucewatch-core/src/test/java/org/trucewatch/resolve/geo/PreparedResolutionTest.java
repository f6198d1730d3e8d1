package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reading of a text resolved under several scopes gives what reading it again for each scope gives. */
class PreparedResolutionTest {

  private static final Gazetteer G = Gazetteer.load();
  private static SqlitePlaceIndex index;

  private static final List<String> TEXTS = List.of(
      "Explosions were heard in Novoselivka.",
      "Azerbaijani forces opened fire near Koti, Tavush, on Tuesday. Shelling hit Voskepar and Voskevan.",
      "Fire near Koti on Monday; shells fell near Marinka and near Pisky, in Donetsk region.",
      "Troops fired at Mendhar and near Krishna Ghati in Poonch district; Nakyal sector was calm.",
      "The village of Shyrokyne, near Mariupol, was shelled. Ganja and Terter were hit.",
      "");

  private static final List<ScopeHint> HINTS = List.of(ScopeHint.NONE, ScopeHint.countries("UA"),
      new ScopeHint(Set.of("AM", "AZ"), Set.of("AM.09")), ScopeHint.countries("IN", "PK"));

  @BeforeAll
  static void importFixture(@TempDir Path dir) {
    Path db = dir.resolve("geonames.db");
    try (GeoNamesImporter imp = new GeoNamesImporter(db, new PrintWriter(new StringWriter()))) {
      imp.importFile(GeoNamesImporterTest.fixture(dir, "geonames-villages.txt"));
      imp.importFile(GeoNamesImporterTest.fixture(dir, "admin1CodesASCII.txt"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    index = new SqlitePlaceIndex(db);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void aPreparedTextResolvesAsTheTextUnderEveryHint() {
    for (PlaceResolver r : List.of(new PlaceResolver(G), new PlaceResolver(G, index))) {
      for (String text : TEXTS) {
        List<PlaceMention> found = G.find(text);
        PlaceResolver.Prepared prepared = r.prepare(text, found);
        for (ScopeHint hint : HINTS) {
          assertThat(r.resolve(prepared, hint)).as("%s under %s", text, hint)
              .isEqualTo(r.resolve(text, found, hint));
        }
      }
    }
  }

  @Test
  void aBareLocativeTheIndexKnowsMakesTheReadingDependOnTheHint() {
    String text = "Shells fell near Qxville on Monday.";
    PlaceIndex knows = name -> name.equals("qxville")
        ? List.of(new PlaceIndex.IndexedPlace(new Place("geonames:999999991", "Qxville", 48.0, 37.8, "UA", null,
            Place.Precision.PLACE, "PPL"), 100, null, null))
        : List.of();
    IndexReadings more = new IndexReadings(text, G, knows, ScopeHint.NONE);
    more.augment(G.find(text));
    assertThat(more.hintSensitive()).isTrue();
    IndexReadings plain = new IndexReadings(text, G, PlaceIndex.NONE, ScopeHint.NONE);
    plain.augment(G.find(text));
    assertThat(plain.hintSensitive()).isFalse();
    PlaceResolver r = new PlaceResolver(G, knows);
    PlaceResolver.Prepared prepared = r.prepare(text, G.find(text));
    assertThat(r.resolve(prepared, ScopeHint.NONE)).isEmpty(); // a bare name abroad of the text's countries
    assertThat(r.resolve(prepared, ScopeHint.countries("UA"))).extracting(PlaceMention::surface)
        .containsExactly("Qxville");
    assertThat(r.resolve(prepared, ScopeHint.countries("UA")))
        .isEqualTo(r.resolve(text, G.find(text), ScopeHint.countries("UA")));
  }
}
