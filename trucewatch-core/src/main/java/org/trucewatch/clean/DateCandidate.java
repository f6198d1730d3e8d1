package org.trucewatch.clean;

import java.util.Objects;

/**
 * A string on a page that may give its publication date, with where it was found. Extractors only collect; the choice
 * and normalisation is {@link PublicationDates}'s.
 *
 * @param raw the text as found ("14 October 2020 - 22:05", "2020-10-14T22:05:00+03:30")
 * @param origin where it was found, which decides how far it is trusted
 */
public record DateCandidate(String raw, Origin origin) {

  /** Where a date was found, from the most to the least trusted. */
  public enum Origin {
    /** The container's own field: a JSON line's {@code published}, a feed item's pubDate, a WARC header. */
    CONTAINER,
    /** Structured data: JSON-LD {@code datePublished}, microdata {@code itemprop=datePublished}. */
    STRUCTURED,
    /** A meta element: {@code article:published_time}, {@code pubdate}, Dublin Core. */
    META,
    /** A {@code <time datetime>} element in the article's header. */
    TIME_ELEMENT,
    /** A date in the page's URL path: /2020/10/14/. The site put it there on purpose, so it outranks printed lines. */
    URL,
    /** A labelled line in the text: "Publish Date: 14 October 2020", "Posted on ...". */
    LABELLED,
    /**
     * A dateline beside the byline or headline: in text, a line with a time of day ("Sunday 25 October 2020 11:56
     * EDT"); in HTML, a short element under the headline that prints little but a date ("Feb 18, 2024").
     */
    DATELINE,
    /** A bare date near the top of the page that may be the site's "today" banner: used only with other support. */
    BANNER
  }

  public DateCandidate {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(origin, "origin");
  }
}
