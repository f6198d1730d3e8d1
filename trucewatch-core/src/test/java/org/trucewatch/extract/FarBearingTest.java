package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town a bearing puts 20 km or more from the place of an attack ("Roza (89km south of Donetsk)", the monitors' way
 * of saying where a village lies) is neither where the attack happened nor the town a later "the village" refers
 * to; a near one still says where the first lies. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class FarBearingTest {

  private static List<String> places(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK)
        .filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void aFarReferenceIsNoPlaceOfTheAttack() {
    assertThat(places("A woman was injured when a shell hit her house in Shchastia-Zaporizhzhia "
        + "(non-government-controlled, 35km north-west of Luhansk) on Saturday, the monitors said."))
        .doesNotContain("Luhansk");
  }

  @Test
  void theVillageLaterIsNotTheFarReference() {
    assertThat(places("A woman was injured when a shell hit her house in Shchastia-Zaporizhzhia "
        + "(non-government-controlled, 35km north-west of Luhansk) on Saturday, the monitors said.",
        "The monitors later saw fresh shelling damage to houses in the village.")).doesNotContain("Luhansk");
  }
}
