package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "according to X who ..." names its source before the relative clause, however long that clause runs. Sentences
 * written for this test, published Sunday 25 October 2020.
 */
class AccordingToRelativeTest {

  @Test
  void aSourceWithALongRelativeClauseIsNamed() {
    List<Event> all = attacks("Azerbaijani forces shelled the village of Talish on Saturday, according to two "
        + "farmers who spoke to reporters by telephone from a shelter near the front line.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(String.join(" ", e.claimedBy())).contains("farmers"));
  }

  @Test
  void aShortSourceIsNamedWhole() {
    List<Event> all = attacks("Azerbaijani forces shelled the village of Talish on Saturday, according to two "
        + "farmers in the village.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(String.join(" ", e.claimedBy())).contains("farmers"));
  }
}
