package org.trucewatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;
import org.trucewatch.nlp.Tokenizer;

/**
 * The actor trie finds a plain whole token's child of the root by the token's vocabulary id once asked: the matches
 * must be those of the folded word. Replayed on the shipped tables with seeded random sentences of the root's words
 * (in any case, some hyphenated or accented) and other words: tokens with their ids, asked twice, match as the same
 * tokens with no id (-1, looked up by string); and a phrase added after a sentence was matched is then found.
 */
class ActorFirstIdsTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);
  private static final String[] OTHER = {"the", "said", "of", "near", ",", ".", "Qorvel", "drone-unit", "Émile"};
  private static final String[] CONFLICTS = {null, "donbas", "sudan", "yemen"};

  private static List<Tsv.Row> rows(String name, int columns, String text) {
    return Tsv.read(name, new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        columns);
  }

  private static String show(Sentence s, List<List<Lexicon.Match>> found) {
    StringBuilder b = new StringBuilder();
    for (List<Lexicon.Match> at : found) {
      for (Lexicon.Match m : at) {
        b.append(s.span(m.start(), m.end())).append('=').append(m.lexeme()).append(';');
      }
    }
    return b.toString();
  }

  @Test
  void rootChildrenReadByIdMatchAsByTheFoldedWord() {
    Lexicon x = Lexicon.load(org.trucewatch.conflict.Profiles.shipped().all());
    List<String> words = new ArrayList<>(x.root.next.keySet());
    words.sort(null);
    assertThat(words).hasSizeGreaterThan(500);
    Random random = new Random(291);
    int matched = 0;
    for (int k = 0; k < 3_000; k++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(10);
      for (int i = 0; i < n; i++) {
        String w = random.nextInt(2) == 0 ? words.get(random.nextInt(words.size()))
            : OTHER[random.nextInt(OTHER.length)];
        if (random.nextInt(3) == 0 && !w.isEmpty()) {
          w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        text.append(w).append(' ');
      }
      String t = text.toString();
      List<Token> tokens = TOKENIZER.tokenize(t, 0);
      List<Token> noIds = new ArrayList<>();
      for (Token tok : tokens) {
        noIds.add(new Token(tok.start(), tok.end(), tok.text(), null, null, tok.lower(), -1));
      }
      Sentence withIds = new Sentence(0, 0, 0, t.length(), t, tokens);
      Sentence plain = new Sentence(0, 0, 0, t.length(), t, noIds);
      String conflict = CONFLICTS[random.nextInt(CONFLICTS.length)];
      String expected = show(plain, x.match(plain, conflict));
      assertThat(show(withIds, x.match(withIds, conflict))).as(t).isEqualTo(expected);
      assertThat(show(withIds, x.match(withIds, conflict))).as(t + " again").isEqualTo(expected);
      matched += expected.isEmpty() ? 0 : 1;
    }
    assertThat(matched).isGreaterThan(1_000);
  }

  @Test
  void aWordMatchedBeforeItStartsAPhraseIsFoundOnceItDoes() {
    Lexicon x = new Lexicon();
    x.loadKeys(rows("keys.tsv", 7, "BODY\tMOD\tGOVERNMENT\tMinistry of Defence\tMinister of Defence\tGOVMIL\t"
        + "ministry\n"));
    x.loadAgents(rows("agents.tsv", 3, "ministry\tMOD\t-\n"));
    // "military" has the shape of "ministry" (m, y, eight letters), so it is looked up, and found to start nothing
    String text = "The military met.";
    Sentence s = new Sentence(0, 0, 0, text.length(), text, TOKENIZER.tokenize(text, 0));
    assertThat(show(s, x.match(s, null))).isEmpty();
    x.loadAgents(rows("agents.tsv", 3, "military\tMOD\t-\n"));
    assertThat(show(s, x.match(s, null))).contains("military");
  }
}
