package org.trucewatch.dedup;

/**
 * A paragraph of one article that another article of its cluster carries too.
 *
 * @param paragraph the paragraph's index in this article
 * @param otherArticle the id of the article that carries it
 * @param otherParagraph the index of the matching paragraph there
 * @param similarity estimated Jaccard similarity of the two paragraphs' word shingles
 */
public record SharedParagraph(int paragraph, String otherArticle, int otherParagraph, double similarity) {}
