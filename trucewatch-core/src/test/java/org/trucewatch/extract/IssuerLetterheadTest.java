package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement page whose letterhead names its issuer and dates it, with no line saying what kind of document it is:
 * the organisation's name over a date alone, or beside it after a bar or a dash (also with its seat, or as an
 * office's acronym and branch). A newsroom's byline ("Staff"), a dateline or a headline over a date is no letterhead.
 * Headings written for this test.
 */
class IssuerLetterheadTest {

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = ';', value = {
      "Navy Spokesperson's Unit;Tuesday, 3 March 2015;Navy Spokesperson's Unit",
      "Ministry of Defence of the Republic of Serbia;12.04.2019, 09:30;Ministry of Defence of the Republic of Serbia",
      "Border Police Press Office;March 3, 2015;Border Police Press Office",
      "Army Command - Press Office;8 May 2016;Army Command - Press Office",
      "Rebels Say Army Shelled Two Villages;Tuesday, 3 March 2015;",
      "Ministry of Defence of the Republic of Serbia;Soldiers were wounded overnight;",
  })
  void anOrganisationOverADateAloneIssuesThePage(String title, String line, String issuer) {
    assertThat(ISSUER.of(title, List.of(line))).isEqualTo(issuer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Navy Spokesperson's Unit | Tuesday, 3 March 2015;Navy Spokesperson's Unit",
      "Press Office of the Coast Guard – 12 April 2019;Press Office of the Coast Guard",
      "General Staff of the Armed Forces | 04.11.2022, 18:00;General Staff of the Armed Forces",
      "Navy Press Office | 03.03.2015 | Press Releases;Navy Press Office",
      "Border Guard Command | 7 June 2016 | Statements;Border Guard Command",
      "Navy Spokesperson's Unit | 03.07.2019 | 20:12;Navy Spokesperson's Unit",
      "Middle East Staff | 3 March 2015;",
      "Middle East Staff | 3 March 2015 | Press Releases;",
      "Fighting resumes near the border | 3 March 2015 | Updates;",
      "Fighting resumes near the border | 3 March 2015;",
      "PRO (Army), Udhampur | 9 May 2019;PRO (Army)",
      "Border Guard Command, Odesa | 7 June 2016;Border Guard Command",
      "Middle East Staff, Cairo | 3 March 2015;",
      "CAIRO (Reuters) - 3 March 2015;",
  })
  void anOrganisationBesideADateIssuesThePage(String line, String issuer) {
    assertThat(ISSUER.ofLines(List.of("Navy strikes boats off the coast", line))).isEqualTo(issuer);
  }
}
