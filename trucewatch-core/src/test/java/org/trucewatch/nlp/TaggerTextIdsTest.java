package org.trucewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tagger finds a token's word by its text id, and a lemma's vocabulary id kept by word and tag: replayed on
 * seeded random sentences (capitalised, upper-case and lower-case words, curly quotes), each tagged twice, the tags
 * and lemmas must be those of the same tokens without text ids, and each lemma id the id of its lemma's string.
 */
class TaggerTextIdsTest {

  private static final OpenNlpPosTagger TAGGER = OpenNlpPosTagger.english();
  private static final String[] WORDS = {"Forces", "forces", "FORCES", "shelled", "Shelled", "the", "The", "village",
      "Village", "near", "Kharkiv", "killed", "two", "civilians", "’s", "'s", "“", "”", "\"", "said", "Said", "a",
      "drone", "Drone", "hit", "attacks", "were", "reported", ",", ".", "ceasefire", "Ceasefire", "don’t", "didn't",
      "Wounded", "wounded", "troops", "Troops", "fighting", "Fighting", "on", "Monday"};

  private static Sentence sentence(List<Token> tokens) {
    Token last = tokens.get(tokens.size() - 1);
    return new Sentence(0, 0, 0, last.end(), "", tokens);
  }

  @Test
  void tagsAndLemmasByTextIdAreThoseByString() {
    assertThat(TAGGER.fast()).isTrue();
    Random random = new Random(3030);
    int withIds = 0;
    for (int k = 0; k < 3_000; k++) {
      int n = 1 + random.nextInt(18);
      List<Token> byForm = new ArrayList<>();
      List<Token> byString = new ArrayList<>();
      int at = 0;
      for (int i = 0; i < n; i++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        Token t = Token.of(at, at + w.length(), " " + w, 1, w.length() + 1);
        byForm.add(t);
        String fresh = new String(w);
        byString.add(new Token(at, at + w.length(), fresh, null, null, fresh.toLowerCase(Locale.ROOT)));
        at += w.length() + 1;
        withIds += t.textId() >= 0 ? 1 : 0;
      }
      List<Token> expected = TAGGER.tag(sentence(byString)).tokens();
      for (int round = 0; round < 2; round++) {
        List<Token> got = TAGGER.tag(sentence(byForm)).tokens();
        for (int i = 0; i < n; i++) {
          Token g = got.get(i);
          Token e = expected.get(i);
          assertThat(g.tag()).as(byForm + " " + i).isEqualTo(e.tag());
          assertThat(g.lemma()).as(byForm + " " + i).isEqualTo(e.lemma());
          assertThat(g.lemmaId()).isEqualTo(Vocabulary.id(g.lemma())).isEqualTo(e.lemmaId());
          assertThat(g.textId()).isEqualTo(byForm.get(i).textId());
        }
      }
    }
    assertThat(withIds).isGreaterThan(10_000);
  }
}
