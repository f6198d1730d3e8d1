package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * A side that says its own weapons struck ("the RSF said its drones struck the dam") names itself the attacker,
 * however the tagger reads the noun after "its" (here as a verb, with the verb after it as a noun). Sentences written
 * for this test.
 */
class PerpetratorOwnWeaponsTest {

  @Test
  void itsDronesStruck() {
    SundayStory.namedAttacker("RSF", "2025-01-14", "The RSF said its drones struck the Merowe dam on Monday.");
    SundayStory.namedAttacker("HOUTHIS", "2019-09-15",
        "The Houthi movement said its drones struck an oil depot in Jizan on Saturday.");
    SundayStory.namedAttacker("AZ", "2020-10-12",
        "Azerbaijan's Defence Ministry said its drones struck Armenian positions near Martakert on Sunday.");
  }
}
