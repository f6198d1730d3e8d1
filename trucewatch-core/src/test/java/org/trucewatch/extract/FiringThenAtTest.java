package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The firing told with how often and when before its target is still fire at that target (own sentences). */
class FiringThenAtTest {

  @Test
  void countAndDayBetweenTheFiringAndItsTargetKeepTheAct() {
    List<Event> a = SundayStory.attacks("The ministry accused the rebels of firing twice late on Saturday at the"
        + " village of Tartar.");
    assertThat(SundayStory.daysAt(a, "Tartar")).containsExactly(SundayStory.SUNDAY.minusDays(1));
  }

  @Test
  void whereTheFiringCameFromIsNotItsTarget() {
    assertThat(SundayStory.daysAt(SundayStory.attacks("The ministry accused the rebels of firing from Tartar late on"
        + " Saturday at border posts."), "Tartar")).isEmpty();
  }
}
