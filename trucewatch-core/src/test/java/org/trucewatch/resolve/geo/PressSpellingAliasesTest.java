package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Press spellings that no spelling fold reaches (a key too short to use, another vowel) are read through aliases.tsv
 * as the GeoNames row they name: "Ed Debba" is Ad Dabbah, "Stanitsa Luganskaya" is Stanytsia Luhanska. Sentences
 * written for this test.
 */
class PressSpellingAliasesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Drones hit a fuel depot in Ed Debba before dawn, witnesses said.|Ed Debba|SD|SD|Ad Dabbah",
      "Paramilitary drones struck the market of Abu Jubeiha on Monday.|Abu Jubeiha|SD|SD|Abu Jibeha",
      "A power station in Tandelti was hit by a drone overnight.|Tandelti|SD|SD|Tandaltī",
      "Mortar rounds landed in Stanitsa Luganskaya late on Tuesday.|Stanitsa Luganskaya|UA|UA,RU|Stanytsia Luhanska",
      "Artillery rounds fell near Khasham before the counter-attack.|Khasham|SY|SY|Khushām",
      // a Galilee village and town as the press spells them
      "A rocket set a barn alight in Fassouta on Sunday afternoon.|Fassouta|IL|IL,LB|Fassūta",
      "Shrapnel damaged two cars parked in Ma'alot overnight.|Ma'alot|IL|IL,LB|maalot Tarshīhā"})
  void aPressSpellingReadsAsItsGeoNamesRow(String text, String surface, String country, String hint, String name) {
    List<PlaceMention> ps = ResolvedPlaces.places(text, ScopeHint.countries(hint.split(",")))
        .stream().filter(m -> m.surface().equals(surface)).toList();
    assertThat(ps).as(text).hasSize(1);
    assertThat(ps.get(0).place().country()).isEqualTo(country);
    assertThat(ps.get(0).place().name()).isEqualTo(name);
  }
}
