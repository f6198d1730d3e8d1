package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A story's toll told before any act goes to the placed attack the next sentence names first, its sentence with it
 * as evidence; a toll told after an act is no later attack's. Stories written for this test.
 */
class TollsToldFirstTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the lead's toll, the act placed in the next sentence, another attack of the day after it
      "Two soldiers were killed on Saturday, the defence ministry said.|Separatist forces shelled army positions "
          + "near Avdiivka on Saturday morning, it said.|Later that day the separatists also fired mortars at "
          + "Marinka, the ministry added.|2",
      // the lead tells the act without its place, the next sentence places it
      "One man was killed on Saturday evening when a drone struck his car, the health ministry said.|The drone hit "
          + "the car on the road outside Avdiivka, the regional governor said.|Another strike hit a house in "
          + "Marinka on Saturday, the governor said.|1",
  })
  void theActPlacedNextTakesTheLeadToll(String lead, String placed, String other, String killed) {
    List<Event> attacks = SundayStory.attacks(lead + "\n\n" + placed + "\n\n" + other);
    Event avdiivka = SundayStory.at(attacks, "Avdiivka");
    assertThat(avdiivka.casualties()).isNotNull();
    assertThat(avdiivka.casualties().killed()).isEqualTo(Integer.valueOf(killed));
    // (the figure keeps its provenance: the lead's sentence joins the attack's evidence)
    assertThat(avdiivka.evidence()).extracting(Evidence::text).anyMatch(t -> t.contains("killed on Saturday"));
    Event marinka = SundayStory.at(attacks, "Marinka");
    assertThat(marinka.casualties() == null || marinka.casualties().killed() == null).isTrue();
  }

  @Test
  void aTollToldAfterAnActIsNoLaterAttacks() {
    List<Event> attacks = SundayStory.attacks("Separatist forces shelled Avdiivka on Saturday morning, the army said."
        + "\n\nThree soldiers were killed, the ministry said.\n\nLater that day troops also fired mortars at Marinka.");
    Event marinka = SundayStory.at(attacks, "Marinka");
    assertThat(marinka.casualties() == null || marinka.casualties().killed() == null).isTrue();
  }
}
