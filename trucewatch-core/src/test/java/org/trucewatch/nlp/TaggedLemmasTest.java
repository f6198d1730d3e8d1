package org.trucewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger keeps each word's lemma by tag with the word: every token's lemma must be {@link Lemmas#lemma} of its
 * text as written and its tag, the same word told again under another tag, or with a curly quote, included.
 */
class TaggedLemmasTest {

  private static final OpenNlpPosTagger TAGGER = OpenNlpPosTagger.english();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

  private static List<Token> tagged(String text) {
    List<Sentence> ss = new ArrayList<>();
    SPLITTER.split(text, 0, text.length(), 0, ss);
    List<Token> out = new ArrayList<>();
    for (Sentence s : ss) {
      out.addAll(TAGGER.tag(s).tokens());
    }
    return out;
  }

  private static void assertLemmasAsWritten(String text) {
    for (Token t : tagged(text)) {
      assertThat(t.tag()).as(t.text()).isNotNull();
      assertThat(t.lemma()).as(t.text() + "/" + t.tag()).isEqualTo(Lemmas.lemma(t.text(), t.tag()));
    }
  }

  @Test
  void aWordToldAsANounAndThenAsAVerbHasEachTagsLemma() {
    String text = "The raids hit two depots. Jets raids the hills rarely, but the shelling shelled the bridge. "
        + "Gunners were shelling roads while the raids went on.";
    for (int round = 0; round < 3; round++) { // again: the lemmas now come from the words' kept rows
      assertLemmasAsWritten(text);
    }
    List<Token> tokens = tagged(text);
    assertThat(tokens).filteredOn(t -> t.text().equals("shelled")).extracting(Token::lemma).containsOnly("shell");
  }

  @Test
  void aWordWithACurlyQuoteIsLemmatisedAsWritten() {
    String text = "The militia’s fighters didn’t retreat. The militia's fighters didn't retreat. "
        + "“They’re gone,” a resident said of the fighters’ trucks.";
    for (int round = 0; round < 3; round++) {
      assertLemmasAsWritten(text);
    }
  }
}
