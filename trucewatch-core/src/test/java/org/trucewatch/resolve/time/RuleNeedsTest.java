package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trucewatch.testing.WrittenTexts;

/**
 * What a rule says every match holds ({@link Rule#needs}, {@link Rule#alsoWords}) is held by every match a scan of the
 * whole text finds, so skipping texts and windows without it loses nothing.
 */
class RuleNeedsTest {

  private static final String EDGES = "the 1990s, the late ’80s, mid-1990s, '60s, the 2000's; at 10:30 and 9:15; "
      + "three days later, two Weeks earlier, a few months before, 10 YEARS after; daily, Weekly, HOURLY, nightly";

  private static List<String> texts() {
    return WrittenTexts.with(EDGES, "", "0s", ":");
  }

  @Test
  void everyMatchHoldsWhatItsRuleNeeds() throws IOException {
    List<Rule> rules = Extractor.allRules(Lexicon.load("english.json"));
    int needing = 0;
    int also = 0;
    int matches = 0;
    for (Rule r : rules) {
      if (r.needs() == null && r.alsoWords() == null) {
        continue;
      }
      needing += r.needs() == null ? 0 : 1;
      also += r.alsoWords() == null ? 0 : 1;
      for (String text : texts()) {
        java.util.regex.Matcher m = r.pattern().matcher(text);
        while (m.find()) {
          matches++;
          String match = m.group();
          if (r.needs() != null) {
            assertThat(r.needs().stream().anyMatch(match::contains)).as(r.name() + ": " + match).isTrue();
          }
          if (r.alsoWords() != null) {
            boolean word = false;
            for (String w : match.split("[^\\p{L}]+")) {
              word |= r.alsoWords().contains(w.toLowerCase(Locale.ROOT));
            }
            assertThat(word).as(r.name() + ": " + match).isTrue();
          }
        }
      }
    }
    assertThat(needing).isGreaterThanOrEqualTo(2);
    assertThat(also).isGreaterThanOrEqualTo(1);
    assertThat(matches).isGreaterThan(10);
  }
}
