package org.trucewatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.trucewatch.store.SearchHit;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredArticle;

/**
 * Search hits as a reader wants them: one sentence carried by several copies of one wire story (one cluster), or
 * by several events of one article, is one row that names the other articles ({@code alsoIn}), and a page of rows
 * is taken after folding, so that {@code offset} and {@code limit} count what the reader sees. Stateless.
 */
public final class SearchRows {

  /**
   * One folded hit.
   *
   * @param hit the best-scoring hit of the row
   * @param events every event whose evidence it is (none for a match in an article's text)
   * @param alsoIn the other articles carrying the same text, in order of score
   */
  public record Row(SearchHit hit, List<String> events, List<String> alsoIn) {}

  /** A page of rows, and whether more follow. */
  public record Page(List<Row> rows, boolean more) {}

  private SearchRows() {}

  /** Folds hits (best first) by cluster and text; {@code clusterOf} gives an article's cluster (null: its own). */
  public static List<Row> fold(List<SearchHit> hits, Function<String, String> clusterOf) {
    Map<List<String>, List<SearchHit>> groups = new LinkedHashMap<>();
    for (SearchHit h : hits) {
      String cluster = clusterOf.apply(h.articleId());
      String text = h.snippet() == null ? "" : h.snippet().replaceAll("\\s+", " ").strip();
      groups.computeIfAbsent(List.of(cluster == null ? "article:" + h.articleId() : cluster,
          h.eventId() == null ? "article" : "evidence", text), k -> new ArrayList<>()).add(h);
    }
    // A match in an article's text that is the same sentence as an evidence hit of its story joins that hit.
    List<List<String>> keys = new ArrayList<>(groups.keySet());
    for (List<String> k : keys) {
      if (!k.get(1).equals("article")) {
        continue;
      }
      String text = plain(k.get(2));
      for (List<String> e : keys) {
        if (e.get(1).equals("evidence") && e.get(0).equals(k.get(0)) && groups.containsKey(e)
            && !text.isEmpty() && (plain(e.get(2)).contains(text) || text.contains(plain(e.get(2))))) {
          groups.get(e).addAll(groups.remove(k));
          break;
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (List<SearchHit> g : groups.values()) {
      SearchHit first = g.get(0);
      List<String> events = new ArrayList<>();
      List<String> also = new ArrayList<>();
      for (SearchHit h : g) {
        if (h.eventId() != null && !events.contains(h.eventId())) {
          events.add(h.eventId());
        }
        if (!h.articleId().equals(first.articleId()) && !also.contains(h.articleId())) {
          also.add(h.articleId());
        }
      }
      rows.add(new Row(first, List.copyOf(events), List.copyOf(also)));
    }
    return rows;
  }

  /** A snippet without its match marks and elisions, spaces folded. */
  private static String plain(String snippet) {
    return snippet.replace("[", "").replace("]", "").replace("\u2026", " ").replaceAll("\\s+", " ").strip();
  }

  /**
   * The folded rows {@code offset} to {@code offset + limit} of a query: asks the store for more hits until that
   * many rows are folded or the store has no more.
   */
  public static Page page(Store store, String query, int offset, int limit) {
    Map<String, String> clusters = new java.util.HashMap<>();
    Function<String, String> clusterOf = a -> clusters.computeIfAbsent(a, id -> store.article(id)
        .map(StoredArticle::cluster).orElse(null));
    int want = offset + limit + 1;
    int ask = Math.max(want * 4, 50);
    while (true) {
      List<SearchHit> hits = store.search(query, ask);
      List<Row> rows = fold(hits, clusterOf);
      // The store returns up to `ask` hits from each of its two indexes: fewer than asked means all were read.
      boolean exhausted = hits.size() < ask;
      if (rows.size() >= want || exhausted || ask >= 100_000) {
        List<Row> pageRows = rows.size() <= offset ? List.of()
            : rows.subList(offset, Math.min(rows.size(), offset + limit));
        return new Page(List.copyOf(pageRows), rows.size() > offset + limit);
      }
      ask *= 4;
    }
  }
}
