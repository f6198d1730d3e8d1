package org.trucewatch.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The optimal one-to-one pairing of gold events with predictions: of all the pairings whose pairs fit (the rule of
 * {@link Matching#fits}), the one with the most pairs; among those, the most pairs whose predicted place name is one
 * of the gold's {@code where} spellings; then the least distance in all; then the fewest days between predicted days
 * and gold ranges; then the fewest killed and wounded figures that disagree; and where all of these tie, the earliest
 * predictions, given to the gold events in their order (as the greedy first fit of the seeds scorer gave them). A
 * greedy first fit lets a gold event take a neighbouring town's prediction inside the radius while its own goes to
 * another event or counts as an extra, and then judges its fields against the wrong event. Stateless.
 */
public final class Pairing {

  /** The distance of a pair with a place unknown on either side: farther than any known one. */
  static final long UNKNOWN_METRES = 20_100_000;
  /** The days off of a prediction without a day where the gold gives one. */
  static final long UNKNOWN_DAYS = 100_000;

  private Pairing() {}

  /** The best pairing of the gold events with the predictions (the rest keep their order). */
  public static Matching.Outcome optimal(List<Gold.Event> gold, List<Predicted> predicted,
      BiPredicate<Gold.Event, Predicted> fits) {
    int n = Math.max(gold.size(), predicted.size());
    long[][][] cost = new long[n][n][];
    long[] none = {1, 0, 0, 0, 0, 0, 0}; // a gold event or prediction left unpaired (or a pair that does not fit)
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        boolean fit = i < gold.size() && j < predicted.size() && fits.test(gold.get(i), predicted.get(j));
        cost[i][j] = fit ? key(gold.get(i), predicted.get(j), i, j) : none;
      }
    }
    int[] column = Assignment.solve(cost);
    List<Matching.Pair> pairs = new ArrayList<>();
    boolean[] taken = new boolean[predicted.size()];
    for (int i = 0; i < gold.size(); i++) {
      int j = column[i];
      if (j < predicted.size() && cost[i][j] != none) {
        pairs.add(new Matching.Pair(gold.get(i), predicted.get(j)));
        taken[j] = true;
      }
    }
    List<Predicted> rest = new ArrayList<>();
    for (int j = 0; j < predicted.size(); j++) {
      if (!taken[j]) {
        rest.add(predicted.get(j));
      }
    }
    return new Matching.Outcome(pairs, rest);
  }

  /**
   * What the fitting pair of gold event i and prediction j costs, in order of preference: {0, name differs, metres,
   * days off, figures off, j, -i*j}; the last two break exact ties, the earliest predictions first (their sum least),
   * then in the gold's order (the sum of i*j greatest when earlier gold takes earlier predictions).
   */
  static long[] key(Gold.Event g, Predicted p, int i, int j) {
    return new long[] {0, Matching.nameOk(g, p) ? 0 : 1, metres(g, p), daysOff(g, p), figuresOff(g, p), j,
        -(long) i * j};
  }

  /** The distance between the gold's and the prediction's coordinates, rounded to the metre. */
  static long metres(Gold.Event g, Predicted p) {
    if (g.lat() == null || g.lon() == null || p.lat() == null || p.lon() == null) {
      return UNKNOWN_METRES;
    }
    return Math.round(Matching.km(g.lat(), g.lon(), p.lat(), p.lon()) * 1000);
  }

  /** Days from the predicted day to the gold's range (0 inside it, or when the gold gives no date). */
  static long daysOff(Gold.Event g, Predicted p) {
    if (g.dateFrom() == null) {
      return 0;
    }
    if (p.date() == null || p.date().length() < 10) {
      return UNKNOWN_DAYS;
    }
    try {
      LocalDate d = LocalDate.parse(p.date().substring(0, 10));
      LocalDate from = LocalDate.parse(g.dateFrom());
      LocalDate to = LocalDate.parse(g.dateTo());
      return d.isBefore(from) ? ChronoUnit.DAYS.between(d, from)
          : d.isAfter(to) ? ChronoUnit.DAYS.between(to, d) : 0;
    } catch (java.time.DateTimeException e) {
      return UNKNOWN_DAYS;
    }
  }

  /** How many of the gold's figures (killed, wounded) the prediction does not give as the gold does. */
  static long figuresOff(Gold.Event g, Predicted p) {
    long off = 0;
    if (g.killed() != null && !g.killed().equals(p.killed())) {
      off++;
    }
    if (g.wounded() != null && !g.wounded().equals(p.wounded())) {
      off++;
    }
    return off;
  }
}
