package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * tolls32: a toll told apart from the story's only attack (in the lead before the attack's sentence, or as a count
 * raised later) is that attack's figure; with two attacks, or over a period, it is no one's. Stories written for this
 * test.
 */
class OnlyAttackTollsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the toll in the lead, the place two paragraphs on
      "Five soldiers were killed at the weekend, the defence ministry said on Sunday.|The ministry gave no names."
          + "|Separatist forces shelled army positions near Avdiivka on Saturday, it said.|5/null",
      // a count set anew: "raised the death toll to"
      "Separatist forces shelled Avdiivka on Sunday, killing two soldiers.|Doctors treated the injured all day."
          + "|In the evening the ministry raised the death toll to four.|4/null",
  })
  void theOnlyAttackTakesTheTollToldApart(String lead, String middle, String later, String expected) {
    assertThat(SundayStory.attackToll(lead + "\n\n" + middle + "\n\n" + later)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // two attacks: the lead's toll could be either's
      "Five soldiers were killed at the weekend, the defence ministry said on Sunday.|Separatist forces shelled "
          + "army positions near Avdiivka on Saturday.|Separatist forces also shelled Marinka on Saturday.",
      // a toll over a period is background
      "Forty soldiers have been killed since the truce began in July, the defence ministry said on Sunday.|The "
          + "ministry gave no names.|Separatist forces shelled army positions near Avdiivka on Saturday.",
  })
  void noAttackTakesAnUnsureToll(String lead, String middle, String later) {
    assertThat(SundayStory.attacks(lead + "\n\n" + middle + "\n\n" + later)).isNotEmpty()
        .allMatch(e -> e.casualties() == null || e.casualties().killed() == null);
  }
}
