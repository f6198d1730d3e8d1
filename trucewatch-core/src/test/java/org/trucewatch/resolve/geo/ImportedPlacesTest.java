package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.resolve.geo.Place.Precision;

/** Qualified names ("VILLAGE, PROVINCE") with and without the imported fixture, scope hints and extra areas. */
class ImportedPlacesTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final PlaceResolver PLAIN = new PlaceResolver(G);
  private static SqlitePlaceIndex index;
  private static PlaceResolver imported;

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
    imported = new PlaceResolver(G, index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static PlaceMention at(PlaceResolver r, String text, String surface) {
    List<PlaceMention> ms = r.resolve(text, G.find(text)).stream().filter(m -> m.surface().equals(surface)).toList();
    assertThat(ms).as("%s in: %s", surface, text).hasSize(1);
    return ms.get(0);
  }

  @Test
  void anUnknownVillageBesideItsProvinceFallsBackToTheProvince() {
    String text = "Azerbaijani forces opened fire near Koti, Tavush, on Tuesday.";
    PlaceMention m = at(PLAIN, text, "Koti");
    assertThat(m.place().id()).isEqualTo("admin:AM.09");
    assertThat(m.place().precision()).isEqualTo(Precision.REGION);
    // the province is not a second place of the sentence
    assertThat(PLAIN.resolve(text, G.find(text))).extracting(PlaceMention::surface).containsExactly("Koti");
  }

  @Test
  void afterImportTheVillageItself() {
    String text = "Azerbaijani forces opened fire near Koti, Tavush, on Tuesday.";
    PlaceMention m = at(imported, text, "Koti");
    assertThat(m.place().id()).isEqualTo("geonames:9990001");
    assertThat(m.place().precision()).isEqualTo(Precision.PLACE);
    assertThat(m.place().admin1()).isEqualTo("Tavush");
  }

  @Test
  void theProvinceChoosesAmongSameNamedVillages() {
    assertThat(at(imported, "Shots were fired near Koti, Himachal Pradesh.", "Koti").place().id())
        .isEqualTo("geonames:9990009");
    assertThat(at(imported, "The village of Koti in Tavush province was shelled.", "Koti").place().id())
        .isEqualTo("geonames:9990001");
    // Pisky: two in Mykolaiv oblast in the embedded gazetteer, one in Donetsk oblast in the import
    assertThat(at(imported, "Separatists shelled Pisky, Donetsk region.", "Pisky").place().admin1())
        .isEqualTo("Donetsk");
    // and among the embedded gazetteer's own: Novoselivka of Donetsk oblast, not the six of Odessa oblast
    assertThat(at(PLAIN, "Russian troops shelled Novoselivka, Donetsk region.", "Novoselivka").place().id())
        .isEqualTo("geonames:699185");
  }

  @Test
  void aTownOfAnotherCountryIsNotReadInsideTheNamedProvince() {
    // Kut is a Ukrainian village of the embedded gazetteer; the Armenian one is a karabakh place row, read here
    String text = "Azerbaijani troops shelled the villages of Sotk and Kut in Armenia's Gegharkunik province.";
    PlaceMention kut = at(PLAIN, text, "Kut");
    assertThat(kut.place().id()).isEqualTo("place:AM-kut");
    assertThat(at(PLAIN, text, "Sotk").place().country()).isEqualTo("AM");
  }

  @Test
  void aListOfTownsIsNoQualifier() {
    String text = "Shelling hit Ganja, Terter and Donetsk, Luhansk.";
    assertThat(at(imported, text, "Ganja").place().precision()).isEqualTo(Precision.PLACE);
    assertThat(at(imported, text, "Donetsk").place().country()).isEqualTo("UA");
    assertThat(imported.resolve(text, G.find(text))).hasSize(4);
  }

  @Test
  void aScopeHintPrefersItsCountry() {
    String text = "Explosions were heard in Novoselivka.";
    Place none = at(PLAIN, text, "Novoselivka").place();
    assertThat(none.admin1()).isEqualTo("Odessa"); // six of seven Novoselivkas of the embedded gazetteer
    List<PlaceMention> hinted = PLAIN.resolve(text, G.find(text),
        new ScopeHint(java.util.Set.of("UA"), java.util.Set.of("UA.05")));
    assertThat(hinted.get(0).place().id()).isEqualTo("geonames:699185");
    assertThat(PLAIN.resolve(text, G.find(text), ScopeHint.NONE)).isEqualTo(PLAIN.resolve(text, G.find(text)));
  }

  @Test
  void lookupsAreBoundedPerText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      b.append("Fire near Qx").append(Integer.toString(i, 26).replaceAll("[0-9]", "a")).append("z. ");
    }
    int[] queries = {0};
    PlaceIndex counting = name -> {
      queries[0]++;
      return List.of();
    };
    new PlaceResolver(G, counting).resolve(b.toString(), G.find(b.toString()));
    assertThat(queries[0]).isLessThanOrEqualTo(IndexReadings.MAX_LOOKUPS);
  }

  @Test
  void extraAreasComeFromOutside() {
    String row = "region:test-donbas\tDonbas\tDonbas|Donbass\tREGION\tRGN\tUA\t\t48.0\t38.0\t\ttest row\n";
    Gazetteer g = Gazetteer.load(List.of(new AreaSource("profile test: areas.tsv", new StringReader(row))));
    assertThat(g.lookup("Donbass").map(Place::id)).contains("region:test-donbas");
    assertThat(Gazetteer.load().lookup("Donbass").map(Place::id)).isNotEqualTo(java.util.Optional.of("region:test-donbas"));
    // the shared gazetteer holds the shipped conflict profiles' named areas
    assertThat(Gazetteer.load().lookup("Line of Control").map(Place::country)).contains("IN");
  }

  @Test
  void villagesOfTheConflictCountriesAreEmbedded() {
    assertThat(G.lookup("Krasnohorivka").map(Place::country)).contains("UA");
    assertThat(G.lookup("Thanna Mandi").map(Place::country)).contains("IN");
    assertThat(G.lookup("Chak Pindi").map(Place::country)).contains("PK");
  }
}
