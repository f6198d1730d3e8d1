package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capitalised name of several words the gazetteer lacks is no town abroad that shares its first word: where that
 * town lies outside the story's countries the name stays unplaced (a wrong place is worse than none).
 */
class FirstWordAbroadTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Fighters attacked Abu Hamam Sharqi on Monday.|SY",
      "Two shepherds were wounded by shelling near Abu Hamam Gharbi, local sources said.|SY",
      "Mortar rounds fell on Abu Hamam Sharqi overnight, the monitor reported.|SY,TR"})
  void theFirstWordIsNoTownAbroad(String text, String hint) {
    assertThat(ResolvedPlaces.places(text, ScopeHint.countries(hint.split(","))))
        .allMatch(m -> hint.contains(m.place().country()), "all places inside the story's countries");
  }

  @Test
  void aTownOfTheStoryOpeningALongerNameIsKept() {
    // not abroad: the gazetteer's reading stays
    assertThat(ResolvedPlaces.places("Shelling hit Kharkiv Oblast on Monday.", ScopeHint.countries("UA")))
        .extracting(m -> m.place().country()).contains("UA");
  }

  @Test
  void withoutTheStorysCountriesNothingIsDropped() {
    assertThat(ResolvedPlaces.places("Fighters attacked Abu Hamam Sharqi on Monday.", ScopeHint.NONE)).isNotEmpty();
  }
}
