package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The place where a speaking office sits ("a doctor at the forensic service in X told reporters") is no place of the
 * attack it tells; a hospital or office that was hit keeps its place. Sentences written for this test, dated against
 * Sunday 25 October 2020.
 */
class SpeakerSeatTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void theSeatOfTheOfficeThatSpeaksIsNoPlaceOfTheAttack() {
    assertThat(places(attacks("A doctor at the forensic service in Kapan told reporters that the bodies of two "
        + "soldiers killed by Azerbaijani drones on Saturday had been brought in."))).doesNotContain("Kapan");
  }

  @Test
  void anOfficeOrHospitalThatWasHitKeepsItsPlace() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(places(attacks("Armenian shells hit the hospital in Tartar on Saturday, the ministry said.")))
          .contains("Tartar");
      soft.assertThat(places(attacks("Azerbaijani drones struck the police office in Martuni on Saturday, killing a "
          + "guard, officials said."))).contains("Martuni");
    });
  }
}
