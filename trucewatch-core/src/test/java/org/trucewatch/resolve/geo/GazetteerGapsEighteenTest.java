package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.geo.ResolvedPlaces.places;
import static org.trucewatch.resolve.geo.ResolvedPlaces.placeOf;

import org.junit.jupiter.api.Test;

/**
 * The eighteenth round's place gaps, one class each: Arabic names written with another article (GeoNames
 * "Ad Durayhimi"; news "al-Durayhimi", "el-Durayhimi") and market towns without their "Suq" ("Suq Sirwah" is Sirwah);
 * a transliterated 'ayn inside a longer name ("al-Zira'a"), which is no mention of a shorter place ("Zira", India); a
 * word that opens Arabic place names ("Abu", "Deir") before an unknown name, which makes one name with it, not a row
 * of two places ("Abu" of India); a city before a newspaper noun ("the Karachi newspaper Business Recorder"), which
 * names the paper, not a place; and villages, districts and neighbourhoods of the profiles' wars below the cities500
 * threshold. Sentences written for this test.
 */
class GazetteerGapsEighteenTest {

  @Test
  void arabicNamesMatchWithAnyArticle() {
    assertThat(placeOf("Fighting flared again in el-Durayhimi on Monday.", "el-Durayhimi").country())
        .isEqualTo("YE");
    assertThat(placeOf("Fighting flared again in al-Durayhimi on Monday.", "al-Durayhimi").country())
        .isEqualTo("YE");
    // a bare name without its article is no key: "Al Husayn" of Yemen is no "Husayn"
    assertThat(places("Husayn told reporters the talks had failed.", ScopeHint.NONE)).isEmpty();
    assertThat(placeOf("Tribesmen held the line west of Sirwah on Sunday.", "Sirwah").country()).isEqualTo("YE");
    assertThat(placeOf("Clashes broke out in the Sirwah district of Marib.", "Sirwah").admin1()).isEqualTo("Ma'rib");
  }

  @Test
  void anApostropheInsideANameEndsNoShorterName() {
    assertThat(places("Shells slammed into the al-Zira'a neighbourhood of Taiz on Tuesday.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).doesNotContain("Zira").contains("Taiz");
    assertThat(places("A car bomb went off near the Zira'a roundabout in Taiz city.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).doesNotContain("Zira");
    // the possessive still ends a name
    assertThat(places("Zira's main market was shut on Friday.", ScopeHint.NONE)).isEmpty();
  }

  @Test
  void aWordThatOpensArabicNamesMakesOneNameWithTheNext() {
    assertThat(places("Further south, in Abu Hamam, a drone hit a car near the river.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).doesNotContain("Abu", "Hamam");
    assertThat(places("Drones also struck Abu Hamam and Darnaj on Tuesday.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).doesNotContain("Abu");
    // two places side by side are still a row of places
    assertThat(places("Armenia Azerbaijan clashes resumed on Monday.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).contains("Armenia", "Azerbaijan");
  }

  @Test
  void aCityBeforeANewspaperNamesTheNewspaperNotAPlace() {
    assertThat(places("The ISPR confirmed to the Karachi newspaper Business Recorder that shots were fired.",
        ScopeHint.NONE)).extracting(PlaceMention::surface).doesNotContain("Karachi");
    assertThat(places("The Beirut daily An-Nahar reported two strikes near Tyre.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).doesNotContain("Beirut").contains("Tyre");
  }

  @Test
  void villagesDistrictsAndNeighbourhoodsOfTheProfilesWarsArePlaced() {
    assertThat(placeOf("Tribal fighters raided a checkpoint in al-Tayyana, east of Deir ez-Zor.", "al-Tayyana")
        .precision()).isEqualTo(Place.Precision.DISTRICT);
    assertThat(placeOf("Rockets struck Fua and Kafriya, two besieged towns in Idlib.", "Fua").country())
        .isEqualTo("SY");
    assertThat(placeOf("Shelling of al-Qaboun in north-east Damascus killed two.", "al-Qaboun").country())
        .isEqualTo("SY");
    assertThat(placeOf("A strike on a market in Termanin, in Idlib province, killed four.", "Termanin")
        .precision()).isEqualTo(Place.Precision.DISTRICT);
    assertThat(places("Saudi artillery hit homes in Munabbih district of Saada on Thursday.", ScopeHint.NONE))
        .anySatisfy(m -> {
          assertThat(m.surface()).startsWith("Munabbih");
          assertThat(m.place().country()).isEqualTo("YE");
        });
    assertThat(placeOf("The Houthis took the whole of Abdiyah district in Marib province.", "Abdiyah").country())
        .isEqualTo("YE");
    assertThat(placeOf("Pakistani mortars hit Krishna Ghati in Poonch on Tuesday.", "Krishna Ghati").country())
        .isEqualTo("IN");
    assertThat(placeOf("Shells landed in Kralpora and Chowkibal in Kupwara district.", "Chowkibal").country())
        .isEqualTo("IN");
  }
}
