package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * "by drones of the Israeli army", "by artillery of the Azerbaijani forces": a weapon or armed body after "by" whose
 * side follows "of" names that side as the attacker, though it stands more than three words past "by". Sentences
 * written for this test; a neutral or no speaker, so nothing is inferred.
 */
class PerpetratorByBodyOfSideTest {

  @Test
  void weaponOfTheSide() {
    SundayStory.namedAttacker("IL", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "A house in Aitaroun was hit on Monday by armed drones of the Israeli army, the state news agency said.");
    SundayStory.namedAttacker("AZ", "2020-10-12", "Fighting went on along the line of contact.",
        "Martakert was shelled on Sunday by heavy artillery of the Azerbaijani armed forces, witnesses said.");
  }

  @Test
  void unitOfTheSide() {
    SundayStory.namedAttacker("IN", "2019-10-21", "Tension rose along the Line of Control.",
        "A school in Kotli was shelled on Sunday by a battalion of the Indian army, officials said.");
  }
}
