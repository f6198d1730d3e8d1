package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A toll sentence that names the attack again ("killed in the shelling") reads as an unplaced attack of its own; its
 * toll is the placed attack's of that day when that is the only one, and no one's when two of the day could own it.
 * Stories written for this test.
 */
class UnplacedTollsTest {

  private static final String PLACED = "Separatist forces shelled a checkpoint near Marinka early on Sunday.";
  private static final String BETWEEN = "Monitors from the mission reached the site by ten o'clock.\n\n"
      + "They saw two burnt cars by the road.\n\n"
      + "The crossing stayed shut all morning.";
  private static final String TOLL = "According to the monitors, three civilians were killed in shelling that hit "
      + "the queue of cars in the early hours of Sunday.";

  @Test
  void theDaysOnlyPlacedAttackTakesTheToll() {
    Event marinka = SundayStory.at(SundayStory.attacks(PLACED + "\n\n" + BETWEEN + "\n\n" + TOLL), "Marinka");
    assertThat(marinka.casualties()).isNotNull();
    assertThat(marinka.casualties().killed()).isEqualTo(3);
  }

  @Test
  void twoPlacedAttacksOfTheDayLeaveItNoOnes() {
    List<Event> attacks = SundayStory.attacks(PLACED + " Separatist forces also shelled Avdiivka on Sunday.\n\n"
        + BETWEEN + "\n\n" + TOLL);
    assertThat(attacks).filteredOn(e -> e.location() != null).hasSizeGreaterThanOrEqualTo(2)
        .allMatch(e -> e.casualties() == null || e.casualties().killed() == null);
  }
}
