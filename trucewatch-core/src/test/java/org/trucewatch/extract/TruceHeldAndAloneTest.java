package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Truces agreed out of an agreeing word's plain reach (round 39): a truce held inside the thing agreed ("agreed on a
 * plan that provides for a truce"), a side's halt of its own accord ("halting its offensive operations
 * unilaterally", "a unilateral halt"), and a signing's day given up by a nearer start ("signed on 21 October and
 * took effect on 23 October"). Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TruceHeldAndAloneTest {

  private static final LocalDate THURSDAY = LocalDate.of(2020, 10, 22);

  @Test
  void aTruceHeldInsideTheThingAgreedIsAgreedOnTheAgreeingsDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The two presidents agreed in the capital on Thursday, after long "
        + "talks, on a broad set of steps that includes a ceasefire from noon on 28 October.")).extracting(
        Event::subtype, Event::date).contains(Tuple.tuple("agreed", THURSDAY));
    // the link must stand right before the truce: a plan merely near one is no truce agreed
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The two presidents agreed in the capital on Thursday, after long "
        + "talks, on a broad set of steps for the economy and a ceasefire commission.")).extracting(Event::subtype)
        .doesNotContain("agreed");
  }

  @Test
  void aSidesHaltOfItsOwnAccordIsATruceDeclared() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The defence ministry said on Thursday that it was halting its "
        + "offensive operations unilaterally.")).extracting(Event::date).contains(THURSDAY);
    assertThat(SundayStory.of(EventType.CEASEFIRE, "On Thursday the army announced a unilateral halt to its raids "
        + "on the valley.")).extracting(Event::date).contains(THURSDAY);
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The defence ministry said on Thursday that it was halting its "
        + "offensive operations in the north.")).isEmpty();
  }

  @Test
  void aSigningsDayGivenUpByANearerStartStaysTheSigningsDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The Accord on a Humanitarian Ceasefire and Aid Corridors was "
        + "signed by the two parties in the capital on 22 October and entered into force at 18:00 local time on "
        + "23 October.")).extracting(Event::subtype, Event::date).contains(Tuple.tuple("agreed", THURSDAY));
  }
}
