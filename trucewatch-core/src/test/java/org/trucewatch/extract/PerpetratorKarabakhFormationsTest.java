package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * "Armenian armed formations", "illegal Armenian armed formations": Azerbaijan's name for the Karabakh Armenian forces
 * (the conflict profile's data), so the attacker is Nagorno-Karabakh, not Armenia. Sentences written for this test.
 */
class PerpetratorKarabakhFormationsTest {

  @Test
  void formationsAreKarabakhForces() {
    SundayStory.namedAttacker("NK", "2022-08-04", "Tension rose again around the Lachin corridor.",
        "Illegal Armenian armed formations fired mortars at Azerbaijani army posts near Lachin on Wednesday, the"
            + " ministry said.");
    SundayStory.namedAttacker("NK", "2023-09-20", "The Azerbaijani operation in Karabakh went into its second day.",
        "A road near Shusha was shelled on Tuesday by units of the Armenian armed formations, the ministry said.");
  }
}
