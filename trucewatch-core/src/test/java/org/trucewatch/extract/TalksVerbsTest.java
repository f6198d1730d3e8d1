package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks told by a meeting verb, by where or how they sat, and a deal told by its signing verb with words between
 * it and the document; none where the verb tells fire, goals or a truce. Sentences written for this test, dated against
 * Sunday 25 October 2020.
 */
class TalksVerbsTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final String WAR = "Fighting over Nagorno-Karabakh has gone on for four weeks.";

  private static List<Event> talks(String sentence) {
    return SundayStory.of(EventType.TALKS, WAR, sentence);
  }

  @Test
  void talksToldByAMeetingVerbOrWhereTheySatAreHeld() {
    for (String s : List.of("Armenian and Azerbaijani foreign ministers met in Moscow on Friday.",
        "On Friday the Azerbaijani president met the Armenian prime minister in Brussels.",
        "Russian mediators held a video conference with Armenian and Azerbaijani officials on Friday.",
        "Russia mediated contacts between Armenia and Azerbaijan on Friday.")) {
      assertThat(talks(s)).as(s).extracting(Event::date).containsExactly(FRIDAY);
    }
  }

  @Test
  void aDealToldByItsSigningVerbIsTalks() {
    for (String s : List.of("Armenia and Azerbaijan signed a Russian-brokered agreement on Friday that reopens the road.",
        "Armenia and Azerbaijan struck a landmark prisoner deal in Moscow on Friday.",
        "A border accord between Armenia and Azerbaijan was sealed in Moscow on Friday.")) {
      assertThat(talks(s)).as(s).extracting(Event::date).containsExactly(FRIDAY);
    }
  }

  @Test
  void fireGoalsTrucesAndBackgroundAreNoTalks() {
    for (String s : List.of("Azerbaijani troops were met with heavy fire near Fizuli on Friday.",
        "The drone sorties met their goals on Friday, the Azerbaijani ministry said.",
        "Armenian forces struck a fuel depot near Tartar on Friday.",
        "Armenia and Azerbaijan signed a ceasefire agreement on Friday.",
        "Shelling went on until a prisoner deal was struck on Friday.")) {
      assertThat(talks(s)).as(s).isEmpty();
    }
  }
}
