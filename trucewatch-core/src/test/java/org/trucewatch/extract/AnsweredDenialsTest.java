package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A belligerent's denial that answered an attack when read also answers the attacks it reached back over whose
 * attacker of its camp was named only once the story was assembled, when someone else alleges them; never an attack
 * of the other camp, one with no attacker named, one its camp itself tells, nor one told beyond its reach. Events
 * built by hand for this test.
 */
class AnsweredDenialsTest {

  private static final Sides SIDES = new Sides("x", List.of(List.of("GOV"), List.of("REB")),
      Map.of("GOV", "Government", "REB", "Rebels"));

  private static final LocalDate DAY = LocalDate.of(2021, 3, 6);

  private static Evidence at(int sentence) {
    return new Evidence(sentence, 0, 10, "sentence " + sentence);
  }

  private static Event attack(int sentence, String attacker, Claim... claims) {
    return new Event("t", EventType.ATTACK, "shelling", DAY, null, null, DateBasis.EXPLICIT, null, attacker,
        attacker == null ? null : SIDES.name(attacker), null, false, null, new ArrayList<>(List.of(claims)), null,
        List.of(), null, List.of(at(sentence)));
  }

  private static Claim alleged(String who, String side, int sentence) {
    return new Claim(who, null, side, Stance.ALLEGES, null, at(sentence), who);
  }

  private static final UnansweredDenials.Denial REBELS_DENY = new UnansweredDenials.Denial(7, 6, "Rebels", "REB",
      "REB", at(7), "The rebels");

  private static List<Event> widened(Event... events) {
    return AnsweredDenials.widen(List.of(events), List.of(REBELS_DENY), SIDES);
  }

  @Test
  void anAttackOfItsCampNamedLateIsDeniedToo() {
    List<Event> out = widened(attack(2, "REB", alleged("Residents", null, 2)),
        attack(5, "REB", alleged("Government media", "GOV", 5),
            new Claim("Rebels", "REB", "REB", Stance.DENIES, null, at(7), "The rebels")));
    assertThat(out.get(0).deniedBy()).hasSize(1).allMatch(d -> d.startsWith("Rebels"));
    assertThat(out.get(1).deniedBy()).hasSize(1); // (answered once, as it was)
  }

  @Test
  void theOtherCampsAttackAndAnUnnamedOneAreLeftAlone() {
    List<Event> out = widened(attack(2, "GOV", alleged("Residents", null, 2)),
        attack(3, null, alleged("Residents", null, 3)));
    assertThat(out.get(0).deniedBy()).isEmpty();
    assertThat(out.get(1).deniedBy()).isEmpty();
    assertThat(out.get(1).perpetratorSide()).isNull();
  }

  @Test
  void anAttackItsCampTellsOrOneBeyondItsReachIsLeftAlone() {
    List<Event> out = widened(attack(4, "REB", alleged("Rebel commander", "REB", 4)),
        attack(0, "REB", alleged("Residents", null, 0)));
    assertThat(out.get(0).deniedBy()).isEmpty();
    assertThat(out.get(1).deniedBy()).isEmpty();
  }
}
