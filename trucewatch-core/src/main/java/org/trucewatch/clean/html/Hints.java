package org.trucewatch.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about its role, read the way web
 * developers name things across sites: the attribute values are split into words ({@code relatedArticles},
 * {@code related-articles} and {@code related_articles} all give "related"), and the words are compared with small
 * vocabularies of content and furniture names. Stateless and thread-safe.
 */
final class Hints {

  /** What an element's names say. */
  enum Role {
    /** The story itself: article-body, entry-content, story-text, itemprop=articleBody. */
    CONTENT,
    /** Page furniture: share bars, related links, comments, newsletters, ads, navigation, footers. */
    FURNITURE,
    /** Comments and reader discussion. */
    COMMENTS,
    /** A picture caption or credit. */
    CAPTION,
    /** Nothing either way. */
    NONE
  }

  /** Words that name the story container, alone or with a neighbour (article+body, entry+content). */
  private static final Set<String> CONTENT_WORDS = Set.of(
      "article", "articles", "story", "entry", "post", "content", "body", "text", "main", "blog", "hentry",
      "articlebody", "storybody", "postbody", "entrycontent", "postcontent", "articletext", "storytext",
      "bodytext", "maincontent", "richtext", "prose", "copy", "bodycopy");

  /** Strong content names: pairs of words that mean "the text of the story". */
  private static final Set<String> CONTENT_PAIRS = Set.of(
      "article body", "article content", "article text", "article copy", "article entry", "story body",
      "story content", "story text", "story copy", "entry content", "entry body", "entry text", "post body",
      "post content", "post text", "post entry", "body text", "body copy", "rich text", "news text", "news body",
      "article detail", "text body");

  private static final Set<String> CONTENT_SINGLE = Set.of(
      "articlebody", "storybody", "postbody", "entrycontent", "postcontent", "articletext", "storytext",
      "bodytext", "articlecontent", "storycontent", "richtext", "bodycopy", "prose", "hentry");

  /**
   * Word stems that mark furniture even beside a content word ("related-articles", "article-share"); a word matches
   * when it starts with one.
   */
  private static final List<String> STRONG_FURNITURE = List.of(
      "share", "sharing", "social", "sociable", "related", "recommend", "newsletter", "subscri", "signup", "promo",
      "sponsor", "advert", "adslot", "adunit", "adbox", "adwrap", "adcontainer", "outbrain", "taboola", "recirc",
      "trending", "popular", "donat", "cookie", "consent", "gdpr", "breadcrumb", "byline", "dateline",
      "readmore", "nextstory", "prevstory",
      "newsfeed", "disclaimer", "copyright", "sronly", "screenreader", "visuallyhidden", "offscreen");

  /** Word stems of furniture that a content word beside them overrules ("content-with-sidebar"). */
  private static final List<String> WEAK_FURNITURE = List.of(
      "footer", "sidebar", "navbar", "navigation", "menu", "header", "masthead", "banner", "widget", "popup",
      "modal", "toolbar", "rail", "tags", "tagcloud", "topics", "pagination", "pager", "login", "register",
      "skyscraper", "teaser", "author", "timestamp", "meta", "supplemental", "sticky", "overlay", "alert",
      "notification", "print", "utility", "tools", "feed", "jump", "toc", "follow", "aside", "extra", "complementary",
      "contentinfo");

  /** Whole words of furniture too short to use as stems. */
  private static final Set<String> FURNITURE_WORDS = Set.of(
      "ad", "ads", "nav", "navi", "tag", "bio", "cta", "rss", "sns", "dfp", "gpt", "mpu", "more", "next", "prev",
      "links", "sr", "promo");

  private static final List<String> COMMENT_STEMS = List.of("comment", "disqus", "discussion", "replies",
      "respond", "reply");

  private static final List<String> CAPTION_STEMS = List.of("caption", "credit", "figcaption");

  private Hints() {}

  /** The lower-case words of an element's class, id, role and itemprop. */
  static List<String> words(Element e) {
    List<String> out = new ArrayList<>();
    addWords(e.className(), out);
    addWords(e.id(), out);
    addWords(e.attr("role"), out);
    addWords(e.attr("itemprop"), out);
    return out;
  }

  /** Splits a name on non-letters and on lower-to-upper case changes. */
  static void addWords(String value, List<String> out) {
    if (value == null || value.isEmpty()) {
      return;
    }
    StringBuilder w = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(w, out);
      } else {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
          flush(w, out);
        }
        w.append(Character.toLowerCase(c));
      }
      prev = c;
    }
    flush(w, out);
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      out.add(w.toString());
      w.setLength(0);
    }
  }

  /** The role an element's names give it; {@link Role#NONE} when they say nothing or contradict each other. */
  static Role role(Element e) {
    if (e.normalName().equals("figcaption")) {
      return Role.CAPTION;
    }
    List<String> words = words(e);
    if (words.isEmpty()) {
      return Role.NONE;
    }
    boolean strongContent = false;
    boolean weakContent = false;
    boolean comments = false;
    boolean caption = false;
    boolean strongFurniture = false;
    boolean weakFurniture = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (CONTENT_SINGLE.contains(w) || i + 1 < words.size() && CONTENT_PAIRS.contains(w + " " + words.get(i + 1))) {
        strongContent = true;
      }
      weakContent |= CONTENT_WORDS.contains(w);
      comments |= startsWithAny(w, COMMENT_STEMS) && !w.startsWith("commentary");
      caption |= startsWithAny(w, CAPTION_STEMS);
      strongFurniture |= startsWithAny(w, STRONG_FURNITURE) || FURNITURE_WORDS.contains(w);
      weakFurniture |= startsWithAny(w, WEAK_FURNITURE);
    }
    if (strongContent) {
      return Role.CONTENT;
    }
    if (comments) {
      return Role.COMMENTS;
    }
    if (caption) {
      return Role.CAPTION;
    }
    if (strongFurniture || weakFurniture && !weakContent) {
      return Role.FURNITURE;
    }
    return Role.NONE;
  }

  /** Word stems of boxes that list other pages: their dates are those pages' dates. */
  private static final List<String> OTHER_PAGES = List.of(
      "related", "recommend", "popular", "trending", "teaser", "recirc", "outbrain", "taboola", "more", "card",
      "latest", "headlines", "river", "feed", "list");

  /** Whether an element is a box listing other pages, or comments on this one. */
  static boolean listsOtherPages(Element e) {
    for (String w : words(e)) {
      if (startsWithAny(w, OTHER_PAGES) || startsWithAny(w, COMMENT_STEMS) && !w.startsWith("commentary")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a blockquote is a social-network post embedded in the story. */
  static boolean isEmbeddedPost(Element e) {
    for (String w : words(e)) {
      if (w.startsWith("tweet") || w.startsWith("twitter") || w.startsWith("instagram") || w.startsWith("tiktok")
          || w.startsWith("facebook") || w.equals("embed") || w.startsWith("reddit") || w.startsWith("telegram")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String w, List<String> stems) {
    for (String s : stems) {
      if (w.startsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
