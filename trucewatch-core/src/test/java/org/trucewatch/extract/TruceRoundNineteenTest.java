package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 19's truce mechanisms: a truce agreed and taking effect on one day is two steps (the corpus gold's
 * convention), its start told by a clock time only. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class TruceRoundNineteenTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);
  private static final LocalDate SUNDAY = SundayStory.SUNDAY;

  private static List<Event> truces(String... paragraphs) {
    return SundayStory.of(EventType.CEASEFIRE, paragraphs);
  }

  @Test
  void aTruceSignedAndTakingEffectAtAnHourOfTheSameDayIsTwoSteps() {
    assertThat(truces("The two governments signed a ceasefire on Saturday, and it took effect at 8 p.m. local "
        + "time along the border.")).extracting(Event::subtype, Event::date)
        .contains(tuple("agreed", SATURDAY), tuple("start", SATURDAY));
    assertThat(truces("Rebel commanders accepted a Kenyan plan for a truce on Saturday, and the guns fell quiet "
        + "as the truce came into effect at 18:00.")).extracting(Event::subtype, Event::date)
        .contains(tuple("agreed", SATURDAY), tuple("start", SATURDAY));
  }

  @Test
  void aTruceSignedOnADayToldInAClauseStartsOnNoDayOfItsOwn() {
    assertThat(truces("The truce, signed by both armies in Addis Ababa on Saturday, formally began at 9 p.m., "
        + "witnesses said.")).extracting(Event::subtype, Event::date).doesNotContain(tuple("start", SATURDAY));
  }

  @Test
  void aStartAgreedToOrToldInASentenceApartIsNoSecondStep() {
    // Agreed and in force are two steps of one day, as the corpus gold has them ("agreed in Moscow to stop
    // shooting from noon on April 5" is both); no step on another day
    assertThat(truces("The two armies agreed to observe the truce from noon on Saturday, the mediators said."))
        .extracting(Event::date).containsOnly(SATURDAY);
    assertThat(truces("Both sides reached a ceasefire on Saturday after talks in Cairo.",
        "\"A truce is declared from 18:00 on Saturday,\" the Egyptian mediator said.")).hasSize(1);
  }

  @Test
  void aTruceAcceptedFromAnHourIsAgreedAndInForce() {
    assertThat(truces("Separatist leaders have accepted a ceasefire from 14:00, their spokesman said."))
        .extracting(Event::subtype, Event::date).contains(tuple("agreed", SUNDAY), tuple("start", SUNDAY));
    assertThat(truces("On Saturday the army agreed to a truce starting at 6 a.m., a military statement said."))
        .extracting(Event::subtype, Event::date).contains(tuple("agreed", SATURDAY), tuple("start", SATURDAY));
  }

  @Test
  void anAgreementOnACessationFromADayIsAgreedAndInForce() {
    assertThat(truces("An agreement was reached on Saturday on a complete cessation of hostilities from 13:00 on "
        + "24 October, the defence ministry said.")).extracting(Event::subtype, Event::date)
        .contains(tuple("agreed", SATURDAY), tuple("start", SATURDAY));
    assertThat(truces("The sides have reached an agreement on a full ceasefire from 11:00 on 25 October, Qatari "
        + "mediators said.")).extracting(Event::subtype, Event::date)
        .contains(tuple("agreed", SUNDAY), tuple("start", SUNDAY));
  }
}
