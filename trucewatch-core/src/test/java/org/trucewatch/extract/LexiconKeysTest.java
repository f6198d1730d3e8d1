package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Token;
import org.trucewatch.nlp.Tokenizer;

/** The lexicon keeps the keys of the tokens last asked by position: another sentence must never read stale ones. */
class LexiconKeysTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  private static List<Token> tokens(String text) {
    return TOKENIZER.tokenize(text, 0);
  }

  private static List<String> values(Lexicon lexicon, List<Token> tokens, String category) {
    return lexicon.find(tokens, category).stream().map(m -> m.from() + "-" + m.to() + ":" + m.value()).toList();
  }

  @Test
  void aSentenceAskedAfterAnotherReadsItsOwnTokens() {
    Lexicon lexicon = Lexicon.load();
    List<Token> first = tokens("Troops used artillery fire near the town.");
    List<Token> second = tokens("Troops used mortar fire near the town.");
    List<Token> third = tokens("Troops used mortar near the town.");
    assertThat(values(lexicon, first, "attack")).contains("2-4:shelling");
    assertThat(values(lexicon, second, "attack")).contains("2-4:shelling");
    assertThat(values(lexicon, third, "attack")).doesNotContain("2-4:shelling");
    assertThat(values(lexicon, first, "attack")).contains("2-4:shelling");
  }

  @Test
  void twoLexiconsOnOneThreadKeepTheirOwnEntries() {
    Lexicon a = Lexicon.load();
    Lexicon b = secondCopy(); // load() gives one shared instance: a second lexicon is read apart
    assertThat(b).isNotSameAs(a);
    assertThat(Lexicon.load()).isSameAs(a);
    List<Token> t = tokens("Artillery fire hit the village.");
    List<String> fromA = values(a, t, "attack");
    assertThat(values(b, t, "attack")).isEqualTo(fromA);
    assertThat(a.find(t, "attack").get(0).entry()).isNotSameAs(b.find(t, "attack").get(0).entry());
    assertThat(a.find(t, "no such category")).isEmpty();
    assertThat(a.any(t, "attack")).isTrue();
    assertThat(a.anyFirstWord(t, new String[] {"attack"})).isTrue();
    assertThat(a.anyFirstWord(tokens("The weather was fine."), new String[] {"attack"})).isFalse();
  }

  private static Lexicon secondCopy() {
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
        Lexicon.class.getResourceAsStream("lexicon.tsv"), java.nio.charset.StandardCharsets.UTF_8))) {
      return Lexicon.read(r);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aLongerSentenceThanAnyBefore() {
    Lexicon lexicon = Lexicon.load();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("word ");
    }
    sb.append("artillery fire");
    List<Token> t = tokens(sb.toString());
    assertThat(values(lexicon, t, "attack")).containsExactly("200-202:shelling");
  }
}
