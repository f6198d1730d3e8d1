package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks once lost for want of a place or a trigger: a sector "of the district" in a clause naming no place, a
 * village the gazetteer places at its seat named in a list of towns, a gunfight, and the Bekaa and a Nabatieh village
 * the gazetteer lacked. Sentences written for this test (Kalsar is a made-up sector), dated against Sunday 25 October
 * 2020.
 */
class MissedAttackPlacesTest {

  private static List<String> names(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().name()).toList();
  }

  @Test
  void aSectorOfTheDistrictInAClauseNamingNoPlaceLiesWhereTheArticleLastWas() {
    assertThat(names(attacks("Mortar shells hit homes in Mendhar on Saturday, officials said.",
        "Pakistani troops also fired mortars into the Kalsar sector of the district, but nobody was hurt there, "
            + "officials said."))).contains("Mendhar", "Kalsar sector");
  }

  @Test
  void aForceNamedWithACapitalisedBeltIsNoSector() {
    assertThat(names(attacks("Mortar shells hit homes in Mendhar on Saturday, officials said.",
        "Gunmen also fired on a checkpoint of the Harbour Belt on Saturday, officials said.")))
        .noneMatch(n -> n.toLowerCase().contains("belt"));
  }

  @Test
  void aVillagePlacedAtItsSeatIsOneMoreTownOfAList() {
    assertThat(names(attacks("Azerbaijani forces shelled Armenian positions on Saturday, the Armenian Defence Ministry "
        + "said. Fire was directed at our positions in the direction of Sotk, Vardenis, Goris, Artanish and Kapan.")))
        .contains("Goris", "Artanish", "Kapan");
  }

  @Test
  void aGunfightIsAnAttack() {
    assertThat(names(attacks("Two Indian soldiers died in a gunfight with infiltrators near Uri on Saturday, the army "
        + "said."))).contains("Uri");
  }

  @Test
  void theBekaaIsAPlace() {
    assertThat(names(attacks("Israeli jets struck two buildings in the Bekaa on Saturday, Lebanese media said.")))
        .contains("Bekaa Valley");
  }

  @Test
  void aNabatiehVillageTheCitiesListLacksIsAPlace() {
    assertThat(names(attacks("An Israeli drone hit a motorbike in Arabsalim, near Nabatieh, on Saturday, killing one "
        + "man, Lebanese media said."))).contains("Arabsalim");
  }
}
