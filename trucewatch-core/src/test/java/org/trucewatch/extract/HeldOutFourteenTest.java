package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What snippet batch 14 showed once scored held out: warplanes that level buildings attack, a vehicle bomb that blows
 * up where it stands is a remote explosive, captives driven off are an abduction, a train strike and a fire are
 * accidents, and "shooting dead four" are four killed. Sentences written for this test, dated against Sunday 25
 * October 2020.
 */
class HeldOutFourteenTest {

  @Test
  void warplanesThatLevelBuildingsAttack() {
    assertThat(attacks("Russian warplanes levelled a market in Maarat al-Numan on Sunday, rescuers said."))
        .extracting(Event::subtype).containsOnly("air_drone_strike");
  }

  @Test
  void aVehicleBombThatBlowsUpWhereItStandsIsARemoteExplosive() {
    assertThat(attacks("A truck packed with explosives blew up outside a police station in Mogadishu on Sunday, "
        + "officials said.")).extracting(Event::subtype).containsOnly("remote_explosive");
  }

  @Test
  void captivesDrivenOffAreAnAbduction() {
    assertThat(attacks("Gunmen stormed a boarding school in Kagara on Sunday and drove off with dozens of "
        + "students, police said.")).extracting(Event::subtype).contains("abduction");
  }

  @Test
  void aTrainStrikeAndAFireAreAccidents() {
    assertThat(attacks("A bus was struck by a freight train at a level crossing near Kharkiv on Sunday, killing "
        + "nine passengers, police said.")).isEmpty();
    assertThat(attacks("The mosque in Aleppo reopened on Sunday, eight years after fire destroyed its minaret."))
        .isEmpty();
  }

  @Test
  void shootingDeadIsKilling() {
    List<Event> a = attacks("Gunmen went door to door in a village near Rajouri on Sunday, shooting dead three "
        + "villagers and wounding two others, police said.");
    assertThat(a).isNotEmpty();
    assertThat(a.get(0).casualties().killed()).isEqualTo(3);
  }

  @Test
  void gunmenShootingNamedVillagersAttackCiviliansAndOneWhoBlewHimselfUpWasASuicideBomber() {
    assertThat(attacks("Gunmen went door to door in a hamlet near Rajouri on Sunday, shooting dead four Hindu "
        + "villagers, police said."))
        .extracting(Event::subtype).containsOnly("attack_on_civilians");
    assertThat(attacks("A gunman opened fire on worshippers at a church in Homs on Sunday and then blew himself "
        + "up, the interior ministry said.")).extracting(Event::subtype).containsOnly("suicide_bomb");
  }

  @Test
  void captivesShotACrowdBombedAndBannedWeaponsFired() {
    assertThat(attacks("Gunmen rounded up and then killed 30 men in a village near Maiduguri on Sunday, survivors "
        + "said."))
        .extracting(Event::subtype).containsOnly("attack_on_civilians");
    assertThat(attacks("A teenage girl detonated explosives among shoppers at a market in Konduga on Sunday, police "
        + "said.")).extracting(Event::subtype).containsOnly("suicide_bomb");
    assertThat(attacks("The enemy opened fire on Ukrainian positions near Zolote on Sunday using weapons banned by "
        + "the Minsk agreements, the army said.")).extracting(Event::subtype).containsOnly("shelling");
  }
}
