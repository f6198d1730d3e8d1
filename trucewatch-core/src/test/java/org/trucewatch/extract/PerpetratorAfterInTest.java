package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * A side's adjective on the attack noun after "in" ("were killed in Azerbaijani shelling", "died in an Israeli air
 * strike"): "in" makes a country's name a place, never its adjective, so the attacker is named. Sentences written for
 * this test; a neutral or no speaker, so nothing is inferred.
 */
class PerpetratorAfterInTest {

  @Test
  void passiveToll() {
    SundayStory.namedAttacker("AZ", "2020-10-12", "Fighting went on along the line of contact.",
        "Two civilians were killed in Azerbaijani shelling of Martakert on Sunday, witnesses said.");
    SundayStory.namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "A family of five died in a Russian air strike on Kafr Nabl on Monday, rescuers said.");
  }

  @Test
  void tollAfterThePlaceAndDay() {
    SundayStory.namedAttacker("IL", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "A farmer was wounded near Aitaroun on Monday in an Israeli drone strike, the state news agency said.");
    SundayStory.namedAttacker("SA", "2021-03-06", "The Houthis and the coalition fought on in Saada.",
        "In Hajjah, three children lost their lives on Friday in Saudi bombing of a market, medics said.");
  }

  @Test
  void activeVerbInsideTheAttack() {
    SundayStory.namedAttacker("IN", "2019-10-21", "Tension rose along the Line of Control.",
        "A school in Kotli was damaged in Indian shelling across the Line of Control on Sunday, officials said.");
  }
}
