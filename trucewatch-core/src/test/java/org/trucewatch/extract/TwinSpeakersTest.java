package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary and the full account of one act that stay two attacks (a town and a village beside it) share their
 * speakers: the unspoken one takes its twin's allegations and denials; an attack of another day, attacker or far
 * place takes nothing. Events written for this test.
 */
class TwinSpeakersTest {

  private static final LocalDate DAY = LocalDate.of(2020, 10, 24);

  private static Event attack(String place, double lat, double lon, LocalDate day, String side, Claim... claims) {
    Location at = new Location(place, lat, lon, "AZ", null, "place", place);
    Evidence ev = new Evidence(0, 0, 1, "");
    return new Event("story.txt", EventType.ATTACK, "shelling", day, null, null, DateBasis.EXPLICIT, at, side, side,
        null, false, null, List.of(claims), null, List.of(), null, List.of(ev));
  }

  private static Claim said(String who, Stance stance) {
    return new Claim(who, null, null, stance, null, new Evidence(1, 0, 1, ""));
  }

  @Test
  void theSummarysAttackTakesTheFullAccountsSpeakersNearby() {
    Event summary = attack("Stepanakert", 39.815, 46.752, DAY, "AZ");
    Event account = attack("Shusha", 39.760, 46.749, DAY, "AZ", said("emergency service", Stance.ALLEGES),
        said("Baku", Stance.DENIES));
    List<Event> out = TwinSpeakers.lend(List.of(summary, account));
    assertThat(out.get(0).claimedBy()).containsExactly("emergency service");
    assertThat(out.get(0).deniedBy()).containsExactly("Baku");
    assertThat(out.get(1).claimedBy()).containsExactly("emergency service");
  }

  @Test
  void anotherDayAnotherAttackerOrAFarPlaceTakesNothing() {
    Event account = attack("Shusha", 39.760, 46.749, DAY, "AZ", said("emergency service", Stance.ALLEGES));
    Event dayBefore = attack("Stepanakert", 39.815, 46.752, DAY.minusDays(1), "AZ");
    Event otherSide = attack("Stepanakert", 39.815, 46.752, DAY, "AM");
    Event far = attack("Tartar", 40.341, 46.930, DAY, "AZ");
    List<Event> out = TwinSpeakers.lend(List.of(account, dayBefore, otherSide, far));
    assertThat(out.get(1).claimedBy()).isEmpty();
    assertThat(out.get(2).claimedBy()).isEmpty();
    assertThat(out.get(3).claimedBy()).isEmpty();
  }
}
