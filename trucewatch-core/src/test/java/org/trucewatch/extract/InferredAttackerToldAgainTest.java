package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One attack per place and day, whoever tells it: a later sentence about the same fire at the same place and day,
 * whose attacker was only inferred (from its speaker's or its victims' side), is no attack by the other side. Stories
 * written for this test, published on Sunday 25 October 2020.
 */
class InferredAttackerToldAgainTest {

  private static List<String> attackersAt(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().contains(place))
        .map(Event::perpetratorSide).toList();
  }

  @Test
  void theOtherSidesOutletDescribingTheFireIsNoAttackOfItsOwn() {
    List<Event> events = attacks("Ukrainian artillery pounded Yasynuvata on Saturday, separatist officials said.",
        "According to a Ukrainian news channel, shells were falling on the edge of Yasynuvata.");
    assertThat(attackersAt(events, "Yasynuvata")).containsExactly("UA");
  }

  @Test
  void theAttackersAccountOfItsTargetIsTheSameStrike() {
    List<Event> events = attacks("Russian missiles struck the railway station in Pokrovsk on Saturday, Ukrainian "
        + "officials said.", "Russia's defence ministry said a missile had struck a train carrying troops at the "
        + "station in Pokrovsk.");
    assertThat(attackersAt(events, "Pokrovsk")).containsExactly("RU");
  }

  @Test
  void whoTheStrikeKilledDoesNotMakeItTheirs() {
    List<Event> events = attacks("Israeli drones struck a car in Tyre on Saturday, Lebanon's state news agency said.",
        "The Israeli army said the strike in Tyre had killed a Hezbollah commander.");
    assertThat(attackersAt(events, "Tyre")).containsExactly("IL");
  }
}
