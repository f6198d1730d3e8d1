package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The day a toll rose, and the day something was told after a lapse, date the count and the telling, not the attack
 * inside them (blind dev batches b18-b29: "the number killed when a car bomb went off rose to 31 on Sunday", "came
 * a day after the army said it had repelled a raid", read as attacks of the day). Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class TollRiseDatingTest {

  @Test
  void anAttackInsideARisingTollHasNotTheUpdatesDay() {
    assertThat(daysAt(attacks("The number of people killed when a car bomb went off near a bus station in Tartar "
        + "rose to 31 on Sunday, the prosecutor's office said."), "Tartar")).isEmpty();
  }

  @Test
  void aLapseAfterTheUpdatesDayCountsBackToTheAttack() {
    assertThat(daysAt(attacks("The death toll from Armenian missile strikes that destroyed a row of houses in Ganja "
        + "has climbed to 14, officials said on Sunday, a day after the strikes."), "Ganja"))
        .containsExactly(LocalDate.of(2020, 10, 24));
  }

  @Test
  void theAttacksOwnDayStillDatesIt() { // a guard: the attack's own day was read before and still is
    assertThat(daysAt(attacks("The death toll from Friday's shelling of Terter rose to nine on Sunday, the "
        + "prosecutor's office said."), "Ter")).containsExactly(LocalDate.of(2020, 10, 23));
  }

  @Test
  void aRaidToldBeforeALapseHasNoDayOfItsOwn() {
    assertThat(daysAt(attacks("The clashes on Sunday came a day after the defence ministry said its troops had "
        + "repelled a raid by saboteurs near Fuzuli."), "Fuzuli")).doesNotContain(LocalDate.of(2020, 10, 25));
  }

  @Test
  void aShellingToldDaysBeforeTheNewsHasNoDayOfItsOwn() {
    assertThat(daysAt(attacks("The offensive began on Sunday, two days after the ministry said Armenian forces had "
        + "shelled the town of Barda."), "Barda")).isEmpty();
  }

  @Test
  void aRaidWhoseHarmIsToldADayEarlierIsOfThatDay() {
    assertThat(daysAt(attacks("The coalition on Sunday accepted responsibility for an air raid on a wedding hall in "
        + "Tartar that killed at least nine guests a day earlier."), "Tartar"))
        .contains(LocalDate.of(2020, 10, 24)).doesNotContain(LocalDate.of(2020, 10, 25));
  }
}
