package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 30: "both" before plural victims counts two; victims with a finite verb of their own that is no casualty
 * word ("and 19 people were taken to hospital") take no casualty word from an earlier clause, nor join the list
 * before them (those taken to hospital are the wounded since the thirty-eighth round, HospitalTolls, never the dead).
 * Stories written for this test.
 */
class CasualtyBothAndOwnClauseTest {

  private static String figures(String... story) {
    return SundayStory.events(story).stream().filter(e -> e.casualties() != null)
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).distinct().sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A shell hit an army post near Marinka on Sunday.|Both soldiers were killed, the ministry said.|[2/null]",
      "Rebels shelled the village of Pisky on Sunday.|Both men were seriously wounded, officials said.|[null/2]"
  })
  void bothVictimsAreTwo(String lead, String next, String expected) {
    assertThat(figures(lead, next)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void bothAfterACommaTellsWhoTheCountedVictimsWere() {
    assertThat(figures("Troops shelled the village of Pisky on Sunday, wounding a farmer and two children, both boys "
        + "from the village, officials said.")).isEqualTo("[null/3]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rockets hit the market in Tal Rifaat on Sunday. Six civilians were killed, two men and four children, and 19 "
          + "people were taken to hospital, medics said.|[6/19]",
      "A missile struck a bus station in Kherson on Sunday. Five people were killed, two women and three men, and "
          + "14 people were later brought to hospital, police said.|[5/14]"
  })
  void victimsOfTheirOwnClauseAreNoPartOfTheToll(String story, String expected) {
    assertThat(figures(story)).isEqualTo(expected);
  }
}
