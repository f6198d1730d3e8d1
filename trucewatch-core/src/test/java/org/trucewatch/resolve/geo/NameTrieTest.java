package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trie reports exactly the whole-word occurrences of its keys that a scan of every substring finds. */
class NameTrieTest {

  @Test
  void wholeWordMatchesAsAScanOfEverySubstring() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String k : List.of("ab", "abc", "abcd", "b c", "c", "cd", "x'y", "ganja", "gan", "new york", "york",
        "new", "a", "ä")) {
      keys.put(k, k.toUpperCase());
    }
    NameTrie<String> trie = new NameTrie<>(keys);
    for (String text : List.of("", "ab", "abc abcd abcde", "xab ab, abc-d b c c", "new york yorkshire new-york",
        "x'y x'yz 'x'y'", "ganja gan ganjas 1gan gan1", "a ä aä", "cd c d abcd")) {
      List<String> expected = new ArrayList<>();
      for (int s = 0; s < text.length(); s++) {
        for (int e = s; e < text.length(); e++) {
          String k = text.substring(s, e + 1);
          boolean left = s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1));
          boolean right = e + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(e + 1));
          if (keys.containsKey(k) && left && right) {
            expected.add(s + "-" + e + ":" + keys.get(k));
          }
        }
      }
      List<String> got = new ArrayList<>();
      trie.parse(text, (s, e, p) -> got.add(s + "-" + e + ":" + p));
      assertThat(got).as(text).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void anEmptyTrieFindsNothing() {
    List<String> got = new ArrayList<>();
    new NameTrie<String>(Map.of()).parse("anything at all", (s, e, p) -> got.add(p));
    assertThat(got).isEmpty();
  }
}
