package org.trucewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.clean.PublishedDate;

/** An {@link Article} with its cluster and ingestion time as a row of {@code articles}; lists as JSON text. */
final class ArticleRows {

  static final String COLUMNS = "id, source_file, record, sha256, url, outlet, title, byline, dateline, published, "
      + "published_evidence, published_origin, published_inferred, language, body, paragraphs, captions, removed, "
      + "cluster, ingested_at, conflict";

  /** Insert or replace: an update in place keeps the row (and its full-text key) when a story is re-fetched. */
  static final String UPSERT = "INSERT INTO articles (" + COLUMNS + ") VALUES ("
      + Sql.placeholders(21) + ") ON CONFLICT (id) DO UPDATE SET source_file = excluded.source_file, "
      + "record = excluded.record, sha256 = excluded.sha256, url = excluded.url, outlet = excluded.outlet, "
      + "title = excluded.title, byline = excluded.byline, dateline = excluded.dateline, "
      + "published = excluded.published, published_evidence = excluded.published_evidence, "
      + "published_origin = excluded.published_origin, published_inferred = excluded.published_inferred, "
      + "language = excluded.language, body = excluded.body, paragraphs = excluded.paragraphs, "
      + "captions = excluded.captions, removed = excluded.removed, cluster = excluded.cluster, "
      + "ingested_at = excluded.ingested_at, conflict = excluded.conflict";

  static final String SELECT = "SELECT " + COLUMNS + " FROM articles";

  /** Newest first: by publication (undated last), then by ingestion, then by id for a stable order. */
  static final String NEWEST_FIRST = " ORDER BY (published IS NULL), published DESC, ingested_at DESC, id";

  static final String SET_PUBLISHED = "UPDATE articles SET published = ?, published_evidence = ?, "
      + "published_origin = ?, published_inferred = ? WHERE id = ?";

  private ArticleRows() {}

  static void bind(Sql.Params p, Article a, String cluster, String ingestedAt) throws SQLException {
    PublishedDate d = a.published();
    p.text(a.id()).text(a.sourceFile()).text(a.record()).text(a.sha256()).text(a.url()).text(a.outlet())
        .text(a.title()).text(a.byline()).text(a.dateline());
    bindPublished(p, d);
    p.text(a.language()).text(a.body()).text(Json.write(a.paragraphs())).text(Json.write(a.captions()))
        .text(Json.write(a.removed())).text(cluster).text(ingestedAt).text(a.conflict());
  }

  static void bindPublished(Sql.Params p, PublishedDate d) throws SQLException {
    if (d == null) {
      p.text(null).text(null).text(null).bool(null);
    } else {
      p.text(d.value()).text(d.evidence()).name(d.origin()).bool(d.inferred());
    }
  }

  static StoredArticle read(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    String value = rs.getString("published");
    PublishedDate published = value == null ? null : new PublishedDate(value, rs.getString("published_evidence"),
        Sql.name(rs, "published_origin", DateCandidate.Origin.class),
        Boolean.TRUE.equals(Sql.bool(rs, "published_inferred")));
    List<Paragraph> paragraphs = Json.read(rs.getString("paragraphs"), Json.PARAGRAPHS, "paragraphs of " + id);
    Article article = new Article(id, rs.getString("source_file"), rs.getString("record"), rs.getString("sha256"),
        rs.getString("url"), rs.getString("outlet"), rs.getString("title"), rs.getString("byline"),
        rs.getString("dateline"), published, rs.getString("language"), rs.getString("body"), paragraphs,
        Json.read(rs.getString("captions"), Json.STRINGS, "captions of " + id),
        Json.read(rs.getString("removed"), Json.REMOVED, "removed blocks of " + id), rs.getString("conflict"));
    return new StoredArticle(article, rs.getString("cluster"), rs.getString("ingested_at"));
  }
}
