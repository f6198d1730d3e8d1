package org.trucewatch.clean;

/**
 * Finds the story on a page: a small, immutable, thread-safe stage. Reads the decoded page text (HTML or plain text,
 * one extractor per kind) and writes a {@link PageContent}; it keeps no state between pages and owns nothing that must
 * be closed.
 */
@FunctionalInterface
public interface PageExtractor {

  /**
   * @param page the decoded page
   * @param url the page's address where known (for resolving relative links and URL dates), or null
   * @return the story and its metadata; an empty body when no story text was found
   */
  PageContent extract(String page, String url);
}
