package org.trucewatch.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A report's zone: its day's window, conversions of times given with an offset, and what stays as given. */
class ReportZoneTest {

  @Test
  void aBadZoneIsNamedInOneLine() {
    assertThatThrownBy(() -> ReportZone.of("Mars/Olympus_Mons")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Mars/Olympus_Mons' is not a time zone").hasMessageNotContaining("\n");
    assertThatThrownBy(() -> ReportZone.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ReportZone.of("utc").name()).isEqualTo("UTC");
    assertThat(ReportZone.of("+04:00").name()).isEqualTo("+04:00");
  }

  @Test
  void aDayWhoseClocksChangeIs25HoursLong() {
    // Kyiv left summer time on 25 October 2020 at 04:00 local
    SituationReport.Window w = ReportZone.of("Europe/Kyiv").window(LocalDate.parse("2020-10-25"));
    assertThat(w.from()).isEqualTo("2020-10-25T00:00+03:00");
    assertThat(w.to()).isEqualTo("2020-10-26T00:00+02:00");
    assertThat(w.previousFrom()).isEqualTo("2020-10-24T00:00+03:00");
    assertThat(ReportWriter.window(w, ReportZone.of("Europe/Kyiv"))).contains("time zone Europe/Kyiv (UTC+03:00 at "
        + "the start, UTC+02:00 at the end: the clocks change that day)");
  }

  @Test
  void timesWithAnOffsetConvertAndOthersStayAsGiven() {
    ReportZone utc = ReportZone.UTC;
    assertThat(utc.convert("2020-10-25T11:56-04:00")).isEqualTo("2020-10-25T15:56Z");
    assertThat(utc.display("2020-10-25T11:56-04:00")).isEqualTo("2020-10-25 15:56 UTC");
    assertThat(ReportZone.of("Asia/Yerevan").display("2020-10-25T15:56Z")).isEqualTo("2020-10-25 19:56 Asia/Yerevan");
    assertThat(utc.convert("2020-10-25")).isEqualTo("2020-10-25");
    assertThat(utc.display("2020-10-25")).isEqualTo("2020-10-25");
    assertThat(utc.display("2020-10-25T01:00")).isEqualTo("2020-10-25 01:00 (zone not given)");
    assertThat(utc.convert("yesterday")).isEqualTo("yesterday");
  }

  @Test
  void theDayOfATimeIsItsDayInTheZone() {
    assertThat(ReportZone.UTC.dayOf("2020-10-26T02:30+04:00")).isEqualTo(LocalDate.parse("2020-10-25"));
    assertThat(ReportZone.of("Asia/Baku").dayOf("2020-10-26T02:30+04:00")).isEqualTo(LocalDate.parse("2020-10-26"));
    assertThat(ReportZone.UTC.dayOf("2020-10-26")).isEqualTo(LocalDate.parse("2020-10-26"));
    assertThat(ReportZone.UTC.dayOf("2020-10-26T23:00")).isEqualTo(LocalDate.parse("2020-10-26"));
    assertThat(ReportZone.UTC.dayOf("soon")).isNull();
  }
}
