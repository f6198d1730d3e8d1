package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll that attacks told in one sentence at several places could each own goes to the place named first; attacks
 * told in two sentences stay rivals (OnlyAttackTollsTest). Stories written for this test.
 */
class OneTellingTollsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the toll in the lead, one sentence naming two places after it
      "Three soldiers were killed on Saturday, the defence ministry said on Sunday.|The ministry gave no names."
          + "|Separatist forces shelled army positions around Avdiivka and Marinka on Saturday, it said.|3",
      // the toll right after the sentence that names the two places
      "The ministry published its summary on Sunday.|Separatist forces shelled army positions around Avdiivka and "
          + "Marinka on Saturday morning.|Two soldiers were killed, the ministry said.|2",
  })
  void theFirstPlaceOfOneSentenceTakesTheToll(String first, String second, String third, String killed) {
    List<Event> attacks = SundayStory.attacks(first + "\n\n" + second + "\n\n" + third);
    Event avdiivka = SundayStory.at(attacks, "Avdiivka");
    Event marinka = SundayStory.at(attacks, "Marinka");
    assertThat(avdiivka.casualties()).isNotNull();
    assertThat(avdiivka.casualties().killed()).isEqualTo(Integer.valueOf(killed));
    assertThat(marinka.casualties() == null || marinka.casualties().killed() == null).isTrue();
  }
}
