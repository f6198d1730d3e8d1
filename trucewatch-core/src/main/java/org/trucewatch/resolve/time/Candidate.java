package org.trucewatch.resolve.time;

/**
 * A time expression found but not yet resolved: its span, its meaning, and whether "since" governs it.
 *
 * @param priority the rank of the rule that found it; lower wins between spans of equal length
 */
record Candidate(int start, int end, Expr expr, boolean since, int priority) {

  Candidate {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty candidate span [" + start + ", " + end + ")");
    }
  }

  static Candidate of(int start, int end, Expr expr) {
    return new Candidate(start, end, expr, false, 0);
  }

  int length() {
    return end - start;
  }

  Candidate withSpan(int newStart, int newEnd) {
    return new Candidate(newStart, newEnd, expr, since, priority);
  }

  Candidate withExpr(Expr newExpr) {
    return new Candidate(start, end, newExpr, since, priority);
  }

  Candidate withSince() {
    return new Candidate(start, end, expr, true, priority);
  }

  Candidate withPriority(int rank) {
    return new Candidate(start, end, expr, since, rank);
  }

  boolean overlaps(Candidate o) {
    return start < o.end && o.start < end;
  }
}
