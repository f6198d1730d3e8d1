package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Dates that belong to another clause than the truce's (round 22): the day a war, its fighting or its clashes began
 * ("since the fighting began on 3 October") and a day inside a "since" clause of its own. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class TruceOtherClauseDatesTest {

  private static final LocalDate OCT_3 = LocalDate.of(2020, 10, 3);

  @Test
  void theDayAWarBeganIsNotATrucesDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "This is the fourth attempt at a truce since the war began on 3 "
        + "October, diplomats say.")).extracting(Event::date).doesNotContain(OCT_3);
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Several ceasefires have been declared since fighting started on 3 "
        + "October, and none of them lasted.")).extracting(Event::date).doesNotContain(OCT_3);
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Aid groups have waited for a humanitarian pause ever since the "
        + "clashes first began on 3 October.")).extracting(Event::date).doesNotContain(OCT_3);
  }

  @Test
  void aDayInsideASinceClauseIsThatClausesDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Since the army entered the province on 3 October, the two sides "
        + "have agreed to stop fighting three times.")).extracting(Event::date).doesNotContain(OCT_3);
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Five truces have been announced since the rebels seized the "
        + "airport on 3 October.")).extracting(Event::date).doesNotContain(OCT_3);
    // the truce's own day inside the clause still dates it
    assertThat(SundayStory.of(EventType.CEASEFIRE, "No shell has fallen on the town since the truce took effect on 3 "
        + "October.")).extracting(Event::subtype, Event::date).containsExactly(Tuple.tuple("start", OCT_3));
  }
}
