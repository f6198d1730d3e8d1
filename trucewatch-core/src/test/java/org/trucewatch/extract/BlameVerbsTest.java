package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Tokenizer;

/**
 * The blaming verbs are the lexicon's category blame: each written once, its inflections matched; a row whose
 * value is not a place the blamed side stands is refused when the lexicon is read into Blames.
 */
class BlameVerbsTest {

  private static final Lexicon LEXICON = Lexicon.load();
  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  private static List<String> values(String text) {
    return LEXICON.find(TOKENIZER.tokenize(text, 0), "blame").stream().map(Lexicon.Match::value).toList();
  }

  @Test
  void theVerbsAndTheirFormsAreTheLexiconsBlameCategory() {
    assertThat(values("Officials blamed the raid on the militia.")).containsExactly("on");
    assertThat(values("The army pinned the ambush on rebels.")).containsExactly("on");
    assertThat(values("He ascribed the blast to the insurgents.")).containsExactly("to");
    assertThat(values("Kyiv holds the separatists responsible.")).containsExactly("responsible");
    assertThat(values("Aid workers pointed fingers at the gunmen.")).containsExactly("at");
  }

  @Test
  void aBlameRowWithAnUnknownValueIsRefused() {
    Lexicon bad = Lexicon.read(new BufferedReader(new StringReader("blame\tblame\tunder\n")));
    Sides none0 = Sides.none(java.util.Map.of());
    assertThatThrownBy(() -> new Blames(bad, none0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("blame");
    Lexicon none = Lexicon.read(new BufferedReader(new StringReader("attack\tshell\tshelling\n")));
    assertThatThrownBy(() -> new Blames(none, none0)).isInstanceOf(IllegalStateException.class);
  }
}
