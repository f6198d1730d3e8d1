package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TownQuartersTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final PlaceResolver R = new PlaceResolver(G);

  private static List<String> placed(String text) {
    return R.resolve(text, G.find(text), ScopeHint.countries("SD")).stream().map(PlaceMention::surface).toList();
  }

  @Test
  void quartersOfANamedTownAreNotTheirNamesakesFarOff() {
    assertThat(placed("Army jets hit the Al Kawa and Al Mijlad neighbourhoods of Nyala on Friday."))
        .contains("Nyala").doesNotContain("Al Kawa", "Al Mijlad");
    assertThat(placed("In Nyala, warplanes struck targets in the Al Kawa and Al Mijlad quarters on Friday."))
        .contains("Nyala").doesNotContain("Al Kawa", "Al Mijlad");
  }

  @Test
  void districtsOrAQuarterWithoutATownStay() {
    // "districts" are as often whole administrative districts beside a far town
    assertThat(placed("Shells fell on the Al Kawa and Al Mijlad districts, far from Nyala, on Friday."))
        .contains("Al Kawa", "Al Mijlad", "Nyala");
    assertThat(placed("Army jets hit the Al Kawa and Al Mijlad neighbourhoods on Friday."))
        .contains("Al Kawa", "Al Mijlad");
  }

  @Test
  void writtenAsQuarterReadsTheWordsAfterTheName() {
    String text = "the Alpha and Beta neighbourhoods; the Gamma quarter; the Delta and Epsilon districts";
    assertThat(TownQuarters.writtenAsQuarter(text, text.indexOf("Alpha") + 5)).isTrue();
    assertThat(TownQuarters.writtenAsQuarter(text, text.indexOf("Beta") + 4)).isTrue();
    assertThat(TownQuarters.writtenAsQuarter(text, text.indexOf("Gamma") + 5)).isTrue();
    assertThat(TownQuarters.writtenAsQuarter(text, text.indexOf("Delta") + 5)).isFalse();
  }
}
