package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The land named after "the border with", "the frontier with" or "the boundary with" is the neighbour across the line,
 * not where the fire fell: an attack told "near X, on the border with Y" is an attack at X only, not a second one at
 * Y. Fire sent "across the border with Y" still reaches Y. Sentences written for this test.
 */
class NeighbourAcrossBorderTest {

  private static List<Event> attacks(String day, String... paragraphs) {
    return SundayStory.attacksOn(day, paragraphs);
  }

  private static boolean at(Event e, String place) {
    return e.location() != null && e.location().surface().contains(place);
  }

  @Test
  void aVillageOnTheBorderWithANeighbourIsTheOnlyPlace() {
    List<Event> a = attacks("2021-05-16", "Armenia and Azerbaijan traded accusations on Saturday.",
        "Azerbaijani troops opened fire on Armenian positions at Sotk, on the border with Kalbajar, on Saturday "
        + "evening, the Armenian defence ministry said.");
    assertThat(a).isNotEmpty().anyMatch(e -> at(e, "Sotk")).noneMatch(e -> at(e, "Kalbajar"));
  }

  @Test
  void aPassiveStrikeCloseToTheFrontierWithACountrysTown() {
    List<Event> a = attacks("2022-06-12", "Russian forces kept up their bombardment of the north-east on Saturday.",
        "Two civilians were wounded on Saturday when Russian shells hit Vovchansk, close to the frontier with "
        + "Russia's Shebekino, regional officials said.");
    assertThat(a).isNotEmpty().anyMatch(e -> at(e, "Vovchansk")).noneMatch(e -> at(e, "Shebekino"));
  }

  @Test
  void theBoundaryWithTheNeighbourComesBeforeTheTown() {
    List<Event> a = attacks("2021-05-16", "Armenia and Azerbaijan traded accusations on Saturday.",
        "Near the boundary with Zangilan, a soldier was killed at Kapan on Saturday when Azerbaijani units fired "
        + "mortars, the ministry said.");
    assertThat(a).isNotEmpty().anyMatch(e -> at(e, "Kapan")).noneMatch(e -> at(e, "Zangilan"));
  }
}
