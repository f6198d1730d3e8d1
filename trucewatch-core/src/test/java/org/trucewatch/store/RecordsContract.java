package org.trucewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trucewatch.store.Fixtures.article;
import static org.trucewatch.store.Fixtures.attack;
import static org.trucewatch.store.Fixtures.stored;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;
import org.trucewatch.ingest.Rejection;

/** Every record goes in and comes out equal; replacing, re-clustering and re-dating behave as the interface says. */
abstract class RecordsContract extends StoreContract {

  @Test
  void articleWithEveryFieldRoundTrips() {
    Article a = Fixtures.fullArticle();
    write(tx -> tx.putArticle(a, "cluster-7"));

    StoredArticle back = store.article("full-1").orElseThrow();
    assertThat(back.article()).isEqualTo(a);
    assertThat(back.cluster()).isEqualTo("cluster-7");
    assertThat(back.ingestedAt()).isEqualTo("2024-03-01T08:00:00.000Z");
    assertThat(store.article("missing")).isEmpty();
  }

  @Test
  void articleWithoutOptionalFieldsRoundTripsAndIsItsOwnCluster() {
    Article a = new Article("bare", "bare.txt", null, null, null, null, null, null, null, null, null, "Text.",
        List.of(), null, null);
    write(tx -> tx.putArticle(a, null));

    StoredArticle back = store.article("bare").orElseThrow();
    assertThat(back.article()).isEqualTo(a);
    assertThat(back.cluster()).isEqualTo("bare");
  }

  @Test
  void hasArticleIsTrueOnlyForTheSameIdAndBytes() {
    Article a = article("a1", "Title", "2024-03-01", "Body.");
    assertThat(testIn(tx -> tx.hasArticle("a1", "sha-a1"))).isFalse();
    write(tx -> tx.putArticle(a, "c"));

    assertThat(testIn(tx -> tx.hasArticle("a1", "sha-a1"))).isTrue();
    assertThat(testIn(tx -> tx.hasArticle("a1", "other-bytes"))).isFalse();
    assertThat(testIn(tx -> tx.hasArticle("a2", "sha-a1"))).isFalse();
    assertThat(testIn(tx -> tx.hasArticle("a1", null))).isFalse();
  }

  @Test
  void puttingAnArticleAgainReplacesItAndKeepsOneRow() {
    write(tx -> tx.putArticle(article("a1", "Old title", "2024-03-01", "Old body."), "c1"));
    Article refetched = article("a1", "New title", "2024-03-02", "New body.");
    write(tx -> tx.putArticle(refetched, "c2"));

    StoredArticle back = store.article("a1").orElseThrow();
    assertThat(back.article()).isEqualTo(refetched);
    assertThat(back.cluster()).isEqualTo("c2");
    assertThat(store.stats().articles()).isEqualTo(1);
    assertThat(store.search("old", 10)).isEmpty();
    assertThat(store.search("new", 10)).extracting(SearchHit::articleId).containsExactly("a1");
  }

