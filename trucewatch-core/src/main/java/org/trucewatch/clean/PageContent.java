package org.trucewatch.clean;

import java.util.List;

/**
 * What an extractor found on one page: the story's blocks with the page furniture removed, and the metadata it could
 * read. Fields other than {@code body}, {@code dates} and {@code removed} may be null.
 *
 * @param title the headline (never part of the body)
 * @param byline author names as printed
 * @param dateline the dateline as printed ("BAKU (Dispatches) –", "Sunday 25 October 2020 11:56 EDT")
 * @param outlet the site or agency name, from the page itself
 * @param url the canonical address, from the page itself
 * @param language a language the page declares
 * @param dates every candidate for the publication date, in page order
 * @param body the story's blocks, in reading order
 * @param captions captions of pictures that the cleaner kept out of the body
 * @param removed what was dropped and why
 */
public record PageContent(
    String title,
    String byline,
    String dateline,
    String outlet,
    String url,
    String language,
    List<DateCandidate> dates,
    List<Block> body,
    List<String> captions,
    List<RemovedBlock> removed) {

  public PageContent {
    dates = dates == null ? List.of() : List.copyOf(dates);
    body = body == null ? List.of() : List.copyOf(body);
    captions = captions == null ? List.of() : List.copyOf(captions);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }
}
