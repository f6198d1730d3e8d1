package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Articles;
import org.trucewatch.pipeline.Pipeline;

/**
 * A word of when or how sure between the victims and their verb ("have now been killed", "are believed to
 * have been killed", "were subsequently killed") keeps the dead figure, as "have been killed" does; and a bare
 * "another" before a preposition is one victim more ("wounded another near the post");
 * "embraced shahadat" and "received a fatal wound" tell deaths; an age word
 * ("two four-year-old girls") does not end the list of who the dead were. Sentences written for this test.
 */
class TollHedgeTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2019-06-11T00:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate MONDAY = LocalDate.of(2019, 6, 10);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Five civilians have now been killed and nine wounded in the shelling of Marinka, the regional governor said.|5|9",
      "Four soldiers have already died and six were injured in the rocket attack on Sderot, the army said.|4|6",
      "Three villagers have since died and two were hurt after the mortar fire on Kotli, police said.|3|2",
      "Two fighters were later killed and five wounded in the clashes near Tartar, the ministry said.|2|5",
      "Eleven people are now known to have been killed and 30 wounded in the air strike on Taiz, medics said.|11|30",
      "Six people are believed to have been killed and ten injured in the drone strike on Idlib, rescuers "
          + "said.|6|10",
      "Nine civilians were subsequently killed and twelve wounded in the shelling of Kadugli, activists said.|9|12",
      "Eight people have tragically been killed and fourteen hurt in the strike on Nabatieh, officials said.|8|14",
      "Twenty-one people have now died and forty-four have been injured in the shelling of El Fasher, the health "
          + "ministry said.|21|44",
      "Seven soldiers were immediately killed and three wounded when a mine hit their vehicle near Avdiivka, the "
          + "army said.|7|3"
  })
  void aWordOfWhenOrHowSureKeepsTheDead(String sentence, Integer killed, Integer wounded) {
    assertThat(figures(sentence)).containsExactly(killed + "/" + wounded);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist mortars killed one soldier and wounded another near Marinka on Monday, the army said.|1|1",
      "A sniper killed a border guard and injured another at the post near Poonch on Monday, officials said.|1|1"
  })
  void aBareAnotherBeforeAPrepositionIsOneMore(String sentence, Integer killed, Integer wounded) {
    assertThat(figures(sentence)).containsExactly(killed + "/" + wounded);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Six civilians embraced shahadat and 14 were injured when Indian shells hit Kotli on Monday, the ISPR said.|6|14",
      "One soldier received a fatal wound and two were hurt when separatists shelled Marinka on Monday, the army "
          + "said.|1|2",
      // an age word inside the list of who the dead were keeps the list a part of the toll
      "Nine villagers, including two four-year-old girls, five women and two men, were killed and 15 were injured "
          + "in the shelling of Kotli on Monday, officials said.|9|15"
  })
  void aMartyrdomAFatalWoundAndAnAgedListAreCounted(String sentence, Integer killed, Integer wounded) {
    assertThat(figures(sentence)).containsExactly(killed + "/" + wounded);
  }

  private static List<String> figures(String sentence) {
    return PIPELINE.extractor().extract(Articles.of("h", MONDAY.toString(), sentence), MONDAY, DateBasis.PUBLICATION)
        .events().stream().filter(e -> e.type() == EventType.CASUALTY_REPORT)
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).toList();
  }
}
