package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trucewatch.testing.WrittenTexts;

/** The hand-written word and clause-break scanners of {@link TenseCues} find what their regular expressions find. */
class TenseCuesScanTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|['’]ll");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()—–\"“”]|\\s-\\s");

  private static final String EDGES = "They'll go; it’ll rain. 'll ’llama rock'n'roll O'Neil’s 2020's x'1 a' 'b "
      + "Ⅻ ½ ٢٠٢٠ 𝐀𝐁 𝐀'𝐁 — – - a - b -\t- \"q\" “q” (x) a:b,c\u000B-\u000Bd \n-\n x -";

  private static List<String> texts() {
    return WrittenTexts.with(EDGES, "", "a", "'", "’ll", " - ", "𝐀");
  }

  private static List<String> byRegex(Pattern p, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> show(List<int[]> spans) {
    return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
  }

  @Test
  void sameWordsAndBreaksAsTheExpressions() throws IOException {
    for (String text : texts()) {
      int n = text.length();
      // The whole text and regions that cut words, surrogate pairs and breaks in two.
      int[][] regions = {{0, n}, {Math.min(1, n), n}, {0, Math.max(0, n - 1)}, {n / 3, 2 * n / 3}};
      for (int[] r : regions) {
        if (r[0] > r[1]) {
          continue;
        }
        assertThat(show(TenseCues.words(text, r[0], r[1])))
            .as("words of [%d, %d) of %.40s", r[0], r[1], text).isEqualTo(byRegex(WORD, text, r[0], r[1]));
        assertThat(show(TenseCues.clauseBreaks(text, r[0], r[1])))
            .as("breaks of [%d, %d) of %.40s", r[0], r[1], text).isEqualTo(byRegex(CLAUSE_BREAK, text, r[0], r[1]));
      }
    }
    // Every split point of the edge cases.
    for (int from = 0; from <= EDGES.length(); from++) {
      assertThat(show(TenseCues.words(EDGES, from, EDGES.length()))).isEqualTo(byRegex(WORD, EDGES, from,
          EDGES.length()));
      assertThat(show(TenseCues.words(EDGES, 0, from))).isEqualTo(byRegex(WORD, EDGES, 0, from));
      assertThat(show(TenseCues.clauseBreaks(EDGES, 0, from))).isEqualTo(byRegex(CLAUSE_BREAK, EDGES, 0, from));
    }
  }
}
