package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.geo.ResolvedPlaces.places;
import static org.trucewatch.resolve.geo.ResolvedPlaces.placeOf;

import org.junit.jupiter.api.Test;

/**
 * Places the news of the profiles' wars names often that the gazetteer lacked: villages and towns below the GeoNames
 * cities500 threshold (conflict rows with the page their point comes from), GeoNames places under another spelling
 * (aliases), and GeoNames places blocked as English words ("Acre", "Samba"), which a conflict row makes places only
 * beside another place of that war's countries. Sentences written for this test.
 */
class FrequentlyNamedPlacesTest {

  @Test
  void villagesOfSouthLebanonAndTheGalileeArePlaced() {
    assertThat(placeOf("An Israeli drone struck a motorbike in Srifa, east of Tyre, on Monday.", "Srifa").country())
        .isEqualTo("LB");
    assertThat(placeOf("Artillery pounded the hills between Maroun al-Ras and Yaroun overnight.", "Maroun al-Ras")
        .country()).isEqualTo("LB");
    assertThat(placeOf("Hezbollah said it fired rockets at Kiryat Shemona and Metula.", "Kiryat Shemona")
        .country()).isEqualTo("IL");
  }

  @Test
  void aWordNameIsAPlaceOnlyWhereAConflictRowMakesItOne() {
    assertThat(placeOf("Sirens sounded as rockets struck Acre and Nahariya on Sunday.", "Acre").country())
        .isEqualTo("IL");
    assertThat(placeOf("Samba and Kathua came under Pakistani mortar fire overnight.", "Samba").country())
        .isEqualTo("IN");
    // with no place of the war's countries beside it the word is no place (no locative preposition before it)
    assertThat(places("The Samba school parade drew thousands on Sunday.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).doesNotContain("Samba");
    assertThat(places("Acre Holdings reported higher profits this quarter.", ScopeHint.NONE))
        .extracting(PlaceMention::surface).doesNotContain("Acre");
  }

  @Test
  void townsOfKashmirSudanSyriaAndYemenArePlaced() {
    assertThat(placeOf("Two militants were killed in a gunfight near Handwara on Tuesday.", "Handwara").country())
        .isEqualTo("IN");
    assertThat(placeOf("Clashes erupted in Abyei town after the convoy was attacked.", "Abyei").country())
        .isEqualTo("SD");
    assertThat(placeOf("The paramilitary said it had taken Muglad, in West Kordofan.", "Muglad").country())
        .isEqualTo("SD");
    assertThat(placeOf("Jets bombed Latamneh and Kafr Nabudah in northern Hama.", "Kafr Nabudah").country())
        .isEqualTo("SY");
    assertThat(placeOf("A drone hit a convoy near Al-Bukamal on the Iraqi border.", "Al-Bukamal").admin1())
        .isEqualTo("Deir ez-Zor");
    assertThat(placeOf("Coalition jets struck a camp outside Seiyun on Friday.", "Seiyun").country())
        .isEqualTo("YE");
  }

  @Test
  void frontVillagesOfDonbasKarabakhAndGazaArePlaced() {
    Place sakhanka = placeOf("Separatists said Ukrainian troops shelled Sakhanka, east of Mariupol.", "Sakhanka");
    assertThat(sakhanka.country()).isEqualTo("UA");
    assertThat(sakhanka.precision()).isEqualTo(Place.Precision.DISTRICT);
    assertThat(placeOf("Mortar rounds landed in Kominternove overnight, the militia said.", "Kominternove")
        .country()).isEqualTo("UA");
    assertThat(placeOf("Residents of Taghavard near Martuni reported gunfire on Thursday.", "Taghavard").country())
        .isEqualTo("AZ");
    assertThat(placeOf("Troops pulled back from the Netzarim Corridor south of Gaza City.", "Netzarim Corridor")
        .country()).isEqualTo("PS");
  }

  @Test
  void struckPlacesOfSudanSyriaLebanonDonbasAndTheGulfArePlaced() {
    assertThat(placeOf("Separatist gunners fired on Staromarivka, north of Mariupol, on Friday.", "Staromarivka")
        .country()).isEqualTo("UA");
    assertThat(placeOf("Paramilitary fighters looted shops in Jebel Moya, south of Sennar, residents said.",
        "Jebel Moya").country()).isEqualTo("SD");
    Place balyun = placeOf("Warplanes pounded Balyun and Kafr Nabl in Idlib province overnight.", "Balyun");
    assertThat(balyun.country()).isEqualTo("SY");
    assertThat(balyun.admin1()).isEqualTo("Idlib");
    assertThat(placeOf("A drone strike on a house in Tiri, near Bint Jbeil, killed two men.", "Tiri").country())
        .isEqualTo("LB");
    assertThat(placeOf("Fires broke out at the Khurais oil field after the drone attack.", "Khurais").country())
        .isEqualTo("SA");
  }

  @Test
  void theNubaMountainsRebelSeatIsPlaced() {
    Place kauda = placeOf("Antonov bombers circled over Kauda in South Kordofan before dawn.", "Kauda");
    assertThat(kauda.country()).isEqualTo("SD");
    assertThat(kauda.admin1()).isEqualTo("South Kordofan");
    assertThat(placeOf("Army drones hit a market in Kauda, the rebels' stronghold, killing traders.", "Kauda")
        .country()).isEqualTo("SD");
  }
}
