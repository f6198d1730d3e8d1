package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Tokenizer;

/**
 * A single victim listed with others under one casualty word adds one to their number, whoever they are; one civilian
 * listed last ("and a woman") joins them as "and one civilian" does, while one more soldier ("and an enemy soldier")
 * may be another side's and stays apart. Sentences written for this test.
 */
class CasualtyMixedListTest {

  private static final CasualtyFinder FINDER = new CasualtyFinder(Lexicon.load());
  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  private static String figures(String sentence) {
    return FINDER.find(TOKENIZER.tokenize(sentence, 0)).stream().map(CasualtyFinder.Figure::casualties)
        .map(c -> c.killed() + "/" + c.wounded()).toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "An officer and three soldiers were killed when their convoy was ambushed on Sunday.|[4/null]",
      "Two soldiers and one civilian died when shells hit the village on Sunday, the governor said.|[3/null]",
      "A soldier and two children were killed by artillery fire on Sunday.|[3/null]",
      "The ministry confirmed the deaths of two soldiers and one civilian in the shelling on Sunday.|[3/null]",
      "Artillery fire on Sunday killed a policeman and four civilians, officials said.|[5/null]"
  })
  void singleVictimListedWithOthers(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A soldier was seriously wounded by sniper fire on Sunday and later died of his wounds.|[1/null]",
      "A woman was injured when the shell hit her house on Sunday but succumbed to her injuries in hospital.|[1/null]",
      "Two civilians were hurt in the strike on Sunday and both later died in hospital.|[2/null]"
  })
  void woundedWhoDiedIsKilled(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
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
