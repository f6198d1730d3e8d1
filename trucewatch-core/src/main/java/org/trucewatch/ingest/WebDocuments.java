package org.trucewatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.trucewatch.internal.Hashing;

/**
 * Documents fetched from the web rather than read from files: a feed's item links (with what each item says about its
 * page) and a fetched HTML page as one {@link IngestResult}, decoded as files are (the header's charset, else the
 * page's meta, else sniffing), named by its address. Pure functions of the bytes; thread-safe.
 */
public final class WebDocuments {

  private WebDocuments() {}

  /** One feed item that links to a page: the link is {@code hints.url()}. */
  public record Link(String id, DocumentHints hints) {}

  /** The items of an RSS or Atom feed that link to a page, in feed order, each link once. */
  public static List<Link> feedLinks(String name, byte[] bytes) {
    TextDecoder.Choice choice = TextDecoder.choose(bytes, bytes.length, null, TextDecoder.Markup.XML, false);
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes, choice.bomLength(), bytes.length - choice.bomLength()),
          choice.charset().name(), "", Parser.xmlParser());
    } catch (IOException e) {
      return List.of();
    }
    FeedItems items = new FeedItems(name);
    List<Link> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Element e : doc.getAllElements()) {
      if (FeedItems.isItem(e)) {
        items.next();
        FeedItems.Item item = items.read(e);
        String url = item.hints().url();
        if (url != null && !url.isBlank() && seen.add(url)) {
          out.add(new Link(item.id(), item.hints()));
        }
      }
    }
    return out;
  }

  /** Whether the bytes look like an RSS or Atom feed (as the file reader would tell). */
  public static boolean isFeed(byte[] bytes) {
    return FormatSniffer.sniff(bytes, Math.min(bytes.length, 64 * 1024), "feed").format()
        == FormatSniffer.Format.FEED;
  }

  /**
   * A fetched HTML page as ingestion reads one: named by {@code url}, hashed by its bytes, decoded by the declared
   * charset (may be null), else the page's own declaration, else sniffing; rejected when blank or not decodable.
   */
  public static IngestResult page(String url, byte[] bytes, String declaredCharset, DocumentHints hints) {
    try {
      TextDecoder.Decoded d = TextDecoder.decode(bytes, bytes.length, declaredCharset, TextDecoder.Markup.HTML);
      if (TextDecoder.isBlank(d.text())) {
        return IngestResult.rejected(url, null, Rejection.Reason.EMPTY, "the page is empty");
      }
      DocumentHints h = (hints == null ? DocumentHints.NONE : hints).withUrl(url);
      return IngestResult.of(new SourceDocument(url, url, null, ContentType.HTML, d.text(), Hashing.sha256(bytes), h));
    } catch (IngestException e) {
      return IngestResult.rejected(url, null, e.reason(), e.getMessage());
    }
  }
}
