package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Strikes were reported in X": a passive report verb with no speaker leaves the place after it in the clause of the
 * attack before it; a named speaker still keeps its own words apart. Sentences written for this test.
 */
class PassiveReportClauseTest {

  private static List<String> placesOfAttacks(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK && e.location() != null)
        .map(e -> e.location().name()).toList();
  }

  @Test
  void aPlaceAfterAPassiveReportVerbIsWhereTheAttackHappened() {
    assertThat(placesOfAttacks("On Friday heavy shelling was reported in Goris, and the town's school was damaged."))
        .contains("Goris");
    assertThat(placesOfAttacks("Drone strikes were also reported near Goris on Friday."))
        .contains("Goris");
  }

  // With nothing after the place, the report verb was read as a trailing "..., X said in Goris."
  @Test
  void aPassiveReportEndingAtItsPlaceStillPlacesTheAttack() {
    assertThat(placesOfAttacks("Shelling was also reported in Goris on Sunday.")).contains("Goris");
    assertThat(placesOfAttacks("Strikes were reported in Goris and Kapan, according to local residents."))
        .contains("Goris", "Kapan");
  }

  @Test
  void noShellingReportedStaysCalm() {
    assertThat(placesOfAttacks("No shelling was reported in Goris, the ministry said.")).isEmpty();
  }
}
