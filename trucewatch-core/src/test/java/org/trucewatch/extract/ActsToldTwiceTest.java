package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One act read as two attacks (blind dev batches b18-b31: a night's fire dated on both its days, a strike told again
 * with "the strike" at the town beside the first place) is one; a second act told as such stays two. Sentences
 * written for this test.
 */
class ActsToldTwiceTest {

  @Test
  void aNightOfFireOverTwoDaysIsOneActOnItsFirstDay() {
    List<Event> found = attacks("Officials said separatist troops had fired on forward posts in Avdiivka over Friday "
        + "night and Saturday, where bullets hit some houses.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).isEqualTo(LocalDate.of(2020, 10, 23));
  }

  // a guard: days named one by one are two acts (passes before the change too)
  @Test
  void twoDaysNamedOneByOneAreTwoActs() {
    List<Event> found = attacks("Residents said army warplanes struck rebel trucks near Avdiivka on Friday and "
        + "Saturday.");
    assertThat(found).extracting(Event::date).containsExactlyInAnyOrder(LocalDate.of(2020, 10, 23),
        LocalDate.of(2020, 10, 24));
  }

  @Test
  void theStrikeToldAtTheTownBesideTheCityIsTheSameStrike() {
    List<Event> found = attacks("An Israeli air strike hit a house in Gaza City on Saturday, killing four people, "
        + "medics said.",
        "The strike destroyed the house in Beit Lahia, neighbours said.");
    assertThat(found).hasSize(1);
  }

  // a guard: "another" tells a second act (passes before the change too)
  @Test
  void anotherStrikeAtTheTownBesideTheCityStaysTwo() {
    List<Event> found = attacks("An Israeli air strike hit a house in Gaza City on Saturday, killing four people, "
        + "medics said.",
        "Another strike destroyed a house in Beit Lahia on Saturday, neighbours said.");
    assertThat(found).hasSize(2);
  }
}
