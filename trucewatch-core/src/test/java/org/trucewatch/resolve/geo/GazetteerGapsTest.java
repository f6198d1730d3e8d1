package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.geo.ResolvedPlaces.placeOf;
import static org.trucewatch.resolve.geo.ResolvedPlaces.places;

import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Places news names that GeoNames cities500 lacks or holds under another name, one class each: the short name of a
 * GeoNames city (Marawi for "Marawi City", while Kuwait City stays the city), a village of a country no profile covers
 * (areas.tsv), a frontline village or sector of a profile (its areas.tsv), a locality whose far namesake was read
 * instead; and people's names that are no places. Sentences written for this test.
 */
class GazetteerGapsTest {

  private static final ScopeHint SUDAN = new ScopeHint(Set.of("SD"), Set.of("SD.29"));

  @Test
  void theShortNameOfACityIsTheCityAndKuwaitCityStaysTheCity() {
    Place marawi = placeOf("Philippine troops battled gunmen in the streets of Marawi on Tuesday.", "Marawi");
    assertThat(marawi.country()).isEqualTo("PH");
    assertThat(marawi.lat()).isCloseTo(8.0, Offset.offset(0.05));
    assertThat(placeOf("Houthi shelling hit Samtah near the Yemeni border on Friday.", "Samtah").country())
        .isEqualTo("SA");
    Place kuwait = placeOf("A drone was shot down near Kuwait City on Monday, the ministry said.", "Kuwait City");
    assertThat(kuwait.precision()).isEqualTo(Place.Precision.PLACE);
    assertThat(kuwait.country()).isEqualTo("KW");
  }

  @Test
  void aVillageOfACountryNoProfileCoversIsPlaced() {
    Place tin = placeOf("Rebels said they killed dozens of soldiers near Tinzaouaten on the Algerian border.",
        "Tinzaouaten");
    assertThat(tin.country()).isEqualTo("ML");
    assertThat(tin.lat()).isCloseTo(19.95, Offset.offset(0.05));
    Place solhan = placeOf("Gunmen raided the village of Solhan in Yagha province overnight.", "Solhan");
    assertThat(solhan.country()).isEqualTo("BF");
    Place lido = placeOf("Gunmen stormed a hotel on Lido Beach on Friday evening, police said.", "Lido Beach");
    assertThat(lido.country()).isEqualTo("SO");
  }

  @Test
  void aFrontlineVillageOrSectorOfAProfileIsPlaced() {
    assertThat(placeOf("The enemy opened fire twice on positions near Krymske, Luhansk region, the JFO said.",
        "Krymske").country()).isEqualTo("UA");
    assertThat(placeOf("Indian troops shelled villages in the Nakyal sector of Kotli district on Monday.",
        "Nakyal").country()).isEqualTo("PK");
    assertThat(placeOf("Armenian forces shelled Khidirli in Aghdam district overnight, the ministry said.",
        "Khidirli").id()).isEqualTo("place:AZ-khidirli");
    assertThat(placeOf("An Israeli strike levelled a building in Haret Hreik on Friday.", "Haret Hreik").country())
        .isEqualTo("LB");
    assertThat(placeOf("An Israeli drone struck a car near Dhayra and Yarine in south Lebanon on Sunday.",
        "Dhayra").lat()).isCloseTo(33.1075, Offset.offset(0.01));
  }

  @Test
  void aLocalityOfTheStorysWarIsNotItsFarNamesake() {
    List<PlaceMention> ms = places("Shells fell on the Karari locality of Omdurman on Friday, killing five people.",
        SUDAN);
    assertThat(ms).filteredOn(m -> m.surface().equals("Karari")).singleElement()
        .satisfies(m -> assertThat(m.place().country()).isEqualTo("SD"));
  }

  @Test
  void aPersonsNameIsNoPlace() {
    assertThat(places("The Houthis' spokesman Mohammed Abdul-Salam called the raid an act of genocide.",
        ScopeHint.NONE)).extracting(PlaceMention::surface).doesNotContain("Salam");
    assertThat(places("\"The glass came down on us,\" said Salem, a taxi driver from Aden.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).doesNotContain("Salem").contains("Aden");
  }
}
