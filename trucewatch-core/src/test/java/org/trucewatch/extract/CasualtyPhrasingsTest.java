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
 * Twenty-four ways news gives the dead and the wounded of one attack (sentences written for this test, in the manner of
 * wire copy from several conflicts): both figures right, each with its own verb.
 */
class CasualtyPhrasingsTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2018-03-13T00:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate MONDAY = LocalDate.of(2018, 3, 12);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist forces shelled Avdiivka on Monday, killing two civilians and wounding five, the army said.|2|5",
      "Three soldiers were killed and four others wounded near Marinka on Monday, the army said.|3|4",
      "The shelling of Toretsk on Monday left one person dead and six injured, officials said.|1|6",
      "At least 12 people died and 30 were hurt when rockets hit Sderot on Monday, police said.|12|30",
      "Two servicemen were killed and one was wounded in the attack on Monday, the ministry said.|2|1",
      "The strike on Monday killed four fighters and injured nine others, the group said.|4|9",
      "Seven civilians were wounded and two killed by the shelling of Goris on Monday, officials said.|2|7",
      "Monday's attack on Rafah left 44 dead and more than 100 wounded, hospital officials said.|44|100",
      "One soldier was killed and three were injured by sniper fire near Poonch on Monday, a spokesman said.|1|3",
      "The drone strike on Monday killed a child and wounded eleven people in Taiz, a health official said.|1|11",
      "Five people lost their lives and 20 were injured in the shelling of Khartoum on Monday, medics said.|5|20",
      "Shelling on Monday killed eight and wounded 15 in Donetsk, the city's mayor said.|8|15",
      "Troops fired on returning villagers on Monday, killing 14 people, among them three women and a "
          + "policeman, and wounding 61, the health ministry said.|14|61",
      "At least 9 people, two of them children, were killed and 26 injured on Monday as shells hit Kotli, "
          + "officials said.|9|26",
      "A 35-year-old farmer was among 6 killed and 8 wounded when mortar rounds hit Mendhar on Monday, police "
          + "said.|6|8",
      // the wounded figure stands before its verb, with troops named after it: not "13 killed (military)"
      "Two villagers were killed and at least 13 wounded on Monday as Indian troops shelled Nakyal, officials "
          + "said.|2|13",
      "At least 31 people were killed and 60 wounded when gunmen stormed a hotel in Kismayo on Monday, police "
          + "said.|31|60",
      // an aside between commas stands between the figure and its verb
      "Two farmers, one of them a teenager, were killed and two others injured on Monday when troops opened fire "
          + "near Kotli, the army said.|2|2",
      // ages are no figures, and "dozens" or "hundreds" are no number: the wounded are unknown
      "A rocket hit a pitch in Sderot on Monday, killing 12 children aged between 10 and 16 and wounding dozens, "
          + "police said.|12|",
      "Shells hit a market in Donetsk on Monday, killing 9 people and wounding hundreds, the mayor said.|9|",
      // a list under "among them" holds no figure, and the wounded after it are the toll's (round 18)
      "Medics said 11 people were killed in the shelling of Kotli on Monday, among them a mother and her two "
          + "daughters, and 23 were hurt.|11|23",
      "The shelling of Horlivka on Monday left 8 dead, among them three children, and 19 wounded, officials "
          + "said.|8|19",
      // where the victims were stands between the figure and its verb
      "Rockets hit Goris on Monday, and officials said 4 people there were killed and 9 were lightly "
          + "injured.|4|9",
      // "not a single death" is nobody
      "The shelling of Tartar on Monday caused not a single civilian death, but two soldiers were wounded, the "
          + "ministry said.||2"
  })
  void killedAndWoundedAreBothRight(String sentence, Integer killed, Integer wounded) {
    List<Event> reports = PIPELINE.extractor().extract(Articles.of("c", MONDAY.toString(), sentence), MONDAY, DateBasis.PUBLICATION).events().stream().filter(e -> e.type() == EventType.CASUALTY_REPORT).toList();
    assertThat(reports).extracting(e -> e.casualties().killed() + "/" + e.casualties().wounded())
        .containsExactly(killed + "/" + wounded);
  }
}
