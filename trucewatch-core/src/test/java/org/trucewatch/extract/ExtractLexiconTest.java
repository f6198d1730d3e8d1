package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Token;
import org.trucewatch.nlp.Tokenizer;

class ExtractLexiconTest {

  private static final Lexicon LEXICON = Lexicon.load();
  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  private static List<String> values(String text, String category) {
    List<Token> tokens = TOKENIZER.tokenize(text, 0);
    return LEXICON.find(tokens, category).stream().map(Lexicon.Match::value).toList();
  }

  @Test
  void anExactEntryMatchesOnlyAsWritten() {
    // "storm" is a disaster; "stormed" is an assault and must not read as one
    assertThat(values("A storm hit the coast.", "mishap")).containsExactly("accident");
    assertThat(values("Troops stormed the village.", "mishap")).isEmpty();
    // "resume talks" is planned; "resumed talks" were held
    assertThat(values("They agreed to resume talks.", "notheld")).containsExactly("wished", "planned");
    assertThat(values("Negotiators resumed talks.", "notheld")).isEmpty();
  }

  @Test
  void anEntryWithoutTheFlagMatchesItsInflections() {
    assertThat(values("They shelled the town.", "attack")).containsExactly("shelling");
  }

  @Test
  void mishapsSayWhetherTheyAreEventsOrCausesOfDeath() {
    assertThat(values("An outbreak of cholera.", "mishap")).containsExactly("deaths", "deaths");
    assertThat(values("The roof collapsed.", "mishap")).containsExactly("collapse");
  }
}
