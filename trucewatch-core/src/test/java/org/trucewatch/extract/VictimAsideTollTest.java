package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * figs25: an aside naming some victims, and a number of groups after "from", between a figure and its verb. Stories written for this test.
 */
class VictimAsideTollTest {

  /**
   * "Two others, including an officer, were injured": an aside that names some of the victims stands between the
   * figure and its verb, as "one of them a teenager" does.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A soldier was killed and two others, including an officer, were injured on Sunday when enemy troops shelled "
          + "posts near Uri, officials said.|1/2",
      "Enemy mortars hit Marinka on Sunday, killing a civilian; five more, among them two children, were wounded, "
          + "police said.|1/5",
      "Artillery shelled Tovuz on Sunday. Four soldiers, including a captain, were hurt and one civilian was killed, "
          + "the ministry said.|1/4"
  })
  void victimsNamedInAnAsideStillCount(String story, String toll) {
    assertThat(SundayStory.attackToll(story)).isEqualTo(toll);
  }

  /** "Three people from two families": the number of families after "from" counts no victims. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "An air strike on a house in Marinka on Sunday killed four people from two families and wounded nine, "
          + "rescuers said.|4/9",
      "Rebel gunmen killed six men from three villages near Kotli on Sunday, police said.|6/null",
      "A drone strike on a shelter in Goris on Sunday killed five people from three households and injured 11, "
          + "medics said.|5/11"
  })
  void fromANumberOfGroupsIsNoFigure(String story, String toll) {
    assertThat(SundayStory.attackToll(story)).isEqualTo(toll);
  }
}
