package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trucewatch.resolve.time.TenseCues.Tense;

class TenseCuesTest {

  private static final TenseCues CUES = new TenseCues(Lexicon.load("english.json"));

  private static Tense tenseOf(String sentence, String expression) {
    int start = sentence.indexOf(expression);
    return CUES.around(sentence, start, start + expression.length(), 0, sentence.length());
  }

  @Test
  void nearestCueDecides() {
    assertThat(tenseOf("The ministry said on Friday it was attacked.", "Friday")).isEqualTo(Tense.PAST);
    assertThat(tenseOf("The ministers will meet on Friday.", "Friday")).isEqualTo(Tense.FUTURE);
    assertThat(tenseOf("Azerbaijan said on Thursday it will hold talks on Friday.", "Thursday"))
        .isEqualTo(Tense.PAST);
    assertThat(tenseOf("Azerbaijan said on Thursday it will hold talks on Friday.", "Friday"))
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void theClauseComesBeforeTheSentence() {
    assertThat(tenseOf("The talks, which will resume on Monday, were announced.", "Monday")).isEqualTo(Tense.FUTURE);
  }

  @Test
  void futureSeenFromThePast() {
    assertThat(tenseOf("The sides agreed to meet on Monday.", "Monday")).isEqualTo(Tense.FUTURE_IN_PAST);
    assertThat(tenseOf("He said the talks would resume on Monday.", "Monday")).isEqualTo(Tense.FUTURE_IN_PAST);
    assertThat(tenseOf("The book is due to be published in May.", "May")).isEqualTo(Tense.FUTURE);
  }

  @Test
  void prepositionsAndBecauseOfAreNoFuture() {
    assertThat(tenseOf("The toll rose to 50 on Friday.", "Friday")).isEqualTo(Tense.PAST);
    assertThat(tenseOf("It collapsed on Monday due to shelling.", "Monday")).isEqualTo(Tense.PAST);
    assertThat(tenseOf("Troops were forced to retreat on Sunday.", "Sunday")).isEqualTo(Tense.PAST);
  }

  @Test
  void noCueIsNone() {
    assertThat(tenseOf("Clashes on Sunday.", "Sunday")).isEqualTo(Tense.NONE);
  }
}
