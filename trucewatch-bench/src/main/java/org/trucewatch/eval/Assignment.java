package org.trucewatch.eval;

import java.util.Arrays;

/**
 * A minimum-cost one-to-one assignment of the rows of a square matrix to its columns (the Hungarian method, by
 * shortest augmenting paths, O(n^3)), where each cost is a vector of longs compared lexicographically: the first
 * component outweighs any sum of the later ones, so a cost is a list of preferences in order without weights to
 * tune or overflow. Deterministic: rows are added in order and ties go to the lowest column index. Stateless.
 */
final class Assignment {

  private Assignment() {}

  /**
   * The column of each row in an assignment of least total cost.
   *
   * @param cost {@code cost[row][column]}, a square matrix whose vectors all have the same length
   */
  static int[] solve(long[][][] cost) {
    int n = cost.length;
    if (n == 0) {
      return new int[0];
    }
    int k = cost[0][0].length;
    // Potentials u (rows) and v (columns), 1-based with column 0 the virtual start; owner[j] is column j's row.
    long[][] u = new long[n + 1][k];
    long[][] v = new long[n + 1][k];
    int[] owner = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      owner[0] = i;
      int j0 = 0;
      long[][] minv = new long[n + 1][];
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = owner[j0];
        long[] delta = null;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (used[j]) {
            continue;
          }
          long[] cur = minus(minus(cost[i0 - 1][j - 1], u[i0]), v[j]);
          if (minv[j] == null || less(cur, minv[j])) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (delta == null || less(minv[j], delta)) {
            delta = minv[j];
            j1 = j;
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[owner[j]] = plus(u[owner[j]], delta);
            v[j] = minus(v[j], delta);
          } else {
            minv[j] = minus(minv[j], delta);
          }
        }
        j0 = j1;
      } while (owner[j0] != 0);
      do {
        int j1 = way[j0];
        owner[j0] = owner[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] column = new int[n];
    Arrays.fill(column, -1);
    for (int j = 1; j <= n; j++) {
      column[owner[j] - 1] = j - 1;
    }
    return column;
  }

  private static long[] plus(long[] a, long[] b) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] + b[i];
    }
    return r;
  }

  private static long[] minus(long[] a, long[] b) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] - b[i];
    }
    return r;
  }

  static boolean less(long[] a, long[] b) {
    return Arrays.compare(a, b) < 0;
  }
}
