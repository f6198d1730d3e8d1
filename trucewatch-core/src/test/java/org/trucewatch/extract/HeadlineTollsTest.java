package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll told only in a page's title is the story's one attack of the title's kind; with two such attacks,
 * two counts or a count since a day, it is no one's. Pages written for this test.
 */
class HeadlineTollsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Seven killed as artillery pounds market town|Separatist forces shelled the market in Avdiivka on Saturday "
          + "morning, the army said.|7/null",
      "Nine wounded in mortar fire on frontline village|Separatist forces shelled Marinka on Saturday with mortars, "
          + "the army said on Sunday.|null/9",
  })
  void theOnlyAttackOfTheKindTakesTheTitlesToll(String title, String body, String expected) {
    List<Event> attacks = SundayStory.pageAttacks(title + "\n\n" + body + "\n");
    assertThat(attacks).hasSize(1);
    Casualties c = attacks.get(0).casualties();
    assertThat(c == null ? "none" : c.killed() + "/" + c.wounded()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // two attacks of the kind: whose toll is not told
      "Seven killed as artillery pounds frontline towns|Separatist forces shelled Avdiivka on Saturday morning, the "
          + "army said. Separatist forces also shelled Marinka on Saturday evening.",
      // a count since a day is no attack's
      "Three soldiers killed since the truce began|Separatist forces shelled Avdiivka on Saturday morning, the army "
          + "said.",
  })
  void noAttackTakesAnUnsureTitleToll(String title, String body) {
    assertThat(SundayStory.pageAttacks(title + "\n\n" + body + "\n")).isNotEmpty()
        .allMatch(e -> e.casualties() == null || e.casualties().killed() == null);
  }
}
