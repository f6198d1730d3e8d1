package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * An armed group's name after "in a" or "in an" modifies the attack noun that follows it ("killed in a Saudi-led
 * coalition air strike", "wounded in an RSF drone strike"): an indefinite article makes it no place, so the group is
 * named as the attacker. Sentences written for this test.
 */
class PerpetratorNameBeforeAttackTest {

  @Test
  void inACoalitionAirStrike() {
    SundayStory.namedAttacker("SA", "2022-01-22",
        "Three children were killed in a Saudi-led coalition air strike on Hodeidah on Friday, medics said.");
  }

  @Test
  void inAGroupsDroneOrRocketAttack() {
    SundayStory.namedAttacker("RSF", "2024-06-10",
        "Two soldiers were killed on Sunday in an RSF drone strike on El Obeid, a military source said.");
    SundayStory.namedAttacker("HEZBOLLAH", "2024-06-10",
        "A farmer was wounded in a Hezbollah rocket attack on Metula on Sunday, Israeli medics said.");
  }
}
