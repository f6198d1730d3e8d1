package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trucewatch.testing.WrittenTexts;

/** The prefix-tree alternation matches, with the same groups, as the plain longest-first alternation it replaces. */
class AlternationTest {

  /** Contexts that backtrack into the alternation in different ways; %s is the alternation. */
  private static final List<String> CONTEXTS = List.of(
      "(%s)", "(?i:(%s))", Rule.L + "(?i:(?<n>%s)\\s+(?<u>ab|abc|days?))" + Rule.R, "(?i:(%s)\\s+of\\b)",
      "(?i:(%s)(?:-(%s))?)", "(%s)(?:\\s+(%s))?$");

  @Test
  void randomPhraseSetsMatchAsTheirPlainAlternation() {
    Random random = new Random(20261204L);
    String[] pieces = {"a", "ab", "abc", "b", "ba", "c", "of", "’", "-", "é"};
    for (int set = 0; set < 300; set++) {
      Set<String> phrases = new TreeSet<>();
      int size = 1 + random.nextInt(8);
      while (phrases.size() < size) {
        StringBuilder p = new StringBuilder(pieces[random.nextInt(pieces.length)]);
        while (random.nextInt(3) == 0) {
          p.append(random.nextBoolean() ? " " : "").append(pieces[random.nextInt(pieces.length)]);
        }
        phrases.add(p.toString());
      }
      List<String> texts = new ArrayList<>();
      for (int t = 0; t < 20; t++) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 60) {
          String piece = pieces[random.nextInt(pieces.length)];
          text.append(random.nextInt(4) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece);
          text.append(switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "  ";
            case 2 -> "\n";
            case 3 -> " days ";
            default -> "";
          });
        }
        texts.add(text.toString());
      }
      assertSameMatches(phrases, texts);
    }
  }

  @Test
  void theLexiconsTablesMatchAsTheirPlainAlternationOnRealText() {
    Lexicon lx = Lexicon.load("english.json");
    List<String> texts = WrittenTexts.with("a couple of days, a few weeks, half an hour, twenty-one years, A DOZEN "
        + "hours, one hundred days, some days, a number of years, the other night, tonight, right now");
    for (java.util.Collection<String> table : List.of(lx.numbers().keySet(), lx.vagueQuantities(),
        lx.units().keySet(), lx.partsOfDay().keySet(), lx.presentRefs().keySet())) {
      assertSameMatches(table, texts);
    }
  }

  @Test
  void aTableItCannotKeepExactIsWrittenPlain() {
    assertThat(Alternation.of(List.of("Ab", "a"))).isEqualTo(Alternation.plain(List.of("Ab", "a")));
    assertThat(Alternation.of(List.of("a  b"))).isEqualTo(Alternation.plain(List.of("a  b")));
    assertThat(Alternation.of(List.of("ab", "a"))).isEqualTo("(?:(?=[a])a(?:b)?)");
  }

  private static void assertSameMatches(java.util.Collection<String> phrases, List<String> texts) {
    for (String context : CONTEXTS) {
      Pattern plain = Pattern.compile(context.replace("%s", Alternation.plain(phrases)));
      Pattern tree = Pattern.compile(context.replace("%s", Alternation.of(phrases)));
      for (String text : texts) {
        assertThat(matches(tree, text)).as(phrases + " in " + context + " over " + text)
            .isEqualTo(matches(plain, text));
      }
    }
  }

  /** Every match of a scan and its groups' spans. */
  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      StringBuilder s = new StringBuilder().append(m.start()).append('-').append(m.end());
      for (int g = 1; g <= m.groupCount(); g++) {
        s.append(' ').append(m.start(g)).append('-').append(m.end(g));
      }
      out.add(s.toString());
    }
    return out;
  }
}
