package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A denier written as a definite noun alone ("The coalition denied involvement") is the belligerent the article
 * named before with that noun, and denies the attacks its camp is accused of. Sentences written for this test.
 */
class DefiniteDenierTest {

  @Test
  void theCoalitionDenyingIsTheAllianceNamedBefore() {
    List<Event> all = attacks("Eleven people were killed on Saturday when blasts tore through a bus station in the "
        + "town of Zabid, the Houthi-run health ministry said. The ministry blamed air raids by the Saudi-led "
        + "coalition.", "The coalition denied involvement.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(e.claims())
        .filteredOn(c -> c.stance() == Stance.DENIES).singleElement().satisfies(c -> {
          assertThat(c.side()).isEqualTo("SA"); // the alliance's side, not an unknown voice's
          // the alliance by its name or, where the Yemen profile's bare "coalition" named it, by the words written
          assertThat(c.actor() + " " + c.written()).containsIgnoringCase("coalition");
        }));
  }

  @Test
  void theArmyDenyingThisAnswersTheOtherCampsOwnAccount() {
    List<Event> all = attacks("The Rapid Support Forces said on Saturday that they had taken control of the airport "
        + "in the town of Kosti. Sudan's army said its soldiers were fighting in the east of the city.",
        "The army has denied this.");
    assertThat(all).filteredOn(e -> "territory_taken".equals(e.subtype())).isNotEmpty()
        .allSatisfy(e -> assertThat(e.claims()).anySatisfy(c -> {
          assertThat(c.stance()).isEqualTo(Stance.DENIES);
          assertThat(c.side()).isEqualTo("SD");
        }));
  }

  @Test
  void theCoalitionDenyingAnswersNoAttackOfTheOtherCamp() {
    List<Event> all = attacks("Houthi fighters shelled a camp for displaced families near Marib on Saturday, killing "
        + "four, the Saudi-led coalition said.", "The coalition denied involvement.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(e.deniedBy()).isEmpty());
  }
}
