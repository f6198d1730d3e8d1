package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Truce readings of round 29: a truce only urged past an adverb ("to swiftly agree"), a proposal that one
 * side made and the other accepted (two clauses, not both sides accepting), and a start told by "from" after a list
 * of where the truce holds. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TruceRoundTwentyNineTest {

  private static final LocalDate OCT_20 = LocalDate.of(2020, 10, 20);
  private static final LocalDate OCT_21 = LocalDate.of(2020, 10, 21);

  @Test
  void aTruceUrgedPastAnAdverbIsNotAgreed() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The foreign minister pressed both militaries on Thursday to "
        + "quickly sign up to a ceasefire in the mountains.")).isEmpty();
  }

  @Test
  void aPlanOneSideMadeAndTheOtherAcceptedIsNoTruceAgreedThatDay() {
    // the agreeing of the clause before takes the sentence's own day, not the acceptance's "last week"
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The rebel commander has agreed to stop striking the army's fuel "
        + "depots for a month after a call with the Turkish president on 20 October, but would not back the wider "
        + "truce that Ankara proposed and Baku accepted last week.")).extracting(Event::subtype, Event::date)
        .containsExactly(Tuple.tuple("agreed", OCT_20));
  }

  @Test
  void aStartToldAfterWhereTheTruceHoldsIsAStep() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The armies of Armenia and Azerbaijan agreed on 20 October to stop "
        + "firing along the line of contact, the state border and the Nakhchivan frontier from midnight, officials "
        + "said.")).extracting(Event::subtype, Event::date)
        .contains(Tuple.tuple("agreed", OCT_20), Tuple.tuple("start", OCT_21));
  }
}
