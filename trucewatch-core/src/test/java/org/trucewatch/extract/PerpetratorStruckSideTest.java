package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The side struck names its enemy as the attacker, however it is told: a formation of one side that was ambushed,
 * the men or ground a strike hit, and a place the name of its holder qualifies ("in rebel-held X") is no subject of
 * the verb after it. Sentences written for this test.
 */
class PerpetratorStruckSideTest {

  @Test
  void anAmbushedFormationWasHitNotTheAttacker() {
    List<Event> attacks = SundayStory.attacksOn("2024-10-13",
        "Border fighting goes on between Hezbollah and Israel",
        "A squad from the Givati Brigade was ambushed near Kfar Kila on Sunday and three soldiers were wounded, "
            + "Israeli media reported.");
    assertThat(SundayStory.at(attacks, "Kfar Kila").perpetratorSide()).isEqualTo("HEZBOLLAH");
  }

  @Test
  void theSideWhoseBasesAStrikeHitIsTheTarget() {
    List<Event> attacks = SundayStory.attacksOn("2025-06-15",
        "Sudan's army and the RSF trade blows in Darfur",
        "Two drone strikes hit the paramilitary Rapid Support Forces' bases in El Geneina on Sunday, residents said.");
    assertThat(SundayStory.at(attacks, "Geneina").perpetratorSide()).isEqualTo("SD");
  }

  @Test
  void aPlaceItsHolderQualifiesIsNoSubject() {
    List<Event> attacks = SundayStory.attacksOn("2016-08-14",
        "Air strike near school kills 12",
        "An air strike on Sunday near a school in Saada province, in Houthi-controlled northern Yemen, killed 12 "
            + "people, a local health official told reporters.");
    assertThat(attacks).isNotEmpty().noneMatch(e -> "HOUTHIS".equals(e.perpetratorSide()));
  }
}
