package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dateline gives where and when a story was filed, not where or when what it reports happened; a later paragraph
 * with no day of its own keeps the day of the lead; a toll counted from a "since" is no one attack. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class DatelineAndTollTest {

  @Test
  void theDatelineDayDoesNotDateAnAttackOnAnEarlierWeekday() {
    List<Event> found = attacks("GORIS, Oct 25 (Agency) - Two people were killed and three wounded when Azerbaijani "
        + "shells hit houses in the town on Friday evening, the Armenian defence ministry said.");
    assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 23)));
  }

  @Test
  void aDatelineClosedByItsAgencyIsNoPlaceOfAttack() {
    List<Event> found = attacks("JAMMU, Oct 25 (Agency) A soldier was killed on Saturday evening when Pakistani troops "
        + "resorted to mortar shelling along the Line of Control in Poonch district, officials said.");
    assertThat(found).extracting(e -> e.location() == null ? null : e.location().surface())
        .isNotEmpty().doesNotContain("Jammu", "JAMMU");
  }

  @Test
  void aLaterParagraphWithNoDayKeepsTheLeadsDay() {
    List<Event> found = attacks("Two soldiers were killed on the border on Friday, officials on both sides said.",
        "Armenia's defence ministry said Azerbaijani forces fired at positions near Goris in the afternoon.");
    assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 23)));
  }

  @Test
  void aTollCountedSinceADayIsNoAttack() {
    assertThat(attacks("Since 1 October at least 40 civilians have been killed in Stepanakert, officials said."))
        .isEmpty();
  }
}
