package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ships hit at sea (SeaPlaces): the gulf named after a coast town is the place, a port far off a ship hit is where
 * it was hit, and where the crew came ashore is not. Sentences written for this test (the ships are made up), dated
 * against Sunday 25 October 2020.
 */
class SeaPlacesTest {

  private static List<String> names(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().name()).toList();
  }

  @Test
  void aShipHitInTheGulfOfATownIsPlacedAtThatGulf() {
    assertThat(names(attacks("On Saturday a Houthi drone struck the tanker Blue Heron in the Gulf of Suez, the navy "
        + "said."))).contains("Gulf of Suez");
  }

  @Test
  void attacksOnShippingAcrossAGulfAreNoOneBlowThere() {
    assertThat(names(attacks("The raids on Saturday were meant to stop Houthi attacks on merchant ships in the Gulf "
        + "of Suez, the navy said."))).doesNotContain("Gulf of Suez");
  }

  @Test
  void aShipHitFarOffAPortIsPlacedAtThePortButAVillageIsNot() {
    assertThat(names(attacks("On Saturday a Houthi missile hit a bulk carrier about 90 km east of Port Sudan, the "
        + "navy said."))).contains("Port Sudan");
    assertThat(names(attacks("On Saturday Houthi shelling hit the village of Wadi Tamra, about 90 km east of Port "
        + "Sudan, residents said."))).doesNotContain("Port Sudan");
  }

  @Test
  void whereTheCrewCameAshoreIsNoPlaceOfTheBlow() {
    assertThat(names(attacks("On Saturday the crew of a freighter hit by a Houthi missile were brought ashore in "
        + "Port Sudan, the navy said."))).doesNotContain("Port Sudan");
  }
}
