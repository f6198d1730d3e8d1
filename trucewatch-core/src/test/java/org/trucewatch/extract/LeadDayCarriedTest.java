package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.daysAt;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A day told once in the story's lead dates the later sentences that tell no day of their own, even where a headline,
 * a byline or a page date of the news day stands above the lead (date23: daily reports and wires dated by the day
 * they were filed). Stories written for this test, published on Sunday 25 October 2020.
 */
class LeadDayCarriedTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  @Test
  void aDailySummaryFiledTheMorningAfterDatesItsIncidentsByThePastDay() {
    List<Event> events = attacks("Front-line summary as of 08:00 on 25 October 2020",
        "Defence ministry press office",
        "During the past day, 24 October, the adversary broke the ceasefire four times along the line of contact.",
        "Near Martuni, the enemy shelled our positions with mortars and wounded a soldier.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }

  @Test
  void aBylineDateOfTheNewsDayGivesWayToTheDayTheLeadTells() {
    List<Event> events = attacks("Tartar villages under fire as truce frays",
        "Regional Monitor | 25 October 2020",
        "Monitors recorded heavy fighting on Friday, October 23, along the northern stretch of the front.",
        "Armenian artillery shelled the village of Shikharkh in the Tartar district, wounding two farmers.");
    assertThat(daysAt(events, "Shikharkh")).containsExactly(FRIDAY);
  }

  @Test
  void aWireLeadOfTheNewsDaySaysWhatWasSaidAndItsSecondSentenceWhenItHappened() {
    List<Event> events = attacks("Baku accuses Yerevan of shelling border villages",
        "BAKU, Oct 25 - Azerbaijan said on Sunday that four civilians had been killed in the Tovuz district.",
        "The defence ministry said in a statement issued late on Saturday that Armenian units had fired mortars "
            + "across the border.",
        "Two of the dead were killed when a shell hit a house in the village of Aghdam, a local official said.");
    assertThat(daysAt(events, "Aghdam")).containsExactly(SATURDAY);
  }

  @Test
  void aBackgroundDayOfTheLeadLongBeforeTheNewsDatesNoLaterSentence() {
    List<Event> events = attacks("Analysis: the long road back to the front",
        "Regional Monitor | 25 October 2020",
        "It was on the morning of April 2, 2016, that the last major fighting broke out along this front.",
        "Armenian artillery shelled the village of Shikharkh in the Tartar district, wounding two farmers.");
    assertThat(daysAt(events, "Shikharkh")).doesNotContain(LocalDate.of(2016, 4, 2));
  }
}
