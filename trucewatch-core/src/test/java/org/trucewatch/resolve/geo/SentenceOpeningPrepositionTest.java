package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that opens with a preposition before a place ("In Kheyam, ...", "Near Kadougli, ...") capitalises the
 * preposition: the name is the word after it, read as after any locative, not the two words as one unknown name.
 */
class SentenceOpeningPrepositionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "In Kheyam, Israeli drones struck a house overnight.|Kheyam|LB,IL|Khiam",
      "At Krasnohorovka, separatist shells damaged two homes on Tuesday.|Krasnohorovka|UA|Krasnohorivka",
      "Near Kadougli, army drones hit a fuel depot, residents said.|Kadougli|SD|Kadugli",
      "The army said so. In Kafr Nboudeh, two fighters were killed by shelling.|Kafr Nboudeh|SY|Kafr Nabudah",
      "Around Krasnohorovka the fighting went on through the night.|Krasnohorovka|UA|Krasnohorivka"})
  void theNameAfterAnOpeningPrepositionIsRead(String text, String surface, String hint, String name) {
    List<PlaceMention> ps = ResolvedPlaces.places(text, ScopeHint.countries(hint.split(",")));
    assertThat(ps).as(text).extracting(PlaceMention::surface).containsExactly(surface);
    assertThat(ps.get(0).place().name()).isEqualTo(name);
  }
}
