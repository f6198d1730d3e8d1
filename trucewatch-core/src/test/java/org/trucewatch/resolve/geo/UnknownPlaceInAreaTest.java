package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A village the gazetteer lacks, written beside the area that holds it, is read as that area's point under the
 * village's own name, and the area is no second place: the phrasings outlets use (area before or after, comma,
 * "a town in", "district of", a bearing in "Yemen's northern ... province").
 */
class UnknownPlaceInAreaTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final PlaceResolver R = new PlaceResolver(G);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Warplanes bombed the market of the North Darfur town of Kornoi Sharq on Monday.|Kornoi Sharq|North Darfur",
      "Twelve people died when warplanes bombed Kornoi Sharq, a town in North Darfur, on Monday.|Kornoi Sharq|North Darfur",
      "An air strike hit a house in Qalat Habub, in Yemen's northern Saada province, on Friday.|Qalat Habub|Sa'dah",
      "Shells fell on homes in the Qatabish district of Saada province overnight.|Qatabish|Sa'dah",
      "In Luhansk region, near the village of Zhovtokamianka, the enemy opened fire on our positions.|Zhovtokamianka|Luhansk",
      "Drones struck a clinic in the town of Umm Sidra in South Kordofan on Monday.|Umm Sidra|South Kordofan"})
  void theVillageIsNamedAtItsAreasPoint(String text, String village, String area) {
    List<PlaceMention> ms = R.resolve(text, G.find(text));
    List<PlaceMention> places = ms.stream().filter(m -> m.role() == PlaceMention.Role.PLACE).toList();
    assertThat(places).as(text).hasSize(1);
    PlaceMention m = places.get(0);
    assertThat(m.surface()).isEqualTo(village);
    assertThat(m.place().name()).isEqualTo(village);
    assertThat(m.place().admin1()).isEqualTo(area);
    assertThat(m.place().precision()).isNotEqualTo(Place.Precision.PLACE);
  }
}
