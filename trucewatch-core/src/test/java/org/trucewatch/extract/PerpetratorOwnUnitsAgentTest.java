package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side that says ground was taken "by our units" or "under the control of our forces" names itself, not its enemy,
 * as the one who took it: a first-person or the speaker's own armed body as the agent of the passive is the speaker.
 * Sentences written for this test.
 */
class PerpetratorOwnUnitsAgentTest {

  private static void speakerTook(String side, String day, String text) {
    List<Event> a = SundayStory.attacksOn(day, text);
    assertThat(a).as(text).isNotEmpty().allMatch(e -> side.equals(e.perpetratorSide()), "taken by " + side);
  }

  @Test
  void underTheControlOfOurUnits() {
    speakerTook("AZ", "2016-04-03", "Azerbaijan's Defence Ministry said on Saturday that the height near Seysulan"
        + " had been taken under the control of our units.");
    speakerTook("AM", "2016-04-03", "The Armenian Defence Ministry said the town of Hadrut was brought back under"
        + " the control of our forces on Saturday.");
  }

  @Test
  void capturedByItsTroops() {
    speakerTook("SD", "2025-01-12", "The Sudanese army said on Saturday that Wad Madani had been captured by its"
        + " troops.");
    speakerTook("RSF", "2025-01-12", "The Rapid Support Forces said the town of El Nuhud was seized by our fighters"
        + " on Saturday.");
  }
}
