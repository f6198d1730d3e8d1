package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 20's truce mechanisms: a war's own start or end told beside a truce is no truce step; a truce told as holding
 * now, and a pause taking hold, are truces in force. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class TruceRoundTwentyTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final LocalDate SUNDAY = SundayStory.SUNDAY;

  private static List<Event> truces(String... paragraphs) {
    return SundayStory.of(EventType.CEASEFIRE, paragraphs);
  }

  @Test
  void aWarStartToldInARelativeClauseIsNoTruceStart() {
    assertThat(truces("The ceasefire of 3 March ended nearly two years of fighting that began in June 2018, "
        + "officials said.")).extracting(Event::date).doesNotContain(LocalDate.of(2018, 6, 1));
    assertThat(truces("Aid agencies say the truce brought relief after months of clashes which had started on "
        + "14 July.")).extracting(Event::date).doesNotContain(LocalDate.of(2020, 7, 14));
    assertThat(truces("A truce signed in Geneva put an end to the war, which had begun on 2 May, the envoy said."))
        .extracting(Event::date).doesNotContain(LocalDate.of(2020, 5, 2));
    assertThat(truces("Since the truce of 27 March halted the cross-border fire that began in January, trade has "
        + "resumed.")).extracting(Event::date).doesNotContain(LocalDate.of(2020, 1, 1));
  }

  @Test
  void aWarStartToldInAClauseOfItsOwnIsNoTruceStart() {
    assertThat(truces("The war began on 27 September and ended with the ceasefire of 10 November."))
        .extracting(Event::date).doesNotContain(LocalDate.of(2020, 9, 27));
    assertThat(truces("Fighting started on 12 August, and a UN-brokered truce halted it three weeks later."))
        .extracting(Event::date).doesNotContain(LocalDate.of(2020, 8, 12));
  }

  @Test
  void aTruceThatEndedMonthsOfFightingDidNotCollapse() {
    assertThat(truces("The truce reached in March ended more than a year of cross-border fighting, the monitors "
        + "said.")).extracting(Event::subtype).doesNotContain("collapsed");
    assertThat(truces("A ceasefire agreed in Doha in August ended almost four months of war in the north."))
        .extracting(Event::subtype).doesNotContain("collapsed");
    assertThat(truces("Officials say the ceasefire brokered by Qatar in May ended over a year of shelling along the "
        + "border.")).extracting(Event::subtype).doesNotContain("collapsed");
  }

  @Test
  void aTruceToldAsHoldingNowIsInForceOnTheStorysDay() {
    assertThat(truces("The ceasefire is now in force.")).extracting(Event::subtype, Event::date)
        .containsExactly(tuple("start", SUNDAY));
    assertThat(truces("09:15 The three-day truce between the army and the rebels is now in effect."))
        .extracting(Event::subtype, Event::date).containsExactly(tuple("start", SUNDAY));
    assertThat(truces("The humanitarian ceasefire now applies across the whole front line, the ministry says."))
        .extracting(Event::subtype, Event::date).containsExactly(tuple("start", SUNDAY));
  }

  @Test
  void aPauseTakingHoldIsATruceInForce() {
    assertThat(truces("The pause took hold at 7am on Friday after seven weeks of war."))
        .extracting(Event::subtype, Event::date).containsExactly(tuple("start", FRIDAY));
    assertThat(truces("Residents said the pause had taken hold by Friday evening."))
        .extracting(Event::subtype, Event::date).containsExactly(tuple("start", FRIDAY));
  }

  @Test
  void aPauseTakingHoldPastItsPhraseIsATruceInForce() {
    assertThat(truces("The three-day pause between the two sides is now in force, mediators said on Friday."))
        .extracting(Event::subtype, Event::date).containsExactly(tuple("start", FRIDAY));
    assertThat(truces("On Friday the pause in the north took effect at 6am, residents said."))
        .extracting(Event::subtype, Event::date).containsExactly(tuple("start", FRIDAY));
    assertThat(truces("After a pause in the talks on Friday, the delegations went home.")).isEmpty();
  }

  @Test
  void aBrokeredCalmTakingHoldIsATruceInForce() {
    assertThat(truces("By Friday, militant sources said, an Egyptian-mediated calm had taken hold around dawn."))
        .extracting(Event::subtype, Event::date).containsExactly(tuple("start", FRIDAY));
    assertThat(truces("A Qatari-brokered calm took effect on Friday evening, the two factions said."))
        .extracting(Event::subtype, Event::date).containsExactly(tuple("start", FRIDAY));
    assertThat(truces("Relative calm took hold along the front on Friday, the monitors said.")).isEmpty();
  }

  @Test
  void aPauseNotTakingHoldIsNoTruce() {
    assertThat(truces("After a pause of two hours, the shelling resumed on Friday.")).isEmpty();
  }
}
