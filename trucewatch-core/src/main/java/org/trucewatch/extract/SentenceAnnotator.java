package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.trucewatch.clean.Article;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Sentence;

/**
 * Finds the actors, places and times of sentences for the extractor, and tags their tokens. Implementations are
 * thread-safe; a {@link Session} is one article's, holds its coreference state, and is used by one thread.
 */
public interface SentenceAnnotator {

  /**
   * Starts an article; relative dates resolve against {@code anchor} (null: they stay unresolved). Times are looked for
   * only in {@code timedParagraphs} (those with something to date), to spare the rest of a long article.
   *
   * @param storyDay true when the anchor is a day of the story rather than the day it was written: a bare weekday
   *     then means the nearest such day, before or after
   */
  Session open(Article article, LocalDate anchor, boolean storyDay, java.util.Set<Integer> timedParagraphs);

  /** One article's annotation, sentence by sentence in reading order. */
  interface Session {

    /** The sentence's spans; its tokens are POS-tagged when {@code tag} is true. */
    AnnotatedSentence annotate(Sentence sentence, boolean tag);

    /** The country-level location of an ISO 3166-1 alpha-2 code, for "Armenian territory". */
    Optional<Location> country(String iso2);

    /** The capital of a country by ISO code ("the Afghan capital"), when known. */
    default Optional<Location> capital(String iso2) {
      return Optional.empty();
    }

    /**
     * The actor of the dictionary that a whole heading line names ("INTER SERVICES PUBLIC RELATIONS" over a press
     * release), read without the article's coreference state; empty when the line names none or more than one.
     */
    default Optional<Spans.ActorSpan> actorNamed(String line) {
      return Optional.empty();
    }

    /** The belligerents of the conflict the article is about (no camps when no profile holds it). */
    Sides sides();

    /**
     * The conflict an event of this article belongs to: the one whose scope holds its place, else whose sides it names
     * (the article's own first), or null.
     */
    String conflictOf(Location place, java.util.Set<String> parties);

    /** The conflict of a truce, talks or appeal, by the parties it names (its place is a venue). */
    String conflictOfParties(java.util.Set<String> parties);

    /** Whether {@code day} falls in the conflict's period (true for an unknown conflict or day). */
    default boolean during(String conflict, java.time.LocalDate day) {
      return true;
    }
  }
}
