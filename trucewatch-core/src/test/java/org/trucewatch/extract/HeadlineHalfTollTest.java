package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * figs25: an attack told in the headline with half its toll and in the lead with all of it keeps all of it.
 * Stories written for this test.
 */
class HeadlineHalfTollTest {

  /**
   * A headline gives part of the toll ("kills driver, wounds eight": no count of the dead), the lead all of it: the
   * attack told twice keeps the whole toll, not the headline's half.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Mortar round wounds six pupils near Kotli, teacher killed|A teacher was killed and six pupils were wounded on "
          + "Sunday when a mortar round exploded beside their school bus near Kotli, police said.|1/6",
      "Shelling wounds four in Marinka|Two civilians were killed and four others wounded when shells hit a bus stop "
          + "in Marinka on Sunday, the regional governor said.|2/4",
      "Drone strike on Goris market leaves five injured|A drone struck the covered market in Goris on Sunday, "
          + "killing one vendor and injuring five shoppers, the ministry said.|1/5"
  })
  void headlineHalfAndLeadWholeAreOneToll(String headline, String lead, String toll) {
    List<Event> attacks = SundayStory.attacks(headline, lead);
    assertThat(attacks).hasSize(1);
    Casualties c = attacks.get(0).casualties();
    assertThat(c.killed() + "/" + c.wounded()).isEqualTo(toll);
  }
}
