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
      "Operational update of the Defense Army of the Artsakh Republic, 8 October 2020, 18:30|Defense Army of the Artsakh Republic",
      "Daily bulletin of the Russian peacekeeping contingent (as of 26 March)|Russian peacekeeping contingent",
      "Joint statement by the Ministry of Defence of Azerbaijan|Ministry of Defence of Azerbaijan",
      "3rd Mountain Brigade: enemy raid on our positions repelled|3rd Mountain Brigade",
      "21st Mechanised Division: troops hold the bridgehead|21st Mechanised Division",
      "3rd day of fighting: strikes hit the port|",
      "Gaza: strikes kill 12 overnight|",
      "Northern Region: Flood Emergency - Situation Report (as of 4 May)|",
      "Shelling resumes in Avdiivka as truce fails|",
      "Russia and Ukraine agree on a school ceasefire|",
  })
  void readsTheIssuer(String title, String issuer) {
    assertThat(ISSUER.of(title)).isEqualTo(issuer);
  }

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  /** A page headed by an organisation's name alone is its statement only where a line under it says so. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = ';', value = {
      "Ministry of Defence of the Republic of Azerbaijan;Press release | 28.05.2021;Ministry of Defence of the Republic of Azerbaijan",
      "Information of the Ministry of Defense of Armenia;14 October 2022;Ministry of Defense of Armenia",
      "Ministry of Defence of the Republic of Azerbaijan;Troops came under fire overnight;",
      "Ministry of Defence Says Troops Came Under Fire;Press release;",
  })
  void readsAPageHeading(String title, String line, String issuer) {
    assertThat(ISSUER.of(title, java.util.List.of(line))).isEqualTo(issuer);
  }
}
