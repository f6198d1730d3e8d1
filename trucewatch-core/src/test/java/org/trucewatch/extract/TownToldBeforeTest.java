package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacksOn;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attack told with no place of its own, whose town a sentence before named ("the town was shelled", "hit the
 * village", "fighters stormed the city"): the definite town noun points back to the one town last named, when no
 * attack there was told yet. Stories written for this test, published on Sunday 20 October 2024.
 */
class TownToldBeforeTest {

  private static final String SUNDAY = "2024-10-20";

  private static List<Event> at(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().contains(place)).toList();
  }

  @Test
  void thePassiveTownWasShelledIsTheTownOfTheSentenceBefore() {
    List<Event> events = attacksOn(SUNDAY, "Residents of Kadugli have lived under siege for months, aid workers "
        + "say.", "On Saturday the town was shelled by the Rapid Support Forces, killing four people.");
    assertThat(at(events, "Kadugli")).hasSize(1);
  }

  @Test
  void anActiveShellingOfTheTownIsTheTownNamedBefore() {
    List<Event> events = attacksOn(SUNDAY, "Most families in Kadugli depend on a single well.",
        "The Rapid Support Forces shelled the town on Saturday afternoon, a local official said.");
    assertThat(at(events, "Kadugli")).hasSize(1);
  }

  @Test
  void fightersWhoStormedTheCityAttackedTheCityNamedInTheLead() {
    List<Event> events = attacksOn(SUNDAY, "The people of Kosti woke to the sound of gunfire.",
        "Paramilitary fighters stormed the city early on Saturday and opened fire on a market, witnesses said.");
    assertThat(at(events, "Kosti")).isNotEmpty();
  }

  @Test
  void twoTownsBeforeLeaveTheTownUnplaced() {
    List<Event> events = attacksOn(SUNDAY, "Aid convoys left Kosti for Kadugli on Friday.",
        "Army warplanes bombed the town on Saturday afternoon, a local official said.");
    assertThat(at(events, "Kosti")).isEmpty();
    assertThat(at(events, "Kadugli")).isEmpty();
  }
}
