package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Token;
import org.trucewatch.nlp.Tokenizer;

/**
 * A lexicon of more than 64 categories: a sentence's reading keeps a bit per category past the first 64 too, and a
 * category's bit past 63 is not taken for the bit 64 below it.
 */
class LexiconManyCategoriesTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  /** Categories k00 to k69 (sorted, so k69 has id 69), each with a word of its own: quern00, quern01, ... */
  private static Lexicon seventy() {
    StringBuilder tsv = new StringBuilder("# seventy categories\n");
    for (int c = 0; c < 70; c++) {
      tsv.append(String.format("k%02d\tquern%02d\tv%02d%n", c, c, c));
    }
    tsv.append("k69\tgrey heron\tbird\n");
    return Lexicon.read(new BufferedReader(new StringReader(tsv.toString())));
  }

  // an immutable list, as a sentence's tokens are: the lexicon reads it once and answers from its bits
  private static List<Token> sentence(String text) {
    return List.copyOf(TOKENIZER.tokenize(text, 0));
  }

  @Test
  void findsAWordOfTheSeventiethCategory() {
    Lexicon lexicon = seventy();
    List<Token> tokens = sentence("Late on Monday a grey heron flew over quern69 and the river.");
    assertThat(lexicon.find(tokens, "k69")).extracting(Lexicon.Match::value).containsExactly("bird", "v69");
    assertThat(lexicon.any(tokens, "k69")).isTrue();
    assertThat(lexicon.anyFirstWord(tokens, new String[] {"k69"})).isTrue();
    assertThat(lexicon.at(tokens, 8, "k69").value()).isEqualTo("v69");
  }

  @Test
  void aBitPastSixtyThreeIsNotTheBitSixtyFourBelow() {
    Lexicon lexicon = seventy();
    // quern66 (id 66) shares its low six bits with id 2; quern03 (id 3) with id 67
    List<Token> tokens = sentence("The mill kept a quern66 and a quern03 by the door.");
    assertThat(lexicon.anyFirstWord(tokens, new String[] {"k02"})).isFalse();
    assertThat(lexicon.anyFirstWord(tokens, new String[] {"k67"})).isFalse();
    assertThat(lexicon.anyFirstWord(tokens, new String[] {"k66", "k67"})).isTrue();
    assertThat(lexicon.find(tokens, "k66")).extracting(Lexicon.Match::value).containsExactly("v66");
    assertThat(lexicon.find(tokens, "k03")).extracting(Lexicon.Match::value).containsExactly("v03");
    assertThat(lexicon.find(tokens, "k02")).isEmpty();
  }

  @Test
  void aTaggedCopyOfTheSentenceKeepsTheBitsPastSixtyThree() {
    Lexicon lexicon = seventy();
    List<Token> tokens = sentence("At dawn a grey heron stood by quern68 near the weir.");
    assertThat(lexicon.any(tokens, "k68")).isTrue(); // the untagged sentence read first, as the extractor does
    List<Token> copy = new java.util.ArrayList<>();
    for (Token t : tokens) { // the very form strings, so the copy shares the sentence's reading
      copy.add(t.withTag("NOUN", null));
    }
    List<Token> tagged = List.copyOf(copy);
    assertThat(lexicon.any(tagged, "k68")).isTrue();
    assertThat(lexicon.find(tagged, "k69")).extracting(Lexicon.Match::value).containsExactly("bird");
    assertThat(lexicon.any(tagged, "k67")).isFalse();
  }
}
