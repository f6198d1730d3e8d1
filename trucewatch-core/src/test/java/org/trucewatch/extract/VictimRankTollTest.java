package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tolls whose victims are named by duty or by age in words, in sentences written for this test: "three
 * conscripts", "two employees", "two nurses in their forties", and a count that "has reached" its number. Each gave no
 * figure before; "a soldier killed two intruders" names who killed, not one killed.
 */
class VictimRankTollTest {

  private static String figures(String story) {
    return SundayStory.events(story).stream().filter(e -> e.casualties() != null)
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).distinct().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Three conscripts were killed on Sunday when separatist mortars hit their trench near Pisky, the army said."
          + "|[3/null]",
      "Two employees were wounded on Sunday when a sniper opened fire on the checkpoint near Shyrokyne, the army "
          + "said.|[null/2]",
      "Two nurses in their forties were slightly injured on Sunday when a shell hit the clinic in Avdiivka, officials "
          + "said.|[null/2]",
      "The number of wounded villagers after Sunday's shelling of Krasnohorivka has reached seven, the mayor said."
          + "|[null/7]"
  })
  void victimsNamedByRankOrAgeAreCounted(String story, String figures) {
    assertThat(figures(story)).isEqualTo(figures);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a speaker of the unit, no victim: no figure of his (the attack's toll of none is "nobody was hurt")
      "A soldier of the border guard service said that shells hit Marinka on Sunday but nobody was hurt.|[0/0]",
      // the verb belongs to the clause of "that", not to the soldier
      "A soldier of the unit that was shelled near Marinka on Sunday said its positions held.|[]"
  })
  void aSpeakerOfAUnitIsNoFigure(String story, String figures) {
    assertThat(figures(story)).isEqualTo(figures);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A soldier killed two intruders near Marinka on Sunday, the army said.",
      "A policeman wounded two looters during the shelling of Marinka on Sunday, police said."
  })
  void theOneWhoKilledIsNoVictim(String story) {
    assertThat(figures(story)).doesNotContain("1/null", "null/1");
  }
}
