package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The agreement readings of snippet batch 17: a summit called off is no talks, nor is a saying about talks; an
 * exchange told by what is exchanged is talks held; a cessation of military hostilities is a truce. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class AgreementsFifteenTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  @Test
  void aSummitCalledOffIsNoTalks() {
    assertThat(SundayStory.of(EventType.TALKS, "A summit in Tbilisi at which the leaders of Armenia and Azerbaijan "
        + "were to discuss the border was called off on Saturday, the Georgian government said.")).isEmpty();
  }

  @Test
  void aSayingAboutTalksIsNoRound() {
    assertThat(SundayStory.of(EventType.TALKS, "Peace talks do not succeed amid bombs and bullets, the Indian prime "
        + "minister told Azerbaijan's president in Baku on Saturday.")).isEmpty();
  }

  @Test
  void anExchangeOfDetaineesIsTalksHeld() {
    assertThat(SundayStory.of(EventType.TALKS, "Armenia and Azerbaijan completed a three-day exchange of detainees "
        + "on Saturday.")).extracting(Event::date).containsExactly(SATURDAY);
  }

  @Test
  void aCessationOfMilitaryHostilitiesIsATruce() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Armenia and Azerbaijan signed an accord on the cessation of "
        + "military hostilities in Moscow on Saturday.")).extracting(Event::date).containsExactly(SATURDAY);
  }
}
