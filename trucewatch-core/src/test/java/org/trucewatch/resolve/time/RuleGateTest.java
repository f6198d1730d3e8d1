package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.testing.WrittenTexts;

/**
 * A rule's {@link Rule#gate} lets through the span of every match a scan of the whole text finds, so the windows it
 * stops held no match; and it does stop windows with no number before white space.
 */
class RuleGateTest {

  private static final String EDGES = "for 11 hours, nearly TWO weeks, twenty-five years, Twenty Five Days, a few "
      + "months, 1,500 days, 2.5 hours, the past three\tyears, an hour, several decades, dozens of years";

  @Test
  void everyMatchPassesItsRulesGate() throws IOException {
    List<Rule> rules = Extractor.allRules(Lexicon.load("english.json"));
    int gated = 0;
    int matches = 0;
    for (Rule r : rules) {
      if (r.gate() == null) {
        continue;
      }
      gated++;
      for (String text : WrittenTexts.with(EDGES, "", "days")) {
        java.util.regex.Matcher m = r.pattern().matcher(text);
        while (m.find()) {
          matches++;
          assertThat(r.gate().mayHold(text, m.start(), m.end())).as(r.name() + ": " + m.group()).isTrue();
        }
      }
    }
    assertThat(gated).isGreaterThanOrEqualTo(1);
    assertThat(matches).isGreaterThan(10);
  }

  @Test
  void windowsWithoutANumberBeforeSpaceAreStopped() throws IOException {
    Rule duration = Extractor.allRules(Lexicon.load("english.json")).stream()
        .filter(r -> r.name().equals("duration")).findFirst().orElseThrow();
    String text = "fighting in recent days and the weeks since";
    assertThat(duration.gate().mayHold(text, 0, text.length())).isFalse();
    String numbered = "fighting for three days";
    assertThat(duration.gate().mayHold(numbered, 0, numbered.length())).isTrue();
  }
}
