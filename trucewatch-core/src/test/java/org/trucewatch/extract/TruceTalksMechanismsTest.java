package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18's truce and talks mechanisms: a proposal accepted by both sides or taking effect is a truce agreed, a
 * midnight start after a day told earlier is the next day's, a truce told by month and by day is one step, and talks
 * demanded, offered on a condition, made ready for, not yet fruitful, of one side's own body, or a deal's background
 * ("negotiated by", "as the peace deal requires") or a means ("through the hotline") are no round held. Sentences written for this test, dated against
 * Sunday 25 October 2020.
 */
class TruceTalksMechanismsTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  private static List<Event> of(EventType type, String... paragraphs) {
    return SundayStory.of(type, paragraphs);
  }

  @Test
  void aProposalAcceptedByBothSidesIsATruceAgreed() {
    assertThat(of(EventType.CEASEFIRE, "Armenia and Azerbaijan accepted a French proposal for a humanitarian "
        + "ceasefire on Saturday, the foreign ministry in Paris said.")).extracting(Event::subtype, Event::date)
        .contains(org.assertj.core.groups.Tuple.tuple("agreed", SATURDAY));
  }

  @Test
  void aProposalAcceptedThatTakesEffectIsATruceAgreed() {
    assertThat(of(EventType.CEASEFIRE, "The Houthis accepted an Omani proposal for a truce on Friday, and the "
        + "truce went into effect at 6 p.m. along all front lines.")).extracting(Event::subtype, Event::date)
        .contains(org.assertj.core.groups.Tuple.tuple("agreed", FRIDAY));
  }

  @Test
  void aMidnightStartAfterADayToldEarlierIsTheNextDay() {
    assertThat(of(EventType.CEASEFIRE, "Late on Thursday the two commanders signed a document ending the war. "
        + "Under the document a complete ceasefire came into force at midnight, the mediators said."))
        .extracting(Event::date).contains(FRIDAY);
    assertThat(of(EventType.CEASEFIRE, "The envoys initialled the deal ending the fighting on Friday evening. "
        + "The truce took effect from midnight local time."))
        .extracting(Event::date).contains(SATURDAY);
  }

  @Test
  void aTruceToldByMonthAndByDayIsOneStep() {
    assertThat(of(EventType.CEASEFIRE, "It was the deadliest strike since the ceasefire of May 2020.",
        "Israel has kept up raids since the truce took effect on May 12, 2020, officials said."))
        .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 5, 12)));
    assertThat(of(EventType.CEASEFIRE, "Two soldiers died, the first losses since the truce of August.",
        "The truce came into force on 3 August after talks in Moscow."))
        .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 8, 3)));
  }

  @Test
  void talksDemandedOfferedOnAConditionOrMadeReadyForAreNotHeld() {
    assertThat(of(EventType.TALKS, "Israel wants the truce extended, while Hamas insists on negotiations over a "
        + "lasting end to the war.")).isEmpty();
    assertThat(of(EventType.TALKS, "On Saturday the rebels offered to free two captured pilots if the talks "
        + "resumed.")).isEmpty();
    assertThat(of(EventType.TALKS, "President Ilham Aliyev said on Saturday that Baku was ready for talks with "
        + "Armenia.")).isEmpty();
  }

  @Test
  void talksThatHaveYetToDoSomethingOrWereSuspendedAreNotHeld() {
    assertThat(of(EventType.TALKS, "Armenian shelling killed two civilians in Tartar on Saturday, Azerbaijan said.",
        "Azerbaijan has vowed to press on, but talks between Baku and Yerevan have yet to produce a deal."))
        .isEmpty();
    assertThat(of(EventType.TALKS, "Israeli air strikes killed two militants in Gaza on Saturday.",
        "On Saturday Qatar announced that the talks between Israel and Hamas had been suspended over repeated "
        + "violations.")).isEmpty();
  }

  @Test
  void aHotlineNamedAsAMeansIsNoCall() {
    assertThat(of(EventType.TALKS, "Armenian shelling killed two civilians in Tartar on Saturday, Azerbaijan said.",
        "Complaints about violations by Armenia and Azerbaijan are passed on through the hotline, the monitors said."))
        .isEmpty();
    assertThat(of(EventType.TALKS, "Israeli air strikes killed two militants in Gaza on Saturday.",
        "Israeli and Egyptian liaison officers exchange information on incidents via the hotline each evening."))
        .isEmpty();
  }

  @Test
  void aMeetingOfANationalBodyIsNoTalks() {
    assertThat(of(EventType.TALKS, "Armenian Prime Minister Nikol Pashinyan called a meeting of the National "
        + "Defence Committee for Saturday after the shelling.")).isEmpty();
  }

  @Test
  void aDealNegotiatedByOthersOrRequiredIsNoRoundOfTalks() {
    assertThat(of(EventType.TALKS, "A truce negotiated by Qatar and Egypt came into force in Gaza on Saturday."))
        .isEmpty();
    assertThat(of(EventType.TALKS, "Neither side has pulled its heavy guns back from the front as the peace deal "
        + "requires, the monitors said on Saturday.")).isEmpty();
    assertThat(of(EventType.TALKS, "Rebel leaders accused the government of ignoring the peace agreement, the "
        + "agency said.")).isEmpty();
  }
}
