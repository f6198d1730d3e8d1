package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town that names a deal is no place of attack, nor is the town a camp lies in beside the camp; constant shelling is
 * a going-on, not one act. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AccordAndCampPlaceTest {

  private static List<String> places(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK)
        .map(e -> e.location() == null ? null : e.location().surface()).toList();
  }

  @Test
  void aTownNamingADealIsNoPlaceOfAttack() {
    assertThat(places("On Saturday the enemy opened fire on positions near Avdiivka using weapons banned by the "
        + "Minsk agreements, the military said.")).doesNotContain("Minsk");
  }

  @Test
  void theTownACampLiesInIsNotASecondPlace() {
    assertThat(places("Five people were killed on Saturday when the Rapid Support Forces shelled the Zamzam camp "
        + "for displaced people in El Fasher, a local committee said.")).containsExactly("Zamzam");
  }

  @Test
  void constantShellingWithNoDayIsNoAttack() {
    assertThat(places("The committee said the constant shelling of civilian sites in El Fasher had deepened the "
        + "misery of the displaced.")).isEmpty();
  }
}
