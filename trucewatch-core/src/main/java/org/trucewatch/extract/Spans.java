package org.trucewatch.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trucewatch.nlp.Sentence;

/**
 * What the resolvers found in one sentence, as token ranges {@code [from, to)}: the extractor's only view of actors,
 * places and times, so that it can be tested with hand-made spans and does not depend on how they were found.
 */
public final class Spans {

  private Spans() {}

  /**
   * An actor mention. {@code side} is the belligerent party ("AM", "AZ", "NK", another ISO code) or null;
   * {@code modifier} is true for a demonym that only modifies another noun ("Armenian provocations", "Azerbaijani
   * territory"): the actor is implied, it is not the one acting or speaking. {@code text}: the mention as written.
   */
  public record ActorSpan(int from, int to, String name, String id, String country, String side, String role,
      boolean possessive, boolean demonym, boolean modifier, String text) {

    /** The same actor, written otherwise (a longer name, an office the sentence adds). */
    public ActorSpan withText(String written) {
      return new ActorSpan(from, to, name, id, country, side, role, possessive, demonym, modifier, written);
    }

    /**
     * The actor as the speaker of a statement at tokens {@code [at, end)} of another sentence or place: a speaker
     * stands alone there, neither possessive nor modifying a noun.
     */
    public ActorSpan speakingAt(int at, int end, boolean asDemonym, String written) {
      return new ActorSpan(at, end, name, id, country, side, role, false, asDemonym, false, written);
    }
  }

  /** A place mention. {@code inName}: part of a larger name or an adjectival use, not a location. */
  public record PlaceSpan(int from, int to, Location location, boolean inName) {}

  /**
   * A time expression, resolved: {@code date} for a day, or {@code rangeStart..rangeEnd} for a month, week or year;
   * all null when it could not be resolved.
   */
  public record TimeSpan(int from, int to, LocalDate date, LocalDate rangeStart, LocalDate rangeEnd, LocalTime time,
      ZoneOffset offset, boolean since, String text) {

    public boolean resolved() {
      return date != null || rangeStart != null;
    }

    /** The first day this expression covers. */
    public LocalDate first() {
      return date != null ? date : rangeStart;
    }
  }

  /** A sentence with its tags and the spans found in it. */
  public record AnnotatedSentence(Sentence sentence, List<ActorSpan> actors, List<PlaceSpan> places,
      List<TimeSpan> times) {

    public AnnotatedSentence {
      actors = List.copyOf(actors);
      places = List.copyOf(places);
      times = List.copyOf(times);
    }

    public int size() {
      return sentence.tokens().size();
    }

    /** The place span that covers token {@code k}, or null. */
    public PlaceSpan placeAt(int k) {
      for (PlaceSpan p : places) {
        if (p.from() <= k && k < p.to()) {
          return p;
        }
      }
      return null;
    }

    /** The actor span that covers token {@code k}, or null. */
    public ActorSpan actorAt(int k) {
      for (ActorSpan a : actors) {
        if (a.from() <= k && k < a.to()) {
          return a;
        }
      }
      return null;
    }

    /** The words of tokens [from, to) joined by single spaces. */
    public String text(int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int k = from; k < to; k++) {
        b.append(k > from ? " " : "").append(sentence.tokens().get(k).text());
      }
      return b.toString();
    }
  }
}
