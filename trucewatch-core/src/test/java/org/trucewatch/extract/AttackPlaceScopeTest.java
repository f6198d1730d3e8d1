package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which places of a sentence are where an attack happened: not the region set off by a comma after a town, not where
 * someone is going; and a later mention with no attacker at the place and day of an attack is that attack. Sentences
 * written for this test, dated against Sunday 25 October 2020.
 */
class AttackPlaceScopeTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void aRegionAfterATownAndACommaIsWhereTheTownLies() {
    List<Event> found = attacks("Smoke rose over Goris, Syunik, after Azerbaijani shelling on Saturday, "
        + "the Armenian defence ministry said.");
    assertThat(places(found)).doesNotContain("Syunik");
  }

  @Test
  void whereSomeoneIsGoingIsNoPlaceOfTheAttack() {
    List<Event> found = attacks("Azerbaijani drones struck a column in Martakert on Saturday as Armenian units "
        + "were preparing to redeploy to Stepanakert and Shusha, Baku said.");
    assertThat(places(found)).contains("Martakert").doesNotContain("Stepanakert", "Shusha");
  }

  @Test
  void theCityIsNotWhereSomeoneWasGoing() {
    List<Event> found = attacks("Sudanese army warplanes bombed Nyala on Saturday, military sources said. They said "
        + "the raids hit fighters preparing to deploy to Khartoum. Residents said shells also fell in the centre of the "
        + "city on Saturday.");
    assertThat(places(found)).contains("Nyala").doesNotContain("Khartoum");
  }

  @Test
  void aMentionWithNoAttackerAtTheSamePlaceAndDayIsTheSameAttack() {
    List<Event> found = attacks("Sudanese army warplanes bombed Nyala on Saturday, military sources said.",
        "A doctor said air strikes on Saturday hit a market in Nyala.");
    assertThat(found.stream().filter(e -> "Nyala".equals(e.location() == null ? null : e.location().surface())))
        .singleElement().extracting(Event::perpetratorSide).isEqualTo("SD");
  }

  @Test
  void aCapitalNamedByItsCountryAfterAPrepositionIsThePlaceHit() {
    List<Event> byDemonym = attacks("Warplanes struck targets in the Armenian capital on Saturday, witnesses said.");
    List<Event> byPossessive = attacks("Warplanes struck targets in Armenia's capital on Saturday, witnesses said.");
    assertThat(byDemonym).extracting(e -> e.location() == null ? null : e.location().name())
        .containsExactly("Yerevan");
    assertThat(byPossessive).extracting(e -> e.location() == null ? null : e.location().name())
        .containsExactly("Yerevan");
  }

  @Test
  void aTownNamedAfterItsRegionIsThePlaceHit() {
    List<Event> darfur = attacks("Drones struck the North Darfur town of Kutum on Saturday, killing six people, "
        + "witnesses said.");
    List<Event> syunik = attacks("Azerbaijani forces shelled the Syunik town of Goris on Saturday, the Armenian "
        + "defence ministry said.");
    assertThat(places(darfur)).containsExactly("Kutum");
    assertThat(places(syunik)).containsExactly("Goris");
  }

  @Test
  void thePlaceOfAMeetingNamedByItsGroupIsNoPlaceOfTheAttack() {
    List<Event> minsk = attacks("Monitors recorded shelling on Saturday, days after the meeting of the Trilateral "
        + "Contact Group in Minsk, the mission said.");
    List<Event> paris = attacks("Artillery fire was heard on Saturday despite the summit of the Normandy Four at "
        + "Paris, the monitors said.");
    assertThat(places(minsk)).doesNotContain("Minsk");
    assertThat(places(paris)).doesNotContain("Paris");
  }
}
