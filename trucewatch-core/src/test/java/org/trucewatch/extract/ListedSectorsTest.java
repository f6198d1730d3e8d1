package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sectors listed along a line are one attack each: "along the LoC in A, B and C sectors" with no "the" parts the
 * line named just before, a listed name the gazetteer places across the country is one more sector, and the line told
 * again that day by the same side gives way to the sectors. Sentences written for this test (the sector names are made
 * up; Madurai is a real town far from any front), dated against Sunday 25 October 2020.
 */
class ListedSectorsTest {

  private static List<String> names(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().name()).toList();
  }

  @Test
  void aListWithNoTheAfterTheLinePartsTheLine() {
    assertThat(names(attacks("Pakistani troops fired mortars along the LoC in Tarwali, Moorpur and Kalsar sectors "
        + "on Saturday, officials in Poonch said."))).contains("Tarwali sector", "Moorpur sector", "Kalsar sector")
        .doesNotContain("Line of Control (Kashmir)");
  }

  @Test
  void aListWithNoTheAndNoLineIsNoSectorList() {
    assertThat(names(attacks("Indian troops shelled homes in Tarwali and Moorpur sectors on Saturday, officials in "
        + "Kotli said."))).noneMatch(n -> n.endsWith(" sector"));
  }

  @Test
  void aTownAcrossTheCountryInTheListIsOneMoreSector() {
    assertThat(names(attacks("Pakistani troops fired small arms along the LoC in the Tarwali and Madurai sectors on "
        + "Saturday, officials in Poonch said."))).contains("Tarwali sector", "Madurai sector")
        .doesNotContain("Madurai");
  }

  @Test
  void theLineToldAgainThatDayGivesWayToTheSectors() {
    assertThat(names(attacks("Pakistani troops fired mortars along the LoC in the Tarwali and Moorpur sectors on "
        + "Saturday morning, officials in Poonch said.", "In the evening Pakistani troops again shelled Indian posts "
        + "along the LoC, the spokesman added."))).contains("Tarwali sector", "Moorpur sector")
        .doesNotContain("Line of Control (Kashmir)");
  }
}
