package org.trucewatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateStringsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-10-14|2020-10-14",
      "2020-10-14T22:05:00+03:30|2020-10-14T22:05+03:30",
      "2020-10-14T22:05:00Z|2020-10-14T22:05Z",
      "2020-10-14T22:05:00.123+0330|2020-10-14T22:05+03:30",
      "2020-10-14 00:00:00|2020-10-14",
      "Wed, 14 Oct 2020 22:05:00 GMT|2020-10-14T22:05Z",
      "14 October 2020 - 22:05|2020-10-14T22:05",
      "Sunday 25 October 2020 11:56 EDT|2020-10-25T11:56-04:00",
      "October 14, 2020|2020-10-14",
      "Oct. 14, 2020 10:05 PM EDT|2020-10-14T22:05-04:00",
      "Sept. 27, 2020|2020-09-27",
      "27th of September 2020|2020-09-27",
      "25/10/2020|2020-10-25",
      "10/25/2020 08:05 (GMT+4)|2020-10-25T08:05+04:00",
      "20201014|2020-10-14",
      "Published: Thursday, 22 October 2020, 09:15:30 UTC|2020-10-22T09:15:30Z",
  })
  void parsesNewsDateStrings(String raw, String iso) {
    assertThat(DateStrings.parse(raw)).map(DateStrings.Parsed::iso).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "04/05/2020", "yesterday", "2020-13-45", "31 February 2020", "No. 10",
      "974 troops", "12:05 pm"})
  void ambiguousOrInvalidGiveNothing(String raw) {
    assertThat(DateStrings.parse(raw)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void anUnknownZoneKeepsTheLocalTime() {
    assertThat(DateStrings.parse("14 October 2020 22:05 XYZ")).map(DateStrings.Parsed::iso)
        .contains("2020-10-14T22:05");
  }
}
