package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "No one was hurt" after an attack is its toll of none: the halves the phrase names are zero, told in the attack's
 * sentence or a few after it; far down the story it is no attack's. Stories written for this test.
 */
class UnharmedTollsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist forces shelled Marinka on Sunday morning. A shell struck the roof of a shop by the market. "
          + "No one was hurt.|0/0",
      "Separatist forces shelled Marinka on Sunday morning, but there were no casualties.|0/0",
      "Separatist forces shelled Marinka on Sunday morning. Two shells fell in a field near the school. "
          + "Nobody was killed, the police said.|0/null",
  })
  void aTollOfNoneIsTheAttacksToll(String story, String expected) {
    assertThat(SundayStory.attackToll(story)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void theSentenceOfNoneIsEvidenceOfTheToll() {
    String story = "Separatist forces shelled Marinka on Sunday morning. A shell struck the roof of a shop by the "
        + "market. No one was hurt.";
    java.util.List<Event> attacks = SundayStory.attacks(story);
    assertThat(attacks).hasSize(1);
    assertThat(attacks.get(0).evidence()).extracting(Evidence::text).contains("No one was hurt.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist forces shelled Marinka on Sunday morning.|The market stayed open. The buses ran as usual. The "
          + "school held its lessons. The mayor visited a farm. Repairs began on the bridge. No one was hurt.",
  })
  void aTollOfNoneFarOnIsNoAttacks(String attack, String later) {
    assertThat(SundayStory.attackToll(attack + "\n\n" + later)).isEqualTo("none");
  }
}
