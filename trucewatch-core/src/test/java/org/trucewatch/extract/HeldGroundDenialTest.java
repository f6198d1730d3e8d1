package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * "The rebels said they had taken the town; an army officer said the garrison was still holding out": the defender's
 * word that it still holds the ground denies the other camp's capture, in the next sentence or in the same one; it
 * denies no capture of its own camp. Stories written for this test, dated against Sunday 25 October 2020.
 */
class HeldGroundDenialTest {

  @Test
  void theDefenderStillHoldingDeniesTheCapture() {
    assertThat(SundayStory.at(attacks("The Rapid Support Forces said on Saturday they had captured Babanusa after two "
        + "days of fighting. A senior army officer told reporters that the paramilitaries had only reached the "
        + "outskirts and that the garrison was still holding out."), "Babanusa").deniedBy())
        .anyMatch(d -> d.contains("army") || d.contains("Sudan"));
  }

  @Test
  void theDefenderStillHoldingInTheSameSentenceDeniesTheCapture() {
    assertThat(SundayStory.at(attacks("The Rapid Support Forces said on Saturday they had captured Babanusa, but a "
        + "senior army officer told reporters that the garrison was still holding out."), "Babanusa").deniedBy())
        .anyMatch(d -> d.contains("army") || d.contains("Sudan"));
  }

  @Test
  void aCaptureByTheSpeakersOwnCampIsNotDenied() {
    assertThat(SundayStory.at(attacks("The Sudanese army said on Saturday it had recaptured Babanusa from the Rapid "
        + "Support Forces. An army officer said units were still holding the bridge."), "Babanusa").deniedBy())
        .isEmpty();
  }
}
