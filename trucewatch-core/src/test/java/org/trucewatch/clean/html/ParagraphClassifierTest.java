package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ParagraphClassifierTest {

  private static final String LONG = "The defence ministry said on Tuesday that artillery fire had hit two villages "
      + "overnight, wounding three civilians, and that its forces had returned fire at the positions from which the "
      + "shells had been fired.";

  private static boolean[] classify(String html) {
    List<TextBlock> blocks = BlockSegmenter.segment(Jsoup.parse(html).body());
    List<Hints.Role> roles = new ArrayList<>();
    blocks.forEach(b -> roles.add(Hints.Role.NONE));
    return ParagraphClassifier.classify(blocks, roles);
  }

  @Test
  void aLoneMiddlingParagraphAtThePageEdgesIsBad() {
    // jusText: near-good text (prose, 70 to 199 characters) needs a good neighbour.
    assertThat(classify("<p>" + LONG.substring(0, 150) + ".</p>")).containsExactly(false);
    assertThat(classify("<p>" + LONG.substring(0, 150) + ".</p><p>" + LONG + "</p>")).containsExactly(true, true);
  }

  @Test
  void shortLinesBetweenGoodProseAreGood() {
    assertThat(classify("<p>" + LONG + "</p><p>He declined to comment.</p><p>" + LONG + "</p>"))
        .containsExactly(true, true, true);
  }

  @Test
  void linkListsAndShortLinesAmongThemAreBad() {
    assertThat(classify("<p>" + LONG + "</p><ul><li><a href='/1'>One other story about something</a></li>"
        + "<li><a href='/2'>Another story about something else</a></li></ul><p>Share</p>"))
        .containsExactly(true, false, false, false);
  }

  @Test
  void aHeadingBeforeGoodTextIsKept() {
    assertThat(classify("<h2>Talks in Moscow</h2><p>" + LONG + "</p>")).containsExactly(true, true);
  }

  @Test
  void textWithoutSentencesIsNotProse() {
    assertThat(classify("<p>" + "Home News Sport Weather Business Culture Opinion Video Audio ".repeat(4) + "</p>"))
        .containsExactly(false);
  }
}
