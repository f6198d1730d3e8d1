package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll told apart from the story's only attack (in the lead before the attack's sentence, as a count raised later,
 * or a few sentences after it with other words between) is that attack's figure; with two attacks of its day, over a
 * period, or told long after, it is no one's. Stories written for this test.
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
      // the troops of the clause telling how the victim died are no war's words over the toll
      "A farmer was killed on Saturday evening while troops chased intruders away from the border, the defence "
          + "ministry said on Sunday.|The ministry gave no names.|Separatist forces shelled army positions near "
          + "Avdiivka on Saturday, it said.|1/null",
  })
  void theOnlyAttackTakesTheTollToldApart(String lead, String middle, String later, String expected) {
    assertThat(SundayStory.attackToll(lead + "\n\n" + middle + "\n\n" + later)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void theSentenceOfTheTollIsEvidenceOfTheAttacksFigure() {
    String toll = "In the evening the ministry raised the death toll to four.";
    java.util.List<Event> attacks = SundayStory.attacks("Separatist forces shelled Avdiivka on Sunday, killing two "
        + "soldiers.", "Doctors treated the injured all day.", toll);
    assertThat(attacks).hasSize(1);
    assertThat(attacks.get(0).casualties().killed()).isEqualTo(4);
    assertThat(attacks.get(0).evidence()).extracting(Evidence::text).contains(toll);
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

  private static final String OPENING = "The ministry published its morning summary on Sunday.\n\n"
      + "It listed several violations of the truce.\n\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist forces shelled the village of Marinka on Sunday morning.|Rescue crews worked through the day."
          + "|Four civilians were killed, police said.|4/null",
      "Separatist forces shelled the village of Marinka on Sunday morning.|Rescue crews worked through the day, and "
          + "the power went out.|Eleven people were injured, medics said.|null/11",
  })
  void theOnlyAttackTakesATollToldSoonAfter(String attack, String middle, String toll, String expected) {
    assertThat(SundayStory.attackToll(OPENING + attack + "\n\n" + middle + "\n\n" + toll)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist forces shelled the village of Marinka on Sunday morning.|Separatist forces also shelled Avdiivka "
          + "on Sunday.|Four civilians were killed, police said.",
      "Separatist forces shelled the village of Marinka on Sunday morning.|Rescue crews worked through the day. "
          + "Shops stayed shut. The school was closed. Buses did not run. Families left for the city.|Four civilians "
          + "were killed, police said.",
  })
  void aTollOfTwoAttacksOrFarOnIsNoOnes(String attack, String middle, String toll) {
    assertThat(SundayStory.attacks(OPENING + attack + "\n\n" + middle + "\n\n" + toll)).isNotEmpty()
        .filteredOn(e -> e.location() != null && e.location().name().startsWith("Marinka"))
        .allMatch(e -> e.casualties() == null || e.casualties().killed() == null);
  }
}
