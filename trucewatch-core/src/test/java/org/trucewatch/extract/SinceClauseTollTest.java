package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure counted from a "since" clause ("killed since fighting flared", "since the truce began") is a running total
 *, in sentences written for this test: it is no attack's toll, and its start makes no attack; a since that
 * ranks the day ("the deadliest day since the truce began") leaves the day's toll with its attack.
 */
class SinceClauseTollTest {

  private static String attacks(String... story) {
    List<Event> found = SundayStory.attacks(story);
    return found.stream().map(e -> (e.location() == null ? "-" : e.location().surface()) + ":"
        + (e.casualties() == null ? "-" : e.casualties().killed() + "/" + e.casualties().wounded())).sorted().toList()
        .toString();
  }

  @Test
  void aTotalSinceFightingFlaredIsNoAttacksToll() {
    assertThat(attacks("Azerbaijani artillery pounded Stepanakert on Sunday.",
        "Officials in Stepanakert have reported 18 soldiers killed and 60 wounded since fighting flared overnight into "
            + "Saturday.")).isEqualTo("[Stepanakert:-]");
  }

  @Test
  void aTotalSinceFightingFlaredMakesNoAttack() {
    assertThat(attacks("Officials in Martuni have reported 14 soldiers killed and 40 wounded since hostilities flared "
        + "on Friday.")).isEqualTo("[]");
  }

  @Test
  void aDaysTollRankedSinceATruceStaysWithItsAttack() {
    assertThat(attacks("Shells hit Avdiivka on Sunday, killing four civilians in the deadliest attack on the town "
        + "since the truce took effect.")).isEqualTo("[Avdiivka:4/null]");
  }
}
