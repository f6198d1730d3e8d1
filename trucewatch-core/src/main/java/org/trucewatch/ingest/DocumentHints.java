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
 * @param conflict the id of the conflict profile the container says the document is about (a watched source's
 *     {@code conflict=} setting, a JSON line's {@code conflict}); checked against the profiles by the pipeline
 */
public record DocumentHints(
    String url, String outlet, String title, String byline, String published, String language, String conflict) {

  public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null, null);

  /** Hints without a conflict: what most containers know. */
  public DocumentHints(String url, String outlet, String title, String byline, String published, String language) {
    this(url, outlet, title, byline, published, language, null);
  }

  public DocumentHints withUrl(String newUrl) {
    return new DocumentHints(newUrl, outlet, title, byline, published, language, conflict);
  }
}
