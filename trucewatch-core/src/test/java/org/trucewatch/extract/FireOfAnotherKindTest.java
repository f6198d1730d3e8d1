package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacksOn;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One attack per place and day: a mention with no attacker of its own, told as fire of another remote kind (shells
 * beside a drone) or as an act of no kind ("an attack on"), is the act of the one attacker named at that place and
 * day, not a second attack. Stories written for this test (a war where no attacker is inferred from the place),
 * published on Sunday 20 October 2024.
 */
class FireOfAnotherKindTest {

  private static final String SUNDAY = "2024-10-20";
  // a paragraph between the two mentions, so that the second is no sentence that goes on telling the first
  private static final String SPACER = "The foreign ministers are due to meet in Jeddah next week. The mediators "
      + "declined to comment on the agenda.";

  private static List<Event> at(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().contains(place)).toList();
  }

  @Test
  void shellsTheDoctorsSawAreTheDroneStrikeTheArmyNamedLater() {
    List<Event> events = attacksOn(SUNDAY, "Shells landed near the main hospital in Kadugli on Saturday, doctors "
        + "said.", SPACER, "The army said a drone of the Rapid Support Forces had struck the hospital in Kadugli on "
        + "Saturday.");
    assertThat(at(events, "Kadugli")).singleElement().extracting(Event::perpetratorSide).isEqualTo("RSF");
  }

  @Test
  void aReportOfAnAttackIsTheDroneStrikeToldBefore() {
    List<Event> events = attacksOn(SUNDAY, "RSF drones struck a power station in Kosti on Saturday, the army said.",
        SPACER, "Local officials said they had a report of an attack on a school in Kosti on Saturday.");
    assertThat(at(events, "Kosti")).hasSize(1);
  }

  @Test
  void aRocketAttackAMonitorHeardOfIsTheStrikeTheArmyBlamed() {
    List<Event> events = attacksOn(SUNDAY, "A monitoring group said it had a report of a rocket attack on a fuel "
        + "depot at Kosti on Saturday.", SPACER, "The army said on Sunday that a drone of the Rapid Support Forces "
        + "had hit the fuel depot in Kosti on Saturday.");
    assertThat(at(events, "Kosti")).singleElement().extracting(Event::perpetratorSide).isEqualTo("RSF");
  }

  @Test
  void anAttackBesideGroundTakenStaysItsOwn() {
    List<Event> events = attacksOn(SUNDAY, "The RSF captured the town of Dilling on Saturday, the group said.",
        SPACER, "Local officials said they had a report of an attack on a school in Dilling on Saturday.");
    assertThat(at(events, "Dilling")).hasSize(2);
  }
}
