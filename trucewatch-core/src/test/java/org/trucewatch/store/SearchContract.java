package org.trucewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.store.Fixtures.article;
import static org.trucewatch.store.Fixtures.stored;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Evidence;

/** Full-text search over titles, bodies and evidence sentences, in the same plain syntax on both databases. */
abstract class SearchContract extends StoreContract {

  @BeforeEach
  void storeArticles() {
    write(tx -> {
      tx.putArticle(article("drones", "Drone strike hits fuel depot", "2024-03-01",
          "A drone struck the fuel depot outside Riverside on Friday night.",
          "Firefighters worked until morning to contain the blaze."), "c1");
      tx.putArticle(article("talks", "Foreign ministers meet", "2024-03-02",
          "The foreign ministers met in the capital to discuss prisoner exchanges.",
          "No agreement on the border was reached."), "c2");
      tx.putArticle(article("quiet", "Market prices", "2024-03-03",
          "Grain prices rose in the central market."), "c3");
      Evidence sentence = new Evidence(4, 210, 290, "Witnesses said mortar rounds landed near the hospital in "
          + "Northtown.");
      tx.putEvents("talks", List.of(stored("ev-mortar", new Event("talks", EventType.ATTACK, "shelling",
          java.time.LocalDate.of(2024, 3, 2), null, null, org.trucewatch.extract.DateBasis.EXPLICIT, Fixtures.NORTHTOWN,
          "A", "A", null, false, "the hospital", List.of(),
          null, List.of(), null, List.of(sentence)))));
    });
  }

  private List<String> articleHits(String query) {
    return store.search(query, 20).stream().filter(h -> h.eventId() == null).map(SearchHit::articleId).toList();
  }

  @Test
  void aWordOfABodyFindsItsArticleWithAMarkedSnippet() {
    List<SearchHit> hits = store.search("firefighters", 10);
    assertThat(hits).hasSize(1);
    SearchHit hit = hits.get(0);
    assertThat(hit.articleId()).isEqualTo("drones");
    assertThat(hit.eventId()).isNull();
    assertThat(hit.title()).isEqualTo("Drone strike hits fuel depot");
    assertThat(hit.snippet()).containsIgnoringCase("[firefighters]");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void aWordOfAnEvidenceSentenceFindsTheEvent() {
    List<SearchHit> hits = store.search("mortar", 10);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).articleId()).isEqualTo("talks");
    assertThat(hits.get(0).eventId()).isEqualTo("ev-mortar");
    assertThat(hits.get(0).title()).isEqualTo("Foreign ministers meet");
    assertThat(hits.get(0).snippet()).isEqualTo("Witnesses said [mortar] rounds landed near the hospital in "
        + "Northtown.");
  }

  @Test
  void wordsMatchTheirInflectionsAndTitles() {
    assertThat(articleHits("strikes")).containsExactly("drones");
    assertThat(articleHits("minister")).containsExactly("talks");
    assertThat(articleHits("DEPOT")).containsExactly("drones");
  }

  @Test
  void everyWordMustMatchAndPhrasesMatchInOrder() {
    assertThat(articleHits("foreign ministers")).containsExactly("talks");
    assertThat(articleHits("foreign grain")).isEmpty();
    assertThat(articleHits("\"prisoner exchanges\"")).containsExactly("talks");
    assertThat(articleHits("\"exchanges prisoner\"")).isEmpty();
  }

  @Test
  void orAndExclusionWork() {
    assertThat(articleHits("grain or firefighters")).containsExactlyInAnyOrder("quiet", "drones");
    assertThat(articleHits("prices -grain")).isEmpty();
    assertThat(articleHits("market -drone")).containsExactly("quiet");
  }

  @Test
  void noMatchIsAnEmptyList() {
    assertThat(store.search("submarine", 10)).isEmpty();
    assertThat(store.search("", 10)).isEmpty();
    assertThat(store.search("   ", 10)).isEmpty();
    assertThat(store.search(null, 10)).isEmpty();
    assertThat(store.search("market", 0)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unclosed phrase", "AND OR NOT", "title:grain", "grain*", "NEAR(grain prices",
      "(grain", "grain)", "^grain", "\"\"", "***", "-", "' OR 1=1; DROP TABLE articles; --"})
  void queriesThatFts5CouldNotParseAreReadAsPlainText(String query) {
    // None of these throws: operators and punctuation are text to the plain syntax, so each either finds the
    // words it holds or nothing.
    List<SearchHit> hits = store.search(query, 10);
    assertThat(hits).allSatisfy(h -> assertThat(h.articleId()).isIn("quiet", "drones", "talks"));
    assertThat(store.stats().articles()).isEqualTo(3);
  }

  @Test
  void punctuationAroundWordsDoesNotHideThem() {
    assertThat(articleHits("grain*")).containsExactly("quiet");
    assertThat(articleHits("\"central market")).containsExactly("quiet");
    assertThat(articleHits("title:grain")).isEmpty();
  }

  @Test
  void theLimitCutsTheBestHits() {
    write(tx -> {
      for (int i = 0; i < 12; i++) {
        tx.putArticle(article("rep-" + i, "Report " + i, null, "Shelling was reported again, report " + i + "."),
            "r" + i);
      }
    });
    assertThat(store.search("shelling", 5)).hasSize(5);
    assertThat(store.search("shelling", 50)).hasSize(12);
  }

  @Test
  void closedAndHyphenatedSpellingsFindEachOther() {
    write(tx -> {
      tx.putArticle(article("closed", "Ceasefire holds", null, "The ceasefire held overnight in the south."), "h1");
      tx.putArticle(article("hyphen", "Cease-fire broken", null, "The cease-fire was broken near the river."), "h2");
    });
    assertThat(articleHits("ceasefire")).containsExactlyInAnyOrder("closed", "hyphen");
    assertThat(articleHits("cease-fire")).containsExactlyInAnyOrder("closed", "hyphen");
    assertThat(articleHits("Cease-Fire river")).containsExactly("hyphen");
    assertThat(articleHits("ceasefire -river")).containsExactly("closed");
    assertThat(articleHits("\"ceasefire held\"")).containsExactly("closed");
  }
}
