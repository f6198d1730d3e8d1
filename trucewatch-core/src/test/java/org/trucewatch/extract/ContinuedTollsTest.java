package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A toll told two or three sentences after its attack, with nothing else told and no place named between, is that
 * attack's figure and no report of its own; a place named between ends the attack's telling. Stories written for this
 * test (a second attack of the day first, so that the day's only attack is no reason to link).
 */
class ContinuedTollsTest {

  private static final String EARLIER = "Shells hit Avdiivka on Sunday morning. ";

  @Test
  void aTollTwoSentencesOnWithNothingBetweenIsTheAttacks() {
    List<Event> events = SundayStory.events(EARLIER + "Rockets struck a bus depot in Marinka on Sunday afternoon. "
        + "Thick smoke hung over the yard for hours. Three civilians were killed, police said.");
    Casualties c = SundayStory.at(attacks(events), "Marinka").casualties();
    assertThat(c).as(events.toString()).isNotNull();
    assertThat(c.killed()).isEqualTo(3);
    assertThat(events).noneMatch(e -> e.type() == EventType.CASUALTY_REPORT);
  }

  @Test
  void aTollInTheNextParagraphStillIs() {
    List<Event> events = SundayStory.events(EARLIER + "Rockets struck a bus depot in Marinka on Sunday afternoon. "
        + "Firefighters fought the blaze until dusk.", "Two workers were hurt, the regional governor said.");
    Casualties c = SundayStory.at(attacks(events), "Marinka").casualties();
    assertThat(c).as(events.toString()).isNotNull();
    assertThat(c.wounded()).isEqualTo(2);
  }

  @Test
  void aPlaceNamedBetweenEndsTheTelling() {
    List<Event> events = SundayStory.events(EARLIER + "Rockets struck a bus depot in Marinka on Sunday afternoon. "
        + "Many families left for Kramatorsk by train. Three civilians were killed, police said.");
    assertThat(SundayStory.at(attacks(events), "Marinka").casualties()).isNull();
  }

  private static List<Event> attacks(List<Event> events) {
    return events.stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }
}
