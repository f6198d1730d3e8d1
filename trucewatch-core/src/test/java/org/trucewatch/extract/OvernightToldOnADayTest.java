package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.at;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "Overnight" and "yesterday" told by a telling dated a day of its own are counted from that day, not from the
 * news's (blind dev batches: "On Monday the ministry said ... were killed overnight" dated on the news day).
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class OvernightToldOnADayTest {

  @Test
  void overnightAfterAFrontedTellingDayIsThatDaysNight() {
    Event e = at(attacks("On Thursday the defence ministry said two soldiers were killed overnight when rebels "
        + "shelled their posts near Martuni."), "Martuni");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 22));
  }

  @Test
  void overnightBeforeATrailingTellingDayIsThatDaysNight() {
    Event e = at(attacks("Rebels shelled army posts near Martuni overnight, killing two soldiers, the defence "
        + "ministry said on Friday."), "Martuni");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 23));
  }

  @Test
  void overnightWithNoTellingDayIsTheNewsDay() {
    Event e = at(attacks("The defence ministry said two soldiers were killed overnight when rebels shelled their "
        + "posts near Martuni."), "Martuni");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 25));
  }

  @Test
  void overnightOfAClauseAfterTheTellingIsTheNewsDay() {
    Event e = at(attacks("Two soldiers died of their wounds on Thursday, the defence ministry said, and rebels "
        + "shelled army posts near Martuni overnight."), "Martuni");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 25));
  }
}
