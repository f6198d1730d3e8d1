package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fire with no attacker in its sentence, in a story that named one camp as attacking earlier ("Russian jets pounded
 * ... An air strike hit a bakery"), is that camp's, inferred; not when the story named both camps attacking, and not
 * on that camp's own ground. Sentences written for this test; neutral speakers, so the speaker infers nothing.
 */
class PerpetratorToldEarlierTest {

  private static List<Event> attacks(String day, String... paragraphs) {
    return SundayStory.attacksOn(day, paragraphs);
  }

  private static List<Event> at(List<Event> events, String surface) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().equals(surface)).toList();
  }

  @Test
  void anAirStrikeAfterTheLeadNamedTheAirForce() {
    List<Event> a = attacks("2019-05-14",
        "Russian jets pounded villages in southern Idlib on Monday, residents said.",
        "An air strike hit a bakery in Kafr Nabl on Monday, killing four people, rescuers said.");
    assertThat(at(a, "Kafr Nabl")).isNotEmpty()
        .allMatch(e -> "RU".equals(e.perpetratorSide()) && e.perpetratorInferred());
  }

  @Test
  void separateStrikesLaterInTheStory() {
    List<Event> a = attacks("2022-01-21",
        "Saudi-led coalition warplanes bombed a military camp in Sanaa on Thursday, residents said.",
        "Separate strikes on Thursday night hit a telecommunications building in Hodeidah, witnesses said.");
    assertThat(at(a, "Hodeidah")).isNotEmpty().allMatch(e -> "SA".equals(e.perpetratorSide()));
  }

  @Test
  void shellsLandingAfterShellingWasToldOfOneSide() {
    List<Event> a = attacks("2019-05-14",
        "Government forces shelled the outskirts of Kafr Nabl on Monday, residents said.",
        "Shells also landed near a school in Khan Sheikhoun on Monday, a witness said.");
    assertThat(at(a, "Khan Sheikhoun")).isNotEmpty().allMatch(e -> "SY".equals(e.perpetratorSide()));
  }

  @Test
  void notWhenTheStoryNamedBothCampsAttacking() {
    List<Event> a = attacks("2019-05-14",
        "Russian jets pounded villages in southern Idlib on Monday, residents said.",
        "Rebel fighters shelled government positions near Hama on Monday, a monitor said.",
        "An air strike hit a bakery in Kafr Nabl on Monday, killing four people, rescuers said.");
    assertThat(at(a, "Kafr Nabl")).isNotEmpty().allMatch(e -> !"RU".equals(e.perpetratorSide()));
  }
}
