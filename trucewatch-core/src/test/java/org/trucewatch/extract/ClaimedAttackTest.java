package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An armed side that claims an attack as its own ("the group claimed a drone attack on", "claimed responsibility for
 * the barrage") is its attacker, named, not the opponent the speaker's side would otherwise imply. Sentences written
 * for this test.
 */
class ClaimedAttackTest {

  private static List<Event> attacks(String day, String... paragraphs) {
    return SundayStory.attacksOn(day, paragraphs);
  }

  private static void claimedBy(String side, String day, String... paragraphs) {
    assertThat(attacks(day, paragraphs)).isNotEmpty()
        .allMatch(e -> side.equals(e.perpetratorSide()) && !e.perpetratorInferred(), "attack claimed by " + side);
  }

  @Test
  void aGroupClaimsAnAttackOnThePlace() {
    claimedBy("HEZBOLLAH", "2024-06-12", "Hezbollah claimed a drone attack on an army base near Metula on Tuesday.");
    claimedBy("HOUTHIS", "2024-02-20", "The Houthis claimed a missile attack on a cargo ship off Hodeidah on Monday.");
  }

  @Test
  void responsibilityForTheAttack() {
    claimedBy("PIJ", "2023-05-11",
        "Islamic Jihad's armed wing claimed responsibility for a rocket attack on Sderot on Wednesday.");
    claimedBy("RSF", "2025-05-07", "The RSF claimed responsibility for the drone strikes on Port Sudan on Tuesday.");
  }
}
