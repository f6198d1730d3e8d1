package org.trucewatch.extract;

import static org.trucewatch.extract.SundayStory.attacks;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A side that will not confirm the other side's account of its own act ("did not confirm that its guns had fired",
 * "has refused to acknowledge the shelling") disputes it: a denial, not an acknowledgement. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class NegatedConfirmationTest {

  @Test
  void aNegatedConfirmationDenies() {
    SoftAssertions.assertSoftly(soft -> {
      Event horlivka = SundayStory.at(attacks("Separatist officials said Ukrainian troops shelled Horlivka on Saturday, "
          + "killing two civilians. Ukraine's military did not confirm that its guns had fired on the town."),
          "Horlivka");
      soft.assertThat(horlivka.deniedBy()).anyMatch(d -> d.contains("Ukrain"));
      soft.assertThat(horlivka.acknowledgedBy()).isEmpty();
      Event rafah = SundayStory.at(attacks("Palestinian medics said an Israeli air strike hit a school in Rafah on "
          + "Saturday, killing six people. The Israeli military has not confirmed that it struck the building."),
          "Rafah");
      soft.assertThat(rafah.deniedBy()).anyMatch(d -> d.contains("Isra"));
      soft.assertThat(rafah.acknowledgedBy()).isEmpty();
      soft.assertThat(SundayStory.at(attacks("Armenian officials said Azerbaijani drones hit a village near Martakert "
          + "on Saturday. Baku would not confirm the strike."), "Martakert").deniedBy())
          .anyMatch(d -> d.contains("Baku") || d.contains("Azerbaijan"));
    });
  }

  @Test
  void aRefusalToConfirmOrAcknowledgeDenies() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at(attacks("Residents said a drone struck the main market in El Fasher on Saturday, "
          + "killing 12 people. The RSF declined to confirm that its fighters had launched the drone."), "El Fasher")
          .deniedBy()).anyMatch(d -> d.contains("RSF") || d.contains("Rapid Support"));
      soft.assertThat(SundayStory.at(attacks("Indian officials said Pakistani troops shelled villages in Poonch on "
          + "Saturday. Pakistan's army has refused to acknowledge the shelling."), "Poonch").deniedBy())
          .anyMatch(d -> d.contains("Pakistan"));
    });
  }

  @Test
  void aConfirmationStillAcknowledges() {
    Event rafah = SundayStory.at(attacks("Palestinian medics said an Israeli air strike hit a school in Rafah on "
        + "Saturday, killing six people. The Israeli military confirmed that it struck the building."), "Rafah");
    org.assertj.core.api.Assertions.assertThat(rafah.deniedBy()).isEmpty();
  }
}
