package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks a report names but does not report (bg23): a war's history told with its day, months or years before the
 * story. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class InventedAttacksTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void anAttackDatedMonthsBeforeTheStoryIsHistory() {
    assertThat(places(attacks("The last truce collapsed when Azerbaijani artillery shelled Stepanakert on 2 April "
        + "2016, killing four civilians."))).isEmpty();
    assertThat(places(attacks("Tensions have run high since July 14, when Armenian forces fired mortars at "
        + "villages in Tovuz."))).isEmpty();
    assertThat(places(attacks("It was on 3 June that drones last struck Tartar, and residents had begun to return "
        + "by the autumn."))).isEmpty();
  }

  @Test
  void anAttackOfTheLastDaysStaysOnTheLog() {
    assertThat(places(attacks("Azerbaijani drones struck Stepanakert on 20 October, killing two civilians.")))
        .isNotEmpty();
    assertThat(places(attacks("Armenian artillery shelled Tartar on Saturday, the ministry said."))).isNotEmpty();
  }
}
