package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.talks;
import static org.trucewatch.extract.SundayStory.truces;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks and truces read through their clauses: a council named only as who endorsed or asked holds no session;
 * a meeting set off by commas may still be one proposed, and talks set off by their mediators may still have made no
 * headway; talks left behind, or a meeting where a strike fell, are no round; talks going on are the story's day's; a
 * meeting verb takes its day from the end of its clause; a signing in a relative clause names a deal, not a day's; a
 * breach told with a death is the attack's; a truce that frays as a habit has no day's end; a deal to end a flare-up is a
 * truce agreed. Sentences written for this test, published Sunday 25 October 2020, after a first paragraph of war news.
 */
class TalksAndTruceClausesTest {

  @Test
  void aCouncilNamedAsWhoEndorsedOrAskedHoldsNoSession() {
    assertThat(talks("The pullback plan, endorsed by the UN Security Council last week, leaves the district to "
        + "Armenian troops.")).isEmpty();
    assertThat(talks("Appeals for calm from Paris, Berlin and the UN Security Council had gone unheeded by Saturday "
        + "evening.")).isEmpty();
  }

  @Test
  void phrasesSetOffByCommasDoNotHideThatTalksWereNotHeld() {
    assertThat(talks("Both armies are readying the ground for the meeting, proposed by the Russian foreign minister, "
        + "of Armenian and Azerbaijani envoys.")).isEmpty();
    assertThat(talks("Negotiations mediated by the Minsk Group, chaired by France, Russia and the United States, have "
        + "made no headway on the status of the region.")).isEmpty();
  }

  @Test
  void talksLeftBehindAreNoRound() {
    assertThat(talks("Yerevan accused Baku of ordering the assault straight after leaving the negotiating table."))
        .isEmpty();
  }

  @Test
  void aMeetingInProgressWhereAStrikeFellIsNoTalks() {
    assertThat(talks("A drone hit a school in Martuni as Armenian and Azerbaijani envoys were meeting there."))
        .isEmpty();
  }

  @Test
  void talksGoingOnAreOfTheStorysDay() {
    List<Event> found = talks("A humanitarian ceasefire between the two armies took effect on Friday evening. "
        + "Negotiations between Armenia and Azerbaijan are continuing on the return of captives.");
    assertThat(found).extracting(Event::date).contains(SundayStory.SUNDAY);
  }

  @Test
  void aMeetingVerbTakesItsDayFromTheEndOfItsClause() {
    List<Event> found = talks("Armenian and Azerbaijani military officers met under the Russian mediator's auspices "
        + "in the Kremlin last week to discuss the reopening of roads.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).isBefore(SundayStory.SUNDAY.minusDays(6));
  }

  @Test
  void aSigningInARelativeClauseNamesTheDeal() {
    assertThat(talks("The armed groups that signed the peace agreement moved fresh units towards Armenian villages."))
        .isEmpty();
  }

  @Test
  void aBreachToldWithADeathIsTheAttacks() {
    assertThat(truces("Azerbaijani units violated the ceasefire on Saturday, and an Armenian soldier died of his "
        + "wounds.")).noneMatch(e -> "violated".equals(e.subtype()));
    assertThat(truces("The Armenian defence ministry said Azerbaijan has violated the ceasefire, and one soldier was "
        + "wounded.")).noneMatch(e -> "violated".equals(e.subtype()));
  }

  @Test
  void aTruceThatFraysAsAHabitHasNoDaysEnd() {
    assertThat(truces("The truce has frayed steadily since.")).isEmpty();
    assertThat(truces("The truce between the two armies has frayed repeatedly since the flare-up in September."))
        .isEmpty();
  }

  @Test
  void aDealToEndAFlareUpIsATruceAgreed() {
    List<Event> found = truces("Russian mediators brokered a deal to end the flare-up on Saturday, officials in "
        + "Yerevan and Baku said.");
    assertThat(found).extracting(Event::subtype).contains("agreed");
    assertThat(found).extracting(Event::date).contains(LocalDate.of(2020, 10, 24));
  }
}
