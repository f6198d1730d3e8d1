package org.trucewatch.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The per-thread rows of a {@link MemoInput} answer every word, lemma and tag test as its regular expression does:
 * seeded random sentences and tests, memos made after the rows, and a table that overflows its bound.
 */
class MemoInputTest {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE; // as RuleParser compiles
  private static final String[] TAGS = {"NOUN", "VERB", "ADJ", "ADP", "PROPN", "NUM", null};

  private static String word(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = 1 + r.nextInt(4); k > 0; k--) {
      b.append("abcdeS1".charAt(r.nextInt(7)));
    }
    return b.toString();
  }

  private static Pattern pattern(Random r) {
    return Pattern.compile(switch (r.nextInt(5)) {
      case 0 -> word(r) + "|" + word(r) + "|" + word(r);
      case 1 -> "[" + word(r) + "]+";
      case 2 -> word(r) + ".*";
      case 3 -> "NOUN|PROPN|" + word(r);
      default -> ".?" + word(r) + "(s|ed)?";
    }, FLAGS);
  }

  private static WordsInput sentence(Random r, List<String> vocabulary) {
    int n = 1 + r.nextInt(12);
    String[] w = new String[n];
    String[] l = new String[n];
    String[] t = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = new String(vocabulary.get(r.nextInt(vocabulary.size())));
      l[i] = r.nextBoolean() ? w[i] : new String(vocabulary.get(r.nextInt(vocabulary.size())));
      String tag = TAGS[r.nextInt(TAGS.length)];
      t[i] = tag == null ? null : new String(tag);
    }
    return new WordsInput(w, l, t);
  }

  private static boolean expected(Pattern p, String s) {
    return s != null && p.matcher(s).matches();
  }

  @Test
  void answersAsThePatternsOnRandomSentences() {
    Random r = new Random(18);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      vocabulary.add(word(r));
    }
    List<Pattern> patterns = new ArrayList<>();
    List<MatchMemo> memos = new ArrayList<>();
    for (int round = 0; round < 400; round++) {
      if (round % 40 == 0) { // memos made after rows exist: their bits lie beyond the rows' arrays
        for (int k = 0; k < 8; k++) {
          Pattern p = pattern(r);
          patterns.add(p);
          memos.add(r.nextBoolean() ? MatchMemo.of(p) : new MatchMemo(p));
        }
      }
      WordsInput plain = sentence(r, vocabulary);
      MemoInput in = new MemoInput(plain);
      for (int q = 0; q < 150; q++) {
        int m = r.nextInt(memos.size());
        int i = r.nextInt(in.size());
        Pattern p = patterns.get(m);
        MatchMemo memo = memos.get(m);
        String at = "round " + round + " /" + p.pattern() + "/ token " + i;
        switch (r.nextInt(3)) {
          case 0 -> {
            assertEquals(expected(p, plain.word(i)), memo.word(in, i), at + " word " + plain.word(i));
            assertEquals(expected(p, plain.word(i)), memo.word(plain, i), at + " plain word " + plain.word(i));
          }
          case 1 -> {
            assertEquals(expected(p, plain.lemma(i)), memo.lemma(in, i), at + " lemma " + plain.lemma(i));
            assertEquals(expected(p, plain.lemma(i)), memo.lemma(plain, i), at + " plain lemma " + plain.lemma(i));
          }
          default -> {
            assertEquals(expected(p, plain.tag(i)), memo.tag(in, i), at + " tag " + plain.tag(i));
            assertEquals(expected(p, plain.tag(i)), memo.tag(plain, i), at + " plain tag " + plain.tag(i));
          }
        }
      }
    }
  }

  @Test
  void theTableStaysBoundedAndRight() {
    Pattern p = Pattern.compile("[0-9]*7", FLAGS);
    MatchMemo memo = new MatchMemo(p);
    for (int k = 0; k < MemoInput.LIMIT + 500; k += 4) {
      String[] w = {"w" + k, String.valueOf(k + 1), String.valueOf(k + 2), String.valueOf(k + 3)};
      MemoInput in = new MemoInput(new WordsInput(w, w, new String[4]));
      for (int i = 0; i < 4; i++) {
        assertEquals(expected(p, w[i]), memo.word(in, i), w[i]);
      }
      assertTrue(MemoInput.kept() <= MemoInput.LIMIT, "kept " + MemoInput.kept());
    }
  }

  @Test
  void oneMemoAPatternAndFlags() {
    assertSame(MatchMemo.of(Pattern.compile("shell(ed|ing)?", FLAGS)),
        MatchMemo.of(Pattern.compile("shell(ed|ing)?", FLAGS)));
    assertNotSame(MatchMemo.of(Pattern.compile("shell(ed|ing)?", FLAGS)),
        MatchMemo.of(Pattern.compile("shell(ed|ing)?")));
  }
}
