package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.at;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An act's day told apart from the day of its telling (blind dev batches b18-b32: "two days of clashes, officials
 * said on Saturday" dated by the saying). Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class DaysOfFireDatingTest {

  @Test
  void daysOfFightingToldOnADayAreTheDaysBeforeIt() {
    Event e = at(attacks("At least nine rebels were killed in two days of heavy fighting with troops near Martuni, "
        + "local officials said on Saturday."), "Martuni");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 22));
    assertThat(e.dateEnd()).isEqualTo(LocalDate.of(2020, 10, 23));
  }

  @Test
  void daysOfShellingInTheNewsAreTheDaysBeforeIt() {
    Event e = at(attacks("Six people were killed over three days of mortar fire by the rebels on the town of "
        + "Martuni, a hospital director said."), "Martuni");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 22));
    assertThat(e.dateEnd()).isEqualTo(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aDayOfItsOwnStillDatesTheFighting() {
    Event e = at(attacks("Nine rebels were killed on Thursday in two days of fighting near Martuni, officials said."),
        "Martuni");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 22));
  }

  @Test
  void aRunOfDaysBeforeACaptureIsNotDatedApart() {
    assertThat(attacks("The rebels said on Saturday that they had taken Martuni after three days of fighting with "
        + "the army.")).allMatch(e -> !LocalDate.of(2020, 10, 21).equals(e.date()));
  }

  @Test
  void daysOfMourningAfterARaidDoNotDateIt() {
    assertThat(attacks("The government declared three days of mourning after gunmen raided the village of Martuni, "
        + "killing 40 people.")).isNotEmpty().allMatch(e -> !LocalDate.of(2020, 10, 22).equals(e.date()));
  }
}
