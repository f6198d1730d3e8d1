package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The truce readings of the tenth round's truce-centred reports: the parties of a truce ("between A and B") do not
 * part it from its verb, a truce ordered is declared, a side "committed to" a truce keeps an old one, and a truce that
 * ended a war did not end itself. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TruceReadingTenTest {

  private static List<Event> of(EventType type, String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void theTrucesPartiesDoNotPartItFromItsVerb() {
    assertThat(of(EventType.CEASEFIRE, "A truce between the army and the rebel militia of the north came into force "
        + "on Saturday.")).extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aPauseOrderedIsDeclared() {
    assertThat(of(EventType.CEASEFIRE, "The president on Saturday ordered a daily humanitarian pause around the "
        + "besieged town.")).extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aSideCommittedToATruceAgreesNoNewOne() {
    assertThat(of(EventType.CEASEFIRE, "The militia said it remained committed to the ceasefire agreement, as it had "
        + "after the rocket launch on Friday.")).isEmpty();
  }

  @Test
  void aTruceThatEndedTheWarHasNotEnded() {
    assertThat(of(EventType.CEASEFIRE, "Rockets hit the town on Saturday for the first time since the ceasefire that "
        + "ended the war last November.")).extracting(Event::subtype).doesNotContain("collapsed", "ended");
  }
}
