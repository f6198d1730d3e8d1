package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Token;

/**
 * The lexicon finds a token's first-word row by the token's vocabulary id once that id was asked: the answers must be
 * those of the token's lower-case form. Replayed with seeded random sentences of the shipped lexicon's first words (in
 * any case, some with a typographic apostrophe) and other words, each read twice by tokens that carry their ids and
 * once by the same tokens with no id (-1, looked up by string), for every category.
 */
class LexiconIdReplayTest {

  private static final String[] CATEGORIES = {"accord", "action", "aircraft", "attack", "blame", "casualty",
      "ceasefire", "damage", "denial", "number", "speech", "talks", "threat", "victim", "war", "weapon_cue",
      "tollfate", "warstart", "nearby", "modal", "hittarget"};
  private static final String[] OTHER = {"the", "qzx", "Tuesday", "hill", "of", ",", ".", "Depot", "army’s", "y"};

  @Test
  void rowsReadByIdAnswerAsRowsReadByTheForm() {
    Lexicon lexicon = Lexicon.load();
    List<String> firsts = new ArrayList<>();
    for (String c : CATEGORIES) {
      for (Lexicon.Entry e : lexicon.entries(c)) {
        firsts.add(String.join(" ", e.words()));
      }
    }
    assertThat(firsts).hasSizeGreaterThan(200);
    Random random = new Random(2929);
    int found = 0;
    for (int k = 0; k < 1_500; k++) {
      List<Token> withIds = new ArrayList<>();
      List<Token> noIds = new ArrayList<>();
      int at = 0;
      int n = 1 + random.nextInt(8);
      for (int p = 0; p < n; p++) {
        String phrase = random.nextInt(2) == 0 ? firsts.get(random.nextInt(firsts.size()))
            : OTHER[random.nextInt(OTHER.length)];
        for (String w : phrase.split(" ")) {
          if (random.nextInt(5) == 0) {
            w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
          }
          if (random.nextInt(6) == 0) {
            w = w.replace('\'', '’');
          }
          Token t = new Token(at, at + w.length(), w);
          withIds.add(t);
          noIds.add(new Token(t.start(), t.end(), t.text(), null, null, t.lower(), -1));
          at += w.length() + 1;
        }
      }
      List<Token> sentence = List.copyOf(withIds);
      List<Token> plain = List.copyOf(noIds);
      for (String c : CATEGORIES) {
        String expected = show(lexicon.find(plain, c));
        assertThat(show(lexicon.find(sentence, c))).as(c + " in " + plain).isEqualTo(expected);
        assertThat(show(lexicon.find(new ArrayList<>(withIds), c))).as(c + " again").isEqualTo(expected);
        for (int i = 0; i < sentence.size(); i++) {
          Lexicon.Entry byForm = lexicon.at(new ArrayList<>(noIds), i, c);
          assertThat(lexicon.at(sentence, i, c)).as(c + " at " + i).isSameAs(byForm);
        }
        found += expected.isEmpty() ? 0 : 1;
      }
    }
    assertThat(found).isGreaterThan(1_000);
  }

  private static String show(List<Lexicon.Match> matches) {
    StringBuilder b = new StringBuilder();
    for (Lexicon.Match m : matches) {
      b.append(m.from()).append('-').append(m.to()).append(' ').append(m.value()).append(';');
    }
    return b.toString();
  }
}
