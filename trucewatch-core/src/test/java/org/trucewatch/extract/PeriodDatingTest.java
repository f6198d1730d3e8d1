package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A month or year told beside an attack dates it, not a day the sentence tells further off (held-out snippet batch 18:
 * a prize given on Saturday for a film about a killing a year and a half before). Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class PeriodDatingTest {

  @Test
  void theMonthBesideTheAttackBeatsTheDayOfTheMainClause() {
    assertThat(attacks("A documentary about a family whose house in Idlib was hit by Syrian shelling in March 2019 "
        + "won the audience award at a festival in Lyon on Saturday."))
        .extracting(Event::date).doesNotContain(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aDayNearerTheAttackStillBeatsAMonthFurtherOff() {
    assertThat(attacks("Syrian shelling hit a house in Idlib on Saturday, the worst attack on the town since "
        + "March 2019, rescuers said.")).extracting(Event::date).contains(LocalDate.of(2020, 10, 24));
  }
}
