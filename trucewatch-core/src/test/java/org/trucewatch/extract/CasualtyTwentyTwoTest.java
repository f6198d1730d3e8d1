package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Casualty figures of round 22, in sentences written for this test in the manner of several outlets: victims with a
 * phrase of whose or which they are before their verb, one victim as the object of "killing"/"wounding", and numbers
 * written as words ("sixty", "twenty-three", "two hundred").
 */
class CasualtyTwentyTwoTest {

  /** The killed/wounded figure of the story's only attack, "none" when it has none. */
  private static String attackToll(String sentence) {
    List<Event> attacks = SundayStory.attacks(sentence);
    assertThat(attacks).hasSize(1);
    Casualties c = attacks.get(0).casualties();
    return c == null ? "none" : c.killed() + "/" + c.wounded();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Two soldiers of the 53rd brigade were killed when shells hit Marinka on Sunday, the army said.|2/null",
      "Four civilians from the village of Talish were wounded by mortar fire on Sunday, the ministry said.|null/4",
      "Six farmers working in their fields near Kafr Kila were wounded by Israeli shelling on Sunday, the agency "
          + "said.|null/6",
      "Seven passengers of a minibus were killed when a drone struck it near Marib on Sunday, officials said.|7/null"
  })
  void aPhraseAfterTheVictimsStandsBetweenThemAndTheirVerb(String sentence, String toll) {
    assertThat(attackToll(sentence)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Shells struck Tartar on Sunday, killing a shepherd who was grazing his flock, officials said.|1/null",
      "A sniper fired at a checkpoint near Avdiivka on Sunday, wounding a soldier in the leg.|null/1",
      // a family counts its members, and a number after "a woman of" is her age
      "An air strike hit a house in Saada on Sunday, killing a family of five.|5/null",
      "A rocket hit a car near Kiryat Shmona on Sunday, wounding a woman of about seventy.|none"
  })
  void oneVictimAfterTheVerbIsOne(String sentence, String toll) {
    assertThat(attackToll(sentence)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rockets fired at Sderot on Sunday killed sixty people, police said.|60/null",
      "Twenty-three civilians were wounded when shells hit Goris on Sunday.|null/23",
      "The air strikes on Saada on Sunday killed two hundred people, the rebels said.|200/null"
  })
  void numbersWrittenAsWords(String sentence, String toll) {
    assertThat(attackToll(sentence)).isEqualTo(toll);
  }
}
