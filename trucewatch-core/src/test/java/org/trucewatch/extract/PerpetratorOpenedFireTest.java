package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * The subject of a verb whose object is the attack noun made the attack, whatever stands between them ("opened
 * heavy machine-gun fire", "poured artillery fire into", "unleashed heavy shelling on"); not the subject of a verb whose
 * object is something else said of the attack ("opened an investigation into the shelling"). Sentences written for
 * this test.
 */
class PerpetratorOpenedFireTest {

  @Test
  void openedFireWithAWeaponBetween() {
    SundayStory.namedAttacker("AZ", "2021-05-10",
        "Units of the Azerbaijani army opened heavy machine-gun fire on Armenian posts near Sotk on Sunday.");
    SundayStory.namedAttacker("AM", "2021-05-10",
        "On Sunday, Armenian forces opened intensive mortar fire on the village of Alkhanli, the ministry said.");
  }

  @Test
  void pouredAndUnleashedFire() {
    SundayStory.namedAttacker("SY", "2021-09-06",
        "Government forces poured artillery fire into Daraa al-Balad on Sunday, residents said.");
    SundayStory.namedAttacker("RSF", "2024-06-10",
        "The Rapid Support Forces unleashed heavy shelling on El Obeid on Sunday, witnesses said.");
  }

  @Test
  void aTimeBetweenTheVerbAndTheFire() {
    SundayStory.namedAttacker("IL", "2023-04-07",
        "Israel responded on Thursday evening with artillery fire on open ground south of Tyre.");
    SundayStory.namedAttacker("PK", "2021-05-10",
        "Pakistani troops responded on Sunday night with mortar fire on Indian posts in Poonch.");
  }

  @Test
  void notTheOpenerOfAnInvestigation() {
    SundayStory.noNamedAttacker("AM", "2021-05-10",
        "Armenia opened a criminal investigation into the shelling of Sotk on Sunday.");
  }
}
