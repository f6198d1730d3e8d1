package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An attack whose own sentence names no place lies in the one town its story's headline and dateline name. */
class LeadPlacesTest {

  private static final String BODY = "Drones struck targets across the regional capital before dawn on Sunday, "
      + "wounding three civilians, local officials said.";

  @Test
  void theOneTownOfHeadlineAndDatelineIsWhereTheUnplacedAttackFell() {
    List<Event> attacks = SundayStory.attacks("Night of sirens leaves Stepanakert counting the damage",
        "STEPANAKERT, Oct 25 (Agency) - " + BODY);
    assertThat(attacks).hasSize(1);
    assertThat(SundayStory.at(attacks, "Stepanakert").date()).isEqualTo(SundayStory.SUNDAY);
  }

  @Test
  void twoTownsInTheLeadLendNone() {
    List<Event> attacks = SundayStory.attacks("Night of sirens leaves Stepanakert and Shusha counting the damage",
        "STEPANAKERT, Oct 25 (Agency) - " + BODY);
    assertThat(attacks).allMatch(e -> e.location() == null);
  }

  @Test
  void aDatelineOutsideAnyWarLendsNone() {
    List<Event> attacks = SundayStory.attacks("Night of sirens in the mountains", "GENEVA, Oct 25 (Agency) - " + BODY);
    assertThat(attacks).allMatch(e -> e.location() == null);
  }
}
