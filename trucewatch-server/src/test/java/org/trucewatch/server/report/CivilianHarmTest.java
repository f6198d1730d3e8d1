package org.trucewatch.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words that put a sentence in the report's section on civilian harm and damage, and those that do not. */
class CivilianHarmTest {

  @Test
  void harmAndDamageWordsAreFoundOnceEach() {
    assertThat(CivilianHarm.words("Shelling damaged 12 houses and a school; two civilians were hurt in the houses."))
        .containsExactly("damaged", "houses", "school", "civilians");
    assertThat(CivilianHarm.words("accused Azerbaijani forces of shelling civilian settlements in Martuni"))
        .containsExactly("civilian settlements");
    assertThat(CivilianHarm.words("The power station was destroyed.")).containsExactly("power station", "destroyed");
  }

  @Test
  void fightingAloneIsNotHarmToCivilians() {
    assertThat(CivilianHarm.words("Battles took place on all directions of the frontline.")).isEmpty();
    assertThat(CivilianHarm.words("Armenian forces shelled the Terter region.")).isEmpty();
    assertThat(CivilianHarm.words(null)).isEmpty();
  }
}
