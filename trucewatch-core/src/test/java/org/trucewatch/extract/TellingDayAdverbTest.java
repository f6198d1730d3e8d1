package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The day of a telling qualified by when in that day it came ("said later on Sunday that") is the saying's, not the
 * act's; and "over the weekend" dates the act at the weekend told, not on the day of the saying. Sentences written
 * for this test, dated against Sunday 25 October 2020.
 */
class TellingDayAdverbTest {

  @Test
  void aLaterTellingDayGivesWayToTheDayToldBefore() {
    assertThat(daysAt(attacks("Mortar rounds hit a bakery in Marinka on Friday, residents said.",
        "The regional governor said later on Sunday that rebel mortar fire on Marinka had killed three bakers."),
        "Mar")).containsOnly(LocalDate.of(2020, 10, 23));
  }

  @Test
  void anAttackOverTheWeekendIsOfTheWeekend() {
    assertThat(daysAt(attacks("The army said this week that a rebel commander was among those killed when troops "
        + "repelled an assault on Marinka at the weekend."), "Mar")).contains(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aTollOfTheWeekendIsTheWeekendAttacksToll() {
    assertThat(SundayStory.attackToll("Five soldiers were killed in fighting at the weekend, the ministry said.\n\n"
        + "The fighting broke out before dawn on Saturday near Marinka, when rebel units tried to storm army posts."))
        .startsWith("5/");
  }
}
