package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * "X resorted to unprovoked firing": the press releases' verb takes the act through "to", so its subject made the
 * attack, as the subject of "launched" or "opened" does. Sentences written for this test.
 */
class PerpetratorResortedToTest {

  @Test
  void resortedToFiringAfterADay() {
    SundayStory.namedAttacker("IN", "2019-03-11",
        "Indian troops on Sunday resorted to unprovoked mortar firing on villages of the Nikial sector, killing a boy.");
  }

  @Test
  void resortedToShelling() {
    SundayStory.namedAttacker("PK", "2019-03-11",
        "Pakistani troops resorted to unprovoked shelling of forward posts in the Krishna Ghati sector on Sunday.");
  }
}
