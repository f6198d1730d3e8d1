package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital that the actor dictionary also knows as its government is a place when a part of it is named ("in the
 * north of Khartoum", "the west of Sanaa"): the blow fell there, no government is meant. Sentences written for this
 * test, dated against Sunday 25 October 2020.
 */
class CapitalAfterBearingTest {

  private static List<String> places(String... paragraphs) {
    return SundayStory.attacks(paragraphs).stream()
        .map(e -> e.location() == null ? null : e.location().surface()).toList();
  }

  @Test
  void aCapitalAfterABearingIsWhereFireFell() {
    assertThat(places("Villagers said heavy mortar fire hit farms in the north of Khartoum on Saturday."))
        .containsExactly("Khartoum");
  }

  @Test
  void theWestOfACapitalIsWhereStrikesFell() {
    assertThat(places("Coalition jets struck positions in the west of Sanaa on Saturday night, residents said."))
        .containsExactly("Sanaa");
  }
}
