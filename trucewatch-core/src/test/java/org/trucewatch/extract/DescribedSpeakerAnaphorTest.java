package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "the ministry said" points back to the speaker named before with that noun also when the text described it
 * in lower case ("the territory's health ministry"), not only when it gave a name. Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class DescribedSpeakerAnaphorTest {

  @Test
  void theMinistryIsTheHealthMinistryDescribedBefore() {
    Event khan = SundayStory.at(SundayStory.attacks("Israeli jets struck a house in Rafah on Saturday, killing two "
        + "boys, the territory's health ministry said.", "The ministry said Israeli aircraft also bombed a market in "
        + "Khan Younis on Saturday night."), "Khan Younis");
    assertThat(khan.claimedBy()).anyMatch(c -> c.contains("health ministry"));
  }
}
