package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * The attacker named as the subject of the attack verb, in the shapes news gives a subject: a side's adjective on
 * weapons joined by "and" ("Israeli tanks and artillery shelled"), an adverb between the subject and its verb ("Saudi
 * warplanes again bombed"). Sentences written for this test; a neutral speaker, so nothing is inferred.
 */
class PerpetratorSubjectTest {

  @Test
  void anAdverbBetweenTheSubjectAndItsVerb() {
    SundayStory.namedAttacker("SA", "2021-03-06", "The Houthis and the coalition fought on in Saada.",
        "Saudi warplanes again bombed a fuel depot in Hajjah on Friday, residents said.");
    SundayStory.namedAttacker("AZ", "2020-10-12", "Fighting went on along the line of contact.",
        "Azerbaijani drones reportedly hit a car near Martakert on Sunday, witnesses said.");
    SundayStory.namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "Russian jets also pounded villages in southern Idlib on Monday, residents said.");
  }

  @Test
  void aTimeBetweenTheSubjectAndItsVerb() {
    SundayStory.namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "Russian warplanes on Monday bombed a camp near Kafr Nabl, rescuers said.");
    SundayStory.namedAttacker("IL", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "Israeli drones overnight struck a house in Aitaroun, the state news agency said.");
    SundayStory.namedAttacker("SA", "2021-03-06", "The Houthis and the coalition fought on in Saada.",
        "Saudi jets early on Friday bombed a farm in Hajjah, residents said.");
  }

  @Test
  void weaponsJoinedByAndUnderOneSidesAdjective() {
    SundayStory.namedAttacker("IL", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "Israeli tanks and artillery shelled the outskirts of Khiam on Monday, the state news agency said.");
    SundayStory.namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "Russian warplanes and helicopters bombed Kafr Nabl on Monday, rescuers said.");
    SundayStory.namedAttacker("AZ", "2020-10-12", "Fighting went on along the line of contact.",
        "On Sunday, Azerbaijani rockets and drones carried out strikes on Stepanakert, witnesses said.");
  }
}
