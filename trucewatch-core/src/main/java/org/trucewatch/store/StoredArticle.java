package org.trucewatch.store;

import org.trucewatch.clean.Article;

/** An article as stored, with its syndication cluster and when it was ingested (ISO instant). */
public record StoredArticle(Article article, String cluster, String ingestedAt) {}
