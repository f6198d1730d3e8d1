package org.trucewatch.ingest;

/**
 * What the container of a document says about it before the page itself is read: a feed item's title and date, a JSON
 * line's fields, a WARC record's target URI. Every field may be null; cleaning prefers the page's own evidence where the
 * container is silent, and the container's where it speaks (a JSON line's {@code published} is authoritative).
 *
 * @param url the document's address
 * @param outlet the publishing site or agency
 * @param title a headline given by the container
 * @param byline author names given by the container
 * @param published a date or date-time as the container wrote it (not yet normalised)
 * @param language a language code given by the container
 */
public record DocumentHints(
    String url, String outlet, String title, String byline, String published, String language) {

  public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);

  public DocumentHints withUrl(String newUrl) {
    return new DocumentHints(newUrl, outlet, title, byline, published, language);
  }
}
