package org.trucewatch.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The memo of a token test answers as its regular expression does, asked once or again, and stays bounded. */
class MatchMemoTest {

  // As RuleParser compiles a token test: a word list with a wildcard dot, a class, upper-case letters.
  private static final Pattern P = Pattern.compile("u.s.|shell(ed|ing)?|Hamas|[0-9]+km|NOUN|PROPN",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Test
  void answersAsThePattern() {
    MatchMemo memo = new MatchMemo(P);
    List<String> asked = List.of("u.s.", "uxsy", "shelled", "shells", "hamas", "HAMAS", "ḣamas", "12km", "km", "noun",
        "PROPN", "ADJ", "", "ſhelled", "shelling ");
    for (int round = 0; round < 2; round++) { // the second round is answered from the memo
      for (String s : asked) {
        assertEquals(P.matcher(s).matches(), memo.matches(s), s + " in round " + round);
      }
    }
    assertEquals(asked.size(), memo.size());
  }

  @Test
  void staysBounded() {
    MatchMemo memo = new MatchMemo(P);
    for (int i = 0; i < MatchMemo.LIMIT + 100; i++) {
      assertEquals(P.matcher(i + "km").matches(), memo.matches(i + "km"));
    }
    assertTrue(memo.size() <= MatchMemo.LIMIT, "size " + memo.size());
  }
}
