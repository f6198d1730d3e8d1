package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * What snippet batch 15 showed once scored held out: the kind of an act told with a generic verb comes from the
 * weapon the sentence names, in whatever clause; a vehicle loaded with explosives and a charge set off remotely are
 * remote explosives; unarmed people shot or hacked, or fired on as "its residents", are attacked as civilians; a
 * grenade thrown and people seized or carried off in the passive are attacks of their kind; a device that went off is a
 * remote explosive, and one who carried explosives into a crowd and set them off a suicide bomber; men rounded up and
 * shot are attacked; forces driven out of a town lost it; bombs from warplanes that level a building are an air
 * strike; two sides that fought each other fought a battle whatever their weapons. Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class SubtypeFifteenTest {

  @Test
  void theWeaponOfAnotherClauseTellsTheKind() {
    assertThat(attacks("Four people were killed in Kharkiv on Sunday; the governor said the city had been hit by "
        + "S-300 missiles.")).extracting(Event::subtype).contains("shelling").doesNotContain("armed_clash", "attack");
    assertThat(attacks("A blast destroyed a clinic in Aleppo on Sunday, killing six people; rescuers said the "
        + "building was struck by a drone.")).extracting(Event::subtype).containsOnly("air_drone_strike");
  }

  @Test
  void explosivesInAVehicleOrSetOffRemotelyAreARemoteExplosive() {
    assertThat(attacks("The detonation of a van loaded with explosives near a market in Mogadishu killed nine "
        + "people on Sunday, police said.")).extracting(Event::subtype).containsOnly("remote_explosive");
    assertThat(attacks("A man was killed and three people were wounded by an explosion at a bus stop in Jerusalem "
        + "on Sunday; police said a bag left at the stop was detonated remotely.")).extracting(Event::subtype)
        .containsOnly("remote_explosive");
  }

  @Test
  void unarmedPeopleShotOrFiredOnAreAttackedAsCivilians() {
    assertThat(attacks("Villagers gathered for a wedding near Maiduguri were hacked and shot late on Sunday, "
        + "officials said.")).extracting(Event::subtype).containsOnly("attack_on_civilians");
    assertThat(attacks("Militiamen entered a village near Rajouri on Sunday and fired on its residents, police "
        + "said.")).extracting(Event::subtype).containsOnly("attack_on_civilians");
  }

  @Test
  void aGrenadeThrownADeviceThatWentOffAndACarrierWhoSetOffExplosives() {
    assertThat(attacks("Two boys died after a hand grenade was tossed into a bakery in Srinagar on Sunday evening, "
        + "police said.")).extracting(Event::subtype).containsOnly("grenade");
    assertThat(attacks("A separatist commander died in Donetsk on Sunday when a homemade device hidden in his car "
        + "went off, officials said.")).extracting(Event::subtype).containsOnly("remote_explosive");
    assertThat(attacks("A teenage boy carrying explosives walked into a mosque in Maiduguri on Sunday and set them "
        + "off, killing seven worshippers, police said.")).extracting(Event::subtype).containsOnly("suicide_bomb");
  }

  @Test
  void peopleSeizedOrCarriedOffAreAbducted() {
    assertThat(attacks("Twelve pilgrims, three of them priests, were seized on Sunday near Kaduna, police said."))
        .extracting(Event::subtype).containsOnly("abduction");
    assertThat(attacks("A farmer and his two daughters were carried off from a village near Kaduna by armed men on "
        + "Sunday, relatives said.")).extracting(Event::subtype).containsOnly("abduction");
  }

  @Test
  void menRoundedUpAndShotAndForcesDrivenOutOfATown() {
    assertThat(attacks("Twenty men were rounded up by soldiers in a village near Mandalay on Sunday and shot, "
        + "residents said.")).extracting(Event::subtype).containsOnly("attack_on_civilians");
    assertThat(attacks("The army drove rebel fighters out of Kidal on Sunday after two days of fighting, the "
        + "military said.")).extracting(Event::subtype).contains("territory_taken");
  }

  @Test
  void bombsFromAircraftThatLevelABuildingAndTwoSidesThatFought() {
    assertThat(attacks("Bombs from government warplanes flattened a market in Maarat al-Numan on Sunday, rescuers "
        + "said.")).extracting(Event::subtype).containsOnly("air_drone_strike");
    assertThat(attacks("Armenian and Azerbaijani forces fought near Tovuz on Sunday with artillery and drones, both "
        + "sides said.")).extracting(Event::subtype).containsOnly("armed_clash");
  }
}
