package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An attack told inside "came a week after ...", "a year after ..." or "days after ..." happened that long before the
 * day the sentence tells, or on some earlier day not told: never on the story's day (blind dev batches b18-b27: a
 * strike "a year after" another, a flare-up "a week after" a gunfight, read as the day's own). Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class LapseAfterDatingTest {

  @Test
  void anAttackAWeekBeforeTheDayToldIsDatedAWeekBack() {
    assertThat(daysAt(attacks("The funeral on Saturday came a week after separatist gunners shelled a school in "
        + "Marinka."), "Mar")).containsExactly(LocalDate.of(2020, 10, 17));
  }

  @Test
  void anAttackExactlyAYearBeforeIsNotOfTheStorysDay() {
    assertThat(daysAt(attacks("The memorial service came exactly a year after Russian missiles hit a shopping centre "
        + "in Kremenchuk, killing 21 people."), "Kremenchuk")).doesNotContain(LocalDate.of(2020, 10, 25));
  }

  @Test
  void anAttackSomeDaysBeforeHasNoDayOfItsOwn() {
    assertThat(daysAt(attacks("The funeral was held on Saturday, days after separatist gunners shelled a school in "
        + "Marinka."), "Mar")).isEmpty();
  }

  @Test
  void anAttackLessThanThreeWeeksBeforeHasNoDayOfItsOwn() {
    assertThat(daysAt(attacks("The clash came less than three weeks after Armenian troops fired a missile at "
        + "Tartar."), "Tartar")).doesNotContain(LocalDate.of(2020, 10, 25));
  }

  @Test
  void aLapseWrittenInDigitsIsCountedInDays() {
    assertThat(daysAt(attacks("The funeral on Saturday came 11 days after separatist gunners shelled a school in "
        + "Marinka."), "Mar")).containsExactly(LocalDate.of(2020, 10, 13));
  }

  @Test
  void aSecondLapseCountsFromTheNewsDayNotFromTheFirstLapsesDay() {
    assertThat(daysAt(attacks("The toll comes a day after troops shelled hamlets in Samba on Friday, and five days "
        + "after two civilians were killed in shelling in Arnia."), "Arnia")).contains(LocalDate.of(2020, 10, 20));
  }
}
