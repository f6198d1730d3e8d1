package org.trucewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each distinct word keeps one id, tokens carry their form's id, and an id table reads back what was put. */
class VocabularyTest {

  @Test
  void aWordKeepsOneIdAndDistinctWordsGetDistinctOnes() {
    Random random = new Random(29);
    Map<String, Integer> seen = new HashMap<>();
    Map<Integer, String> byId = new HashMap<>();
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder("vq");
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        b.append((char) ('a' + random.nextInt(6)));
      }
      String w = b.toString();
      int id = Vocabulary.id(new String(w)); // another instance of the same text
      assertThat(id).isBetween(0, Vocabulary.LIMIT - 1);
      Integer before = seen.putIfAbsent(w, id);
      assertThat(before == null ? id : before).as(w).isEqualTo(id);
      String other = byId.putIfAbsent(id, w);
      assertThat(other == null ? w : other).as("id " + id).isEqualTo(w);
    }
  }

  @Test
  void aTokenCarriesTheIdOfItsPlainApostropheForm() {
    Token curly = new Token(0, 9, "Fighter’s");
    Token plain = new Token(0, 9, "fighter's");
    assertThat(Vocabulary.key("fighter’s")).isEqualTo("fighter's");
    assertThat(curly.id()).isEqualTo(plain.id()).isEqualTo(Vocabulary.id("fighter's"));
    assertThat(curly.withTag("NOUN", "fighter").id()).isEqualTo(curly.id());
    assertThat(new Token(0, 5, "Ridge").id()).isNotEqualTo(new Token(0, 6, "Ridges").id());
  }

  @Test
  void anIdTableReadsBackWhatWasPutOnEveryPage() {
    Vocabulary.IdTable table = new Vocabulary.IdTable();
    Random random = new Random(5);
    Map<Integer, Integer> put = new HashMap<>();
    for (int k = 0; k < 3_000; k++) {
      int id = random.nextInt(Vocabulary.LIMIT);
      int v = 1 + random.nextInt(1000);
      table.put(id, v);
      put.put(id, v);
    }
    for (int id = 0; id < Vocabulary.LIMIT; id += 7) {
      assertThat(table.get(id)).isEqualTo(put.getOrDefault(id, 0));
    }
    put.forEach((id, v) -> assertThat(table.get(id)).isEqualTo(v));
  }
}
