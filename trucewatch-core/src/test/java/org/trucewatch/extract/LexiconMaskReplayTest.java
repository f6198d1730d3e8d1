package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Token;

/**
 * A sentence's reading answers "does any token start an entry of this category" from the category bits of each first
 * word's row, made once when the lexicon is loaded. Pinned with seeded random sentences of the shipped lexicon's first
 * words (in any case) and other words: for every category the reading's bits (an immutable list, as a sentence's
 * tokens are) answer as the rows looked up token by token (a mutable list, which is never read as a whole).
 */
class LexiconMaskReplayTest {

  private static final String[] CATEGORIES = {"accord", "action", "aircraft", "allegiance", "anaphor", "appeal",
      "attack", "blame", "casualty", "ceasefire", "cfstatus", "damage", "denial", "number", "outlet", "pausenoun",
      "qualifier", "speech", "support", "talks", "talksverb", "threat", "victim", "war", "warend", "weapon_cue",
      "tollfate", "tollrank", "warstart", "nearby", "modal", "motion", "hittarget", "mishap"};
  private static final String[] OTHER = {"the", "qzx", "Monday", "river", "of", ",", ".", "Mill", "said’s", "x"};

  @Test
  void theReadingsBitsAnswerAsTheRowsDo() {
    Lexicon lexicon = Lexicon.load();
    List<String> firsts = new ArrayList<>();
    for (String c : CATEGORIES) {
      for (Lexicon.Entry e : lexicon.entries(c)) {
        firsts.add(e.words()[0]);
      }
    }
    assertThat(firsts).hasSizeGreaterThan(200);
    Random random = new Random(2812);
    int agreedTrue = 0;
    for (int k = 0; k < 3_000; k++) {
      int n = 1 + random.nextInt(25);
      List<Token> tokens = new ArrayList<>();
      int at = 0;
      for (int i = 0; i < n; i++) {
        String w = random.nextInt(4) == 0 ? firsts.get(random.nextInt(firsts.size()))
            : OTHER[random.nextInt(OTHER.length)];
        if (random.nextInt(5) == 0) {
          w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        tokens.add(new Token(at, at + w.length(), w));
        at += w.length() + 1;
      }
      List<Token> sentence = List.copyOf(tokens);
      for (String c : CATEGORIES) {
        boolean byBits = lexicon.anyFirstWord(sentence, new String[] {c});
        boolean byRows = lexicon.anyFirstWord(new ArrayList<>(tokens), new String[] {c});
        assertThat(byBits).as(c + " in " + tokens).isEqualTo(byRows);
        agreedTrue += byBits ? 1 : 0;
      }
    }
    assertThat(agreedTrue).isGreaterThan(1_000);
  }
}
