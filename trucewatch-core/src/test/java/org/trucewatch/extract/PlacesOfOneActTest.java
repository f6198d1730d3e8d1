package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places joined by a conjunction under one attack verb ("in X and in Y", "two in X and one in Y") are each a place of
 * the act (one attack per place), not the second the area that holds the first (PlaceContainers). Sentences written
 * for this test, published on Sunday 25 October 2020.
 */
class PlacesOfOneActTest {

  private static List<String> places(String sentence) {
    return SundayStory.attacks(sentence).stream()
        .map(e -> e.location() == null ? "(none)" : e.location().surface()).toList();
  }

  @Test
  void aSecondPlaceAfterAndInIsAPlaceOfTheAct() {
    assertThat(places("Israeli aircraft bombed homes in Beit Lahia and in Jabalia on Sunday, medics said."))
        .contains("Beit Lahia", "Jabalia");
  }

  @Test
  void aSecondPlaceWithItsOwnCountIsAPlaceOfTheAct() {
    assertThat(places("Warplanes destroyed three houses in Khan Yunis and two in Rafah on Sunday, residents said."))
        .contains("Khan Yunis", "Rafah");
  }

  @Test
  void aSecondPlaceAfterAndInAndACompassWordIsAPlaceOfTheAct() {
    assertThat(places("Army jets struck the paramilitary's bases in Omdurman and in southern Jabal Awliya on Sunday."))
        .contains("Omdurman", "Jabal Awliya");
  }
}
