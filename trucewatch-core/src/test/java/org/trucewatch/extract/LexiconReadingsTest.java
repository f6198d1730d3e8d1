package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Token;
import org.trucewatch.nlp.Tokenizer;

/**
 * The lexicon's per-thread readings of tokens (by position, then by the token's form) and its per-category lists made
 * once: every answer must be the one a first reading of fresh tokens gives.
 */
class LexiconReadingsTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);
  private static final String[] CATEGORIES = {"attack", "speech", "casualty", "ceasefire", "number", "victim",
      "weapon_cue", "cfstatus", "outlet", "ongoing", "denial"};

  /**
   * The readings of {@code tokens} on another thread whose caches are emptied first (a thread's caches are dropped
   * when it asks another lexicon): the answers of a first reading, with nothing kept from other sentences.
   */
  private static List<String> cold(ExecutorService other, Lexicon wipe, Lexicon lexicon, List<Token> tokens,
      String category) throws Exception {
    return other.submit(() -> {
      wipe.any(tokens, category);
      return read(lexicon, tokens, category);
    }).get();
  }

  private static List<String> read(Lexicon lexicon, List<Token> tokens, String category) {
    List<String> out = new ArrayList<>();
    lexicon.find(tokens, category).forEach(m -> out.add(m.from() + "-" + m.to() + ":" + m.value()));
    out.add("any=" + lexicon.any(tokens, category));
    for (int i = 0; i < tokens.size(); i++) {
      Lexicon.Entry e = lexicon.at(tokens, i, category);
      out.add(e == null ? "-" : e.value() + "/" + e.words().length);
    }
    return out;
  }

  @Test
  void seededRandomSentencesAskedInTurnReadAsFreshTokens() throws Exception {
    Lexicon lexicon = Lexicon.load();
    Lexicon wipe = Lexicon.load();
    ExecutorService other = Executors.newSingleThreadExecutor();
    List<String> words = new ArrayList<>();
    for (String c : CATEGORIES) {
      lexicon.phrases(c).forEach(p -> words.addAll(List.of(p.split(" "))));
    }
    for (int i = 0; i < 3000; i++) { // many distinct forms: their hashes share slots of the table by form
      words.add("w" + Integer.toString(i, 36));
    }
    Random random = new Random(17);
    List<List<Token>> sentences = new ArrayList<>();
    for (int s = 0; s < 60; s++) {
      StringBuilder text = new StringBuilder();
      int n = 3 + random.nextInt(40);
      for (int k = 0; k < n; k++) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      sentences.add(TOKENIZER.tokenize(text.toString(), 0));
    }
    for (int round = 0; round < 2000; round++) {
      List<Token> tokens = sentences.get(random.nextInt(sentences.size()));
      if (random.nextBoolean() && tokens.size() > 2) { // the finders also ask sub-lists
        int from = random.nextInt(tokens.size() - 1);
        tokens = tokens.subList(from, from + 1 + random.nextInt(tokens.size() - from - 1));
      }
      String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      assertThat(read(lexicon, tokens, category)).as("round %d, %s", round, category)
          .isEqualTo(cold(other, wipe, lexicon, tokens, category));
    }
    other.shutdown();
  }

  @Test
  void theListsOfACategoryAreMadeOnceAndAreThoseOfTheResource() {
    Lexicon lexicon = Lexicon.load();
    Lexicon other = Lexicon.load();
    assertThat(lexicon.phrases("outlet")).isSameAs(lexicon.phrases("outlet")).isNotEmpty();
    assertThat(lexicon.entries("attack")).isSameAs(lexicon.entries("attack"));
    for (String c : CATEGORIES) {
      other.entries(c); // made before its phrases in one, after in the other: the same lists
      assertThat(lexicon.phrases(c)).isEqualTo(other.phrases(c));
      assertThat(lexicon.entries(c)).hasSameSizeAs(other.entries(c));
    }
    assertThat(lexicon.phrases("no such category")).isEmpty();
  }
}
