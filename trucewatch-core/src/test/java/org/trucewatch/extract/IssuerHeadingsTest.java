package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statement headings of more shapes: a topic before the kind of document, a command and its unit over a kind line. */
class IssuerHeadingsTest {

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Firing across the border: update from the Defence Spokesperson, Jammu|Defence Spokesperson, Jammu",
      "Situation in the east: briefing by the General Staff of the Armed Forces (14 May)|General Staff of the Armed Forces",
      "Overnight attacks: operational update of the Defence Army|Defence Army",
      "Gaza: updates from the ground|",
      "Kharkiv: report from a city under fire|",
  })
  void readsATopicThenTheKind(String title, String issuer) {
    assertThat(ISSUER.of(title)).isEqualTo(issuer);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = ';', value = {
      "Armed Forces of Ukraine - 47th Mechanised Brigade (Avdiivka);Press statement;Armed Forces of Ukraine - 47th Mechanised Brigade",
      "Israel Defense Forces - Southern Command;Press release | 4 May 2021;Israel Defense Forces - Southern Command",
      "Pakistan Army - 10 Corps (Rawalpindi);Statement;Pakistan Army - 10 Corps",
      "Armed Forces of Ukraine - 47th Mechanised Brigade (Avdiivka);Troops came under fire overnight;",
      "Rebels Say Army - Police Command Fled;Press statement;",
  })
  void readsACommandAndItsUnit(String title, String line, String issuer) {
    assertThat(ISSUER.of(title, List.of(line))).isEqualTo(issuer);
  }
}
