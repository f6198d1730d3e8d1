package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attack nobody is named for, that one armed side denies ("Moscow denied carrying out the strike"), is alleged
 * against that side: the denier is the accused, inferred. Not a side's denial that an attack it suffered took place
 * (that side is the victim, not the accused). Sentences written for this test.
 */
class PerpetratorDeniedByTest {

  private static List<Event> at(List<Event> events, String surface) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().equals(surface)).toList();
  }

  @Test
  void aStrikeTheStateDeniedCarryingOut() {
    List<Event> a = SundayStory.attacksOn("2022-05-14",
        "A missile slammed into the bus station in Sloviansk on Friday, killing nine people, local officials said.",
        "Moscow denied carrying out the strike.");
    assertThat(at(a, "Sloviansk")).isNotEmpty().allMatch(e -> "RU".equals(e.perpetratorSide()));
  }

  @Test
  void aDroneStrikeTheParamilitariesDisowned() {
    List<Event> a = SundayStory.attacksOn("2024-05-14",
        "A drone struck a power station in Atbara overnight, cutting electricity to the city, officials said.",
        "The Rapid Support Forces denied any role in the attack.");
    assertThat(at(a, "Atbara")).isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()));
  }

  @Test
  void notTheVictimDenyingItsLosses() {
    List<Event> a = SundayStory.attacksOn("2022-05-14",
        "Missiles hit a fuel depot near Kramatorsk on Friday, regional officials said.",
        "Ukraine's military denied that any soldiers had been killed in the strike.");
    assertThat(at(a, "Kramatorsk")).isNotEmpty().allMatch(e -> !"UA".equals(e.perpetratorSide()));
  }

  @Test
  void rocketFireAGroupDeniedInAStoryOfManySides() {
    List<Event> a = SundayStory.attacksOn("2021-05-14",
        "Rockets struck a crowded market in Azaz on Wednesday, killing six people, a civil defence official said.",
        "The Syrian Democratic Forces rejected any responsibility for the rocket attack.");
    assertThat(at(a, "Azaz")).isNotEmpty().allMatch(e -> "SDF".equals(e.perpetratorSide()));
  }
}
