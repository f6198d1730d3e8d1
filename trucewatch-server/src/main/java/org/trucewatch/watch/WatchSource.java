package org.trucewatch.watch;

import java.util.Locale;
import java.util.Objects;

/**
 * One source to watch, as the command line or a sources file names it.
 *
 * @param url its http(s) address
 * @param kind what it is: {@link Kind#AUTO} tells by what the address answers
 * @param outlet the outlet its articles are filed under, or null to take what the feed, sitemap or page says
 * @param language the language code of its articles, or null to take what the sitemap or page says
 * @param conflict the id of the conflict profile its articles are about (a desk's feed on one war), or null to tell
 *     each article's conflict from its text
 */
public record WatchSource(String url, Kind kind, String outlet, String language, String conflict) {

  /** What a source is. */
  public enum Kind {
    /** Told by the answer: an RSS or Atom feed, a sitemap (urlset or index), else an HTML page. */
    AUTO,
    /** An RSS or Atom feed: its items' links are the pages. */
    FEED,
    /** A sitemap, a news sitemap or a sitemap index: its URLs are the pages. */
    SITEMAP,
    /** A page that is itself the article (a live page, a statement page), re-checked each round. */
    PAGE;

    static Kind of(String name) {
      return Kind.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
  }

  public WatchSource {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
  }

  /** An address told by its answer, with no settings. */
  public static WatchSource of(String url) {
    return new WatchSource(url, Kind.AUTO, null, null, null);
  }

  /** The same source with an outlet name. */
  public WatchSource withOutlet(String name) {
    return new WatchSource(url, kind, name, language, conflict);
  }

  static boolean isAddress(String s) {
    String l = s.strip().toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }
}
