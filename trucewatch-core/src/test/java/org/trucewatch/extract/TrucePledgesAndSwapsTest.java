package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.talks;
import static org.trucewatch.extract.SundayStory.truces;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side's declared stand-down of set length, a truce kept for more days, a swap of captives told with their count,
 * and a text said to be no truce. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TrucePledgesAndSwapsTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);

  @Test
  void aStandDownOfSetLengthDeclaredIsATruceAgreed() {
    assertThat(truces("Azerbaijan's defence ministry said on Friday that its units would stand down along the front "
        + "for two days.")).extracting(Event::subtype, Event::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple("agreed", FRIDAY));
  }

  @Test
  void aStandDownOnlyOfferedIsNone() {
    assertThat(truces("Armenian units would stand down for two days if Baku stopped its shelling.")).isEmpty();
  }

  @Test
  void aTruceKeptForMoreDaysIsExtended() {
    assertThat(truces("Moscow said on Friday that Armenia and Azerbaijan would keep their truce running for three "
        + "more days.")).extracting(Event::subtype, Event::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple("extended", FRIDAY));
  }

  @Test
  void aSwapOfCaptivesToldWithTheirCountIsAnAgreement() {
    for (String s : List.of(
        "Red Cross buses carried out the exchange of some 25 detainees between Armenia and Azerbaijan on Friday.",
        "Armenia and Azerbaijan oversaw the release of more than 40 prisoners of war at the border on Friday.")) {
      assertThat(talks(s)).as(s).extracting(Event::subtype, Event::date).containsExactly(
          org.assertj.core.groups.Tuple.tuple("agreement", FRIDAY));
    }
  }

  @Test
  void aTextSaidToBeNoTruceIsNone() {
    assertThat(truces("The document the two sides signed in Moscow on Friday was not a ceasefire, Baku said."))
        .isEmpty();
  }
}
