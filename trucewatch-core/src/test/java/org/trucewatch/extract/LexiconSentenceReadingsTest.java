package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Token;
import org.trucewatch.nlp.Tokenizer;

/**
 * The lexicon's whole readings of immutable token lists (a sentence's, kept by the list's identity, with a mask of the
 * categories its tokens start): every answer must be the one the token-by-token reading of a mutable copy gives.
 */
class LexiconSentenceReadingsTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);
  private static final String[] CATEGORIES = {"attack", "speech", "casualty", "ceasefire", "number", "victim",
      "weapon_cue", "cfstatus", "outlet", "ongoing", "denial", "talks", "war", "cfcue", "notheld"};

  private static List<String> read(Lexicon lexicon, List<Token> tokens, String category) {
    List<String> out = new ArrayList<>();
    lexicon.find(tokens, category).forEach(m -> out.add(m.from() + "-" + m.to() + ":" + m.value()));
    out.add("any=" + lexicon.any(tokens, category));
    out.add("first=" + lexicon.anyFirstWord(tokens, new String[] {category, "damage"}));
    for (int i = 0; i < tokens.size(); i++) {
      Lexicon.Entry e = lexicon.at(tokens, i, category);
      out.add(e == null ? "-" : e.value() + "/" + e.words().length);
    }
    return out;
  }

  /** Random sentences of lexicon words, made-up words and small words, as the sentence splitter holds them. */
  private static List<List<Token>> sentences(Lexicon lexicon, Random random, int count) {
    List<String> words = new ArrayList<>(List.of("the", "of", "a", "on", "in", "by", "said", "two", "Monday", ","));
    for (String c : CATEGORIES) {
      lexicon.phrases(c).forEach(p -> words.addAll(List.of(p.split(" "))));
    }
    for (int i = 0; i < 500; i++) {
      words.add("q" + Integer.toString(i, 36));
    }
    List<List<Token>> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(30); // some empty
      for (int k = 0; k < n; k++) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      out.add(List.copyOf(TOKENIZER.tokenize(text.toString(), 0)));
    }
    return out;
  }

  @Test
  void immutableSentencesAskedInTurnReadAsTheirMutableCopies() {
    Lexicon lexicon = Lexicon.load();
    Random random = new Random(23);
    // more sentences than the readings' table holds, so sentences share its slots and are read again
    List<List<Token>> sentences = sentences(lexicon, random, 700);
    for (int round = 0; round < 6000; round++) {
      List<Token> tokens = sentences.get(random.nextInt(sentences.size()));
      if (random.nextInt(4) == 0 && tokens.size() > 2) { // the finders also ask sub-lists (not kept by identity)
        int from = random.nextInt(tokens.size() - 1);
        tokens = tokens.subList(from, from + 1 + random.nextInt(tokens.size() - from - 1));
      }
      String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      assertThat(read(lexicon, tokens, category)).as("round %d, %s", round, category)
          .isEqualTo(read(lexicon, new ArrayList<>(tokens), category));
    }
  }

  @Test
  void aReadingBelongsToItsLexicon() {
    Lexicon lexicon = Lexicon.load();
    Lexicon other = Lexicon.load();
    List<Token> tokens = List.copyOf(TOKENIZER.tokenize("Troops shelled the village; officials called the report baseless.", 0));
    // one list asked by two lexicons in turn: each answers from its own rows (the same resource, the same answers)
    for (String c : CATEGORIES) {
      assertThat(read(lexicon, tokens, c)).isEqualTo(read(other, tokens, c))
          .isEqualTo(read(lexicon, new ArrayList<>(tokens), c));
    }
    assertThat(lexicon.find(tokens, "attack")).extracting(Lexicon.Match::from).containsExactly(1);
    assertThat(lexicon.any(tokens, "denial")).isTrue();
    assertThat(lexicon.any(tokens, "ceasefire")).isFalse();
  }

  @Test
  void taggedCopiesShareTheirSentencesReadingAndOthersDoNot() {
    Lexicon lexicon = Lexicon.load();
    Random random = new Random(41);
    List<List<Token>> sentences = sentences(lexicon, random, 400);
    List<Token> others = TOKENIZER.tokenize("shelled ceasefire said q1 killed talks truce", 0);
    for (int round = 0; round < 3000; round++) {
      List<Token> sentence = sentences.get(random.nextInt(sentences.size()));
      if (sentence.isEmpty()) {
        continue;
      }
      lexicon.any(sentence, "attack"); // the untagged sentence read first, as the extractor's first pass does
      List<Token> copy = new ArrayList<>();
      for (Token t : sentence) { // a tagged copy: the very form strings, so the untagged reading is taken
        copy.add(t.withTag(random.nextBoolean() ? "NOUN" : "VERB", null));
      }
      if (random.nextBoolean() && sentence.size() > 1) {
        // the same first form, another word later: its rows must be its own, not the sentence's
        int k = 1 + random.nextInt(sentence.size() - 1);
        Token other = others.get(random.nextInt(others.size()));
        copy.set(k, new Token(copy.get(k).start(), copy.get(k).end(), other.text(), "NOUN", null));
      }
      List<Token> tagged = List.copyOf(copy);
      String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      assertThat(read(lexicon, tagged, category)).as("round %d, %s", round, category)
          .isEqualTo(read(lexicon, new ArrayList<>(tagged), category));
    }
  }
}
