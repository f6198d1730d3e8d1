package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A running toll told beside the day's attack ("the fourth civilian to die in shelling in X and Y this month") counts
 * earlier victims: its places are where those died, not where the day's attack fell, so they make no attack of their
 * own. Sentences written for this test.
 */
class RunningTollPlacesTest {

  private static List<Event> attacks(String day, String... paragraphs) {
    return SundayStory.attacksOn(day, paragraphs);
  }

  private static boolean at(Event e, String place) {
    return e.location() != null && e.location().surface().contains(place);
  }

  @Test
  void theOrdinalVictimToDieCountsEarlierPlaces() {
    List<Event> a = attacks("2021-05-16", "Armenia and Azerbaijan traded accusations on Saturday.",
        "A conscript was killed on Saturday when Azerbaijani units fired on a post near Sotk, the fourth soldier "
        + "to die in Azerbaijani fire in Kapan and Jermuk this month.");
    assertThat(a).isNotEmpty().anyMatch(e -> at(e, "Sotk")).noneMatch(e -> at(e, "Kapan") || at(e, "Jermuk"));
  }

  @Test
  void thePassiveOrdinalToBeKilledCountsEarlierPlaces() {
    List<Event> a = attacks("2022-06-12", "Russian forces kept up their bombardment of the north-east on Saturday.",
        "Russian shelling killed a tractor driver in Vovchansk on Saturday; he was the 12th farmer to be killed "
        + "along the border in Kupiansk and Izium since spring, the regional governor said.");
    assertThat(a).isNotEmpty().anyMatch(e -> at(e, "Vovchansk")).noneMatch(e -> at(e, "Kupiansk") || at(e, "Izium"));
  }

  @Test
  void theLatestToBeWoundedCountsEarlierPlaces() {
    List<Event> a = attacks("2021-05-16", "Armenia and Azerbaijan traded accusations on Saturday.",
        "Azerbaijani snipers wounded a shepherd at Sotk on Saturday, the latest villager to be wounded near "
        + "Jermuk since the spring, local officials said.");
    assertThat(a).isNotEmpty().anyMatch(e -> at(e, "Sotk")).noneMatch(e -> at(e, "Jermuk"));
  }
}
