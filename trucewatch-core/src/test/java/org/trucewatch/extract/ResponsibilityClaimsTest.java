package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group's claim of an attack told in a paragraph of its own names the attacker of the bombing told before it, and a
 * claim that tells of a suicide makes it a suicide bombing. Sentences written for this test.
 */
class ResponsibilityClaimsTest {

  @Test
  void aLaterClaimNamesTheBombingsAttackerAndItsKind() {
    List<Event> attacks = SundayStory.attacks(
        "A car bomb went off at the gate of a police station in Kandahar on Sunday morning, killing nine officers, "
            + "provincial officials said.",
        "Hospitals in the city appealed for blood donors.",
        "The Islamic State group later claimed responsibility on its Telegram channel, saying one of its fighters "
            + "had driven the car to the gate and blown himself up.");
    Event e = SundayStory.at(attacks, "Kandahar");
    assertThat(e.perpetratorSide()).isEqualTo("ISIS");
    assertThat(e.subtype()).isEqualTo("suicide_bomb");
  }

  @Test
  void noClaimYetLeavesTheAttackerUnnamed() {
    List<Event> attacks = SundayStory.attacks(
        "A car bomb went off at the gate of a police station in Kandahar on Sunday morning, killing nine officers, "
            + "provincial officials said.",
        "No group has claimed responsibility for the attack so far.");
    assertThat(SundayStory.at(attacks, "Kandahar").perpetratorSide()).isNull();
  }
}