  @Test
  void setClusterMovesTheArticleAndItsEvents() {
    write(tx -> {
      tx.putArticle(article("a1", "T", null, "Body."), "c1");
      tx.putArticle(article("a2", "T", null, "Body."), "c2");
      tx.putEvents("a1", List.of(stored("e1", attack("a1", "2024-03-01", null, "A"))));
    });
    assertThat(store.events(List.of("e1")).get(0).cluster()).isEqualTo("c1");

    write(tx -> tx.setCluster("a1", "c2"));

    assertThat(store.article("a1").orElseThrow().cluster()).isEqualTo("c2");
    assertThat(store.events(List.of("e1")).get(0).cluster()).isEqualTo("c2");
    assertThat(listIn(tx -> tx.articlesInCluster("c2"))).containsExactly("a1", "a2");
    assertThat(listIn(tx -> tx.articlesInCluster("c1"))).isEmpty();
    assertThat(store.stats().clusters()).isEqualTo(1);
    assertThatThrownBy(() -> write(tx -> tx.setCluster("nope", "c2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  @Test
  void setPublishedDatesAnUndatedArticleAsInferredButNeverOverridesItsOwnDate() {
    write(tx -> {
      tx.putArticle(article("undated", "T", null, "Body."), "c");
      tx.putArticle(article("dated", "T", "2024-02-28", "Body."), "c");
    });
    PublishedDate fromCluster = new PublishedDate("2024-03-01", "Published 1 March", DateCandidate.Origin.META,
        false);

    write(tx -> {
      tx.setPublished("undated", fromCluster);
      tx.setPublished("dated", fromCluster);
    });

    assertThat(store.article("undated").orElseThrow().article().published())
        .isEqualTo(new PublishedDate("2024-03-01", "Published 1 March", DateCandidate.Origin.META, true));
    assertThat(store.article("dated").orElseThrow().article().published().value()).isEqualTo("2024-02-28");

    // An inferred date may be replaced by a better one from the cluster, or withdrawn.
    write(tx -> tx.setPublished("undated", new PublishedDate("2024-02-29", "x", null, true)));
    assertThat(store.article("undated").orElseThrow().article().published().value()).isEqualTo("2024-02-29");
    write(tx -> tx.setPublished("undated", null));
    assertThat(store.article("undated").orElseThrow().article().published()).isNull();
    assertThatThrownBy(() -> write(tx -> tx.setPublished("nope", fromCluster)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  @Test
  void eventsWithClaimsOfEveryStanceAndEvidenceRoundTrip() {
    Event attack = attack("a1", "2024-03-01", Fixtures.NORTHTOWN, "A");
    Event truce = Fixtures.truce("a1", "2024-03-02");
    Event report = Fixtures.casualtyReport("a1", "2024-03-01", "Health ministry of B", 12);
    write(tx -> {
      tx.putArticle(article("a1", "T", "2024-03-01", "Body."), "c9");
      tx.putEvents("a1", List.of(stored("e-attack", attack), stored("e-truce", truce), stored("e-report", report)));
    });

    List<StoredEvent> back = store.inTransaction(tx -> tx.eventsOf("a1"));
    assertThat(back).extracting(StoredEvent::id).containsExactly("e-attack", "e-truce", "e-report");
    assertThat(back).extracting(StoredEvent::event).containsExactly(attack, truce, report);
    assertThat(back).extracting(StoredEvent::cluster).containsOnly("c9");
    assertThat(back.get(0).event().claimedBy()).containsExactly("Ministry of Defence of B", "Local commander");
    assertThat(back.get(0).event().deniedBy()).containsExactly("Ministry of Defence of A");
    assertThat(back.get(0).event().acknowledgedBy()).containsExactly("Local commander");
  }

  @Test
  void eventsByIdComeInTheOrderAskedAndSkipUnknownIds() {
    write(tx -> {
      tx.putArticle(article("a1", "T", null, "Body."), "c");
      tx.putArticle(article("a2", "T", null, "Body."), "c");
      tx.putEvents("a1", List.of(stored("e1", attack("a1", "2024-03-01", null, "A"))));
      tx.putEvents("a2", List.of(stored("e2", attack("a2", "2024-03-02", null, "B"))));
    });

    assertThat(store.events(List.of("e2", "missing", "e1", "e2"))).extracting(StoredEvent::id)
        .containsExactly("e2", "e1");
    assertThat(listIn(tx -> tx.events(List.of("e1")))).hasSize(1);
    assertThat(store.events(List.of())).isEmpty();
  }

  @Test
  void puttingEventsReplacesAllOfAnArticlesEventsAndNoOtherArticles() {
    write(tx -> {
      tx.putArticle(article("a1", "T", null, "Body."), "c");
      tx.putArticle(article("a2", "T", null, "Body."), "c");
      tx.putEvents("a1", List.of(stored("e1", attack("a1", "2024-03-01", null, "A")),
          stored("e2", Fixtures.truce("a1", "2024-03-02"))));
      tx.putEvents("a2", List.of(stored("e3", attack("a2", "2024-03-01", null, "B"))));
    });

    write(tx -> tx.putEvents("a1", List.of(stored("e4", attack("a1", "2024-03-03", null, "B")))));

    assertThat(listIn(tx -> tx.eventsOf("a1"))).extracting(StoredEvent::id).containsExactly("e4");
    assertThat(listIn(tx -> tx.eventsOf("a2"))).extracting(StoredEvent::id).containsExactly("e3");
    assertThat(store.stats().events()).isEqualTo(2);
    assertThat(store.search("humanitarian", 10)).isEmpty();
    write(tx -> tx.putEvents("a1", List.of()));
    assertThat(store.stats().events()).isEqualTo(1);
  }

  @Test
  void eventsOfAnUnknownArticleOrUnderTheWrongArticleAreRefused() {
    write(tx -> tx.putArticle(article("a1", "T", null, "Body."), "c"));
    assertThatThrownBy(() -> write(tx -> tx.putEvents("ghost",
        List.of(stored("e1", attack("ghost", "2024-03-01", null, "A"))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
    assertThatThrownBy(() -> write(tx -> tx.putEvents("a1",
        List.of(stored("e1", attack("a2", "2024-03-01", null, "A"))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1");
  }

  @Test
  void incidentsRoundTripAndAreReplacedAndDeleted() {
    Incident full = Fixtures.incident("inc-1", EventType.ATTACK, "2024-03-01", "2024-03-02", Fixtures.NORTHTOWN,
        "A", Standing.CORROBORATED, "e1", "e2", "e3");
    Incident bare = new Incident("inc-2", EventType.TALKS, null, null, null, null, null, Standing.ALLEGED, null, 1,
        null, null, List.of());
    write(tx -> {
      tx.putIncident(full);
      tx.putIncident(bare);
    });
    assertThat(store.incident("inc-1")).contains(full);
    assertThat(store.incident("inc-2")).contains(bare);

    Incident merged = new Incident("inc-1", EventType.ATTACK, "missile", "2024-03-01", null, Fixtures.RIVERSIDE,
        null, Standing.OBSERVED, null, 3, 4, 9, List.of("e3", "e1"));
    write(tx -> tx.putIncident(merged));
    assertThat(store.incident("inc-1")).contains(merged);

    write(tx -> {
      tx.deleteIncident("inc-1");
      tx.deleteIncident("never-there");
    });
    assertThat(store.incident("inc-1")).isEmpty();
    assertThat(store.stats().incidents()).isEqualTo(1);
  }

  @Test
  void ceasefireRegisterRoundTripsInStartOrder() {
    Ceasefire later = new Ceasefire("cf-2", "Second truce", "2024-03-10T00:00+04:00", null, List.of("A", "B"),
        "Third State", "Capital City", "in_force", "register", List.of("e7"));
    Ceasefire first = new Ceasefire("cf-1", "First truce", "2024-03-01", "2024-03-09", List.of("A", "B"), null,
        null, "collapsed", "extracted", List.of());
    write(tx -> {
      tx.putCeasefire(later);
      tx.putCeasefire(first);
    });
    assertThat(store.ceasefires()).containsExactly(first, later);

    Ceasefire superseded = new Ceasefire("cf-2", "Second truce", "2024-03-10T00:00+04:00", "2024-03-20",
        List.of("A", "B"), "Third State", "Capital City", "superseded", "register", List.of("e7", "e8"));
    write(tx -> {
      tx.putCeasefire(superseded);
      tx.deleteCeasefire("cf-1");
    });
    assertThat(listIn(Store.Tx::ceasefires)).containsExactly(superseded);
    assertThat(store.stats().ceasefires()).isEqualTo(1);
  }

  @Test
  void fieldReportsRoundTripInTimeOrderAndByDay() {
    FieldReport morning = new FieldReport("fr-1", "Patrol 12", "2024-03-02T08:00+04:00", Fixtures.NORTHTOWN,
        "shelling", "from south-east", null, "Patrol heard 12 explosions.");
    FieldReport evening = new FieldReport("fr-2", "Patrol 3", "2024-03-02T19:30+04:00",
        new Location(null, 40.0, 46.0, null, null, "coordinates", null), "small-arms fire", null, "A", "Bursts.");
    FieldReport earlier = new FieldReport("fr-3", "Patrol 5", "2024-03-01", null, "explosion", null, null, null);
    write(tx -> {
      tx.putFieldReport(evening);
      tx.putFieldReport(morning);
      tx.putFieldReport(earlier);
    });

    assertThat(store.fieldReports()).containsExactly(earlier, morning, evening);
    assertThat(listIn(tx -> tx.fieldReportsBetween(LocalDate.of(2024, 3, 2),
        LocalDate.of(2024, 3, 2)))).containsExactly(morning, evening);
    assertThat(listIn(tx -> tx.fieldReportsBetween(LocalDate.of(2024, 3, 3),
        LocalDate.of(2024, 3, 9)))).isEmpty();
  }

  @Test
  void rejectionsAreKeptOncePerInputAndListedNewestFirst() {
    Rejection empty = new Rejection("in/empty.txt", null, Rejection.Reason.EMPTY, "the file is empty");
    Rejection badLine = new Rejection("in/feed.jsonl", "line 3", Rejection.Reason.MALFORMED, "not JSON");
    Rejection otherLine = new Rejection("in/feed.jsonl", "line 9", Rejection.Reason.INVALID, "no text");
    write(tx -> {
      tx.putRejection(empty);
      tx.putRejection(badLine);
    });
    write(tx -> {
      tx.putRejection(otherLine);
      tx.putRejection(empty);
    });

    assertThat(store.rejections(10)).containsExactly(empty, otherLine, badLine);
    assertThat(store.rejections(1)).containsExactly(empty);
    assertThat(store.stats().rejections()).isEqualTo(3);
  }

  @Test
  void forEachArticleVisitsEveryArticleOnce() {
    write(tx -> {
      for (int i = 0; i < 30; i++) {
        tx.putArticle(article(String.format("a%02d", i), "T", null, "Body " + i + "."), "c" + (i % 4));
      }
    });
    List<String> seen = new java.util.ArrayList<>();
    store.forEachArticle(a -> seen.add(a.article().id()));
    assertThat(seen).hasSize(30).doesNotHaveDuplicates();
    assertThat(store.stats()).isEqualTo(new Stats(30, 4, 0, 0, 0, 0, 0));
  }
}
