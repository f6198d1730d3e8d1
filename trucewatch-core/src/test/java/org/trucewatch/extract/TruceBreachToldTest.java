package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement that a truce was broken, told with no attack (GUIDELINES: ceasefire "violated", a statement that
 * the truce was violated, with no separate attack), is a ceasefire event of the day it is told: a breach told in the
 * present perfect, a deed called a violation of the truce, a side accused of breaking it. A breach told with its
 * attack stays the attack's. Sentences written for this test, published Sunday 25 October 2020.
 */
class TruceBreachToldTest {

  private static List<Event> truces(String... paragraphs) {
    return SundayStory.of(EventType.CEASEFIRE, paragraphs);
  }

  private static void breachToday(String sentence) {
    assertThat(truces(sentence)).as(sentence).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo("violated");
      assertThat(e.date()).isEqualTo(SundayStory.SUNDAY);
    });
  }

  @Test
  void aBreachToldInThePresentPerfectIsTheDaysNews() {
    breachToday("The humanitarian truce has been violated again, residents of the border villages say.");
    breachToday("The rebels have breached the ceasefire agreement, the interior ministry said in a statement.");
  }

  @Test
  void aDeedCalledAViolationOfTheTruceIsABreachTold() {
    breachToday("The foreign minister called the seizure of the aid convoy a flagrant violation of the truce.");
    breachToday("Officials in the capital described the closure of the crossing as a clear breach of the ceasefire.");
  }

  @Test
  void aSideAccusedOfBreakingTheTruceIsABreachTold() {
    breachToday("The army pulled out of the talks, accusing the militia of failing to honour the truce.");
    breachToday("Yerevan accused Baku of violating the ceasefire by holding back the exchange of prisoners.");
  }

  @Test
  void aBreachOfATruceNamedByItsStartIsStillTheDaysNews() {
    List<Event> all = truces("The truce that took hold on Friday has been broken again, villagers near the front say.");
    assertThat(all).extracting(Event::subtype).contains("violated");
    assertThat(all).filteredOn(e -> e.subtype().equals("violated")).singleElement()
        .satisfies(e -> assertThat(e.date()).isEqualTo(SundayStory.SUNDAY));
  }

  @Test
  void aHabitualAccusationOrACallForInquiriesIsNoBreachTold() {
    assertThat(truces("The rebels regularly accuse government troops of breaching the ceasefire.")).isEmpty();
    assertThat(truces("The envoy called for every ceasefire violation to be investigated by the monitors.")).isEmpty();
  }

  @Test
  void aBreachToldWithItsAttackStaysTheAttacks() {
    assertThat(truces("Armenian forces have shelled Tartar in violation of the ceasefire, the ministry said.")).isEmpty();
    assertThat(truces("The ministry called the rocket attack on Ganja a gross violation of the truce.")).isEmpty();
  }

  @Test
  void aBreachWordNotSaidOfTheTruceIsNone() {
    // the truce word stands in a clause of its own: what was broken is something else
    assertThat(truces("Two days after the ceasefire was agreed on Friday, the rebels have broken the siege of the town."))
        .extracting(Event::subtype).doesNotContain("violated");
  }

  @Test
  void aBreachOfAnotherTimeOrOnlyFearedIsNone() {
    assertThat(truces("Both sides could violate the ceasefire if the monitors leave.")).isEmpty();
    assertThat(truces("The 1994 truce was broken many times in the years that followed.")).isEmpty();
  }
}
