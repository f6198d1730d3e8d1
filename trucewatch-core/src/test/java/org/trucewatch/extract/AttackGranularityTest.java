package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One attack per place and day: the area a town lies in, named beside it, is no second attack. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class AttackGranularityTest {

  private static List<String> names(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void anAreaWithACompassWordAfterATownIsWhereTheTownLies() {
    assertThat(names(attacks("An Israeli air strike on a house in Khan Younis in southern Gaza killed four people on "
        + "Saturday, medics said."))).containsExactly("Khan Younis");
    assertThat(names(attacks("Medics said four people died on Saturday when a missile hit a car in Khan Younis, "
        + "southern Gaza."))).containsExactly("Khan Younis");
    assertThat(names(attacks("In Khan Younis, in central Gaza, tank shells struck a school on Saturday, "
        + "witnesses said."))).doesNotContain("Gaza");
  }

  @Test
  void anAreaCalledNeighbouringAfterATownIsWhereTheTownLies() {
    assertThat(names(attacks("Two farmers were wounded on Saturday when mortar rounds landed in Vank in neighbouring "
        + "Martakert, local officials said."))).containsExactly("Vank");
    assertThat(names(attacks("Azerbaijani drones hit a warehouse in Vank in nearby Martakert on Saturday.")))
        .doesNotContain("Martakert");
  }

  @Test
  void aTownAfterACommaAndNearOnlySaysWhereTheFirstLies() {
    assertThat(names(attacks("Azerbaijani shells hit Vank, near Martakert, on Saturday, the Armenian defence ministry "
        + "said."))).containsExactly("Vank");
    assertThat(names(attacks("The Armenian side said a drone was shot down on Saturday after it had struck a farm in "
        + "Vank, near Martakert."))).doesNotContain("Martakert");
  }

  @Test
  void aCountryBeforeTheAreaIsNoTown() {
    assertThat(names(attacks("A drone hit a U.S. outpost in northern Armenia on Saturday, killing two guards, "
        + "officials said."))).contains("Armenia");
  }

  @Test
  void aListItemThatOpensWithAPlaceTellsWhereItsAttackHit() {
    List<Event> numbered = attacks("The defence ministry listed the sites hit by Azerbaijani fire on Saturday.",
        "1. Martuni. A school was struck and two teachers were wounded.",
        "2. Hadrut. The market was shelled and several shops burned down.");
    assertThat(names(numbered)).contains("Martuni", "Hadrut");
    List<Event> lettered = attacks("Armenian officials gave details of Saturday's drone strikes:",
        "a) Vank (Martakert). A farm building was hit; no one was hurt.",
        "b) Martuni. Two houses were targeted.");
    assertThat(names(lettered)).contains("Vank", "Martuni");
  }

  @Test
  void whereFireWasLaunchedFromIsNoPlaceItHit() {
    assertThat(names(attacks("A drone launched from the village of Vank struck a depot in Martuni on Saturday, the "
        + "Armenian side said."))).contains("Martuni").doesNotContain("Vank");
    assertThat(names(attacks("Howitzers firing from Kasha, north of Martakert, pounded Martuni on Saturday, "
        + "officials said."))).contains("Martuni").doesNotContain("Martakert");
    assertThat(names(attacks("Shells fired from Martakert and Vank fell on Martuni on Saturday, residents said.")))
        .contains("Martuni").doesNotContain("Vank");
  }

  @Test
  void twoTownsJoinedByAndStayTwoAttacks() {
    assertThat(names(attacks("Azerbaijani artillery shelled Vank and Martakert on Saturday, the Armenian defence "
        + "ministry said."))).contains("Vank", "Martakert");
  }
}
