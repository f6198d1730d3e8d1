package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * The attacker named as a body of a side's men or arms heading the subject: "units of the X", "fighters of X",
 * "members of X", "a detachment of X", "warplanes of the X"; the side after "of" is who acted, not an object of a
 * preposition. Sentences written for this test; a neutral speaker, so nothing is inferred.
 */
class PerpetratorUnitsOfSideTest {

  @Test
  void fightersOrMembersOfASide() {
    SundayStory.namedAttacker("RSF", "2024-09-10", "Fighting went on in the state for a third week.",
        "Fighters of the Rapid Support Forces shelled a market in Sennar on Monday, residents said.");
    SundayStory.namedAttacker("HEZBOLLAH", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "Members of Hezbollah launched drones at Metula on Monday, witnesses said.");
  }

  @Test
  void unitsOrADetachmentOfAnArmy() {
    SundayStory.namedAttacker("AZ", "2020-10-12", "Fighting went on along the line of contact.",
        "Units of the Azerbaijani army shelled Martuni on Sunday, witnesses said.");
    SundayStory.namedAttacker("HOUTHIS", "2021-03-06", "Fighting went on in the province for a second month.",
        "A detachment of the Houthis attacked a checkpoint near Marib on Friday, officials said.");
  }

  @Test
  void aSidesWeaponsHeadingTheSubject() {
    SundayStory.namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "Warplanes of the Russian air force bombed a camp near Kafr Nabl on Monday, rescuers said.");
  }
}
