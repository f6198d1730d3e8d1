package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Merging many mentions of one event at once gives what merging them one after the other gave. */
class EventMergeTest {

  private static Event random(SplittableRandom r) {
    List<Claim> claims = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      Evidence ev = new Evidence(r.nextInt(5), 0, 1, "x");
      claims.add(new Claim("actor" + r.nextInt(3), null, null, Stance.values()[r.nextInt(Stance.values().length)],
          null, ev));
    }
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      evidence.add(new Evidence(r.nextInt(6), 0, 1, "s"));
    }
    List<String> parties = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      parties.add("p" + r.nextInt(3));
    }
    return new Event("a", EventType.ATTACK, r.nextBoolean() ? null : "s" + r.nextInt(2),
        java.time.LocalDate.of(2020, 10, 1), null, r.nextBoolean() ? null : "10:00", DateBasis.EXPLICIT, null, "AZ", "AZE", r.nextBoolean() ? null : "x" + r.nextInt(2),
        r.nextBoolean(), r.nextBoolean() ? null : "t", claims, null, parties, null, evidence,
        r.nextBoolean() ? null : "c");
  }

  @Test
  void mergedAllIsTheFoldOfMergedWith() {
    SplittableRandom r = new SplittableRandom(3);
    for (int round = 0; round < 500; round++) {
      List<Event> events = new ArrayList<>();
      for (int i = 1 + r.nextInt(6); i > 0; i--) {
        events.add(random(r));
      }
      Event folded = events.get(0);
      for (Event e : events.subList(1, events.size())) {
        folded = folded.mergedWith(e);
      }
      assertThat(Event.mergedAll(events)).isEqualTo(folded);
    }
  }
}
