package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lead's strike with no attacker named takes the side the story names later for such fire, when every attacker it
 * names is of one camp; not when both camps are named as attacking. Sentences written for this test.
 */
class StoryAttackerNamedLaterTest {

  private static List<Event> at(List<Event> events, String surface) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().equals(surface)).toList();
  }

  @Test
  void aLeadStrikeTakesTheOneCampNamedLater() {
    List<Event> a = SundayStory.attacksOn("2024-06-10",
        "A drone struck a fuel depot in Kosti on Sunday, killing four workers, officials said.",
        "Later on Sunday, Rapid Support Forces drones hit a power station in Atbara, the army said.");
    assertThat(at(a, "Kosti")).isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()));
  }

  @Test
  void shellingTakesTheSideNamedLaterForShelling() {
    List<Event> a = SundayStory.attacksOn("2024-06-10",
        "Shells hit a school in Kosti on Sunday, wounding two teachers, local officials said.",
        "Later on Sunday, the Rapid Support Forces shelled the market of Sennar, the army said.");
    assertThat(at(a, "Kosti")).isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()) && e.perpetratorInferred());
  }

  @Test
  void notWhenBothCampsAreNamedLater() {
    List<Event> a = SundayStory.attacksOn("2024-06-10",
        "A drone struck a fuel depot in Kosti on Sunday, killing four workers, officials said.",
        "Later on Sunday, Rapid Support Forces drones hit a power station in Atbara, the army said.",
        "Sudanese army drones struck a paramilitary base in Nyala on Sunday, the RSF said.");
    assertThat(at(a, "Kosti")).isNotEmpty().allMatch(e -> e.perpetratorSide() == null);
  }
}
