package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A monitor's verb of record keeping ("the mission recorded ...", "the observatory documented ...") names the one who
 * tells the attack, as "reported" does; in the passive ("were recorded") it names no one. Sentences written for this
 * test, dated against Sunday 25 October 2020.
 */
class RecordKeepingClaimTest {

  private static List<String> claimants(String story) {
    List<Event> attacks = SundayStory.attacks(story);
    assertThat(attacks).as(story).isNotEmpty();
    return attacks.get(0).claimedBy();
  }

  @Test
  void aMissionThatRecordedShellingTellsIt() {
    assertThat(claimants("The OSCE Special Monitoring Mission recorded heavy shelling near Avdiivka on Saturday."))
        .anyMatch(c -> c.contains("Monitoring Mission") || c.contains("SMM"));
  }

  @Test
  void aMonitorThatHasDocumentedAStrikeTellsIt() {
    assertThat(claimants("The Syrian Observatory for Human Rights has documented an air strike by government "
        + "warplanes on Saraqib on Saturday.")).anyMatch(c -> c.contains("Observatory") || c.contains("SOHR"));
  }

  @Test
  void aPassiveRecordNamesNoOne() {
    assertThat(claimants("Explosions were recorded near Avdiivka on Saturday after heavy shelling.")).isEmpty();
  }
}
