package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A denial low in a story answers the lead's telling of the same incident (same day, kind and camp), not only the
 * retelling beside it. Stories written for this test, dated against Sunday 25 October 2020.
 */
class LeadDenialTest {

  @Test
  void aDenialLowDownAnswersTheLeadsTellingOfTheIncident() {
    List<Event> attacks = SundayStory.attacks(
        "Armenian artillery shelled Tartar on Saturday, wounding two farmers, Azerbaijan's defence ministry said.",
        "The farmers were taken to the district hospital. Their families said both were in a stable condition. "
            + "Shops in the town stayed shut. The market was empty. Schools sent pupils home early. "
            + "Buses stopped running at noon. Many families spent the night in basements. "
            + "Volunteers handed out bread and water.",
        "Armenian shells also fell on the edge of Barda on Saturday, the ministry said.",
        "Yerevan denied it.");
    Event tartar = SundayStory.at(attacks, "Tartar");
    assertThat(tartar.deniedBy()).anyMatch(d -> d.contains("Armenia"));
  }
}
