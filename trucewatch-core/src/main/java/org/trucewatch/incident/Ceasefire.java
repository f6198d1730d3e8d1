package org.trucewatch.incident;

import java.util.List;

/**
 * A truce in the ceasefire register: from the user's register file, or extracted from articles.
 *
 * @param id stable id (the register's own, or {@code cf-} and the start date for extracted ones)
 * @param name a readable name ("Moscow humanitarian ceasefire")
 * @param start when it took effect: ISO date or date-time with offset ("2020-10-10T12:00+03:00")
 * @param end when it ended or was superseded (ISO date), or null while in force
 * @param parties the sides bound by it
 * @param mediator who brokered it, or null
 * @param placeOfTalks where it was agreed, or null
 * @param status agreed, in_force, collapsed, superseded
 * @param source "register" for the user's file, "extracted" for truces read from articles
 * @param evidence the ids of the ceasefire events it was read from
 * @param conflict the conflict profile it belongs to, or null when unknown
 * @param sources where the register's facts come from (URL and title); empty for extracted truces
 */
public record Ceasefire(
    String id,
    String name,
    String start,
    String end,
    List<String> parties,
    String mediator,
    String placeOfTalks,
    String status,
    String source,
    List<String> evidence,
    String conflict,
    List<org.trucewatch.conflict.ConflictProfile.Source> sources) {

  public Ceasefire {
    parties = parties == null ? List.of() : List.copyOf(parties);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** A truce of no known conflict and without sources. */
  public Ceasefire(String id, String name, String start, String end, List<String> parties, String mediator,
      String placeOfTalks, String status, String source, List<String> evidence) {
    this(id, name, start, end, parties, mediator, placeOfTalks, status, source, evidence, null, List.of());
  }

  /** The same truce with other evidence. */
  public Ceasefire withEvidence(List<String> ids) {
    return new Ceasefire(id, name, start, end, parties, mediator, placeOfTalks, status, source, ids, conflict,
        sources);
  }

  /** The calendar day it took effect. */
  public String startDate() {
    return start.substring(0, 10);
  }
}
