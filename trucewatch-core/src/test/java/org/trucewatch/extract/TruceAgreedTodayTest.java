package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A truce agreed with no day of its own (round 22): told in the present perfect ("have agreed to a ceasefire with
 * immediate effect") it is news of the story's day, and so it is when it is to take effect on a later day ("have
 * agreed to a ceasefire that will take effect on 28 October"). Sentences written for this test, dated against
 * Sunday 25 October 2020.
 */
class TruceAgreedTodayTest {

  private static final LocalDate SUNDAY = SundayStory.SUNDAY;
  private static final LocalDate OCT_28 = LocalDate.of(2020, 10, 28);

  @Test
  void aTruceAgreedInThePresentPerfectIsNewsOfTheDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The two armies have agreed to a ceasefire with immediate effect, "
        + "the foreign ministry said.")).extracting(Event::subtype, Event::date)
        .contains(Tuple.tuple("agreed", SUNDAY));
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The government and the rebels have signed a truce, officials in "
        + "the capital said.")).extracting(Event::subtype, Event::date).containsExactly(Tuple.tuple("agreed", SUNDAY));
    assertThat(SundayStory.of(EventType.CEASEFIRE, "According to the mediators, both sides have now accepted a "
        + "cessation of hostilities.")).extracting(Event::subtype, Event::date)
        .containsExactly(Tuple.tuple("agreed", SUNDAY));
    // agreeing time and again is no news of one day, nor a truce none has signed, nor strikes, nor a plan endorsed
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The parties have agreed to stop fighting at least five times "
        + "this year.")).isEmpty();
    assertThat(SundayStory.of(EventType.CEASEFIRE, "No lasting truce has been signed since then.")).isEmpty();
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The militia has kept up nightly strikes on the valley in spite "
        + "of the truce, residents said.")).extracting(Event::subtype).doesNotContain("agreed");
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The assembly has approved a detailed plan to halt the fighting "
        + "in the north.")).isEmpty();
  }

  @Test
  void aTruceAgreedToStartOnALaterDayIsAgreedOnTheStorysDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The two sides have agreed to a ceasefire that will take effect on "
        + "28 October, the mediator announced.")).extracting(Event::subtype, Event::date)
        .contains(Tuple.tuple("agreed", SUNDAY), Tuple.tuple("start", OCT_28));
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The rebels and the government signed a truce which will enter "
        + "into force on 28 October.")).extracting(Event::subtype, Event::date)
        .contains(Tuple.tuple("agreed", SUNDAY), Tuple.tuple("start", OCT_28));
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Negotiators for both armies accepted a humanitarian truce, which "
        + "is to begin on 28 October.")).extracting(Event::subtype, Event::date)
        .contains(Tuple.tuple("agreed", SUNDAY), Tuple.tuple("start", OCT_28));
  }
}
