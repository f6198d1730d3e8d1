package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count that grew ("has risen to", "rose to"), told after the story's only attack, updates that attack's
 * figure; with two attacks before it, neither takes it. Stories written for this test.
 */
class TollRisenForOnlyAttackTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A drone struck a bus near Kherson on Sunday, killing two passengers.|By evening the number of people killed in "
          + "the attack had risen to five, officials said.|5/null",
      "A missile hit a school in Kharkiv on Sunday, wounding three people.|The number of wounded rose to seven overnight, "
          + "the mayor said.|null/7"
  })
  void theOnlyAttackTakesTheCountThatGrew(String lead, String update, String expected) {
    assertThat(SundayStory.attackToll(lead + " " + update)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A drone struck a bus near Kherson on Sunday, killing two passengers. Shells hit a market in Nikopol on Sunday, "
          + "killing one woman. The number of people killed has risen to five, officials said.|[1/null, 2/null]"
  })
  void withTwoAttacksNeitherTakesIt(String story, String expected) {
    assertThat(SundayStory.attacks(story).stream().map(e -> e.casualties().killed() + "/" + e.casualties().wounded())
        .sorted().toList().toString()).isEqualTo(expected);
  }
}
