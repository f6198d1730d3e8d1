package org.trucewatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ResolverAnnotator#possessive} answers as the pattern {@code ['’]s} it replaced (asked before "capital" of
 * every actor a sentence names): replayed on seeded short texts of apostrophes, quotes, letters and spaces.
 */
class PossessiveReplayTest {

  @Test
  void answersAsThePatternOnSeededTexts() {
    String alphabet = "'’‘`\"sSzt ";
    Random random = new Random(3313);
    int yes = 0;
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      boolean expected = text.matches("['’]s");
      assertThat(ResolverAnnotator.possessive(text)).as(text).isEqualTo(expected);
      yes += expected ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(50);
  }
}
