package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Karabakh place names as Latin-script copy writes them without diacritics, and the Armenian names of districts. */
class KarabakhSpellingsTest {

  private static final Gazetteer G = Gazetteer.load();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Xankendi|Stepanakert", "Kelbecer|Kalbajar", "Zengilan|Zangilan",
      "Zangelan|Zangilan", "Kashunik|Gubadly", "Dzhabrail|Jabrayil"})
  void theSpellingFindsThePlace(String written, String name) {
    String text = "Shells fell on " + written + " on Monday.";
    assertThat(G.find(text)).as(written).anySatisfy(m -> assertThat(m.place().name()).isEqualTo(name));
  }
}
