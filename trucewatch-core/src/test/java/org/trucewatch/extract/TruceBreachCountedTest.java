package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A breach told as a count over a day or a few days ("broke the truce 160 times since Friday", "violated it more
 * than 600 times overnight") sums many attacks up into one statement that the truce was violated (GUIDELINES:
 * ceasefire "violated"): a ceasefire event of that span, even with the weapons named beside the count, which are
 * the count's and no attack of their own. A count over a year, or with no span, stays background. Sentences written
 * for this test, published Sunday 25 October 2020.
 */
class TruceBreachCountedTest {

  private static List<Event> breaches(String... paragraphs) {
    return SundayStory.of(EventType.CEASEFIRE, paragraphs).stream()
        .filter(e -> "violated".equals(e.subtype())).toList();
  }

  @Test
  void aBreachCountedSinceADayIsAViolationOfThatSpan() {
    assertThat(breaches("A militia spokesman told a local radio station that government troops had broken the truce"
        + " about 160 times since Friday.")).singleElement()
        .satisfies(e -> assertThat(e.date()).isBetween(LocalDate.of(2020, 10, 23), SundayStory.SUNDAY));
  }

  @Test
  void aBreachCountedOvernightIsAViolationEvenWithItsWeaponsNamed() {
    assertThat(breaches("The rebel command says its fighters are keeping to the truce, and that army units violated"
        + " it more than 600 times overnight, including with mortars and tanks.")).singleElement()
        .satisfies(e -> assertThat(e.date()).isEqualTo(SundayStory.SUNDAY));
  }

  @Test
  void aBreachCountedOverAYearIsBackground() {
    assertThat(breaches("The rebels violated the ceasefire more than 3,000 times last year, the army said.")).isEmpty();
    assertThat(breaches("Till October 20, the militia had breached the truce some 2,400 times this year, officials"
        + " said.")).isEmpty();
  }

  @Test
  void theSideThatBrokeTheTruceIsTheBreachsPerpetrator() {
    assertThat(breaches("Armenia's defence ministry says its troops are keeping to the truce, and that Azerbaijani"
        + " units violated it more than 600 times overnight.")).singleElement()
        .satisfies(e -> assertThat(e.perpetratorSide()).isEqualTo("AZ"));
  }
}
