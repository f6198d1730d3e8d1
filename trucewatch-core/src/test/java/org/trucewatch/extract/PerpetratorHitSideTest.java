package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The side that was hit is not the attacker: a headline's passive with no auxiliary ("three soldiers killed
 * in attack near X") names its victims before the participle, not who acted. Sentences written for this test.
 */
class PerpetratorHitSideTest {

  @Test
  void victimsOfAHeadlinePassiveDidNotAttack() {
    List<Event> attacks = SundayStory.attacksOn("2025-12-14",
        "Three US soldiers, translator killed in gunman attack near Deir ez-Zor",
        "WASHINGTON, Dec 14 - A gunman opened fire on American troops near Deir ez-Zor on Sunday, killing three "
            + "soldiers and a translator, the Pentagon said.");
    assertThat(attacks).isNotEmpty().noneMatch(e -> "US".equals(e.perpetratorSide()));
  }

  @Test
  void aCountAfterTheParticipleIsItsObject() {
    // "killed at least", "killed as many as": the victims follow, so the side before the verb is who acted
    List<Event> attacks = SundayStory.attacksOn("2025-09-14",
        "Shelling hits Kadugli market",
        "KHARTOUM, Sept 14 - Rapid Support Forces (RSF) shelling of Kadugli killed at least 9 people on Sunday, a "
            + "medical source said.");
    assertThat(attacks).isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()));
  }
}
