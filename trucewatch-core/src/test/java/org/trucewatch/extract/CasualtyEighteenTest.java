package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Casualty figures of round 18: a rate, victims told again, a list under a subset marker, a family's number, vague
 * hundreds, the dead and the missing in one count, a count of incidents after a toll. Sentences written for this test in the manner
 * of wire copy; each shape with at least two phrasings.
 */
class CasualtyEighteenTest {

  private static String figures(String sentence) {
    return SundayStory.of(EventType.CASUALTY_REPORT, sentence).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a rate is no toll
      "In the months before the truce, about twenty soldiers were dying every week, the army said.",
      "Officials say some 15 civilians are killed per day in the besieged city.",
      // victims told before and named again
      "The three deaths bring to 45 the number of villagers killed since the spring offensive began in March.",
      "These four dead were buried on Sunday, relatives said.",
      // "several hundred" is no count
      "The clashes have killed several hundred fighters on both sides, the monitors said.",
      "A few dozen soldiers were wounded in the week's fighting, the army said."
  })
  void ratesRepeatsAndVagueCountsAreNoNewReport(String sentence) {
    assertThat(figures(sentence)).doesNotContain("20/", "15/", "3/", "4/", "100/", "/12");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a list opened by a subset marker holds no figure of its own
      "Police said nine people were killed, among them a teacher and her three pupils, and 20 were hurt.|[9/20]",
      "The strike killed six civilians, including a nurse and his two sons, and wounded 14, medics said.|[6/14]",
      "Medics gave a toll of 30 dead, eight children and four women among them, and 70 wounded.|[30/70]",
      // the family's number is not the dead's
      "Medics said nine members of one family were killed on Sunday.|[9/null]",
      "An air strike killed five members of a single family on Sunday, rescuers said.|[5/null]",
      // where the victims were does not cut the figure from its verb
      "The army said eight people there were slightly hurt on Sunday.|[null/8]",
      "Rescuers said 12 people there had been killed by Sunday evening.|[12/null]"
  })
  void listsAndSubsetsMakeOneFigure(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the dead and the missing or captured in one count: no figure of the dead
      "The ministry said 90 of its servicemen were killed or went missing in the battle on Sunday.|[]",
      "Officials said 40 villagers were wounded or captured in the raid on Sunday.|[]",
      // a count of incidents or districts after a toll is not a second toll
      "Medics said 16 civilians were killed in three separate incidents of shelling on Sunday.|[16/null]",
      "At least 18 people were killed on Sunday in four districts, officials said.|[18/null]"
  })
  void mixedCountsAndOtherCounts(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }
}
