package org.trucewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trucewatch.store.Fixtures.article;
import static org.trucewatch.store.Fixtures.incident;
import static org.trucewatch.store.Fixtures.stored;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;

/** The reading side: date spans, every incident filter, paging, and the orders the interface promises. */
abstract class QueriesContract extends StoreContract {

  private static final Location AGDAM = new Location("Ağdam", 39.99, 46.93, "AZ", "Qarabağ", "place", "Aghdam");

  @BeforeEach
  void storeIncidents() {
    write(tx -> {
      tx.putIncident(incident("inc-01", EventType.ATTACK, "2024-03-01", null, Fixtures.NORTHTOWN, "Side A",
          Standing.ALLEGED, "e1"));
      tx.putIncident(incident("inc-02", EventType.ATTACK, "2024-03-03", "2024-03-06", Fixtures.RIVERSIDE, "Side B",
          Standing.DISPUTED, "e2"));
      tx.putIncident(incident("inc-03", EventType.ATTACK, "2024-03-08", null, AGDAM, "Side A",
          Standing.CORROBORATED, "e3"));
      tx.putIncident(incident("inc-04", EventType.CEASEFIRE, "2024-03-04", null, null, null,
          Standing.ACKNOWLEDGED, "e4"));
      tx.putIncident(incident("inc-05", EventType.ATTACK, null, null, null, "Side B", Standing.OBSERVED, "e5"));
      tx.putIncident(incident("inc-06", EventType.ATTACK, "2024-03-05", null, Fixtures.NORTHTOWN, null,
          Standing.OBSERVED, "e6"));
    });
  }

