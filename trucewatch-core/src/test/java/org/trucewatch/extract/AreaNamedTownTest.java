package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town the text calls an area right after a finer place ("Krishna Ghati sector, Poonch district"; lexicon:
 * areanoun), or of which it names areas ("the Keran and Machil areas of neighbouring Kupwara district"), only says
 * where that place lies, and a dateline of two cities ("AMMAN/DAMASCUS, Oct 25 -") says where the story was filed:
 * neither is a place of attack (PlaceContainers, AttackPlaces). Sentences written for this test, published on Sunday
 * 25 October 2020.
 */
class AreaNamedTownTest {

  private static List<String> places(String sentence) {
    return SundayStory.attacks(sentence).stream()
        .map(e -> e.location() == null ? "(none)" : e.location().surface()).toList();
  }

  @Test
  void aDatelineOfTwoCitiesIsNoPlaceOfAttack() {
    assertThat(places("AMMAN/DAMASCUS, Oct 25 - Gunmen opened fire on soldiers near the town of Palmyra on Sunday, "
        + "killing three, officials said.")).contains("Palmyra").doesNotContain("AMMAN", "DAMASCUS");
  }

  @Test
  void aDistrictAfterAVillageAndItsSectorOnlyLocatesThem() {
    assertThat(places("A mortar shell exploded on Sunday near a school in Salotri village of Krishna Ghati sector, "
        + "Poonch district, wounding two children, officials said.")).doesNotContain("Poonch");
  }

  @Test
  void aNeighbouringDistrictOfNamedAreasOnlyLocatesThem() {
    assertThat(places("Pakistani troops fired mortars on Sunday at posts in the Keran and Machil areas of neighbouring "
        + "Kupwara district, officials said.")).contains("Keran").doesNotContain("Kupwara");
  }
}
