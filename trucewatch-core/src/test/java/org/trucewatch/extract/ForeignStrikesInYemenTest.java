package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Air forces from outside that strike the Houthis (Israel's, the United States') are sides of the war in Yemen's
 * profile, in the camp that fights the Houthis: their strikes are theirs, not the Houthi speaker's usual enemy, the
 * government. Sentences written for this test.
 */
class ForeignStrikesInYemenTest {

  private static List<Event> attacks(String day, String... paragraphs) {
    return SundayStory.attacksOn(day, paragraphs);
  }

  private static void attacker(String side, String day, String... paragraphs) {
    assertThat(attacks(day, paragraphs)).isNotEmpty()
        .allMatch(e -> side.equals(e.perpetratorSide()), "attacker " + side);
  }

  @Test
  void israeliStrikesTheHouthisReport() {
    attacker("IL", "2025-06-02", "The Houthi-run health ministry in Sanaa gave a first toll.",
        "Three port workers were killed when Israeli warplanes bombed the port of Hodeidah on Sunday, it said.");
    attacker("IL", "2025-06-02", "The Houthis' al-Masirah channel reported the raid.",
        "A Houthi official said on Monday that two guards were killed in an Israeli air strike on Sanaa airport.");
  }

  @Test
  void americanStrikesTheHouthisReport() {
    attacker("US", "2024-03-05", "The Houthis vowed to keep up their attacks on shipping.",
        "US warplanes struck Houthi radar sites near Hodeidah on Monday night, the group's al-Masirah TV said.");
    attacker("US", "2024-03-05", "The Houthis vowed to keep up their attacks on shipping.",
        "Houthi media said on Tuesday that US aircraft had carried out five air strikes on Saada on Monday.");
  }

  @Test
  void theHouthisTollOfANamedStrike() {
    attacker("IL", "2025-06-02", "Israeli jets struck the port of Hodeidah on Sunday.",
        "The Houthi-run health ministry said on Monday that the strikes on Hodeidah had killed five workers.");
    attacker("US", "2024-03-05", "US warplanes bombed a camp near Saada on Monday.",
        "The raid on Saada killed four fighters, the Houthis' al-Masirah channel said on Tuesday.");
    attacker("IL", "2025-09-01", "Israeli aircraft hit several targets in Sanaa on Sunday.",
        "The Houthi health ministry said the bombing of Sanaa on Sunday had left ten people dead.");
  }
}
