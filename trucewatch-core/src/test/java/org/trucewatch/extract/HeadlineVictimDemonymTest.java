package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * A headline's reduced passive ("Iranian killed near X") names who was hit: the nationality before the harming
 * participle is the victim's, never the attacker's. Sentences written for this test.
 */
class HeadlineVictimDemonymTest {

  @Test
  void aVictimsNationalityInAHeadlineIsNoAttacker() {
    SundayStory.noNamedAttacker("IR", "2023-04-02",
        "Iranian killed near Damascus as missiles hit the capital's outskirts",
        "A missile struck a car near Damascus on Saturday night, killing an Iranian adviser, state media said.");
  }

  @Test
  void aSidesAdjectiveBeforeAnAttackNounStillNamesIt() {
    SundayStory.namedAttacker("RSF", "2025-03-09",
        "RSF shelling kills four in El Obeid",
        "Shells fired by the Rapid Support Forces hit a neighbourhood of El Obeid on Saturday, killing four people.");
  }
}
