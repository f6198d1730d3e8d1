package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side's speaker telling of strikes, with no attacker named, on ground its own camp fires on tells of its own
 * strikes, not its enemy's; rockets on its own ground stay its enemy's. Sentences written for this test.
 */
class PerpetratorSpeakersOwnStrikesTest {

  @Test
  void raidsOnTheEnemysGroundToldByTheRaider() {
    List<Event> attacks = SundayStory.attacksOn("2024-10-13",
        "The raids hit three buildings in Dahieh on Sunday, according to the Israeli military.");
    assertThat(attacks).isNotEmpty().noneMatch(e -> "HEZBOLLAH".equals(e.perpetratorSide()));
  }

  @Test
  void fireOnItsOwnGroundToldByTheSideHitStaysTheEnemys() {
    List<Event> attacks = SundayStory.attacksOn("2024-10-13",
        "Rockets hit two houses in Kiryat Shmona on Sunday, the Israeli military said.");
    assertThat(attacks).isNotEmpty().allMatch(e -> "HEZBOLLAH".equals(e.perpetratorSide()));
  }

  @Test
  void itsSoldiersHitOnTheEnemysGroundStayTheEnemys() {
    List<Event> attacks = SundayStory.attacksOn("2015-01-25",
        "The Israeli military said two soldiers were wounded when missiles struck a jeep near Mount Dov on Sunday.");
    assertThat(attacks).isNotEmpty().allMatch(e -> "HEZBOLLAH".equals(e.perpetratorSide()));
  }
}
