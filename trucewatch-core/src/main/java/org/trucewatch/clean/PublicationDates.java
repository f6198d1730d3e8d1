package org.trucewatch.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Chooses an article's publication date among the candidates its page and container offer: immutable and
 * thread-safe. The most trusted origin that parses wins (container, structured data, meta, time element, URL,
 * labelled line, dateline); a bare date at the top of a page ({@link DateCandidate.Origin#BANNER}, often the site's "today"
 * line, or a modification date) is never used. A date after today (by the injected clock) is
 * not a publication date. No candidate, no date: null is an honest answer.
 */
public final class PublicationDates {

  private static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);

  private final Clock clock;

  public PublicationDates(Clock clock) {
    this.clock = clock;
  }

  /** The publication date, or empty when none can be trusted. */
  public Optional<PublishedDate> choose(List<DateCandidate> candidates) {
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    for (DateCandidate.Origin origin : DateCandidate.Origin.values()) {
      if (origin == DateCandidate.Origin.BANNER) {
        continue;
      }
      for (DateCandidate c : candidates) {
        if (c.origin() != origin) {
          continue;
        }
        Optional<DateStrings.Parsed> p =
            origin == DateCandidate.Origin.URL ? DateStrings.fromUrl(c.raw()) : DateStrings.parse(c.raw());
        if (p.isPresent() && !p.get().date().isAfter(tomorrow) && !p.get().date().isBefore(EARLIEST)) {
          return Optional.of(new PublishedDate(p.get().iso(), c.raw(), origin, false));
        }
      }
    }
    return Optional.empty();
  }
}
