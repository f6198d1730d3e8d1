package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attack told without a place, then placed by the sentence after it that lists its toll or damage town by town,
 * on sentences written for this test, dated against Sunday 25 October 2020.
 */
class AttackAftermathTest {

  private static Event at(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().equals(place)).findFirst()
        .orElseThrow(() -> new AssertionError("no attack at " + place + " in " + events));
  }

  @Test
  void aTollListedTownByTownPlacesTheAttackToldBefore() {
    List<Event> found = attacks("Azerbaijani forces shelled villages overnight, the Armenian defence ministry said. "
        + "The ministry gave the dead town by town: two in Martuni and one in Hadrut.");
    Event martuni = at(found, "Martuni");
    assertThat(martuni.subtype()).isEqualTo("shelling");
    assertThat(martuni.perpetratorSide()).isEqualTo("AZ");
    assertThat(martuni.casualties().killed()).isEqualTo(2);
    assertThat(at(found, "Hadrut").casualties().killed()).isEqualTo(1);
  }

  @Test
  void damageListedTownByTownPlacesTheAttackToo() {
    List<Event> found = attacks("Armenian forces fired dozens of shells overnight, Baku said. "
        + "Three houses were damaged in Terter and one in Barda.");
    assertThat(at(found, "Terter").perpetratorSide()).isEqualTo("AM");
    assertThat(at(found, "Barda").subtype()).isEqualTo("shelling");
  }

  @Test
  void aWarsTollOrAHospitalsTownPlacesNothing() {
    List<Event> found = attacks("Azerbaijani forces shelled villages overnight, the Armenian defence ministry said. "
        + "The wounded were taken to a hospital in Goris.");
    assertThat(found).noneMatch(e -> e.location() != null && e.location().surface().equals("Goris"));
    found = attacks("Azerbaijani forces shelled villages overnight, the Armenian defence ministry said. "
        + "The front has repeatedly flared, and dozens have died in Hadrut over the years.");
    assertThat(found).noneMatch(e -> e.location() != null && e.location().surface().equals("Hadrut"));
  }

  @Test
  void whereTheTollWasToldPlacesNothing() {
    List<Event> found = attacks("Azerbaijani forces shelled villages near Martuni overnight. "
        + "A defence ministry aide told reporters in Yerevan that two soldiers were killed.");
    assertThat(found).noneMatch(e -> e.location() != null && e.location().surface().equals("Yerevan"));
    assertThat(at(found, "Martuni").perpetratorSide()).isEqualTo("AZ");
  }
}
