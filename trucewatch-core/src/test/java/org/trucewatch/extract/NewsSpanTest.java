package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsSpanTest {

  @Test
  void anAttackToldWeeksBeforeTheStorysNewsIsContext() {
    List<Event> attacks = SundayStory.attacks(
        "Armenian artillery shelled Tartar on Sunday morning, killing two civilians, Azerbaijan's defence ministry said.",
        "The ministry recalled that Armenian rockets had first struck Barda on 1 October.");
    assertThat(SundayStory.daysAt(attacks, "Tartar")).containsExactly(SundayStory.SUNDAY);
    assertThat(SundayStory.daysAt(attacks, "Barda")).isEmpty();
  }

  @Test
  void aRoundUpsWeeksChainBackToItsFirstAttack() {
    List<Event> attacks = SundayStory.attacks(
        "On 21 October, Armenian artillery shelled Tartar, the ministry said in its monthly summary.",
        "On 9 October, Armenian rockets hit Ganja, the summary said.",
        "On 28 September, Armenian artillery shelled Barda, the summary said.");
    assertThat(SundayStory.daysAt(attacks, "Barda")).containsExactly(LocalDate.of(2020, 9, 28));
  }

  @Test
  void theSpanStartsAtTheAnchorWithoutAttacks() {
    assertThat(NewsSpan.start(List.of(), SundayStory.SUNDAY)).isEqualTo(SundayStory.SUNDAY);
    assertThat(NewsSpan.start(List.of(), null)).isNull();
  }
}
