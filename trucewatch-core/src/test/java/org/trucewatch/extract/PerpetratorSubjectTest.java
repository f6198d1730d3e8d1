package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attacker named as the subject of the attack verb, in the shapes news gives a subject: a side's adjective on
 * weapons joined by "and" ("Israeli tanks and artillery shelled"), an adverb between the subject and its verb ("Saudi
 * warplanes again bombed"). Sentences written for this test; a neutral speaker, so nothing is inferred.
 */
class PerpetratorSubjectTest {

  private static List<Event> attacks(String day, String... paragraphs) {
    return SundayStory.attacksOn(day, paragraphs);
  }

  private static void namedAttacker(String side, String day, String... paragraphs) {
    assertThat(attacks(day, paragraphs)).isNotEmpty()
        .allMatch(e -> side.equals(e.perpetratorSide()) && !e.perpetratorInferred(), "attacker " + side + " named");
  }

  @Test
  void anAdverbBetweenTheSubjectAndItsVerb() {
    namedAttacker("SA", "2021-03-06", "The Houthis and the coalition fought on in Saada.",
        "Saudi warplanes again bombed a fuel depot in Hajjah on Friday, residents said.");
    namedAttacker("AZ", "2020-10-12", "Fighting went on along the line of contact.",
        "Azerbaijani drones reportedly hit a car near Martakert on Sunday, witnesses said.");
    namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "Russian jets also pounded villages in southern Idlib on Monday, residents said.");
  }

  @Test
  void aTimeBetweenTheSubjectAndItsVerb() {
    namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "Russian warplanes on Monday bombed a camp near Kafr Nabl, rescuers said.");
    namedAttacker("IL", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "Israeli drones overnight struck a house in Aitaroun, the state news agency said.");
    namedAttacker("SA", "2021-03-06", "The Houthis and the coalition fought on in Saada.",
        "Saudi jets early on Friday bombed a farm in Hajjah, residents said.");
  }

  @Test
  void weaponsJoinedByAndUnderOneSidesAdjective() {
    namedAttacker("IL", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "Israeli tanks and artillery shelled the outskirts of Khiam on Monday, the state news agency said.");
    namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "Russian warplanes and helicopters bombed Kafr Nabl on Monday, rescuers said.");
    namedAttacker("AZ", "2020-10-12", "Fighting went on along the line of contact.",
        "On Sunday, Azerbaijani rockets and drones carried out strikes on Stepanakert, witnesses said.");
  }
}
