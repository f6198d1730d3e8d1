package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The truce readings of the tenth round's truce-centred reports: the parties of a truce ("between A and B") do not
 * part it from its verb, a truce introduced is declared, a side "committed to" a truce keeps an old one, a truce that
 * ended a war did not end itself, a truce that "had collapsed" ended on the day told, and "an extended truce
 * would" is wished for. Sentences written for this test, dated against Sunday 25 October 2020.
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
  void aPauseIntroducedIsDeclared() {
    assertThat(of(EventType.CEASEFIRE, "A daily humanitarian pause was introduced around the besieged town on "
        + "Saturday.")).extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 24));
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

  @Test
  void aTruceThatHadCollapsedEndedOnTheDayTold() {
    assertThat(of(EventType.CEASEFIRE, "The two armies said they would hold their fire from 18:00 on Saturday.",
        "Heavy guns could be heard across the river soon afterwards, and by nightfall the truce had collapsed."))
        .extracting(Event::subtype).contains("collapsed");
  }

  @Test
  void aTruceWishedForUnderAHedgeIsNotExtended() {
    assertThat(of(EventType.CEASEFIRE, "The mediator said on Saturday that an extended truce would give both "
        + "sides time to exchange prisoners.")).isEmpty();
  }
}
