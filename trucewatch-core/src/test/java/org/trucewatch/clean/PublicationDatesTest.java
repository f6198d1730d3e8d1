package org.trucewatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.DateCandidate.Origin;

class PublicationDatesTest {

  private final PublicationDates dates =
      new PublicationDates(Clock.fixed(Instant.parse("2020-11-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void labelledLineBeatsTheTodayBanner() {
    var chosen = dates.choose(List.of(new DateCandidate("Thursday 22 October 2020", Origin.BANNER),
        new DateCandidate("14 October 2020 - 22:05", Origin.LABELLED)));
    assertThat(chosen).get().satisfies(d -> {
      assertThat(d.value()).isEqualTo("2020-10-14T22:05");
      assertThat(d.origin()).isEqualTo(Origin.LABELLED);
      assertThat(d.inferred()).isFalse();
    });
  }

  @Test
  void aBannerAloneIsNotAPublicationDate() {
    assertThat(dates.choose(List.of(new DateCandidate("Thursday 22 October 2020", Origin.BANNER)))).isEmpty();
  }

  @Test
  void moreTrustedOriginWinsWhateverTheOrder() {
    var chosen = dates.choose(List.of(new DateCandidate("https://x.org/2020/10/09/story", Origin.URL),
        new DateCandidate("2020-10-10T08:00:00+04:00", Origin.META)));
    assertThat(chosen).map(PublishedDate::value).contains("2020-10-10T08:00+04:00");
  }

  @Test
  void unparseableCandidatesFallThroughToTheNext() {
    var chosen = dates.choose(List.of(new DateCandidate("last Tuesday", Origin.META),
        new DateCandidate("https://x.org/news/2020/10/09/story.html", Origin.URL)));
    assertThat(chosen).map(PublishedDate::value).contains("2020-10-09");
  }

  @Test
  void anAddressDateBeatsPrintedLinesAndCompactAndBareFormsParse() {
    var chosen = dates.choose(List.of(new DateCandidate("Oct 10, 2020", Origin.DATELINE),
        new DateCandidate("Published: 11 October 2020", Origin.LABELLED),
        new DateCandidate("https://x.org/news/20201009-story/", Origin.URL)));
    assertThat(chosen).map(PublishedDate::value).contains("2020-10-09");
    assertThat(dates.choose(List.of(new DateCandidate("2020/10/08", Origin.URL)))).map(PublishedDate::value)
        .contains("2020-10-08");
    assertThat(dates.choose(List.of(new DateCandidate("https://x.org/item/20201399/", Origin.URL)))).isEmpty();
  }

  @Test
  void aBylineDateIsUsedWhenNothingBetterIs() {
    assertThat(dates.choose(List.of(new DateCandidate("Feb 18, 2020", Origin.DATELINE),
        new DateCandidate("https://x.org/2020/02/story", Origin.URL)))).map(PublishedDate::value).contains("2020-02-18");
  }

  @Test
  void aDateAfterTodayIsRejected() {
    assertThat(dates.choose(List.of(new DateCandidate("2031-01-01", Origin.META)))).isEmpty();
  }

  @Test
  void noCandidatesNoDate() {
    assertThat(dates.choose(List.of())).isEmpty();
  }
}
