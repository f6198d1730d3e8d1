package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Round 25 (false29): wordings of war that tell no new act, as the blind dev batches showed them among the extras:
 * weapons moved or missing, attacks said to go on, fire kept up or habitual, threats lifted, appeals quoted, places hit
 * before, ordnance found, a test missile, a kidnapping named by its year; on sentences written for this test, dated
 * against Sunday 25 October 2020, each beside one that still tells an attack.
 */
class FalseAttackWordingTest {

  @Test
  void heavyWeaponsMovedOrMissingAreEquipmentNotFire() {
    assertThat(attacks("Under the plan, heavy weapons are to be moved out of Taiz within 30 days.")).isEmpty();
    assertThat(attacks("Monitors said heavy weapons remained missing from two depots near Horlivka.")).isEmpty();
    assertThat(attacks("Separatist heavy weapons pounded the village of Pisky near Avdiivka on Saturday.")).isNotEmpty();
  }

  @Test
  void attacksSaidToGoOnAreNoReport() {
    assertThat(attacks("The militia refuses to disarm while Israeli drone strikes continue."))
        .isEmpty();
    assertThat(attacks("Sporadic exchanges of fire along the line have continued since, at a lower level.")).isEmpty();
    assertThat(attacks("Government air raids against the jihadists will go on, the minister said.")).isEmpty();
    assertThat(attacks("Shelling of Martuni continued on Saturday, killing two civilians, Stepanakert said."))
        .isNotEmpty();
  }

  @Test
  void fireKeptUpOrHabitualIsAPatternNotAnAct() {
    assertThat(attacks("Fighters inside the pocket have kept up rocket fire on Idlib city.")).isEmpty();
    assertThat(attacks("The governor said the rebels were \"constantly targeting\" homes in Marib.")).isEmpty();
    assertThat(attacks("Officials have always rejected accusations that their gunners target homes in Stepanakert."))
        .isEmpty();
    assertThat(attacks("Villages near Kotli have come under repeated shelling since the raid on the camps."))
        .isEmpty();
    assertThat(attacks("Rebel gunners fired rockets at homes in Marib on Saturday, the governor said.")).isNotEmpty();
  }

  @Test
  void threatsAppealsAndHistoryAreNoAttack() {
    assertThat(attacks("The deal seems to have lifted the threat of a full-scale army assault on Idlib province."))
        .isEmpty();
    assertThat(attacks("The mayor of Sderot urged ministers to \"strike Hamas without mercy\".")).isEmpty();
    assertThat(attacks("The market in Aden has been bombed before, residents said.")).isEmpty();
    assertThat(attacks("Relatives still grieve over the 2016 kidnapping of aid workers near Kauda.")).isEmpty();
    assertThat(attacks("Saudi jets bombed the market in Saada on Saturday, residents said.")).isNotEmpty();
  }

  @Test
  void ordnanceFoundAndTestMissilesAreNoAttack() {
    assertThat(attacks("Police in Tartar found three mortar shells in a field on Saturday.")).isEmpty();
    assertThat(attacks("The launch on Saturday of its newest intercontinental ballistic missile alarmed Seoul."))
        .isEmpty();
    assertThat(attacks("Under the plan, the towns of groups that sign up will be spared from attack.")).isEmpty();
    assertThat(attacks("Three mortar shells hit a field in Tartar on Saturday, police said.")).isNotEmpty();
  }

  @Test
  void actsReferredToOrFearedAreNoNewAttack() {
    assertThat(attacks("Residents who stayed fear the raids and checkpoints on the road to Kauda.")).isEmpty();
    assertThat(attacks("Officials gave more details on Friday of last night's strike.")).isEmpty();
    assertThat(attacks("Friday's attack on the hospital in El Fasher killed 30 people, the WHO said.")).isNotEmpty();
  }
}
