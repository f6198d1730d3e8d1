package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.daysAt;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One attack per place and day: a later sentence that tells an attack again with no day of its own is no second
 * attack on the day of the news. Stories written for this test, published on Sunday 25 October 2020.
 */
class RetoldOnNewsDayTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  // a lead of the news day, so that a sentence with no day of its own is dated by the news, not by the lead
  private static final String LEAD = "Armenia and Azerbaijan traded fresh accusations on Sunday as a humanitarian truce "
      + "frayed.";

  @Test
  void theShellingOfATownToldAgainIsTheShellingDatedBefore() {
    List<Event> events = attacks(LEAD, "Azerbaijani artillery shelled Martuni on Friday, the Armenian defence ministry "
        + "said.", "The mediators plan to meet again next month.",
        "Evidence of the shelling of Martuni has been handed to international monitors, the ministry added.");
    assertThat(daysAt(events, "Martuni")).containsExactly(FRIDAY);
  }

  @Test
  void aStrikeNamedAgainInALaterParagraphIsNoStrikeOfTheNewsDay() {
    List<Event> events = attacks(LEAD, "A rocket struck a school in Tartar on Saturday morning, Azerbaijani officials "
        + "said.", "The teachers' union called for a day of mourning.",
        "Photographs of the rocket attack on Tartar were shown to foreign diplomats in Baku.");
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }

  @Test
  void theSiteOfAnEarlierStrikeToldAgainIsOfThatStrike() {
    List<Event> events = attacks(LEAD, "On Friday night, drones hit a fuel depot on the outskirts of Hadrut, residents "
        + "said.", "The mediators plan to meet again next month.",
        "Firefighters were still working at the depot in Hadrut, where the drone strike started a blaze.");
    assertThat(daysAt(events, "Hadrut")).containsExactly(FRIDAY);
  }

  @Test
  void aCallToCondemnAnEarlierShellingIsNoShellingOfItsOwn() {
    List<Event> events = attacks(LEAD, "Armenian forces shelled the town of Tartar on Saturday, killing a farmer, "
        + "Azerbaijan's defence ministry said.", "The foreign ministry summoned the French ambassador over remarks by "
        + "the president.", "Baku has asked the Minsk Group co-chairs to condemn the shelling of Tartar.");
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }

  @Test
  void anAttackerNamedInItsOwnWordsIsNewsOfItsOwn() {
    List<Event> events = attacks(LEAD, "Azerbaijani artillery shelled Martuni on Friday, the Armenian defence ministry "
        + "said.", "The mediators plan to meet again next month.",
        "Azerbaijani forces have shelled Martuni again, a ministry spokeswoman told reporters.");
    assertThat(daysAt(events, "Martuni")).hasSize(2);
  }
}
