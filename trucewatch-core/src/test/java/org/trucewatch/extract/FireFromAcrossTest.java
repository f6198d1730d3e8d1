package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place right after "from across", "from over" or "from beyond" is the side or airspace fire left, not where it fell
 * (AttackPlaces.origin). Sentences written for
 * this test, published on Sunday 25 October 2020.
 */
class FireFromAcrossTest {

  private static List<String> places(String sentence) {
    return SundayStory.attacks(sentence).stream()
        .map(e -> e.location() == null ? "(none)" : e.location().surface()).toList();
  }

  @Test
  void theLandFireCameFromAcrossIsNoPlaceOfAttack() {
    assertThat(places("Rockets fired from across the Gaza Strip border hit an Israeli army post on Sunday, the army "
        + "said.")).doesNotContain("Gaza Strip");
  }

  @Test
  void theLandFireCameFromBeyondIsNoPlaceOfAttack() {
    assertThat(places("Mortar rounds fired from beyond the Gaza Strip fence hit Israeli troops on Sunday, the army "
        + "said.")).doesNotContain("Gaza Strip");
  }
}
