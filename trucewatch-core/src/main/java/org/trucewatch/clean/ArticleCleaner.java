package org.trucewatch.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trucewatch.clean.lang.LanguageDetector;
import org.trucewatch.ingest.ContentType;
import org.trucewatch.ingest.DocumentHints;
import org.trucewatch.ingest.IngestResult;
import org.trucewatch.ingest.Rejection;
import org.trucewatch.ingest.SourceDocument;
import org.trucewatch.internal.Texts;

/**
 * Turns a read document into a clean {@link Article}: immutable and thread-safe. Reads a {@link SourceDocument};
 * chooses the page extractor for its content type, merges what the container said with what the page says (the
 * container wins for url, title and date, which it states on purpose; the page wins for the body), picks the
 * publication date, detects the language, and lays the body out as paragraphs separated by a blank line with their
 * offsets. A page with no story text becomes a {@link Rejection} with reason {@code NO_TEXT}.
 */
public final class ArticleCleaner {

  /** The outcome for one document: an article or the reason there is none. */
  public sealed interface Outcome permits Cleaned, Failed {}

  /** A clean article. */
  public record Cleaned(Article article) implements Outcome {}

  /** A document that held no article. */
  public record Failed(Rejection rejection) implements Outcome {}

  private final PageExtractor html;
  private final PageExtractor text;
  private final PublicationDates dates;
  private final LanguageDetector languages;
  private final int minBodyChars;

  public ArticleCleaner(PageExtractor html, PageExtractor text, PublicationDates dates, LanguageDetector languages,
      int minBodyChars) {
    this.html = html;
    this.text = text;
    this.dates = dates;
    this.languages = languages;
    this.minBodyChars = minBodyChars;
  }

  public Outcome clean(SourceDocument doc) {
    DocumentHints hints = doc.hints();
    PageContent page = (doc.type() == ContentType.HTML ? html : text).extract(doc.content(), hints.url());

    StringBuilder body = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    int[] paragraphAt = new int[page.body().size() + 1]; // a body block's paragraph, empty blocks being skipped
    int block = 0;
    for (Block b : page.body()) {
      paragraphAt[block++] = paragraphs.size();
      String t = Texts.collapseSpaces(b.text());
      if (t.isEmpty()) {
        continue;
      }
      if (body.length() > 0) {
        body.append("\n\n");
      }
      paragraphs.add(new Paragraph(body.length(), body.length() + t.length(), b.kind()));
      body.append(t);
    }
    paragraphAt[block] = paragraphs.size();
    List<RemovedBlock> removed = new ArrayList<>();
    for (RemovedBlock r : page.removed()) { // where a dropped block stood, as the clean body's paragraph it preceded
      Integer at = r.before() == null || r.before() > block ? null : paragraphAt[r.before()];
      removed.add(new RemovedBlock(r.text(), r.reason(), at));
    }
    if (body.length() < Math.max(1, minBodyChars)) {
      String why = body.length() == 0 ? "no article text found on the page"
          : "article text too short (" + body.length() + " characters)";
      return new Failed(new Rejection(doc.sourceFile(), doc.record(), Rejection.Reason.NO_TEXT, why));
    }

    List<DateCandidate> candidates = new ArrayList<>();
    if (hints.published() != null && !hints.published().isBlank()) {
      candidates.add(new DateCandidate(hints.published(), DateCandidate.Origin.CONTAINER));
    }
    candidates.addAll(page.dates());
    String url = firstNonBlank(hints.url(), page.url());
    if (url != null) {
      candidates.add(new DateCandidate(url, DateCandidate.Origin.URL));
    }
    PublishedDate published = dates.choose(candidates).orElse(null);

    String language = languageOf(hints.language(), page.language(), body);
    String outlet = firstNonBlank(hints.outlet(), page.outlet(), hostOf(url));
    Article article = new Article(doc.id(), doc.sourceFile(), doc.record(), doc.sha256(), url, outlet,
        firstNonBlank(hints.title(), page.title()), firstNonBlank(hints.byline(), page.byline()), page.dateline(),
        published, language, body.toString(), paragraphs, page.captions(), removed,
        firstNonBlank(hints.conflict()));
    return new Cleaned(article);
  }

  /** Cleans a read result, passing a rejection through. */
  public Outcome clean(IngestResult result) {
    if (result instanceof IngestResult.Rejected r) {
      return new Failed(r.rejection());
    }
    return clean(((IngestResult.Read) result).document());
  }

  private String languageOf(String declaredByContainer, String declaredByPage, CharSequence body) {
    String detected = languages.detect(body);
    if (detected != null) {
      return detected;
    }
    String declared = firstNonBlank(declaredByContainer, declaredByPage);
    if (declared == null) {
      return null;
    }
    String code = declared.strip().toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    code = dash > 0 ? code.substring(0, dash) : code;
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    return Optional.ofNullable(java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank())
        .findFirst().orElse(null)).map(String::strip).orElse(null);
  }
}
