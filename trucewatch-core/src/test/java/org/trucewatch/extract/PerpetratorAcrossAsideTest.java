package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * The attacker named as the subject of the attack verb when an aside in commas stands between them: a relative clause
 * ("Hezbollah, which is backed by Iran, fired"), an apposition ("The Houthis, the group that holds the capital,
 * fired") or a participle phrase ("Azerbaijani forces, backed by drones, shelled"). A side named inside the aside is
 * not the subject. Sentences written for this test; a neutral speaker, so nothing is inferred.
 */
class PerpetratorAcrossAsideTest {

  @Test
  void aRelativeClauseBetweenTheSubjectAndItsVerb() {
    SundayStory.namedAttacker("HEZBOLLAH", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "Hezbollah, which is backed by Iran, fired rockets at Kiryat Shmona on Monday, witnesses said.");
    SundayStory.namedAttacker("RSF", "2024-09-10", "Fighting went on in the state for a third week.",
        "The Rapid Support Forces, who have fought the army since April last year, shelled a market in Sennar on"
            + " Monday, residents said.");
  }

  @Test
  void anAppositionBetweenTheSubjectAndItsVerb() {
    SundayStory.namedAttacker("HOUTHIS", "2021-03-06", "Fighting went on in the province for a second month.",
        "The Houthis, the movement that controls the capital, fired a ballistic missile at Marib on Friday,"
            + " officials said.");
    SundayStory.namedAttacker("RU", "2019-05-14", "The offensive on the rebel enclave entered its second week.",
        "Russian warplanes, flying from a base near the coast, bombed a camp near Kafr Nabl on Monday, rescuers"
            + " said.");
  }

  @Test
  void aSideNamedInsideTheAsideIsNotTheSubject() {
    SundayStory.namedAttacker("HEZBOLLAH", "2024-06-11", "Cross-border fire went on for a ninth month.",
        "Hezbollah, which Israel lists as a terrorist group, launched drones at Metula on Monday, witnesses said.");
    SundayStory.namedAttacker("AZ", "2020-10-12", "Fighting went on along the line of contact.",
        "Azerbaijani troops, whose positions face Armenian units across the river, shelled Martuni on Sunday, witnesses"
            + " said.");
  }
}