  private List<String> between(EventType type, String from, String to) {
    return store.inTransaction(tx -> tx.incidentsBetween(type, from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to))).stream().map(Incident::id).toList();
  }

  private List<String> near(String from, String to, Location place, double radiusKm) {
    return store.inTransaction(tx -> tx.incidentsNear(EventType.ATTACK, LocalDate.parse(from), LocalDate.parse(to),
        place, radiusKm)).stream().map(Incident::id).toList();
  }

  @Test
  void incidentsNearFindThoseWithAMentionCloseInPlaceAndTime() {
    Location eastOfNorthtown = new Location("Eastville", 40.1, 46.26, "AZ", "Eastern Province", "place", "Eastville");
    write(tx -> {
      tx.putArticle(article("n1", "Shelling", "2024-05-10", "Shelling near Northtown."), null);
      tx.putEvents("n1", List.of(
          stored("ev-near", Fixtures.attack("n1", "2024-05-10", Fixtures.NORTHTOWN, "Side A")),
          stored("ev-far", Fixtures.attack("n1", "2024-05-11", Fixtures.RIVERSIDE, "Side A")),
          stored("ev-late", Fixtures.attack("n1", "2024-06-20", Fixtures.NORTHTOWN, "Side A")),
          stored("ev-month", withSpan(Fixtures.attack("n1", "2024-04-01", Fixtures.NORTHTOWN, "Side B"),
              "2024-05-31"))));
      tx.putIncident(incident("inc-near", EventType.ATTACK, "2024-05-10", null, Fixtures.NORTHTOWN, "Side A",
          Standing.ALLEGED, "ev-near"));
      tx.putIncident(incident("inc-far", EventType.ATTACK, "2024-05-11", null, Fixtures.RIVERSIDE, "Side A",
          Standing.ALLEGED, "ev-far"));
      tx.putIncident(incident("inc-late", EventType.ATTACK, "2024-06-20", null, Fixtures.NORTHTOWN, "Side A",
          Standing.ALLEGED, "ev-late"));
      tx.putIncident(incident("inc-month", EventType.ATTACK, "2024-04-01", "2024-05-31", Fixtures.NORTHTOWN,
          "Side B", Standing.ALLEGED, "ev-month"));
    });
    // Eastville is about 5 km from Northtown and 50 km from Riverside; the month-long mention covers the window.
    assertThat(near("2024-05-09", "2024-05-12", eastOfNorthtown, 15)).containsExactly("inc-month", "inc-near");
    assertThat(near("2024-05-09", "2024-05-12", eastOfNorthtown, 1)).isEmpty();
    assertThat(near("2024-06-01", "2024-06-30", eastOfNorthtown, 15)).containsExactly("inc-late");
    // The same name is the same place, wherever the coordinates put it.
    Location elsewhere = new Location("Northtown", 10.0, 10.0, "AZ", null, "place", "Northtown");
    assertThat(near("2024-05-09", "2024-05-12", elsewhere, 15)).containsExactly("inc-month", "inc-near");
    List<Incident> truces = store.inTransaction(tx -> tx.incidentsNear(EventType.CEASEFIRE,
        LocalDate.parse("2024-05-09"), LocalDate.parse("2024-05-12"), eastOfNorthtown, 15));
    assertThat(truces).isEmpty();
  }

  private static org.trucewatch.extract.Event withSpan(org.trucewatch.extract.Event e, String dateEnd) {
    return new org.trucewatch.extract.Event(e.article(), e.type(), e.subtype(), e.date(),
        java.time.LocalDate.parse(dateEnd), e.time(), e.dateBasis(), e.location(), e.perpetratorSide(), e.perpetrator(), e.perpetratorActor(), e.perpetratorInferred(), e.target(),
        e.claims(), e.casualties(), e.parties(), e.mediator(), e.evidence());
  }

  @Test
  void incidentsBetweenFindSpansThatMeetTheWindow() {
    // inc-02 spans 3-6 March: a window inside it, over its start, over its end, or touching one day meets it.
    assertThat(between(EventType.ATTACK, "2024-03-04", "2024-03-04")).containsExactly("inc-02");
    assertThat(between(EventType.ATTACK, "2024-03-02", "2024-03-03")).containsExactly("inc-02");
    assertThat(between(EventType.ATTACK, "2024-03-06", "2024-03-07")).containsExactly("inc-02");
    assertThat(between(EventType.ATTACK, "2024-03-07", "2024-03-07")).isEmpty();
    assertThat(between(EventType.ATTACK, "2024-03-01", "2024-03-01")).containsExactly("inc-01");
    assertThat(between(EventType.ATTACK, "2024-03-01", "2024-03-31"))
        .containsExactly("inc-01", "inc-02", "inc-06", "inc-03");
    assertThat(between(EventType.CEASEFIRE, "2024-03-01", "2024-03-31")).containsExactly("inc-04");
    assertThat(between(EventType.TALKS, "2024-03-01", "2024-03-31")).isEmpty();
    // Open ends and any type: every dated incident, never an undated one.
    assertThat(between(null, null, null)).containsExactly("inc-01", "inc-02", "inc-04", "inc-06", "inc-03");
    assertThat(between(EventType.ATTACK, "2024-03-07", null)).containsExactly("inc-03");
  }

  private List<String> query(IncidentQuery q) {
    return store.incidents(q).stream().map(Incident::id).toList();
  }

  private static IncidentQuery q(String from, String to, String place, String party, EventType type,
      Standing standing) {
    return new IncidentQuery(from, to, place, party, type, standing, 0, Integer.MAX_VALUE);
  }

  @Test
  void allIncidentsComeByDateThenIdWithUndatedLast() {
    assertThat(query(IncidentQuery.all()))
        .containsExactly("inc-01", "inc-02", "inc-04", "inc-06", "inc-03", "inc-05");
    assertThat(store.incidents(null)).hasSize(6);
    assertThat(store.incidents(IncidentQuery.all()).get(1).mentions()).containsExactly("e2");
  }

  @Test
  void everyFilterSelects() {
    assertThat(query(q("2024-03-05", null, null, null, null, null))).containsExactly("inc-02", "inc-06", "inc-03");
    assertThat(query(q(null, "2024-03-03", null, null, null, null))).containsExactly("inc-01", "inc-02");
    assertThat(query(q("2024-03-04", "2024-03-04", null, null, null, null))).containsExactly("inc-02", "inc-04");
    assertThat(query(q(null, null, "northtown", null, null, null))).containsExactly("inc-01", "inc-06");
    assertThat(query(q(null, null, "SOUTHERN REGION", null, null, null))).containsExactly("inc-02");
    assertThat(query(q(null, null, "Agdam", null, null, null))).containsExactly("inc-03");
    assertThat(query(q(null, null, "qarabag", null, null, null))).containsExactly("inc-03");
    assertThat(query(q(null, null, "North", null, null, null))).isEmpty();
    assertThat(query(q(null, null, null, "side b", null, null))).containsExactly("inc-02", "inc-05");
    assertThat(query(q(null, null, null, null, EventType.CEASEFIRE, null))).containsExactly("inc-04");
    assertThat(query(q(null, null, null, null, null, Standing.CORROBORATED)))
        .containsExactly("inc-06", "inc-03", "inc-05");
    assertThat(query(q(null, null, null, null, null, Standing.ALLEGED))).hasSize(6);
  }

  @Test
  void filtersCombine() {
    assertThat(query(q("2024-03-01", "2024-03-31", "Northtown", null, EventType.ATTACK, Standing.OBSERVED)))
        .containsExactly("inc-06");
    assertThat(query(q(null, null, null, "Side A", EventType.ATTACK, Standing.DISPUTED))).containsExactly("inc-03");
    assertThat(query(q(null, null, "Riverside", "Side A", null, null))).isEmpty();
  }

  @Test
  void offsetAndLimitPage() {
    IncidentQuery firstTwo = new IncidentQuery(null, null, null, null, null, null, 0, 2);
    IncidentQuery nextTwo = new IncidentQuery(null, null, null, null, null, null, 2, 2);
    IncidentQuery pastTheEnd = new IncidentQuery(null, null, null, null, null, null, 10, 2);
    IncidentQuery none = new IncidentQuery(null, null, null, null, null, null, 0, 0);
    IncidentQuery attacksPageTwo = new IncidentQuery(null, null, null, null, EventType.ATTACK, null, 2, 2);
    assertThat(query(firstTwo)).containsExactly("inc-01", "inc-02");
    assertThat(query(nextTwo)).containsExactly("inc-04", "inc-06");
    assertThat(query(pastTheEnd)).isEmpty();
    assertThat(query(none)).isEmpty();
    assertThat(query(attacksPageTwo)).containsExactly("inc-06", "inc-03");
  }

  @Test
  void badQueriesAreRefusedWithTheirReason() {
    assertThatThrownBy(() -> store.incidents(q("March 1", null, null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("March 1");
    assertThatThrownBy(() -> store.incidents(new IncidentQuery(null, null, null, null, null, null, -1, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> store.articles(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quotesInFilterValuesAreOnlyValues() {
    assertThat(query(q(null, null, "x' OR '1'='1", "'; DROP TABLE incidents; --", null, null))).isEmpty();
    assertThat(store.stats().incidents()).isEqualTo(6);
  }

  @Test
  void articlesComeNewestFirstWithUndatedLastAndPage() {
    write(tx -> {
      tx.putArticle(article("old", "T", "2024-02-01", "Body."), "c1");
      tx.putArticle(article("undated-1", "T", null, "Body."), "c2");
      tx.putArticle(article("new", "T", "2024-03-02T10:00+04:00", "Body."), "c3");
      tx.putArticle(article("mid", "T", "2024-03-01", "Body."), "c4");
      tx.putArticle(article("undated-2", "T", null, "Body."), "c5");
    });
    assertThat(store.articles(0, 10)).extracting(a -> a.article().id())
        .containsExactly("new", "mid", "old", "undated-2", "undated-1");
    assertThat(store.articles(1, 2)).extracting(a -> a.article().id()).containsExactly("mid", "old");
  }

  @Test
  void casualtyReportsComeByClaimantThenDate() {
    write(tx -> {
      tx.putArticle(article("a1", "T", null, "Body."), "c1");
      tx.putArticle(article("a2", "T", null, "Body."), "c2");
      tx.putEvents("a1", List.of(
          stored("r1", Fixtures.casualtyReport("a1", "2024-03-05", "Ministry of B", 30)),
          stored("r2", Fixtures.casualtyReport("a1", "2024-03-02", "Ministry of B", 12)),
          stored("x1", Fixtures.attack("a1", "2024-03-02", null, "A"))));
      tx.putEvents("a2", List.of(
          stored("r3", Fixtures.casualtyReport("a2", "2024-03-04", "Ministry of A", 7)),
          stored("r4", Fixtures.casualtyReport("a2", null, "Ministry of A", 9))));
    });
    assertThat(store.casualtyReports()).extracting(StoredEvent::id).containsExactly("r3", "r4", "r2", "r1");
  }
}
