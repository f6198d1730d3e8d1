package org.trucewatch.extract;

import java.util.Objects;

/**
 * A casualty figure as one source gave it.
 *
 * @param killed the number killed, or null
 * @param wounded the number wounded, or null
 * @param victims who: civilians, military, people (unspecified), or null
 * @param qualifier how exact the source said it was: "at least", "nearly", "over", "about", or null for exact
 * @param civilianKilled a civilian subset named inside the total ("including 67 civilians"), or null
 * @param since the start of the period the figure covers (ISO date), or null
 */
public record Casualties(Integer killed, Integer wounded, String victims, String qualifier, Integer civilianKilled,
    String since) {

  public boolean isEmpty() {
    return killed == null && wounded == null;
  }

  /**
   * {@code had} with the halves it lacks set to {@code killed} and {@code wounded} (a null figure sets nothing), or
   * {@code had} itself where that changes no figure.
   */
  static Casualties gapsFilled(Casualties had, Integer killed, Integer wounded) {
    Integer k = had == null || had.killed() == null ? killed : had.killed();
    Integer w = had == null || had.wounded() == null ? wounded : had.wounded();
    return had != null && Objects.equals(k, had.killed()) && Objects.equals(w, had.wounded())
        ? had : withFigures(had, k, w);
  }

  /** Figures {@code killed} and {@code wounded} with what {@code had} said of them (none of that when null). */
  static Casualties withFigures(Casualties had, Integer killed, Integer wounded) {
    return had == null ? new Casualties(killed, wounded, null, null, null, null)
        : new Casualties(killed, wounded, had.victims(), had.qualifier(), had.civilianKilled(), had.since());
  }
}
