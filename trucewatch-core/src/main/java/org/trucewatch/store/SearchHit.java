package org.trucewatch.store;

/**
 * A full-text match: the article, the matching event (or null for a match in the article's text), and a snippet with
 * the matched words marked by {@code [} and {@code ]}.
 */
public record SearchHit(String articleId, String eventId, String title, String snippet, double score) {}
