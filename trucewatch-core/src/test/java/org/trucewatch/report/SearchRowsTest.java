package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trucewatch.store.SearchHit;

/** One sentence carried by copies of a story, or by several events of one article, is one search row. */
class SearchRowsTest {

  @Test
  void copiesAndRepeatedEventsFoldIntoOneRowNamingTheOtherArticles() {
    String s = "Armenia and Azerbaijan reached a humanitarian [ceasefire] on Saturday.";
    List<SearchHit> hits = List.of(new SearchHit("b", "ev-1", null, s, 3), new SearchHit("a", "ev-2", "T", s, 3),
        new SearchHit("b", "ev-3", null, s, 3), new SearchHit("a", "ev-4", "T", s, 2),
        new SearchHit("c", "ev-5", "Other", s, 2), new SearchHit("a", null, "T", "\u2026humanitarian [ceasefire] on "
            + "Saturday\u2026", 1));
    Map<String, String> cluster = Map.of("a", "k1", "b", "k1", "c", "k2");
    List<SearchRows.Row> rows = SearchRows.fold(hits, cluster::get);
    assertThat(rows).hasSize(2); // k1 once (its article-text match joins it), and the independent outlet c
    assertThat(rows.get(0).hit().articleId()).isEqualTo("b");
    assertThat(rows.get(0).alsoIn()).containsExactly("a");
    assertThat(rows.get(0).events()).containsExactly("ev-1", "ev-2", "ev-3", "ev-4");
    assertThat(rows.get(1).hit().articleId()).isEqualTo("c");
    assertThat(rows.get(1).alsoIn()).isEmpty();
  }
}
