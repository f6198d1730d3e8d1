package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A known name followed by a lower-case Arabic article and a capitalised word ("Wadi al-Rummaneh") is only the first
 * word of a longer name the gazetteer lacks: it is no place, and the area the text names after it still is.
 */
class ArticleNameTailTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Drones struck a sawmill at Wadi al-Rummaneh in southern Lebanon on Friday.|Wadi",
      "Shells landed near Abu ash-Shuhada overnight, residents said.|Abu",
      "Two farmers died when a strike hit Wadi el Nasr before dawn.|Wadi",
      "Rockets fell on Tal al-Zuhour, a hamlet near the border.|Tal"})
  void theFirstWordIsNoPlace(String text, String first) {
    assertThat(ResolvedPlaces.mentions(text, ScopeHint.countries("LB", "SY")))
        .noneMatch(m -> m.surface().equals(first));
  }

  @Test
  void theAreaNamedAfterItStaysAPlace() {
    assertThat(ResolvedPlaces.places("A strike hit a quarry at Wadi al-Rummaneh in Lebanon's Nabatieh province.",
        ScopeHint.countries("LB"))).extracting(m -> m.place().country()).containsOnly("LB");
  }

  @Test
  void aWholeNameTheGazetteerKnowsIsKept() {
    assertThat(ResolvedPlaces.places("Tank fire hit Deir al-Balah on Monday.", ScopeHint.countries("PS")))
        .extracting(PlaceMention::surface).contains("Deir al-Balah");
  }

  @Test
  void aTownOpeningItsOwnQuarterStaysAPlace() {
    // not a word that opens names: the town holds its old quarter ("Homs al-Qadima" lies in Homs)
    assertThat(ResolvedPlaces.places("Mortars hit Homs al-Qadima at dusk.", ScopeHint.countries("SY")))
        .extracting(PlaceMention::surface).contains("Homs");
  }

  @Test
  void aPlaceBeforeANewspaperAfterACommaIsKept() {
    assertThat(ResolvedPlaces.places("Shelling hit Tyre, al-Manar reported.", ScopeHint.countries("LB")))
        .extracting(PlaceMention::surface).contains("Tyre");
  }
}
