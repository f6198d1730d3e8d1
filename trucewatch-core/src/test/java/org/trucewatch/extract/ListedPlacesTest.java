package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks told at each place of a list the gazetteer lacks: a list a counted town noun describes after a comma.
 * Sentences written for this test (the village names are made up), dated against Sunday 25 October 2020.
 */
class ListedPlacesTest {

  private static List<String> names(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().name()).toList();
  }

  @Test
  void aListThatACountedNounDescribesIsOneAttackAtEach() {
    assertThat(names(attacks("Mortar fire hit Kotli on Friday.", "Officials said Pakistani troops shelled Dornak, "
        + "Pallivar and Chemsi, three hamlets close to the border, on Saturday."))).contains("Dornak", "Pallivar",
        "Chemsi");
  }

  @Test
  void theResidentsOfAListAreNoPlaceHit() {
    assertThat(names(attacks("Mortar fire hit Kotli on Friday.", "Residents of Dornak and Pallivar, two villages "
        + "shelled last month, said they slept in bunkers on Saturday."))).doesNotContain("Dornak", "Pallivar");
  }
}
