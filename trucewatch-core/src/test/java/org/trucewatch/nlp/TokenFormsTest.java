package org.trucewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer finds a token's text, lower case and ids from the characters of the text ({@link Vocabulary#form}):
 * replayed on seeded random texts (any case, curly apostrophes, accented, Turkish and Greek capitals, digits, marks),
 * every token must equal the token made from its text as a new string (lower-cased, its id looked up by string).
 */
class TokenFormsTest {

  private static final String[] PIECES = {"Shelling", "SHELLING", "shelling", "Gaza", "GAZA", "gaza", "İdlib",
      "ΣΟΥΔΑΝ", "Ödessa", "Kharkiv’s", "didn't", "don’t", "U.S.", "J.", "Dr.", "5,000", "12:05", "3rd", "we'll",
      "they’RE", "—", "...", "--", "(", ")", "\"", "“", "x", "Ab", "ab.", "Wounded.", "e-mail", "a@b.cd",
      "http://x.org/a", "Stepanakert-based", "naïve", "\u0301a", "ǅemal"};

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(25);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) == 0) { // a made-up word, mixed case
        int len = 1 + random.nextInt(9);
        for (int k = 0; k < len; k++) {
          char c = (char) ('a' + random.nextInt(26));
          b.append(random.nextInt(3) == 0 ? Character.toUpperCase(c) : c);
        }
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      b.append(random.nextInt(5) == 0 ? "" : random.nextInt(6) == 0 ? "\n" : " ");
    }
    return b.toString();
  }

  @Test
  void tokensEqualTheTokensOfTheirTextMadeAnew() {
    Tokenizer tokenizer = new Tokenizer(Abbreviations.ENGLISH_NEWS);
    Random random = new Random(3026);
    int tokens = 0;
    for (int k = 0; k < 4_000; k++) {
      String text = text(random);
      int offset = random.nextInt(100);
      for (Token t : tokenizer.tokenize(text, offset)) {
        String fresh = new String(text.substring(t.start() - offset, t.end() - offset)); // a new instance
        String lower = fresh.toLowerCase(Locale.ROOT);
        assertThat(t.text()).isEqualTo(fresh);
        assertThat(t.lower()).as(fresh).isEqualTo(lower);
        assertThat(t.id()).as(fresh).isEqualTo(Vocabulary.id(Vocabulary.key(lower)));
        assertThat(t.textId()).as(fresh).isEqualTo(Vocabulary.form(fresh).textId());
        assertThat(t.lemmaId()).isEqualTo(-1);
        assertThat(new Token(t.start(), t.end(), fresh)).isEqualTo(t);
        tokens++;
      }
    }
    assertThat(tokens).isGreaterThan(40_000);
  }

  @Test
  void eachTextInItsCaseKeepsOneFormAndItsLowerCasesId() {
    Random random = new Random(7);
    Map<String, Integer> textIds = new HashMap<>();
    Map<Integer, String> texts = new HashMap<>();
    for (int k = 0; k < 20_000; k++) { // more texts than the first table holds: read back after it grows
      StringBuilder b = new StringBuilder("Fq");
      int n = random.nextInt(5);
      for (int i = 0; i < n; i++) {
        char c = (char) ('a' + random.nextInt(5));
        b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      }
      String w = b.toString();
      String around = "<" + w + ">";
      Vocabulary.Form f = Vocabulary.form(around, 1, around.length() - 1);
      assertThat(f.text()).isEqualTo(w);
      assertThat(f.lower()).isEqualTo(w.toLowerCase(Locale.ROOT));
      assertThat(f.id()).isEqualTo(Vocabulary.id(w.toLowerCase(Locale.ROOT)));
      assertThat(f.hash()).isEqualTo(w.hashCode());
      assertThat(Vocabulary.form(new String(w))).isSameAs(f);
      Integer before = textIds.putIfAbsent(w, f.textId());
      assertThat(before == null ? f.textId() : before).as(w).isEqualTo(f.textId());
      String other = texts.putIfAbsent(f.textId(), w);
      assertThat(other == null ? w : other).as("text id " + f.textId()).isEqualTo(w);
    }
    assertThat(Vocabulary.form("GAZA").textId()).isNotEqualTo(Vocabulary.form("Gaza").textId());
    assertThat(Vocabulary.form("GAZA").id()).isEqualTo(Vocabulary.form("Gaza").id());
    assertThat(Vocabulary.form("gaza").lower()).isSameAs(Vocabulary.form("gaza").text()); // nothing to lower
  }

  @Test
  void aTaggedTokenKeepsItsTextIdsAndTakesItsLemmasId() {
    Token t = new Tokenizer(Abbreviations.ENGLISH_NEWS).tokenize("Shelled", 0).get(0);
    Token tagged = t.withTag("VERB", "shell");
    assertThat(tagged.textId()).isEqualTo(t.textId());
    assertThat(tagged.id()).isEqualTo(t.id());
    assertThat(tagged.lemmaId()).isEqualTo(Vocabulary.id("shell"));
    assertThat(t.withTag("NOUN", null).lemmaId()).isEqualTo(-1);
    assertThat(List.of(tagged)).containsExactly(new Token(0, 7, "Shelled", "VERB", "shell"));
  }
}
