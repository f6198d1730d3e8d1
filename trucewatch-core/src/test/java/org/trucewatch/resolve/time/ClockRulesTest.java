package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.time.Tagging.mention;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Clock times, their zones, and the days they attach to; anchor 14 October 2020. */
class ClockRulesTest {

  @Test
  void localTimeWithItsGmtEquivalentGivesTheLocalOffset() {
    TimeMention m = mention("Forces launched an attack at 12:05 pm (0805 GMT).", "12:05 pm (0805 GMT)");
    assertThat(m.type()).isEqualTo(TimeMention.Type.TIME);
    assertThat(m.time()).isEqualTo(LocalTime.of(12, 5));
    assertThat(m.offset()).isEqualTo(ZoneOffset.ofHours(4));
    assertThat(m.date()).isNull();
  }

  @Test
  void russianOfficialStyleOnADate() {
    TimeMention m = mention("A ceasefire is announced from 12 hours 00 minutes on October 10 on humanitarian grounds.",
        "12 hours 00 minutes on October 10");
    assertThat(m.value()).isEqualTo("2020-10-10T12:00");
    assertThat(m.date()).isEqualTo(LocalDate.of(2020, 10, 10));
    assertThat(m.time()).isEqualTo(LocalTime.NOON);
  }

  @Test
  void noonAndMidnight() {
    assertThat(mention("The sides agreed to a truce from noon on Saturday.", "noon on Saturday").value())
        .isEqualTo("2020-10-10T12:00");
    TimeMention m = mention("The curfew starts at midnight local time.", "midnight local time");
    assertThat(m.time()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(m.offset()).isNull();
  }

  @Test
  void zonesByAbbreviationAndByCity() {
    assertThat(mention("Talks started at 15:00 GMT.", "15:00 GMT").offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(mention("Shelling stopped at 2100 GMT.", "2100 GMT").time()).isEqualTo(LocalTime.of(21, 0));
    assertThat(mention("The post was shelled at 8 a.m. Moscow time.", "8 a.m. Moscow time").offset())
        .isEqualTo(ZoneOffset.ofHours(3));
    assertThat(mention("It was posted at 11:56 EDT.", "11:56 EDT").offset()).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(mention("Talks began at 10 am UTC+4.", "10 am UTC+4").offset()).isEqualTo(ZoneOffset.ofHours(4));
  }

  @Test
  void aCityZoneTakesTheOffsetInForceOnTheDay() {
    // Moscow kept UTC+4 all year from 2011 to 2014
    TimeMention m = mention("Firing stopped at 10:00 Moscow time on June 1.", "10:00 Moscow time on June 1",
        TemporalAnchor.of(LocalDate.of(2012, 6, 5)));
    assertThat(m.offset()).isEqualTo(ZoneOffset.ofHours(4));
    assertThat(m.value()).isEqualTo("2012-06-01T10:00");
  }

  @Test
  void aDigitalTimeNeedsAClockWordOrAZone() {
    assertThat(mention("At 10:30 the guns fell silent.", "10:30").time()).isEqualTo(LocalTime.of(10, 30));
    assertThat(Tagging.tag("The team won 2:30 in the final.")).isEmpty();
    assertThat(Tagging.tag("He finished the marathon in 3:07:35.")).isEmpty();
  }

  @Test
  void dayThenClockJoins() {
    TimeMention m = mention("Shelling began on Sunday at 6 am.", "Sunday at 6 am");
    assertThat(m.value()).isEqualTo("2020-10-11T06:00");
    assertThat(m.time()).isEqualTo(LocalTime.of(6, 0));
  }
}
