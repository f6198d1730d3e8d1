package org.trucewatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Full-text search over article titles and bodies and over evidence sentences, one query per index, merged by score
 * (higher is better). SQLite ranks with FTS5's BM25 and marks with {@code snippet}/{@code highlight}; PostgreSQL with
 * {@code ts_rank_cd} and {@code ts_headline}. The user's text only ever travels as a bound parameter: to FTS5
 * {@code MATCH} after {@link SearchSyntax} has quoted it, to PostgreSQL as the texts of {@code phraseto_tsquery} calls
 * that {@link SearchSyntax#toTsquery} combines (so that "ceasefire" finds "cease-fire" there too).
 */
final class FullTextSearch {

  private static final String SQLITE_ARTICLES = "SELECT a.id, a.title, "
      + "snippet(articles_fts, -1, '[', ']', '…', 24) AS snippet, -bm25(articles_fts, 2.0, 1.0) AS score "
      + "FROM articles_fts JOIN articles a ON a.search_key = articles_fts.rowid "
      + "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 2.0, 1.0), a.id LIMIT ?";

  private static final String SQLITE_EVIDENCE = "SELECT v.article_id, v.event_id, a.title, "
      + "highlight(evidence_fts, 0, '[', ']') AS snippet, -bm25(evidence_fts) AS score "
      + "FROM evidence_fts JOIN evidence v ON v.search_key = evidence_fts.rowid "
      + "JOIN articles a ON a.id = v.article_id "
      + "WHERE evidence_fts MATCH ? ORDER BY bm25(evidence_fts), v.event_id, v.ord LIMIT ?";

  private static final String PG_OPTIONS = "'StartSel=[, StopSel=], MaxWords=35, MinWords=15, MaxFragments=1'";

  // The headline is made for the hits kept, not every match: ts_headline re-parses the text.
  private static final String PG_ARTICLES = "SELECT t.id, t.title, CASE WHEN "
      + "to_tsvector('english', COALESCE(t.title, '')) @@ t.q THEN ts_headline('english', t.title, t.q, "
      + PG_OPTIONS + ") ELSE ts_headline('english', t.body, t.q, " + PG_OPTIONS + ") END AS snippet, t.score "
      + "FROM (SELECT a.id, a.title, a.body, q, ts_rank_cd(a.search_vector, q) AS score "
      + "FROM articles a, (SELECT QUERY AS q) x WHERE a.search_vector @@ q "
      + "ORDER BY score DESC, a.id LIMIT ?) t ORDER BY t.score DESC, t.id";

  private static final String PG_EVIDENCE = "SELECT t.article_id, t.event_id, a.title, "
      + "ts_headline('english', t.text, t.q, 'StartSel=[, StopSel=], HighlightAll=true') AS snippet, t.score "
      + "FROM (SELECT v.article_id, v.event_id, v.ord, v.text, q, ts_rank_cd(v.search_vector, q) AS score "
      + "FROM evidence v, (SELECT QUERY AS q) x WHERE v.search_vector @@ q "
      + "ORDER BY score DESC, v.event_id, v.ord LIMIT ?) t JOIN articles a ON a.id = t.article_id "
      + "ORDER BY t.score DESC, t.event_id, t.ord";

  private FullTextSearch() {}

  /** The best {@code limit} hits for a query in the plain search syntax; none for a query with no words. */
  static List<SearchHit> search(Connection c, Dialect dialect, String query, int limit) throws SQLException {
    if (query == null || query.isBlank() || limit <= 0) {
      return List.of();
    }
    List<String> params = new ArrayList<>();
    String q = dialect == Dialect.SQLITE ? SearchSyntax.toFts5(query) : SearchSyntax.toTsquery(query, params);
    if (q.isBlank()) {
      return List.of();
    }
    if (dialect == Dialect.SQLITE) {
      params.add(q);
    }
    String articles = dialect == Dialect.SQLITE ? SQLITE_ARTICLES : PG_ARTICLES.replace("QUERY", q);
    String evidence = dialect == Dialect.SQLITE ? SQLITE_EVIDENCE : PG_EVIDENCE.replace("QUERY", q);
    List<SearchHit> hits = new ArrayList<>();
    hits.addAll(Sql.list(c, articles, p -> p.texts(params).integer(limit), rs -> new SearchHit(rs.getString(1),
        null, rs.getString(2), rs.getString(3), rs.getDouble(4))));
    hits.addAll(Sql.list(c, evidence, p -> p.texts(params).integer(limit), rs -> new SearchHit(rs.getString(1),
        rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5))));
    hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
  }
}
