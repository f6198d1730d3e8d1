package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A title that presents the document as someone's statement names its issuer; a news headline names nobody. */
class IssuerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Statement of the Ministry of Defence of Georgia|Ministry of Defence of Georgia",
      "Press release by the Border Guard Service: incident on the Kura|Border Guard Service",
      "Daily report from the UN Mission in Kosovo (as of 3 May)|UN Mission in Kosovo",
      "Northern Command statement on firing in the Tangdhar sector|Northern Command",
      "Qassam Brigades: our fighters shelled Nahal Oz|Qassam Brigades",
      "Army Command - Directorate of Orientation: communique|Army Command - Directorate of Orientation",
      "Statement by the spokesman of the Border Force|spokesman of the Border Force",
      "Gaza: strikes kill 12 overnight|",
      "Northern Region: Flood Emergency - Situation Report (as of 4 May)|",
      "Shelling resumes in Avdiivka as truce fails|",
      "Russia and Ukraine agree on a school ceasefire|",
  })
  void readsTheIssuer(String title, String issuer) {
    assertThat(Issuer.of(title)).isEqualTo(issuer);
  }
}
