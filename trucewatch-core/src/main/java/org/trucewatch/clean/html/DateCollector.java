package org.trucewatch.clean.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.DateCandidate.Origin;
import org.trucewatch.clean.DateStrings;
import org.trucewatch.internal.Texts;

/**
 * Collects every string on a page that may give its publication date, tagged with where it was found. It only
 * collects: {@code PublicationDates} normalises and chooses. Modification, update and expiry dates are never collected.
 * Candidates come grouped by origin (JSON-LD and microdata, meta, {@code <time>}, labelled line, byline date, address),
 * each group in page order; the same text from the same origin is listed once. Dates of other stories (related lists,
 * teasers) and of comments are never collected. Stateless and thread-safe.
 */
final class DateCollector {

  /** Meta names and properties that carry a publication date (compared in lower case). */
  private static final Set<String> META_KEYS = Set.of(
      "article:published_time", "og:article:published_time", "article:published", "og:published_time",
      "published_time", "og:pubdate", "pubdate", "publishdate", "publish-date", "publish_date", "pub_date",
      "pub-date", "publication_date", "publication-date", "date", "dc.date", "dc.date.issued", "dc.date.created",
      "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
      "article_date_original", "original-publish-date", "originalpublicationdate", "datepublished", "published",
      "published_at", "citation_publication_date", "citation_date", "displaydate", "pdate", "release_date",
      "created", "date_published", "vr:published_time", "cxenseparse:recs:publishtime", "sort_date");

