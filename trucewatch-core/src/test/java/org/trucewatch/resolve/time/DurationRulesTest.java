package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.time.Tagging.mention;
import static org.trucewatch.resolve.time.Tagging.value;

import org.junit.jupiter.api.Test;

/** Durations and recurring times. */
class DurationRulesTest {

  @Test
  void durationsInNumbersAndWords() {
    TimeMention m = mention("The ceasefire followed 11 hours of talks.", "11 hours");
    assertThat(m.type()).isEqualTo(TimeMention.Type.DURATION);
    assertThat(m.value()).isEqualTo("PT11H");
    assertThat(m.date()).isNull();
    assertThat(value("It ended nearly two weeks of fighting.", "nearly two weeks")).isEqualTo("P2W");
    assertThat(value("After three decades of separatist rule.", "three decades")).isEqualTo("P30Y");
    assertThat(value("A 24-hour curfew was imposed.", "24-hour")).isEqualTo("PT24H");
    assertThat(value("Over the past two years, prices rose.", "the past two years")).isEqualTo("P2Y");
    assertThat(value("It took only minutes.", "minutes")).isEqualTo("PTXM");
    assertThat(value("Shelling went on for years.", "years")).isEqualTo("PXY");
    assertThat(value("Fighting intensified in recent days.", "recent days")).isEqualTo("PXD");
    assertThat(value("Emissions will grow over the next decade.", "the next decade")).isEqualTo("P10Y");
  }

  @Test
  void recurringTimes() {
    TimeMention m = mention("Monitors report every day.", "every day");
    assertThat(m.type()).isEqualTo(TimeMention.Type.SET);
    assertThat(m.value()).isEqualTo("P1D");
    assertThat(value("The mission reports daily.", "daily")).isEqualTo("P1D");
    assertThat(value("The sides meet twice a week.", "twice a week")).isEqualTo("P1W");
    assertThat(value("Markets close on Fridays.", "Fridays")).isEqualTo("XXXX-WXX-5");
    assertThat(value("Patrols go out every morning.", "every morning")).isEqualTo("XXXX-XX-XXTMO");
  }
}
