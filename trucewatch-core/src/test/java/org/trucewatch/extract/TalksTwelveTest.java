package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The truce readings of snippet batch 13 and the t12 reports: an order to hold fire is a truce declared (its "hold" is
 * no truce holding), guns that stopped say a truce took hold, a pause agreed under "would" is agreed, a pause
 * runs for months as for days, freeing prisoners is an agreement of talks, a truce "extended to" a day is not
 * extended on that day, and a halt to days of fighting or a pause of set hours is a truce. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class TalksTwelveTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  @Test
  void anOrderToHoldFireIsATruceDeclared() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The president told his generals on Saturday to hold fire along "
        + "the whole front.")).extracting(Event::date).containsExactly(SATURDAY);
  }

  @Test
  void gunsThatStoppedSayATruceTookHold() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The guns had stopped at noon on Saturday along the northern front, "
        + "soldiers of both armies said.")).extracting(Event::date).containsExactly(SATURDAY);
  }

  @Test
  void aPauseAgreedUnderWouldIsAgreed() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The two governments agreed on Saturday that their armies would "
        + "refrain from striking each other's power stations for 30 days.")).extracting(Event::subtype)
        .containsExactly("agreed");
  }

  @Test
  void aPauseRunsForMonthsAsForDays() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The militia agreed on Saturday to stop its attacks on the capital "
        + "for three months.")).extracting(Event::date).containsExactly(SATURDAY);
  }

  @Test
  void aJointStatementOnFreeingPrisonersIsTalks() {
    assertThat(SundayStory.of(EventType.TALKS, "After the war, Armenia and Azerbaijan issued a joint statement on "
        + "Saturday on freeing prisoners held by each side.")).extracting(Event::date).containsExactly(SATURDAY);
  }

  @Test
  void aTruceExtendedToADayIsNotExtendedOnThatDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Border truce extended to November 18",
        "The ceasefire on the border will stay in place, the mediators said.")).extracting(Event::date)
        .doesNotContain(LocalDate.of(2020, 11, 18));
  }

  @Test
  void anAgreementToHaltDaysOfFightingIsATruce() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The two armies agreed on Saturday to halt four days of fighting "
        + "along the border.")).extracting(Event::date).containsExactly(SATURDAY);
  }

  @Test
  void pausesOfSetHoursAreTruces() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The army agreed on Saturday to hold daily six-hour pauses in "
        + "the north so that families can leave.")).extracting(Event::date).containsExactly(SATURDAY);
  }
}
