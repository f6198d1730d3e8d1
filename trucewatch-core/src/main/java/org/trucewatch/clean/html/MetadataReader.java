package org.trucewatch.clean.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.trucewatch.internal.Texts;

/**
 * Reads a page's headline, authors, outlet, canonical address and declared language from its head, its JSON-LD and
 * its first {@code <h1>}. Runs on the parsed page before any cleaning; stateless and thread-safe.
 */
final class MetadataReader {

  /** Separators between a headline and the site's name in a {@code <title>}: "Story | Site", "Site - Story". */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»•/]{1,2}\\s+|\\s*[|•»]\\s*");

  // Possessive: a greedy group loop recurses once per subtag, and a page's lang="en-a-a-a-..." overflowed the stack.
  private static final Pattern LANG = Pattern.compile("^([A-Za-z]{2})(?:[-_][A-Za-z0-9]++)*+$");

  private static final Pattern BY_PREFIX =
      Pattern.compile("^(?:by|von|par|por|di|door|av|przez|от|автор)\\s*[:\\-]?\\s+", Pattern.CASE_INSENSITIVE);

  private MetadataReader() {}

  /** The metadata of one page. */
  record PageMetadata(String title, String byline, String outlet, String url, String language) {}

  static PageMetadata read(Document doc, JsonLd ld, String pageUrl) {
    Map<String, String> metas = metas(doc);
    String outlet = firstNonBlank(notAddress(meta(metas, "og:site_name")), notAddress(ld.publisher()));
    String host = host(pageUrl);
    Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
    String h1Text = h1 == null ? null : Texts.collapseSpaces(h1.text());
    String title = firstNonBlank(
        stripSite(meta(metas, "og:title"), outlet, host, h1Text),
        stripSite(ld.headline(), outlet, host, h1Text),
        stripSite(meta(metas, "twitter:title"), outlet, host, h1Text),
        h1Text,
        stripSite(Texts.collapseSpaces(doc.title()), outlet, host, h1Text));
    return new PageMetadata(title, byline(doc, metas, ld), outlet, canonical(doc, metas, ld, pageUrl),
        language(doc, metas, ld));
  }

  /** A {@code <meta>} element's content, by {@code property}, {@code name} or {@code itemprop}; null when absent. */
  static String meta(Map<String, String> metas, String key) {
    return metas.get(key);
  }

  /** Each {@code <meta>} key ({@code property}, {@code name} or {@code itemprop}, in lower case) to its first content. */
  static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String c = m.attr("content");
      if (c.isBlank()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        String key = m.attr(attr);
        if (!key.isEmpty()) {
          out.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), Texts.collapseSpaces(c));
        }
      }
    }
    return out;
  }

  /**
   * Removes a site name before or after the headline: a segment that is the outlet or the host, or, when the page's
   * {@code <h1>} is one of the segments, everything but that.
   */
  static String stripSite(String title, String outlet, String host, String h1) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = Texts.collapseSpaces(title);
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    if (h1 != null && !h1.isEmpty()) {
      String key = Texts.foldKey(h1);
      if (Texts.foldKey(t).equals(key)) {
        return t;
      }
      for (String p : parts) {
        if (Texts.foldKey(p).equals(key)) {
          return p.trim();
        }
      }
    }
    String outletKey = outlet == null ? null : Texts.foldKey(outlet);
    String hostKey = host == null ? null : Texts.foldKey(host.replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]+$", ""));
    List<int[]> seps = new ArrayList<>();
    Matcher m = TITLE_SEPARATOR.matcher(t);
    while (m.find()) {
      seps.add(new int[] {m.start(), m.end()});
    }
    int[] lastSep = seps.get(seps.size() - 1);
    int[] firstSep = seps.get(0);
    if (isSite(t.substring(lastSep[1]), outletKey, hostKey)) {
      return t.substring(0, lastSep[0]).trim();
    }
    if (isSite(t.substring(0, firstSep[0]), outletKey, hostKey)) {
      return t.substring(firstSep[1]).trim();
    }
    return t;
  }

  private static boolean isSite(String part, String outletKey, String hostKey) {
    String k = Texts.foldKey(part);
    if (k.isEmpty()) {
      return false;
    }
    String compact = k.replace(" ", "");
    if (outletKey != null && (k.equals(outletKey) || compact.equals(outletKey.replace(" ", "")))) {
      return true;
    }
    // "The Daily Foo" for dailyfoo.com: the host's name inside the segment, or the segment inside the host's name.
    String h = hostKey == null ? "" : hostKey.replace(" ", "");
    return h.length() >= 4 && (compact.contains(h) || compact.length() >= 4 && h.contains(compact));
  }

  private static String byline(Document doc, Map<String, String> metas, JsonLd ld) {
    if (!ld.authors().isEmpty()) {
      return String.join(", ", ld.authors());
    }
    String m = firstNonBlank(meta(metas, "author"), meta(metas, "article:author"), meta(metas, "byl"),
        meta(metas, "dc.creator"), meta(metas, "parsely-author"), meta(metas, "sailthru.author"));
    if (m != null && !m.contains("://") && !m.startsWith("www.")) {
      return stripBy(m);
    }
    Element e = doc.body() == null ? null
        : doc.body().selectFirst("[itemprop=author], [rel=author], .byline, .author, [class*=byline]");
    if (e != null) {
      String t = Texts.collapseSpaces(e.text());
      if (!t.isEmpty() && t.length() <= 120) {
        return stripBy(t);
      }
    }
    return null;
  }

  static String stripBy(String s) {
    return BY_PREFIX.matcher(s.trim()).replaceFirst("").trim();
  }

  private static String canonical(Document doc, Map<String, String> metas, JsonLd ld, String pageUrl) {
    List<String> candidates = new ArrayList<>();
    for (Element l : doc.select("link[rel][href]")) {
      if (l.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) {
        candidates.add(l.attr("href"));
      }
    }
    candidates.add(meta(metas, "og:url"));
    candidates.add(ld.url());
    for (String c : candidates) {
      String abs = absolute(c, pageUrl);
      if (abs != null) {
        return abs;
      }
    }
    return null;
  }

  /** An http(s) address resolved against the page's own; null when it cannot be one. */
  static String absolute(String href, String base) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(href.trim());
      if (!u.isAbsolute() && base != null) {
        u = new URI(base).resolve(u);
      }
      String scheme = u.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          ? u.toString() : null;
    } catch (Exception e) {
      // Malformed addresses are common; an unreadable one is simply no canonical address.
      return null;
    }
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = new URI(url.trim()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (Exception e) {
      return null;
    }
  }

  /** The ISO 639-1 code a page declares: {@code <html lang>}, Content-Language, {@code og:locale}, JSON-LD. */
  private static String language(Document doc, Map<String, String> metas, JsonLd ld) {
    Element html = doc.selectFirst("html");
    List<String> candidates = new ArrayList<>();
    if (html != null) {
      candidates.add(html.attr("lang"));
      candidates.add(html.attr("xml:lang"));
    }
    for (Element m : doc.select("meta[http-equiv]")) {
      if (m.attr("http-equiv").equalsIgnoreCase("content-language")) {
        candidates.add(m.attr("content"));
      }
    }
    candidates.add(meta(metas, "language"));
    candidates.add(meta(metas, "og:locale"));
    candidates.add(ld.language());
    for (String c : candidates) {
      if (c == null) {
        continue;
      }
      // Content-Language may list several: the first is the main one.
      String first = c.split("[,;\\s]+")[0].trim();
      Matcher m = LANG.matcher(first);
      if (m.matches()) {
        return m.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** A name, or null when the value is an address rather than a name. */
  private static String notAddress(String value) {
    return value == null || value.contains("://") || value.startsWith("www.") ? null : value;
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
