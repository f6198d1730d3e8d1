package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A truce told without its noun ("agreed to stop shooting"), and talks that are not talks between the parties (one
 * side's own meeting, a walk-out), on sentences written for this test.
 */
class TruceWordingTest {

  private static List<Event> truces(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.CEASEFIRE).toList();
  }

  @Test
  void commandersWhoAgreeToStopShootingAgreeATruce() {
    // And the truce starts at the midnight that ends the agreeing's day, a step of its own (the corpus gold's)
    assertThat(truces("Armenian and Azerbaijani commanders agreed on Saturday to stop shooting from midnight."))
        .extracting(Event::subtype, Event::date).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("agreed", LocalDate.of(2020, 10, 24)),
            org.assertj.core.groups.Tuple.tuple("start", LocalDate.of(2020, 10, 25)));
  }

  @Test
  void aHaltToOperationsAgreedIsATruceAndOneCalledForIsNot() {
    assertThat(truces("The two sides agreed on Saturday to a complete halt to military operations around Tartar."))
        .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 24)));
    assertThat(truces("The United Nations on Saturday called for a halt to the fighting around Tartar.")).isEmpty();
  }

  @Test
  void anAppealToStopFiringIsNoTruce() {
    assertThat(truces("The United Nations on Saturday urged both sides to stop firing at towns.")).isEmpty();
  }

  // talks are kept in a story about a conflict: one attack paragraph sets it
  private static List<Event> talks(String paragraph) {
    return SundayStory.events("Armenian forces shelled Tartar on Friday, the Azerbaijani defence ministry said.",
        paragraph).stream().filter(e -> e.type() == EventType.TALKS).toList();
  }

  @Test
  void aMeetingOfOneSidesOwnBodyIsNoTalks() {
    assertThat(talks("Armenia's prime minister called a meeting of the security council on Saturday.")).isEmpty();
    assertThat(talks("The foreign ministers of Armenia and Azerbaijan held a meeting in Geneva on Saturday."))
        .hasSize(1);
  }

  @Test
  void walkingOutOfTalksIsNoTalks() {
    assertThat(talks("On Saturday the Azerbaijani delegation walked out of the talks in Geneva.")).isEmpty();
  }
}
