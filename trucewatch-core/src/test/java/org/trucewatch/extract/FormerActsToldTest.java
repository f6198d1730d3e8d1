package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts a report counts over a spell ("the fourth attack in a month", "has been shelled five times") are no attacks
 * of the day, nor are their places the day's (calm.rules). Sentences written for this test, dated against Sunday 25
 * October 2020.
 */
class FormerActsToldTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void anActCountedOverASpellIsATally() {
    assertThat(places(attacks("Rockets hit a clinic in Tartar on Saturday, officials said. It was the fourth attack "
        + "on a clinic in Aghdam in less than a month."))).contains("Tartar").noneMatch(p -> p.contains("Aghdam"));
    assertThat(attacks("Officials said on Saturday that the power plant in Aghdam has now been shelled five times."))
        .isEmpty();
    // a verb of the day outside the count still tells its attack
    assertThat(places(attacks("Jets hit the depot in Aghdam on Saturday, the third strike on it in a month.")))
        .contains("Aghdam");
  }
}
