package org.trucewatch.ingest;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.trucewatch.internal.Texts;

/**
 * Which elements of an RSS 2.0, RSS 1.0 (RDF) or Atom item become which parts of a document: content from
 * {@code content:encoded}, {@code content}, {@code description} or {@code summary} (the first that is not empty), as
 * HTML, or as text when it holds no markup; link, title, author or {@code dc:creator} (the byline), {@code pubDate},
 * {@code published} or {@code dc:date} (as written; Atom's {@code updated} when it has no other), the channel's title (the outlet) and language; the id is the guid
 * or Atom id, else the link, else the file name and {@code #item-N}. Elements are matched by their usual prefixed names
 * ({@code dc:}, {@code content:}, {@code atom:}), as nearly every feed writes them. One per feed read: it counts items.
 */
final class FeedItems {

  /** What one item yields; {@code content} is null when it has none. */
  record Item(String id, ContentType type, String content, DocumentHints hints) {}

  private static final String[] CONTENT = {
    "content:encoded", "content", "atom:content", "description", "summary", "atom:summary"
  };
  private static final String[] ID = {"guid", "id", "atom:id"};
  private static final String[] TITLE = {"title", "atom:title"};
  private static final String[] PUBLISHED = {"pubdate", "published", "atom:published", "dc:date"};
  // Atom requires <updated> and makes <published> optional: the update time is the best date such an entry has
  private static final String[] UPDATED = {"updated", "atom:updated"};
  private static final String[] LANGUAGE = {"dc:language", "language"};
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
  // RSS 2.0 authors are e-mail addresses, often with the name in parentheses: "desk@example.com (Jane Doe)"
  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

  private final String fileName;
  private int count;
  private String outlet;
  private String channelLanguage;

  FeedItems(String fileName) {
    this.fileName = fileName;
  }

  static boolean isItem(Element e) {
    String name = e.normalName();
    return name.equals("item") || name.equals("entry") || name.equals("atom:entry");
  }

  /** Counts one more item and returns its 1-based number. */
  int next() {
    return ++count;
  }

  int count() {
    return count;
  }

  /** Reads the item just counted by {@link #next()}. */
  Item read(Element item) {
    if (outlet == null || channelLanguage == null) {
      readChannel(item);
    }
    String link = link(item);
    String id = text(first(item, ID));
    if (id == null) {
      id = link != null ? link : fileName + "#item-" + count;
    }
    String language = text(first(item, LANGUAGE));
    if (language == null && !item.attr("xml:lang").isBlank()) {
      language = item.attr("xml:lang").strip();
    }
    DocumentHints hints = new DocumentHints(link, outlet, plain(text(first(item, TITLE))), byline(item),
        published(item), language != null ? language : channelLanguage);
    for (String name : CONTENT) {
      for (Element c : item.children()) {
        if (c.normalName().equals(name)) {
          Item found = content(c, id, hints);
          if (found != null) {
            return found;
          }
        }
      }
    }
    // in a malformed item an unclosed element can swallow the content: look deeper before giving up
    for (String name : CONTENT) {
      for (Element c : item.getElementsByTag(name)) {
        Item found = c.parent() == item ? null : content(c, id, hints);
        if (found != null) {
          return found;
        }
      }
    }
    return new Item(id, ContentType.TEXT, null, hints);
  }

  private static Item content(Element c, String id, DocumentHints hints) {
    if (c.childrenSize() > 0) {
      // Atom's type="xhtml", or markup a feed writer forgot to escape
      return new Item(id, ContentType.HTML, c.html(), hints);
    }
    String s = c.wholeText();
    if (TextDecoder.isBlank(s)) {
      return null;
    }
    String declared = c.attr("type").toLowerCase(Locale.ROOT);
    boolean plain = declared.equals("text") || declared.equals("text/plain") || !MARKUP.matcher(s).find();
    return new Item(id, plain ? ContentType.TEXT : ContentType.HTML, s, hints);
  }

  private static String published(Element item) {
    String published = text(first(item, PUBLISHED));
    return published != null ? published : text(first(item, UPDATED));
  }

  /** The channel's (RSS) or feed's (Atom) title and language, read from the root the item hangs from. */
  private void readChannel(Element item) {
    Element root = item;
    while (root.parent() != null && root.parent().parent() != null) {
      root = root.parent();
    }
    Element channel = first(root, "channel");
    Element holder = channel != null ? channel : root;
    if (outlet == null) {
      outlet = plain(text(first(holder, TITLE)));
    }
    if (channelLanguage == null) {
      channelLanguage = text(first(holder, LANGUAGE));
      if (channelLanguage == null && !root.attr("xml:lang").isBlank()) {
        channelLanguage = root.attr("xml:lang").strip();
      }
    }
  }

  private static String link(Element item) {
    for (Element c : item.children()) {
      String name = c.normalName();
      if (name.equals("link") || name.equals("atom:link")) {
        if (c.hasAttr("href")) {
          String rel = c.attr("rel");
          if ((rel.isEmpty() || rel.equals("alternate")) && !c.attr("href").isBlank()) {
            return c.attr("href").strip();
          }
        } else if (text(c) != null) {
          return text(c);
        }
      }
    }
    if (!item.attr("rdf:about").isBlank()) {
      return item.attr("rdf:about").strip();
    }
    Element guid = first(item, "guid");
    String permalink = text(guid);
    if (permalink != null && !guid.attr("isPermaLink").equalsIgnoreCase("false") && permalink.startsWith("http")) {
      return permalink;
    }
    return null;
  }

  private static String byline(Element item) {
    Set<String> names = new LinkedHashSet<>();
    for (Element c : item.children()) {
      String name = c.normalName();
      if (name.equals("dc:creator")) {
        add(names, text(c));
      } else if (name.equals("author") || name.equals("atom:author")) {
        Element atomName = first(c, "name", "atom:name");
        if (atomName != null) {
          add(names, text(atomName));
        } else if (text(c) != null) {
          Matcher m = EMAIL_WITH_NAME.matcher(text(c));
          add(names, m.matches() ? m.group(1).strip() : text(c));
        }
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static void add(Set<String> names, String name) {
    if (name != null) {
      names.add(name);
    }
  }

  private static Element first(Element parent, String... names) {
    for (Element c : parent.children()) {
      for (String name : names) {
        if (c.normalName().equals(name)) {
          return c;
        }
      }
    }
    return null;
  }

  /** An element's text with white space collapsed; null when absent or blank. */
  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String s = Texts.collapseSpaces(e.wholeText());
    return s.isEmpty() ? null : s;
  }

  /** Text that may carry escaped markup (an HTML title), as plain text. */
  private static String plain(String s) {
    if (s == null || !MARKUP.matcher(s).find()) {
      return s;
    }
    String t = Texts.collapseSpaces(Jsoup.parseBodyFragment(s).text());
    return t.isEmpty() ? null : t;
  }
}
