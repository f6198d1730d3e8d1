package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The gaps kar15's held-out dev reports (Karabakh) showed, on sentences written for this test and dated against
 * Sunday 25 October 2020 ({@link SundayStory}): a defence ministry's "subjected ... to fire" whose object lists many
 * positions and districts, the Russian spelling "Dzhanyatag", and the Hakari bridge of the Lachin road (read as
 * Hakkari in Turkey before).
 */
class KarabakhFifteenTest {

  @Test
  void aLongListOfPositionsSubjectedToFireIsShellingOfEachDistrict() {
    assertThat(SundayStory.attacks("On Saturday night the enemy subjected trenches, dugouts, observation posts and "
        + "supply depots of our army units in the territory of the Gadabay, Tovuz and Aghstafa districts to heavy "
        + "fire from mortars and grenade launchers, the defence ministry in Baku said.")).anySatisfy(e -> {
          assertThat(e.location().name()).containsIgnoringCase("Gadabay");
          assertThat(e.perpetratorSide()).isEqualTo("AM");
        });
  }

  @Test
  void dzhanyatagIsTheKarabakhVillageOfJanyatag() {
    assertThat(SundayStory.attacks("Azerbaijani troops fired on a farm near Dzhanyatag on Saturday, the "
        + "Karabakh rescue service said.")).anySatisfy(e -> {
          assertThat(e.location().name()).containsIgnoringCase("Janyatag");
          assertThat(e.location().country()).isEqualTo("AZ");
        });
  }

  @Test
  void theHakariBridgeIsOnTheLachinRoadNotInTurkey() {
    assertThat(SundayStory.attacks("Armenian soldiers opened fire on border guards at the Hakari bridge on "
        + "Saturday morning, Azerbaijan's border service said.")).anySatisfy(e -> {
          assertThat(e.location().name()).containsIgnoringCase("Hakari");
          assertThat(e.location().country()).isEqualTo("AZ");
        });
  }
}
