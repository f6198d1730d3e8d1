package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind of an attack as ACLED codes it, from wordings of wire copy (own sentences). */
class AttackKindTest {

  private static List<String> kinds(String text) {
    return SundayStory.events(text).stream().filter(e -> e.type() == EventType.ATTACK).map(Event::subtype).toList();
  }

  @Test
  void peopleTakenAwayAreAnAbductionWhateverCameWithIt() {
    assertThat(kinds("Gunmen kidnapped 40 passengers from a bus near Tartar on Saturday, police said."))
        .containsExactly("abduction");
    assertThat(kinds("Armed men attacked a school in Tartar on Saturday and abducted 20 pupils, officials said."))
        .containsExactly("abduction");
  }

  @Test
  void anIrregularPastTellsTheActAsTheLemmaDoes() {
    assertThat(kinds("Rebel fighters retook Tartar on Saturday after two days of fighting, residents said."))
        .containsExactly("territory_taken");
  }

  @Test
  void aBombThatWentOffIsARemoteExplosiveAndOneDroppedIsAnAirStrike() {
    assertThat(kinds("A truck bomb exploded outside a hotel in Tartar on Saturday, killing five people."))
        .containsExactly("remote_explosive");
    assertThat(kinds("Warplanes dropped bombs on a market in Tartar on Saturday, killing five people."))
        .containsExactly("air_drone_strike");
  }

  @Test
  void theWordThatNamesTheKindWinsOverABareKilling() {
    assertThat(kinds("Six soldiers were killed near Tartar on Saturday when their patrol was ambushed, the"
        + " ministry said.")).containsExactly("armed_clash");
  }

  @Test
  void naturalDisastersStrikeButAttackNoOne() {
    assertThat(kinds("A strong earthquake struck Tartar on Saturday, killing 12 people, officials said.")).isEmpty();
  }

  @Test
  void anAttackDatedOnlyByItsMonthIsHistoryNotALogEntry() {
    assertThat(kinds("In September 2020 Armenian forces shelled Tartar, the ministry recalled.")).isEmpty();
  }

  @Test
  void theCapitalNamedAsThePlaceHitIsNotTheAttacker() {
    List<Event> a = SundayStory.events("Explosive-laden drones struck central Baku on Saturday, hitting a residential"
        + " building and killing four people, the mayor said.").stream()
        .filter(e -> e.type() == EventType.ATTACK).toList();
    assertThat(a).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isNotEqualTo("AZ"));
  }

  @Test
  void aMineAfterADeterminerOrModifierIsTheWeaponEvenWhenTaggedAsThePronoun() {
    assertThat(kinds("Three deminers were killed when their truck hit an anti-tank mine near Tartar on Saturday,"
        + " officials said.")).containsExactly("remote_explosive");
  }

  @Test
  void devicesThatWentOffWhereTheyWereCarriedAreRemoteExplosives() {
    assertThat(kinds("Radios used by militia members exploded across Tartar on Saturday, killing 12 people and"
        + " wounding 300, the health minister said.")).containsExactly("remote_explosive");
  }

  @Test
  void whoUsesAThingThatExplodedIsNotItsAttackerNorAreTheVictimsOwnersOfTheirVehicle() {
    List<Event> a = SundayStory.events("Radios used by Azerbaijani soldiers exploded in Tartar on Saturday, killing"
        + " 12 people, the ministry said.").stream().filter(e -> e.type() == EventType.ATTACK).toList();
    assertThat(a).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isNotEqualTo("AZ"));
    List<Event> b = SundayStory.events("Two Azerbaijani journalists were killed when their vehicle hit a mine near"
        + " Tartar on Saturday, Azerbaijan's prosecutor general said.").stream()
        .filter(e -> e.type() == EventType.ATTACK).toList();
    assertThat(b).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isNotEqualTo("AZ"));
  }

  @Test
  void gunmenFiringOnCiviliansAreNotTheOtherSideBecauseOfWhereTheyStruck() {
    List<Event> a = SundayStory.events("Gunmen opened fire on a bus carrying pilgrims in Tartar on Saturday, killing"
        + " nine people, police said.").stream().filter(e -> e.type() == EventType.ATTACK).toList();
    assertThat(a).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isNull());
  }

  @Test
  void theDayOfTheDatelineIsWhenTheStoryWasFiledNotWhenTheAttackHappened() {
    List<Event> a = SundayStory.events("TARTAR, Oct 25 (Agency) - Shells hit a school in Tartar on Saturday evening,"
        + " killing four people and wounding 20 in the deadliest strike on the town this month.").stream()
        .filter(e -> e.type() == EventType.ATTACK).toList();
    assertThat(a).extracting(Event::date).containsOnly(SundayStory.SUNDAY.minusDays(1));
  }
}
