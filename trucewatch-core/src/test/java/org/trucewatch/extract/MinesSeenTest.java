package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Mines that monitors saw or sappers found are no blast (calm.rules, mines_seen); a vehicle that hit a mine still is.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class MinesSeenTest {

  @Test
  void minesSeenByMonitorsAreNoAttack() {
    assertThat(attacks("On Saturday monitors saw anti-tank mines near Martuni for the first time.")).isEmpty();
  }

  @Test
  void aVehicleThatHitAMineIsStillAnAttack() {
    assertThat(attacks("A truck hit an anti-tank mine near Martuni on Saturday, killing two soldiers.")).hasSize(1);
  }
}
