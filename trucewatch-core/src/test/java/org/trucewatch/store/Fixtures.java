package org.trucewatch.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.clean.RemovedBlock;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.DateBasis;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Location;
import org.trucewatch.extract.Stance;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;

/** Hand-made records for the store tests: made up, not taken from the sample articles. */
final class Fixtures {

  static final Location NORTHTOWN = new Location("Northtown", 40.1, 46.2, "AZ", "Eastern Province", "place",
      "North Town");
  static final Location RIVERSIDE = new Location("Riverside", 39.8, 46.7, "AM", "Southern Region", "place",
      "Riverside");

  private Fixtures() {}

  /** A clock that moves on one second at every reading, so that every stamp is distinct and repeatable. */
  static Clock tickingClock() {
    return new Clock() {
      private Instant next = Instant.parse("2024-03-01T08:00:00Z");

      @Override
      public synchronized Instant instant() {
        Instant now = next;
        next = next.plus(Duration.ofSeconds(1));
        return now;
      }

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }
    };
  }

  /** An article whose body is its paragraphs joined by blank lines. */
  static Article article(String id, String title, String published, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    List<Paragraph> spans = new ArrayList<>();
    for (String p : paragraphs) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      spans.add(new Paragraph(body.length(), body.length() + p.length(), Block.Kind.PARAGRAPH));
      body.append(p);
    }
    PublishedDate date = published == null ? null
        : new PublishedDate(published, "Published " + published, DateCandidate.Origin.META, false);
    return new Article(id, id + ".html", null, "sha-" + id, "https://news.example/" + id, "Example News", title,
        null, null, date, "en", body.toString(), spans, List.of(), List.of());
  }

  /** An article with every field set, non-ASCII text included. */
  static Article fullArticle() {
    String body = "Officials in Northtown reported shelling overnight.\n\nNo one was hurt, they said — «calm» "
        + "returned by dawn. Ağdam-style names survive: Şəki, Gəncə.";
    return new Article("full-1", "inputs/batch.jsonl", "line 7", "9f86d081884c7d659a2feaa0c55ad015",
        "https://news.example/2024/03/full", "Example Wire", "Shelling reported near Northtown", "A. Writer",
        "NORTHTOWN, March 1", new PublishedDate("2024-03-01T09:30+04:00", "Published 1 March 2024 09:30",
            DateCandidate.Origin.DATELINE, false),
        "en", body, List.of(new Paragraph(0, body.indexOf("\n\n"), Block.Kind.HEADING),
            new Paragraph(body.indexOf("\n\n") + 2, body.length(), Block.Kind.QUOTE)), List.of("A photo caption", "Another caption"),
        List.of(new RemovedBlock("Subscribe now", "boilerplate"), new RemovedBlock("You may also like", "links")));
  }

  static Evidence evidence(int sentence, String text) {
    return new Evidence(sentence, sentence * 100, sentence * 100 + text.length(), text);
  }

  /** An attack with claims of every stance, casualties, a location and two evidence sentences. */
  static Event attack(String article, String date, Location where, String perpetrator) {
    Evidence main = evidence(0, "The ministry said enemy artillery shelled " + (where == null ? "the area"
        : where.name()) + " on " + date + ".");
    Evidence denial = evidence(2, "The other side rejected the accusations as completely false.");
    List<Claim> claims = List.of(
        new Claim("Ministry of Defence of B", "b-mod", "B", Stance.ALLEGES, "Wire Agency", main),
        new Claim("Ministry of Defence of A", "a-mod", "A", Stance.DENIES, null, denial),
        new Claim("Local commander", null, "A", Stance.ACKNOWLEDGES, null, null));
    return new Event(article, EventType.ATTACK, "shelling", LocalDate.parse(date), null, "21:15+04:00",
        DateBasis.EXPLICIT, where, perpetrator, perpetrator, perpetrator + " forces", false, "a school", claims,
        new Casualties(2, 5, "civilians", "at least", 1, "2024-02-27"), List.of(), null, List.of(main, denial));
  }

  /** A casualty report by one claimant. */
  static Event casualtyReport(String article, String date, String claimant, int killed) {
    Evidence e = evidence(1, claimant + " said " + killed + " soldiers were killed.");
    return new Event(article, EventType.CASUALTY_REPORT, "killed", date == null ? null : LocalDate.parse(date), null,
        null, DateBasis.PUBLICATION, null, null, null, null, true, null,
        List.of(new Claim(claimant, null, null, Stance.ALLEGES, null, e)),
        new Casualties(killed, null, "military", null, null, null), List.of(), null, List.of(e));
  }

  /** A ceasefire event with parties and a mediator, no claims and no casualties. */
  static Event truce(String article, String date) {
    Evidence e = evidence(3, "A humanitarian truce takes effect at noon.");
    return new Event(article, EventType.CEASEFIRE, "start", LocalDate.parse(date), LocalDate.of(2024, 3, 5), "12:00",
        DateBasis.EXPLICIT, null, null, null, null, false, null, List.of(), null, List.of("A", "B"), "Third State", List.of(e));
  }

  static StoredEvent stored(String id, Event e) {
    return new StoredEvent(id, null, e);
  }

  static Incident incident(String id, EventType type, String date, String dateEnd, Location where,
      String perpetrator, Standing standing, String... mentions) {
    return new Incident(id, type, "shelling", date, dateEnd, where, perpetrator, standing, "cf-1", 2, 3, null,
        List.of(mentions));
  }
}
