package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll counted over a whole war or over a period of weeks or more is background, not a report (total26b), in
 * sentences written for this test: the war as what killed or where they died ("the three-year war has killed", "a
 * conflict in which some 5,000 died"), and a period with no day ("this year", "in the past week", "over the past three
 * months"). A toll of one day stays, even the deadliest of the war or of the year.
 */
class PeriodTollTest {

  private static String reports(String story) {
    return SundayStory.of(EventType.CASUALTY_REPORT, story).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The three-year war has killed more than 12,000 people, the agency said on Sunday.|[]",
      "Envoys met on Sunday to end an insurgency in which some 5,000 people have died.|[]",
      "Around 800 fighters have been killed in the decade-long conflict, officials said on Sunday.|[]",
      "Officials said on Sunday that 64 civilians had been killed along the frontier this year.|[]",
      "In the past week alone, 45 people have died in the shelling of the city, medics said on Sunday.|[]",
      "Over the past three months, rebels have killed 210 soldiers, the army said on Sunday.|[]",
      // a day's toll stays, whatever war or year it is the worst of
      "Medics said six people were killed on Sunday, the deadliest day of the war.|[6/null]",
      "Nine civilians died on Sunday, the highest toll in a single day this year, officials said.|[9/null]",
      // a toll since this war began is the running toll's own rule (WarTollTest): it stays
      "The ministry said on Sunday that 30 soldiers had died since the start of the conflict.|[30/null]"
  })
  void aWarsOrAPeriodsTollIsBackground(String story, String expected) {
    assertThat(reports(story)).isEqualTo(expected);
  }
}
