package org.trucewatch.clean;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: what every later stage reads. The body is the story's text with paragraphs separated by a blank
 * line; {@code paragraphs} gives their offsets into it, so every later span (a sentence, an event's evidence) can be
 * traced back to a paragraph.
 *
 * @param id the article's name (see {@link org.trucewatch.ingest.SourceDocument#id()})
 * @param sourceFile the input it came from
 * @param record where in that input, or null
 * @param sha256 hash of the raw bytes
 * @param url its address, or null
 * @param outlet the site or agency, or null
 * @param title the headline, or null
 * @param byline authors as printed, or null
 * @param dateline the dateline as printed, or null
 * @param published the publication date, or null when unknown
 * @param language ISO 639-1 code, or null when undetermined
 * @param body the clean text
 * @param paragraphs offsets of the body's paragraphs
 * @param captions picture captions kept out of the body
 * @param removed blocks that were dropped, and why
 * @param conflict the conflict profile its source was declared to cover (see
 *     {@link org.trucewatch.ingest.DocumentHints#conflict()}), or null to tell the conflict from the text
 */
public record Article(
    String id,
    String sourceFile,
    String record,
    String sha256,
    String url,
    String outlet,
    String title,
    String byline,
    String dateline,
    PublishedDate published,
    String language,
    String body,
    List<Paragraph> paragraphs,
    List<String> captions,
    List<RemovedBlock> removed,
    String conflict) {

  /** An article whose conflict is told from its text. */
  public Article(String id, String sourceFile, String record, String sha256, String url, String outlet, String title,
      String byline, String dateline, PublishedDate published, String language, String body, List<Paragraph> paragraphs,
      List<String> captions, List<RemovedBlock> removed) {
    this(id, sourceFile, record, sha256, url, outlet, title, byline, dateline, published, language, body, paragraphs,
        captions, removed, null);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    paragraphs = List.copyOf(paragraphs);
    captions = captions == null ? List.of() : List.copyOf(captions);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  /** The text of paragraph {@code i}. */
  public String paragraphText(int i) {
    Paragraph p = paragraphs.get(i);
    return body.substring(p.start(), p.end());
  }

  /** A copy with another publication date (one taken from the article's cluster). */
  public Article withPublished(PublishedDate date) {
    return new Article(id, sourceFile, record, sha256, url, outlet, title, byline, dateline, date, language, body,
        paragraphs, captions, removed, conflict);
  }

  /** A copy declared to be about another conflict, or about none the source knows ({@code null}). */
  public Article withConflict(String id) {
    return new Article(this.id, sourceFile, record, sha256, url, outlet, title, byline, dateline, published, language,
        body, paragraphs, captions, removed, id);
  }
}
