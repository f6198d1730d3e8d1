package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.trucewatch.resolve.time.Expr.Shift;
import org.trucewatch.resolve.time.Expr.Unit;
import org.trucewatch.resolve.time.Resolver.Resolution;
import org.trucewatch.resolve.time.TenseCues.Tense;

/** The normalisation rules on their own, against a fixed anchor. */
class ResolverTest {

  private static final Resolver RESOLVER = new Resolver();
  private static final TemporalAnchor ANCHOR = TemporalAnchor.of(LocalDate.of(2020, 10, 14));

  private static Resolution resolve(Expr e, Tense tense) {
    return RESOLVER.resolve(e, ANCHOR, tense, null);
  }

  @Test
  void weekdayByTense() {
    Expr.Weekday friday = new Expr.Weekday(DayOfWeek.FRIDAY, Shift.TENSE);
    assertThat(resolve(friday, Tense.PAST).date()).isEqualTo(LocalDate.of(2020, 10, 9));
    assertThat(resolve(friday, Tense.NONE).date()).isEqualTo(LocalDate.of(2020, 10, 9));
    assertThat(resolve(friday, Tense.FUTURE).date()).isEqualTo(LocalDate.of(2020, 10, 16));
    assertThat(resolve(friday, Tense.PRESENT).date()).isEqualTo(LocalDate.of(2020, 10, 16));
    assertThat(resolve(new Expr.Weekday(DayOfWeek.MONDAY, Shift.TENSE), Tense.FUTURE_IN_PAST).date())
        .isEqualTo(LocalDate.of(2020, 10, 12));
  }

  @Test
  void monthAloneByTense() {
    Expr.NamedMonth june = new Expr.NamedMonth(Month.JUNE, Shift.TENSE);
    assertThat(resolve(june, Tense.PAST).value()).isEqualTo("2020-06");
    assertThat(resolve(june, Tense.FUTURE).value()).isEqualTo("2021-06");
    assertThat(resolve(new Expr.NamedMonth(Month.OCTOBER, Shift.LAST), Tense.NONE).value()).isEqualTo("2019-10");
    assertThat(resolve(new Expr.NamedMonth(Month.OCTOBER, Shift.NEXT), Tense.NONE).value()).isEqualTo("2021-10");
  }

  @Test
  void seasonsAroundTheTurnOfTheYear() {
    Resolution winter = RESOLVER.resolve(new Expr.Season("WI", null, Shift.THIS),
        TemporalAnchor.of(LocalDate.of(2021, 1, 10)), Tense.NONE, null);
    assertThat(winter.value()).isEqualTo("2020-WI");
    assertThat(winter.rangeStart()).isEqualTo(LocalDate.of(2020, 12, 1));
    assertThat(winter.rangeEnd()).isEqualTo(LocalDate.of(2021, 2, 28));
  }

  @Test
  void countedUnitsAcrossYearEnds() {
    LocalDate newYear = LocalDate.of(2021, 1, 2);
    Resolution lastWeek = RESOLVER.resolve(new Expr.Deictic(Unit.WEEK, -1, Expr.Part.WHOLE),
        TemporalAnchor.of(newYear), Tense.NONE, null);
    assertThat(lastWeek.value()).isEqualTo("2020-W52");
    Resolution weekend = RESOLVER.resolve(new Expr.Deictic(Unit.WEEKEND, 0, Expr.Part.WHOLE), ANCHOR, Tense.NONE, null);
    assertThat(weekend.value()).isEqualTo("2020-W42-WE");
    assertThat(weekend.rangeStart()).isEqualTo(LocalDate.of(2020, 10, 17));
  }

  @Test
  void narrativeCountsFromTheReferenceElseBackFromTheAnchor() {
    Expr.Narrative dayBefore = new Expr.Narrative(Unit.DAY, -1);
    // "a day earlier" with no day named before it counts back from the time of writing; "a day later" cannot
    assertThat(RESOLVER.resolve(dayBefore, ANCHOR, Tense.PAST, null).date()).isEqualTo(ANCHOR.date().minusDays(1));
    assertThat(RESOLVER.resolve(new Expr.Narrative(Unit.DAY, 1), ANCHOR, Tense.PAST, null).value()).isNull();
    assertThat(RESOLVER.resolve(dayBefore, null, Tense.PAST, null).value()).isNull();
    assertThat(RESOLVER.resolve(dayBefore, ANCHOR, Tense.PAST, LocalDate.of(2020, 10, 10)).date())
        .isEqualTo(LocalDate.of(2020, 10, 9));
  }

  @Test
  void twoDigitDecadeIsTheLatestNotAfterTheAnchor() {
    assertThat(resolve(new Expr.Decade(90), Tense.NONE).value()).isEqualTo("199");
    assertThat(resolve(new Expr.Decade(10), Tense.NONE).value()).isEqualTo("201");
    assertThat(RESOLVER.resolve(new Expr.Decade(90), null, Tense.NONE, null).value()).isNull();
  }
}
