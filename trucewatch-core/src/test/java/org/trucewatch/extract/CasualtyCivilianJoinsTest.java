package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Tokenizer;

/**
 * toll35: one civilian listed last ("and a woman") after other victims under one casualty word joins their number,
 * as "and one civilian" does; one more soldier ("and an enemy soldier") may be another side's and stays apart.
 * Sentences written for this test.
 */
class CasualtyCivilianJoinsTest {

  private static final CasualtyFinder FINDER = new CasualtyFinder(Lexicon.load());
  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  private static String figures(String sentence) {
    return FINDER.find(TOKENIZER.tokenize(sentence, 0)).stream().map(CasualtyFinder.Figure::casualties)
        .map(c -> c.killed() + "/" + c.wounded()).toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Three troopers and a farmer were wounded when mortars landed near the post.|[null/4]",
      "Two soldiers and a child were hurt by shrapnel near the checkpoint, medics said.|[null/3]",
      "Four servicemen and a woman died when the shell struck their truck.|[5/null]",
  })
  void oneCivilianListedLastJoinsTheToll(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Three soldiers and an enemy soldier were killed in the clash at the post.|4/null",
  })
  void oneMoreSoldierStaysApart(String sentence, String summed) {
    assertThat(figures(sentence)).doesNotContain(summed);
  }
}
