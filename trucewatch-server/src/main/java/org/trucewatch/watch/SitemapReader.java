package org.trucewatch.watch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.ingest.DocumentHints;

/**
 * Reads an XML sitemap, news sitemap or sitemap index with crawler-commons: the pages it lists with what a news
 * sitemap says of each (title, publication date, publication name, language) and their last modification, or the
 * sitemaps an index lists. Only addresses on the sitemap's own host are kept, as the sitemaps protocol requires, so a
 * sitemap cannot send the watcher elsewhere. Pure function of the bytes; thread-safe.
 */
final class SitemapReader {

  private SitemapReader() {}

  /** One listed page: its hints (url, title, published, outlet, language from the news extension) and lastmod. */
  record Entry(DocumentHints hints, Instant lastModified) {}

  /** A listed sitemap of an index, with its lastmod (null when none). */
  record Child(String url, Instant lastModified) {}

  /** What a sitemap holds: pages (a urlset) or sitemaps (an index). */
  record Listing(List<Entry> pages, List<Child> sitemaps) {}

  // the root element after an optional BOM, XML prolog, comments and blanks
  private static final java.util.regex.Pattern ROOT = java.util.regex.Pattern.compile(
      "^\\uFEFF?\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*)*<([a-z0-9_]+:)?(urlset|sitemapindex)\\b",
      java.util.regex.Pattern.DOTALL | java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Whether the bytes' root element is an XML sitemap's or sitemap index's. */
  static boolean looksLikeSitemap(byte[] bytes) {
    return ROOT.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)).find();
  }

  /**
   * @throws IOException naming why the bytes are not a sitemap
   */
  static Listing read(String url, byte[] bytes) throws IOException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap("text/xml", bytes, new URL(url));
    } catch (UnknownFormatException e) {
      throw new IOException("not a sitemap: " + e.getMessage(), e);
    }
    String host = RobotsCache.hostKey(URI.create(url));
    if (map instanceof SiteMapIndex index) {
      List<Child> out = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        String u = child.getUrl().toString();
        if (sameHost(u, host)) {
          out.add(new Child(u, child.getLastModified() == null ? null : child.getLastModified().toInstant()));
        }
      }
      return new Listing(List.of(), out);
    }
    List<Entry> out = new ArrayList<>();
    for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
      String page = u.getUrl().toString();
      if (!u.isValid() || !sameHost(page, host)) {
        continue;
      }
      NewsAttributes news = news(u);
      DocumentHints h = news == null ? DocumentHints.NONE.withUrl(page) : new DocumentHints(page, blank(news.getName()),
          blank(news.getTitle()), null, news.getPublicationDateTime() == null ? null
              : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(news.getPublicationDateTime()),
          blank(news.getLanguage()));
      out.add(new Entry(h, u.getLastModified() == null ? null : u.getLastModified().toInstant()));
    }
    return new Listing(out, List.of());
  }

  private static NewsAttributes news(SiteMapURL u) {
    ExtensionMetadata[] m = u.getAttributesForExtension(Extension.NEWS);
    return m == null || m.length == 0 ? null : (NewsAttributes) m[0];
  }

  private static boolean sameHost(String url, String host) {
    try {
      return RobotsCache.hostKey(URI.create(url)).equals(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
