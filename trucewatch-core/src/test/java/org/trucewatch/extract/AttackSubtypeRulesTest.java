package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks on civilians against battles and shelling, attacks placed only in a country, and attacks named after their
 * place, on sentences written for this test, dated against Sunday 25 October 2020.
 */
class AttackSubtypeRulesTest {

  private static void subtype(String sentence, String expected) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(e -> assertThat(e.subtype()).as(sentence).isEqualTo(expected));
  }

  @Test
  void civiliansFiredOnAreAnAttackOnThem() {
    subtype("Azerbaijani soldiers opened fire on shepherds near Martuni on Friday, the ombudsman said.",
        "attack_on_civilians");
    subtype("Troops opened fire on hundreds of people gathered outside Martakert on Friday, witnesses said.",
        "attack_on_civilians");
  }

  @Test
  void civiliansKilledByShellingAreItsOutcomeNotItsMode() {
    subtype("Three civilians were killed on Friday when Azerbaijani forces shelled homes in Martuni.", "shelling");
  }

  @Test
  void aSniperShootingAChildIsAnAttackOnCiviliansAndShootingASoldierABattle() {
    subtype("On Friday an Azerbaijani sniper shot a 14-year-old boy dead near Martakert, local officials said.",
        "attack_on_civilians");
    subtype("On Friday an Azerbaijani sniper shot a 30-year-old soldier near Martakert, the ministry said.",
        "armed_clash");
  }

  @Test
  void theAttackToldAgainIsTheDroneStrikeToldBefore() {
    List<Event> found = attacks("Azerbaijani drones struck a depot in Martuni on Friday, the ministry said.",
        "The attack also damaged a school in Martakert, officials said.");
    assertThat(found).hasSize(2); // Martuni's and Martakert's, each of its own place
    assertThat(found).allSatisfy(e -> assertThat(e.subtype()).isEqualTo("air_drone_strike"));
  }

  @Test
  void aCountryIsNoPlaceOfAttackWhereATownOfTheSameDayIsNamed() {
    List<Event> found = attacks("Azerbaijani drones struck targets inside Armenia on Friday, Yerevan said.",
        "One of the drones hit an ammunition depot in Goris on Friday, the ministry said.");
    assertThat(found).extracting(e -> e.location() == null ? null : e.location().name()).contains("Goris")
        .doesNotContain("Armenia");
  }

  @Test
  void anAttackNamedAfterItsPlaceIsAReferenceToAKnownEvent() {
    assertThat(attacks("Talks on a new truce opened in Geneva a year after the Martuni attack, diplomats said."))
        .isEmpty();
  }
}
