package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trucewatch.resolve.geo.ResolvedPlaces.placeOf;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A profile row flagged {@code corrects=<geonameid>} moves a GeoNames town that GeoNames files far from where it is:
 * the town keeps its id and rank (a plain profile row of the same name ranks below the GeoNames row, which has a
 * population), and no second reading of the name appears. Sentences and rows written for this test.
 */
class CorrectedPointsTest {

  private static final String ROW = "place:XX-test\tTestplace\tTestplace\tPLACE\tPPL\tIN\t12\t34.5\t74.2\t%s\tsource\n";

  @Test
  void aDistrictTownGeoNamesFilesFarSouthIsPlacedAtTheTown() {
    Place kupwara = placeOf("Two porters were hurt when shells fell in Kupwara on Friday, officials said.", "Kupwara");
    assertThat(kupwara.id()).isEqualTo("geonames:6268046");
    assertThat(kupwara.lat()).isBetween(34.45, 34.60); // the town, not GeoNames' 34.03 N south of the Jhelum
    assertThat(ResolvedPlaces.G.byId("place:IN-kupwara")).contains(kupwara); // the row's id finds the moved place
  }

  @Test
  void theRowMovesTheGeoNamesPlaceAndAddsNoReadingOfItsOwn() {
    GazetteerLoader.Loaded base = GazetteerLoader.loadResources();
    GazetteerLoader.Loaded l = GazetteerLoader.loadResources(
        List.of(new AreaSource("t", new StringReader(String.format(ROW, "corrects=6268046")))));
    assertThat(l.entries()).hasSameSizeAs(base.entries());
    GazetteerEntry moved = l.entries().stream().filter(e -> e.place().id().equals("geonames:6268046")).findFirst()
        .orElseThrow();
    assertThat(moved.place().lat()).isEqualTo(34.5);
    assertThat(moved.population()).isPositive();
    assertThat(l.names()).anySatisfy(n -> {
      assertThat(n.written()).isEqualTo("Testplace");
      assertThat(l.entries().get(n.entry()).place().id()).isEqualTo("geonames:6268046");
    });
  }

  @Test
  void aRowCorrectingAnUnknownIdFailsTheLoad() {
    assertThatThrownBy(() -> GazetteerLoader.loadResources(
        List.of(new AreaSource("t", new StringReader(String.format(ROW, "corrects=999999999"))))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("place:XX-test")
        .hasMessageContaining("999999999");
  }

  @Test
  void anOilPortNewsNamesIsPlacedAtTheTownOfItsPeninsula() {
    Place port = placeOf("Warplanes struck fuel tanks at Ras Isa, north of Hodeidah, late on Thursday.", "Ras Isa");
    assertThat(port.country()).isEqualTo("YE");
    assertThat(port.precision()).isEqualTo(Place.Precision.DISTRICT);
  }

  @Test
  void aDonbasVillageTakesItsOwnPointNotItsOldRaionSeat() {
    Place krymske = placeOf("The militia said two soldiers were hurt by mortar fire in Krymske, Luhansk region.",
        "Krymske");
    assertThat(krymske.lat()).isBetween(48.70, 48.80); // the village on the Donets, not Novoaidar at 48.96 N
    assertThat(krymske.precision()).isEqualTo(Place.Precision.PLACE);
  }
}
