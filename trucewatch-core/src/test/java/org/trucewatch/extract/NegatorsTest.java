package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Token;
import org.trucewatch.nlp.Tokenizer;

/** The negators are the lexicon's one list: a verb's and a noun's, as written (not "note", not "nothing"). */
class NegatorsTest {

  private static final Lexicon LEXICON = Lexicon.load();
  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  private static int index(List<Token> tokens, String word) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).text().equals(word)) {
        return k;
      }
    }
    throw new AssertionError(word);
  }

  @Test
  void aVerbsNegatorIsNotANounsNegator() {
    List<Token> t = TOKENIZER.tokenize("The unit didn't fire and never moved; no shells fell and nobody claimed it.", 0);
    assertThat(Negators.ofVerb(LEXICON, t, index(t, "n't"))).isTrue();
    assertThat(Negators.ofVerb(LEXICON, t, index(t, "never"))).isTrue();
    assertThat(Negators.ofVerb(LEXICON, t, index(t, "no"))).isFalse();
    assertThat(Negators.ofVerb(LEXICON, t, index(t, "fire"))).isFalse();
    int claimed = index(t, "claimed");
    assertThat(Negators.within(LEXICON, t, claimed - 1, claimed)).isTrue();
  }

  @Test
  void wordsThatOnlyBeginLikeANegatorNegateNothing() {
    List<Token> t = TOKENIZER.tokenize("Nothing in the note said the shelling was over.", 0);
    assertThat(Negators.within(LEXICON, t, -3, t.size() + 3)).isFalse();
  }
}
