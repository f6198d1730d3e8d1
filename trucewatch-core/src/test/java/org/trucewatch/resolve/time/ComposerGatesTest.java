package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trucewatch.testing.WrittenTexts;

/**
 * The composer's cheap tests of a region's ends say no only where its pattern finds nothing: checked at every position
 * of seeded random texts built of the patterns' words and of the sample and written articles.
 */
class ComposerGatesTest {

  private static final int LOOK_BACK = 40;

  private interface Gate {
    boolean mayMatch(String text, int from, int to);
  }

  @Test
  void prefixGatesPassEveryRegionThatEndsInAMatch() {
    for (String text : texts()) {
      for (int to = 0; to <= text.length(); to++) {
        int from = Math.max(0, to - LOOK_BACK);
        check(Composer.SINCE, (t, f, e) -> Composer.endsWithWordAndSpace(t, f, e, "since"), text, from, to);
        check(Composer.PART_PREFIX, (t, f, e) -> Composer.endsWithWordAndSpace(t, f, e, "of"), text, from, to);
        check(Composer.DAY_MODIFIER, Composer::mayEndDayModifier, text, from, to);
        check(Composer.COARSE_MODIFIER, Composer::mayEndCoarseModifier, text, from, to);
        boolean suffix = Composer.PART_SUFFIX.matcher(text).region(to, text.length()).lookingAt();
        assertThat(!suffix || Composer.mayStartPartSuffix(text, to)).as("part suffix at %d of %s", to, text)
            .isTrue();
      }
    }
  }

  private static void check(Pattern p, Gate gate, String text, int from, int to) {
    boolean found = p.matcher(text).region(from, to).find();
    assertThat(!found || gate.mayMatch(text, from, to)).as("%s before %d of %s", p, to, text).isTrue();
  }

  private static List<String> texts() {
    Random random = new Random(1204L);
    String[] words = {"since", "Since", "SINCE", "early", "Late", "mid", "mid-", "of", "the", "The", "very",
        "beginning", "end", "start", "turn", "middle", "morning", "Night", "afternoon", "evening", "x", "-", "1",
        "nosince", "ofthe"};
    String[] gaps = {" ", "  ", "\n", "\t", "", "\u2028", "\u0085", "\r\n"};
    List<String> out = new ArrayList<>();
    for (int t = 0; t < 400; t++) {
      StringBuilder s = new StringBuilder();
      while (s.length() < 50) {
        s.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
      }
      out.add(s.toString());
    }
    out.addAll(WrittenTexts.with("since Monday, the night of October 9, early December, mid-2020, the end of last "
        + "year, late Sunday, Saturday evening"));
    return out;
  }
}
