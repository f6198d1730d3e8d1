package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A truce agreed (or announced, declared) and one taking effect at a stated hour are two steps, as the corpus
 * guidelines have it, also when told in sentences apart; announcing or declaring a truce is agreeing it. Sentences
 * written for this test, dated against Sunday 25 October 2020.
 */
class TruceInForceApartTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  private static List<Event> truces(String... paragraphs) {
    return SundayStory.of(EventType.CEASEFIRE, paragraphs);
  }

  @Test
  void aStartAtAnHourToldInTheNextSentenceIsAStepOfItsOwn() {
    assertThat(truces("The foreign ministers of both countries announced a truce on Saturday after talks in Geneva.",
        "It was to take effect at 3 p.m. and allow the exchange of prisoners.")).extracting(Event::subtype, Event::date)
        .contains(tuple("agreed", SATURDAY), tuple("start", SATURDAY));
    assertThat(truces("Rebel and army negotiators signed a ceasefire on Saturday in the capital.",
        "The ceasefire came into force at 18:00 local time, according to a statement.")).extracting(Event::subtype,
        Event::date).contains(tuple("agreed", SATURDAY), tuple("start", SATURDAY));
    assertThat(truces("On Saturday the two militias accepted a ceasefire at a meeting with tribal elders.",
        "Under its terms the truce took effect at 9 p.m. that evening.")).extracting(Event::subtype, Event::date)
        .contains(tuple("agreed", SATURDAY), tuple("start", SATURDAY));
  }

  @Test
  void aTruceAnnouncedOrDeclaredIsAgreed() {
    assertThat(truces("The president declared a unilateral ceasefire on Saturday, state television reported."))
        .extracting(Event::subtype, Event::date).contains(tuple("agreed", SATURDAY));
    assertThat(truces("A humanitarian truce was announced on Saturday by the regional mediator."))
        .extracting(Event::subtype, Event::date).contains(tuple("agreed", SATURDAY));
  }

  @Test
  void aTruceWithNoHourOfItsStartStaysOneStep() {
    assertThat(truces("The two sides agreed a ceasefire on Saturday in Doha.",
        "The ceasefire was meant to end months of shelling along the river.")).hasSize(1);
  }
}
