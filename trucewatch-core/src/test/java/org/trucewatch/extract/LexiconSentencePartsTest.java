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
 * A part of the sentence read last ({@code tokens.subList(from, to)}, or a mutable list of a run of its tokens) is
 * answered from that sentence's reading: every answer must be the one a copy of fresh tokens (new form strings, so
 * read token by token) gives, matches ending within the part.
 */
class LexiconSentencePartsTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);
  private static final String[] CATEGORIES = {"attack", "speech", "casualty", "ceasefire", "denial", "talks",
      "cfstatus", "claimnoun", "speakerhead", "deniedpart", "victim", "outlet"};

  private static List<String> read(Lexicon lexicon, List<Token> tokens, String category) {
    List<String> out = new ArrayList<>();
    lexicon.find(tokens, category).forEach(m -> out.add(m.from() + "-" + m.to() + ":" + m.value()));
    out.add("any=" + lexicon.any(tokens, category));
    out.add("first=" + lexicon.anyFirstWord(tokens, new String[] {category}));
    for (int i = 0; i < tokens.size(); i++) {
      Lexicon.Entry e = lexicon.at(tokens, i, category);
      out.add(e == null ? "-" : e.value() + "/" + e.words().length);
    }
    return out;
  }

  /** The tokens again with new strings: no reading of another list has their forms. */
  private static List<Token> fresh(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      out.add(new Token(t.start(), t.end(), new String(t.text()), t.tag(), t.lemma()));
    }
    return out;
  }

  @Test
  void partsOfTheSentenceReadLastReadAsFreshCopies() {
    Lexicon lexicon = Lexicon.load();
    Random random = new Random(57);
    List<String> words = new ArrayList<>(List.of("the", "of", "a", "on", "in", "said", "not", "Friday", ",", "."));
    for (String c : CATEGORIES) {
      lexicon.phrases(c).forEach(p -> words.addAll(List.of(p.split(" "))));
    }
    for (int round = 0; round < 4000; round++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(25);
      for (int k = 0; k < n; k++) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      List<Token> sentence = List.copyOf(TOKENIZER.tokenize(text.toString(), 0));
      if (sentence.isEmpty()) {
        continue;
      }
      String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      lexicon.any(sentence, category); // the sentence read first, as a finder reads its sentence
      int from = random.nextInt(sentence.size());
      int to = from + 1 + random.nextInt(sentence.size() - from);
      List<Token> part = random.nextBoolean() ? sentence.subList(from, to)
          : new ArrayList<>(sentence.subList(from, to));
      List<String> expected = read(lexicon, fresh(part), category);
      lexicon.any(sentence, category);
      assertThat(read(lexicon, part, category)).as("round %d, %s, %s [%d, %d)", round, category, text, from, to)
          .isEqualTo(expected);
    }
  }

  @Test
  void aPhraseCutByThePartsEndIsNotFound() {
    Lexicon lexicon = Lexicon.load();
    List<Token> sentence = List.copyOf(TOKENIZER.tokenize(
        "The spokesman said a drone strike hit the convoy near the bridge on Friday.", 0));
    int drone = 0;
    while (!sentence.get(drone).text().equals("drone")) {
      drone++;
    }
    lexicon.any(sentence, "attack");
    // "drone" without "strike": what a fresh copy of those tokens reads, not the sentence's "drone strike"
    List<Token> cut = sentence.subList(drone - 2, drone + 1);
    assertThat(read(lexicon, cut, "attack")).isEqualTo(read(lexicon, fresh(cut), "attack"));
    assertThat(lexicon.find(cut, "attack")).noneMatch(m -> m.to() - m.from() == 2);
    lexicon.any(sentence, "attack");
    List<Token> whole = sentence.subList(drone - 2, drone + 2);
    assertThat(read(lexicon, whole, "attack")).isEqualTo(read(lexicon, fresh(whole), "attack"));
    assertThat(lexicon.find(whole, "attack")).extracting(m -> m.from() + "-" + m.to()).contains("2-4");
  }

  @Test
  void aPartOfAnotherSentenceWithTheSameWordsIsReadAsItsOwn() {
    Lexicon lexicon = Lexicon.load();
    List<Token> first = List.copyOf(TOKENIZER.tokenize("Militants denied the claim and called it baseless.", 0));
    List<Token> second = List.copyOf(TOKENIZER.tokenize("Militants denied the claim and called it baseless.", 0));
    lexicon.any(first, "denial");
    // the second sentence's tokens have their own strings: read token by token, the same answers
    List<Token> part = second.subList(1, second.size());
    assertThat(read(lexicon, part, "denial")).isEqualTo(read(lexicon, fresh(part), "denial"));
    assertThat(lexicon.any(part, "denial")).isTrue();
  }
}
