package org.trucewatch.clean.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.trucewatch.internal.Texts;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says about its article, read leniently: comments,
 * raw control characters and trailing commas are accepted, and a script that still does not parse is skipped, since
 * publishers' JSON is often hand-made.
 *
 * @param headline the article's headline, or null
 * @param articleBody the article's text as the publisher gives it, or null
 * @param authors author names in order
 * @param publisher the publisher's name, or null
 * @param url the article's own address, or null
 * @param language the declared {@code inLanguage}, or null
 * @param datesPublished every {@code datePublished} of an article or page object, in page order
 */
record JsonLd(
    String headline,
    String articleBody,
    List<String> authors,
    String publisher,
    String url,
    String language,
    List<String> datesPublished) {

  static final JsonLd EMPTY = new JsonLd(null, null, List.of(), null, null, null, List.of());

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();

  /** Types whose dates are not the page's: pictures, videos, people, organisations, comments. */
  private static final Set<String> NOT_THE_PAGE = Set.of(
      "imageobject", "videoobject", "audioobject", "mediaobject", "person", "organization", "newsmediaorganization",
      "comment", "review", "event", "product", "breadcrumblist", "listitem", "searchaction", "sitenavigationelement");

  JsonLd {
    authors = List.copyOf(authors);
    datesPublished = List.copyOf(datesPublished);
  }

  /** Reads every JSON-LD script of {@code doc}; {@link #EMPTY} when there is none. */
  static JsonLd read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type]")) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        continue;
      }
      try {
        JsonNode root = MAPPER.readTree(script.data().trim());
        if (root != null) {
          flatten(root, objects, 0);
        }
      } catch (JsonProcessingException e) {
        // A broken script is common on real sites and says nothing about the article: skip it.
      }
    }
    if (objects.isEmpty()) {
      return EMPTY;
    }
    Builder b = new Builder();
    for (JsonNode o : objects) {
      b.add(o);
    }
    return b.build();
  }

  /** Collects the objects of arrays and {@code @graph}s, and the objects an article names as its main entity. */
  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > 6 || node == null) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        flatten(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        flatten(main, out, depth + 1);
      }
    }
  }

  static boolean isArticleType(JsonNode o) {
    for (String t : types(o)) {
      if (t.endsWith("article") || t.endsWith("posting") || t.equals("report") || t.equals("newsarticle")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> types(JsonNode o) {
    List<String> out = new ArrayList<>();
    JsonNode t = o.get("@type");
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        out.add(x.asText().toLowerCase(Locale.ROOT));
      }
    } else {
      out.add(t.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** A text value: a string, the first of an array, or an object's {@code name}. */
  static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      JsonNode name = n.get("name");
      return name == null ? null : text(name);
    }
    String s = Texts.collapseSpaces(n.asText());
    return s.isEmpty() ? null : s;
  }

  private static final class Builder {
    String headline;
    String body;
    final Set<String> authors = new LinkedHashSet<>();
    String publisher;
    String url;
    String language;
    final List<String> dates = new ArrayList<>();

    void add(JsonNode o) {
      List<String> types = types(o);
      if (types.stream().anyMatch(NOT_THE_PAGE::contains)) {
        return;
      }
      boolean article = isArticleType(o);
      String date = text(o.get("datePublished"));
      if (date != null && (article || types.contains("webpage") || types.isEmpty())) {
        dates.add(date);
      }
      if (!article) {
        return;
      }
      if (headline == null) {
        headline = text(o.get("headline"));
      }
      if (body == null) {
        JsonNode ab = o.get("articleBody");
        if (ab != null && ab.isTextual() && !ab.asText().isBlank()) {
          body = ab.asText();
        }
      }
      addAuthors(o.get("author"));
      if (publisher == null) {
        publisher = text(o.get("publisher"));
      }
      if (url == null) {
        url = text(o.get("url"));
        if (url == null) {
          JsonNode main = o.get("mainEntityOfPage");
          url = main != null && main.isObject() ? text(main.get("@id")) : text(main);
        }
      }
      if (language == null) {
        language = text(o.get("inLanguage"));
      }
    }

    void addAuthors(JsonNode a) {
      if (a == null) {
        return;
      }
      if (a.isArray()) {
        for (JsonNode x : a) {
          addAuthors(x);
        }
        return;
      }
      String name = text(a);
      if (name != null && !name.startsWith("http")) {
        authors.add(name);
      }
    }

    JsonLd build() {
      return new JsonLd(headline, body, new ArrayList<>(authors), publisher, url, language, dates);
    }
  }
}
