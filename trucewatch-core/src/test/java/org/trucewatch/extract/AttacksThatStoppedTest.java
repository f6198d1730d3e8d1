package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks said to have stopped ("the shelling of X has largely stopped") are a lull, not a report of an attack; an
 * attack told beside the lull stays. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AttacksThatStoppedTest {

  private static String places(String story) {
    return SundayStory.attacks(story).stream().map(e -> e.location() == null ? "?" : e.location().name()).sorted()
        .toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Officials in Kyiv said on Sunday that Russian shelling of Kherson has largely stopped since the truce began.|[]",
      "In the north, Russian air strikes on Kharkiv have halted, the regional governor said on Sunday.|[]",
      "Residents said on Sunday that the Israeli bombardment of Rafah had ceased before dawn.|[]",
      "Azerbaijani attacks on Martuni have all but ended, Armenian officials said on Sunday.|[]",
      "Russian forces shelled Marhanets on Sunday, officials said. The bombardment of Kherson has stopped, they added."
          + "|[Marhanets]"
  })
  void aStoppedAttackIsNoAttack(String story, String places) {
    assertThat(places(story)).isEqualTo(places);
  }
}