  private static final Pattern PARSELY_PUB_DATE = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]{6,40})\"");

  /** Words that mark a date as not the publication's. */
  private static final Pattern NOT_PUBLISHED =
      Pattern.compile("modif|updat|expir|revis|lastmod|edited|changed", Pattern.CASE_INSENSITIVE);

  /** "Published: 14 October 2020", "Posted on Oct 14, 2020", in a few languages. */
  private static final Pattern LABEL = Pattern.compile(
      "^(?:first\\s+)?(?:published|posted|publish(?:ed)?\\s+date|date\\s+published|publication\\s+date|released|issued"
          + "|publié|publie|veröffentlicht|publicado|pubblicato|опубликовано|дата публикации|yayımlandı"
          + "|yayınlanma tarihi|dərc edilib|հրապարակվել է)"
          + "\\s*(?:on|at|le|am|el|il|[:\\-–՝])?\\s*[:՝]?\\s*(.{6,80})$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern LABEL_END =
      Pattern.compile("\\s*(?:[|•]|\\b(?:updated|last updated|modified|by)\\b).*$", Pattern.CASE_INSENSITIVE);

  /** Separators between the parts of a byline: "Jane Doe | 14 Oct 2020", "Published ... - SRINAGAR". */
  private static final Pattern BYLINE_PARTS = Pattern.compile("\\s*[|•·]\\s*|\\s+[-–—]\\s+(?=\\D)");

  /** Zone abbreviations and capitalised places a dateline prints beside its date ("IST", "ANKARA"). */
  private static final Pattern CAPITALS = Pattern.compile("\\b\\p{Lu}{2,5}\\b");

  /** The words a printed date is made of, and the labels before it. */
  private static final Pattern DATE_WORDS = Pattern.compile(
      "\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?"
          + "|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]\\.?m\\.?|at|on|of|the|published|posted|issued|date|first"
          + "|st|nd|rd|th|gmt|utc)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** A byline part prints little but its date: this many other letters at most (a place, an author's name). */
  private static final int MAX_OTHER_LETTERS = 12;

  /** Bylines and datelines are short. */
  private static final int MAX_BYLINE_CHARS = 90;

  /** How many characters before a {@code <time>} may label it. */
  private static final int LABEL_REACH = 30;

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** A date in an address's path: /2020/10/14/, /2020-10-14-, /20201014/, or /2020/10/. */
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})([/_-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)"
          + "|/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/");

  private DateCollector() {}

  /** Structured data and meta elements: read before the page is cleaned. */
  static void fromHead(Document doc, JsonLd ld, List<DateCandidate> out) {
    Set<String> seen = new LinkedHashSet<>();
    for (String d : ld.datesPublished()) {
      add(out, seen, d, Origin.STRUCTURED);
    }
    for (Element e : doc.select("[itemprop]")) {
      String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
      if (!prop.contains("datepublished") || e.normalName().equals("meta") && !e.hasAttr("content")) {
        continue;
      }
      // Blogger prints <abbr itemprop="datePublished" title="2024-02-21T08:30:00+02:00">8:30 AM</abbr>.
      String v = firstNonBlank(e.attr("content"), e.attr("datetime"),
          e.normalName().equals("abbr") ? e.attr("title") : null, e.text());
      add(out, seen, v, Origin.STRUCTURED);
    }
    for (Element m : doc.getElementsByTag("meta")) {
      if (m.hasAttr("itemprop") && !m.hasAttr("name") && !m.hasAttr("property")) {
        continue;
      }
      String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("http-equiv"));
      if (key == null) {
        continue;
      }
      key = key.trim().toLowerCase(Locale.ROOT);
      if (META_KEYS.contains(key) && !NOT_PUBLISHED.matcher(key).find()) {
        add(out, seen, m.attr("content"), Origin.META);
      } else if (key.equals("parsely-page")) {
        // Parse.ly's older tag: a JSON object whose "pub_date" is the publication time.
        Matcher pd = PARSELY_PUB_DATE.matcher(m.attr("content"));
        if (pd.find()) {
          add(out, seen, pd.group(1), Origin.META);
        }
      }
    }
  }

  /**
   * {@code <time>} elements and labelled lines near the headline: those inside {@code scope} (the headline's and
   * story's nearest common container) before the end of its first story blocks, outside lists of other stories.
   */
  static void fromArticle(List<Element> timeElements, List<String> labelledLines, List<DateCandidate> out) {
    Set<String> seen = new LinkedHashSet<>();
    for (DateCandidate c : out) {
      seen.add(c.origin() + c.raw());
    }
    for (Element t : timeElements) {
      String cls = t.className() + " " + t.attr("itemprop") + " " + t.id();
      if (NOT_PUBLISHED.matcher(cls).find() || NOT_PUBLISHED.matcher(labelBefore(t)).find()) {
        continue;
      }
      add(out, seen, firstNonBlank(t.attr("datetime"), t.attr("content"), t.text()), Origin.TIME_ELEMENT);
    }
    for (String line : labelledLines) {
      String raw = labelledDate(line);
      if (raw != null) {
        add(out, seen, raw, Origin.LABELLED);
      }
    }
  }

  /**
   * Short elements under the headline that print little but a date ("Monday, 19 February 2024, 14:32", "ANKARA
   * February 07 2024 10:55:00", "Jane Doe · Feb 18, 2024"), in page order: the byline's date when the page has no
   * better one. A part labelled as an update, or an element labelled so just before it, is skipped.
   */
  static void fromBylines(List<Element> elements, List<DateCandidate> out) {
    Set<String> seen = new LinkedHashSet<>();
    for (DateCandidate c : out) {
      seen.add(c.origin() + c.raw());
    }
    for (Element e : elements) {
      if (!isShort(e)) {
        continue;
      }
      String text = Texts.collapseSpaces(e.text());
      if (text.length() < 6 || text.length() > MAX_BYLINE_CHARS || NOT_PUBLISHED.matcher(labelBefore(e)).find()) {
        continue;
      }
      String raw = bylineDate(text);
      if (raw != null) {
        add(out, seen, raw, Origin.DATELINE);
      }
    }
  }

  /** Whether an element holds at most a byline's worth of text: stops reading as soon as it holds more. */
  private static boolean isShort(Element e) {
    int[] chars = {0};
    // A container after the headline may hold the whole story: reading all of it for each element would be quadratic.
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof TextNode t) {
        chars[0] += t.text().length();
      }
      return chars[0] > 2 * MAX_BYLINE_CHARS ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
    }, e);
    return chars[0] <= 2 * MAX_BYLINE_CHARS;
  }

  /** The date part of a byline that prints little else, or null: "Feb 18, 2024" in "Bakhtiyor Rahimov Feb 18, 2024". */
  static String bylineDate(String text) {
    if (text == null || text.length() > MAX_BYLINE_CHARS) {
      return null;
    }
    for (String part : BYLINE_PARTS.split(text)) {
      String p = part.trim();
      if (p.length() < 6 || !DIGIT.matcher(p).find() || NOT_PUBLISHED.matcher(p).find() || p.contains("ago")) {
        continue;
      }
      String other = DATE_WORDS.matcher(CAPITALS.matcher(p).replaceAll(" ")).replaceAll(" ");
      long letters = LETTER.matcher(other).results().count();
      if (letters <= MAX_OTHER_LETTERS && DateStrings.parse(p).isPresent()) {
        return p;
      }
    }
    return null;
  }

  /** The few words printed just before an element in its parent: "Updated" in "Updated <time>". */
  static String labelBefore(Element e) {
    Element parent = e.parent();
    if (parent == null) {
      return "";
    }
    String all = parent.text();
    int at = all.indexOf(e.text());
    String before = at > 0 ? all.substring(0, at) : "";
    return before.length() > LABEL_REACH ? before.substring(before.length() - LABEL_REACH) : before;
  }

  /** The date part of a line such as "Published: 14 October 2020 | Updated ...", or null. */
  static String labelledDate(String line) {
    if (line == null || line.length() > 120) {
      return null;
    }
    Matcher m = LABEL.matcher(line.trim());
    if (!m.find()) {
      return null;
    }
    String raw = LABEL_END.matcher(m.group(1)).replaceFirst("").trim();
    return raw.length() >= 6 && DIGIT.matcher(raw).find() ? raw : null;
  }

  /** A date in the page's address path. */
  static void fromUrl(String url, List<DateCandidate> out) {
    if (url == null) {
      return;
    }
    String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
    Matcher m = URL_DATE.matcher(path);
    if (m.find()) {
      // As found, without the slashes around it: "2020/10/14", "2020-10-14", "20201014", "2020/10".
      String raw = m.group().substring(1).replaceFirst("/$", "");
      out.add(new DateCandidate(raw, Origin.URL));
    }
  }

  private static void add(List<DateCandidate> out, Set<String> seen, String raw, Origin origin) {
    if (raw == null) {
      return;
    }
    String r = Texts.collapseSpaces(raw);
    if (r.isEmpty() || r.length() > 100 || !DIGIT.matcher(r).find()) {
      return;
    }
    if (seen.add(origin + r)) {
      out.add(new DateCandidate(r, origin));
    }
  }

  private static String firstNonBlank(String... values) {
    return MetadataReader.firstNonBlank(values);
  }

}
