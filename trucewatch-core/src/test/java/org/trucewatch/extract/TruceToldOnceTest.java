package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Round 24 (lead28): one truce step told twice is one event, and a truce only sought has no status. An agreement
 * "announced" with no day of its own beside the same agreement dated in its own words a few days before; an
 * acceptance of a truce "announced a day earlier" in one sentence; a headline whose only date is a month that belongs
 * to another verb; a status told after a truce that an effort only pushed towards; a truce someone was only
 * asked to agree. Stories written for this test,
 * published on Sunday 25 October 2020.
 */
class TruceToldOnceTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2020, 10, 21);
  private static final LocalDate THURSDAY = LocalDate.of(2020, 10, 22);

  @Test
  void anAgreementAnnouncedOnTheNewsDayIsTheOneDatedDaysBefore() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "The mediators have announced a new and open-ended truce in the north, to take effect at midnight on Monday.",
        "Negotiators for both sides agreed on the truce at a closed meeting in the capital on 21 October."))
        .filteredOn(e -> e.subtype().equals("agreed"))
        .extracting(Event::date).containsExactly(WEDNESDAY);
  }

  @Test
  void anAcceptanceOfATruceAnnouncedADayEarlierIsOneAgreement() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "The rebel command said on Thursday that it accepts the ceasefire announced a day earlier by the two mediators."))
        .filteredOn(e -> e.subtype().equals("agreed"))
        .extracting(Event::date).containsExactly(WEDNESDAY);
  }

  @Test
  void aHeadlineDatedOnlyByTheMonthOfAnotherVerbSumsUpTheBodysAgreement() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "Army and rebels agree to shore up truce, will meet again in November",
        "The commanders of the army and the rebels agreed on 22 October to strengthen the shaky ceasefire, the "
            + "mediators said after the meeting."))
        .filteredOn(e -> e.subtype().equals("agreed"))
        .extracting(Event::date).containsExactly(THURSDAY);
  }

  @Test
  void aStatusToldAfterATruceOnlyPushedTowardsIsNotTheTruces() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "An effort by the envoys to push the warring parties towards a ceasefire fell apart on Thursday.")).isEmpty();
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "The latest calls for a lasting truce collapsed on Thursday when the delegations walked out.")).isEmpty();
  }

  @Test
  void aTruceThatCollapsedAfterItWasAgreedStillCollapsed() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "The truce the envoys had pushed for collapsed on Thursday when shelling resumed."))
        .extracting(Event::subtype).contains("collapsed");
  }

  @Test
  void aTruceSomeoneWasAskedToAgreeIsNoAgreement() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "The envoys urged both sides on Wednesday to accept a ceasefire along the whole front.")).isEmpty();
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "Two governments pressed the army and the rebel militia on Wednesday to sign up to a humanitarian truce."))
        .isEmpty();
  }

  @Test
  void aTruceAgreedAfterBeingAskedIsStillAgreed() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "The army, pressed by the envoys, agreed on Wednesday to a truce along the whole front."))
        .extracting(Event::subtype, Event::date)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("agreed", WEDNESDAY));
  }
}
