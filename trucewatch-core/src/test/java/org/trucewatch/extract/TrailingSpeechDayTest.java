package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A day that closes a sentence after its speech verb (", the minister said on Sunday") dates the saying: when the
 * story told the attack's day just before, that day stays the attack's. Stories written for this test, published on
 * Sunday 25 October 2020.
 */
class TrailingSpeechDayTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);

  @Test
  void aTollToldOnSundayKeepsTheDayToldBefore() {
    assertThat(daysAt(attacks("Drones struck the main clinic in Hadrut on Friday, the Armenian side said.",
        "About 30 patients died in the attack on the clinic in Hadrut, the health minister said on Sunday."),
        "Hadrut")).containsOnly(FRIDAY);
  }

  @Test
  void aDenialOnSundayAfterTheAttackKeepsTheDayToldBefore() {
    assertThat(daysAt(attacks("Rockets hit a bus depot in Martuni on Friday, local officials said.",
        "Nine workers were killed in the rocket attack on the depot in Martuni, the mayor told reporters on Sunday."),
        "Martuni")).containsOnly(FRIDAY);
  }

  @Test
  void withNoDayToldBeforeTheSayingDatesIt() {
    assertThat(daysAt(attacks("Shells hit a market in Martuni, killing four people, the ministry said on Sunday."),
        "Martuni")).containsOnly(SundayStory.SUNDAY);
  }
}
