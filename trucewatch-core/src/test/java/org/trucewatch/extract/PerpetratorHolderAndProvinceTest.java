package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who holds or uses what was struck is not who struck it ("depots used by the Houthis"); and fire inferred on a
 * camp of several republics comes from the republic whose province the place lies in (a Luhansk-oblast village from
 * the Luhansk republic), where the camp member the article named has a home province of its own. Sentences written
 * for this test.
 */
class PerpetratorHolderAndProvinceTest {

  @Test
  void theUserOfTheTargetIsNotTheAttacker() {
    List<Event> attacks = SundayStory.attacksOn("2024-12-22",
        "Israeli jets carried out strikes on depots used by the Houthis in Hodeidah on Sunday.");
    assertThat(attacks).isNotEmpty().allMatch(e -> "IL".equals(e.perpetratorSide()));
  }

  @Test
  void theTargetHeldByASideIsNotItsAttack() {
    SundayStory.noNamedAttacker("RSF", "2024-06-09",
        "Drones hit an ammunition store held by the RSF near El Obeid on Sunday, witnesses said.");
  }

  @Test
  void fireOnALuhanskVillageIsTheLuhanskRepublics() {
    List<Event> attacks = SundayStory.attacksOn("2020-05-10",
        "Russia-led armed formations violated the ceasefire four times on Sunday, the Joint Forces press centre said.",
        "Ukrainian positions near Popasna came under mortar fire in the afternoon.");
    assertThat(SundayStory.at(attacks, "Popasna").perpetratorSide()).isEqualTo("LPR");
  }

  @Test
  void fireOnADonetskVillageStaysTheDonetskRepublics() {
    List<Event> attacks = SundayStory.attacksOn("2020-05-10",
        "Russia-led armed formations violated the ceasefire four times on Sunday, the Joint Forces press centre said.",
        "Ukrainian positions near Avdiivka came under mortar fire in the afternoon.");
    assertThat(SundayStory.at(attacks, "Avdiivka").perpetratorSide()).isEqualTo("DPR");
  }
}
