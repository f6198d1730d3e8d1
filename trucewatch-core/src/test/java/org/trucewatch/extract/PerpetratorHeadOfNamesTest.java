package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * Which of several names before or after an attack is its attacker: the group a country's possessive qualifies ("by
 * Sudan's paramilitary RSF"), the first of two sides joined by "and" ("Saudi and Emirati jets"), never the patron
 * after "backed by" ("the militia backed by Iran launched"). Sentences written for this test; no side speaks.
 */
class PerpetratorHeadOfNamesTest {

  @Test
  void groupAfterCountrysPossessive() {
    SundayStory.namedAttacker("RSF", "2024-03-05", "Fighting went on in Kordofan.",
        "Two markets in Kadugli were hit on Monday by shelling by Sudan's paramilitary Rapid Support Forces, "
            + "a doctors' group said.");
  }

  @Test
  void firstOfTwoJoinedSides() {
    SundayStory.namedAttacker("SY", "2019-06-04", "The offensive entered its second month.",
        "Syrian and Russian jets bombed Khan Shaykhun on Monday, rescuers said.");
  }

  @Test
  void sideOfTheWarBesideAnOutsider() {
    SundayStory.namedAttacker("US", "2024-02-27", "Shipping in the Red Sea stayed under threat.",
        "US and British air strikes hit a radar site near Hodeidah on Monday, the rebels' television said.");
  }

  @Test
  void foesJoinedAreNotOneAttacker() {
    SundayStory.noNamedAttacker("AM", "2023-04-12", "Tension rose near the border.",
        "Armenian and Azerbaijani troops clashed near Tegh on Tuesday, leaving four soldiers dead, officials said.");
  }

  @Test
  void notThePatronAfterBackedBy() {
    SundayStory.namedAttacker("HOUTHIS", "2021-07-14", "Fighting went on around the city.",
        "On Tuesday the Houthi militia backed by Iran launched a drone attack on a market in Taiz, officials said.");
  }
}
