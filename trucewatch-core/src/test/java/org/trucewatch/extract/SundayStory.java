package org.trucewatch.extract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.ingest.ContentType;
import org.trucewatch.ingest.DocumentHints;
import org.trucewatch.ingest.SourceDocument;
import org.trucewatch.pipeline.Articles;
import org.trucewatch.pipeline.Pipeline;

/**
 * The events of a story written for a test, published on Sunday 25 October 2020 and read with the embedded defaults
 * and a fixed clock; one pipeline serves every test class that reads such stories.
 */
final class SundayStory {

  static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);
  /** A first paragraph of war news for that Sunday, ahead of the truce or talks sentence a test reads. */
  static final String WAR = "Fighting between Armenian and Azerbaijani forces over Nagorno-Karabakh went on "
      + "for a fifth week on Sunday.";
  static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2020-11-01T00:00:00Z"), ZoneOffset.UTC));

  private SundayStory() {}

  /** Every event of the story whose paragraphs are given. */
  static List<Event> events(String... paragraphs) {
    return PIPELINE.extractor().extract(Articles.of("t", SUNDAY.toString(), paragraphs), SUNDAY, DateBasis.PUBLICATION)
        .events();
  }

  /** The story's events of one type. */
  static List<Event> of(EventType type, String... paragraphs) {
    return events(paragraphs).stream().filter(e -> e.type() == type).toList();
  }

  /** The story's events of one type, on the log or kept off it as undated (background told by its month). */
  static List<Event> withUndated(EventType type, String... paragraphs) {
    Extraction x = PIPELINE.extractor().extract(Articles.of("t", SUNDAY.toString(), paragraphs), SUNDAY,
        DateBasis.PUBLICATION);
    return java.util.stream.Stream.concat(x.events().stream(), x.undated().stream())
        .filter(e -> e.type() == type).toList();
  }

  /** The talks a paragraph tells after the war paragraph ({@link #WAR}). */
  static List<Event> talks(String paragraph) {
    return of(EventType.TALKS, WAR, paragraph);
  }

  /** The ceasefires a paragraph tells after the war paragraph ({@link #WAR}). */
  static List<Event> truces(String paragraph) {
    return of(EventType.CEASEFIRE, WAR, paragraph);
  }

  /** The story's attacks. */
  static List<Event> attacks(String... paragraphs) {
    return of(EventType.ATTACK, paragraphs);
  }

  /**
   * The attacks of a whole page cleaned as a text document (its letterhead and the lines the cleaner drops as the
   * cleaner leaves them), read against Sunday.
   */
  static List<Event> pageAttacks(String page) {
    return attacksOf(cleaned(page, ContentType.TEXT));
  }

  /** A page as the cleaner leaves it; fails the test if the cleaner rejects it. */
  static Article cleaned(String page, ContentType type) {
    ArticleCleaner.Outcome o = PIPELINE.cleaner().clean(new SourceDocument("page", "page", null, type, page, "0",
        DocumentHints.NONE));
    return ((ArticleCleaner.Cleaned) o).article();
  }

  /** The attacks of a cleaned article, read against Sunday. */
  static List<Event> attacksOf(Article article) {
    return PIPELINE.extractor().extract(article, SUNDAY, DateBasis.PUBLICATION).events().stream()
        .filter(e -> e.type() == EventType.ATTACK).toList();
  }

  /** The attacks of a story published on {@code day} (ISO), read against that day. */
  static List<Event> attacksOn(String day, String... paragraphs) {
    LocalDate d = LocalDate.parse(day);
    return PIPELINE.extractor().extract(Articles.of("t", day, paragraphs), d, DateBasis.PUBLICATION).events().stream()
        .filter(e -> e.type() == EventType.ATTACK).toList();
  }

  /** Fails unless the story has attacks and each names {@code side} as its attacker (not inferred). */
  static void namedAttacker(String side, String day, String... paragraphs) {
    org.assertj.core.api.Assertions.assertThat(attacksOn(day, paragraphs)).isNotEmpty()
        .allMatch(e -> side.equals(e.perpetratorSide()) && !e.perpetratorInferred(), "attacker " + side + " named");
  }

  /** Fails if an attack of the story names {@code side} as its attacker (not inferred); no attack at all passes. */
  static void noNamedAttacker(String side, String day, String... paragraphs) {
    org.assertj.core.api.Assertions.assertThat(attacksOn(day, paragraphs))
        .noneMatch(e -> side.equals(e.perpetratorSide()) && !e.perpetratorInferred());
  }

  /** The one attack's figures of a story, as "killed/wounded" ("none" when it has none); fails unless one attack. */
  static String attackToll(String story) {
    List<Event> attacks = attacks(story);
    org.assertj.core.api.Assertions.assertThat(attacks).as(story).hasSize(1);
    Casualties c = attacks.get(0).casualties();
    return c == null ? "none" : c.killed() + "/" + c.wounded();
  }

  /** The days of the events located at a place whose surface holds {@code place}, in order. */
  static List<LocalDate> daysAt(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().contains(place))
        .map(Event::date).toList();
  }

  /** The first event placed where the text's words for the place hold {@code place}; fails the test if none is. */
  static Event at(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().contains(place)).findFirst()
        .orElseThrow(() -> new AssertionError("no attack at " + place + " in " + events));
  }
}
