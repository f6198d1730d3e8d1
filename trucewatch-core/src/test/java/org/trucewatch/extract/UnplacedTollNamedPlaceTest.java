package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unplaced mention's toll, where two placed attacks of its day could own it, is the one's whose place its own
 * sentence names again ("killed in a strike on a lorry on the Ostrava road"); naming neither leaves it no one's.
 * Events built for this test, in words written for it.
 */
class UnplacedTollNamedPlaceTest {

  private static final LocalDate DAY = LocalDate.of(2020, 10, 25);

  private static Event attack(String place, String text, Casualties toll, int sentence) {
    Location at = place == null ? null : new Location(place, 1, 1, "XX", null, "place", place);
    return new Event("a", EventType.ATTACK, "air_drone_strike", DAY, null, null, DateBasis.EXPLICIT, at, null, null,
        null, false, null, List.of(), toll, List.of(), null, List.of(new Evidence(sentence, 0, 1, text)));
  }

  private static List<Event> story(String tollSentence) {
    return UnplacedTolls.handedOn(List.of(
        attack("Ostrava", "A drone hit a lorry near Ostrava on Sunday.", null, 0),
        attack("Brno", "Another drone hit a house in Brno on Sunday.", null, 1),
        attack(null, tollSentence, new Casualties(1, null, null, null, null, null), 2)));
  }

  @Test
  void theAttackWhosePlaceTheTollNamesTakesIt() {
    List<Event> out = story("The ministry said one driver was killed in the strike on the Ostrava road.");
    assertThat(out.get(0).casualties()).isNotNull();
    assertThat(out.get(0).casualties().killed()).isEqualTo(1);
    assertThat(out.get(1).casualties()).isNull();
  }

  @Test
  void aTollNamingNeitherPlaceIsNoOnes() {
    List<Event> out = story("The ministry said one driver was killed in the strike.");
    assertThat(out.get(0).casualties()).isNull();
    assertThat(out.get(1).casualties()).isNull();
  }
}
