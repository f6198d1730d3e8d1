package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.geo.ResolvedPlaces.placeOf;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Profile rows of place40: villages of a Line of Control belt and a tehsil town GeoNames cities500 lacks, and a press
 * spelling of a Yemeni district. Sentences written for this test.
 */
class BorderBeltsTest {

  @Test
  void aVillageOfTheNowsheraBeltIsPlacedAtItsSector() {
    Place p = placeOf("Mortar rounds landed in Jhangar and near Rajouri before dawn, officials said.", "Jhangar");
    assertThat(p.country()).isEqualTo("IN");
    assertThat(p.lat()).isCloseTo(33.16, Offset.offset(0.01));
  }

  @Test
  void aTehsilTownOfKotliIsPlaced() {
    Place p = placeOf("Indian fire reached the Charhoi sector of Kotli late on Thursday.", "Charhoi");
    assertThat(p.country()).isEqualTo("PK");
    assertThat(p.lat()).isCloseTo(33.30, Offset.offset(0.01));
  }

  @Test
  void aPressSpellingOfAYemeniDistrictIsTheDistrict() {
    assertThat(placeOf("Gunfire echoed across Naham, east of Sanaa, through the night.", "Naham").id())
        .isEqualTo("area:nihm");
  }
}
