package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A follow-up mention that names no weapon ("the raids hit", "seven were killed at", "the attack on") after a lead that
 * named one camp's strikes is that camp's, inferred, as fire of a named kind is (PerpetratorToldEarlierTest); not when
 * the story named both camps attacking. Sentences written for this test; neutral speakers, so the speaker infers
 * nothing.
 */
class PerpetratorFollowUpToldEarlierTest {

  private static List<Event> at(List<Event> events, String surface) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().equals(surface)).toList();
  }

  @Test
  void theRaidsHitAfterTheLeadNamedTheJets() {
    List<Event> a = SundayStory.attacksOn("2024-03-14",
        "American aircraft carried out a wave of air strikes across Yemen on Thursday night, residents said.",
        "The raids hit the airport in Hodeidah and a camp near Saada, witnesses said.");
    assertThat(at(a, "Hodeidah")).isNotEmpty().allMatch(e -> "US".equals(e.perpetratorSide()) && e.perpetratorInferred());
  }

  @Test
  void deadCountedAtAPlaceAfterTheWarplanesStruck() {
    List<Event> a = SundayStory.attacksOn("2024-03-14",
        "Israeli warplanes struck fuel depots in western Yemen before dawn on Thursday, residents said.",
        "Seven people were killed at the port of Salif, a hospital official said.");
    assertThat(at(a, "Salif")).isNotEmpty().allMatch(e -> "IL".equals(e.perpetratorSide()));
  }

  @Test
  void anAttackOnATownAfterTheArmyBombedTheRegion() {
    List<Event> a = SundayStory.attacksOn("2024-07-14",
        "Army jets bombed two towns in Darfur on Sunday morning, a local journalist said.",
        "In Nyala, a maternity hospital was hit and a gas depot was damaged, residents said.");
    assertThat(at(a, "Nyala")).isNotEmpty().allMatch(e -> "SD".equals(e.perpetratorSide()));
  }

  @Test
  void notWhenBothCampsWereNamedAttacking() {
    List<Event> a = SundayStory.attacksOn("2024-03-14",
        "Israeli warplanes struck fuel depots in western Yemen before dawn on Thursday, residents said.",
        "The Houthis fired a missile at Eilat on Thursday, a monitor said.",
        "Seven people were killed at the port of Salif, a hospital official said.");
    assertThat(at(a, "Salif")).isNotEmpty().allMatch(e -> e.perpetratorSide() == null);
  }
}
