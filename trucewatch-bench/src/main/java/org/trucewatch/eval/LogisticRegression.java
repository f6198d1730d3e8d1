package org.trucewatch.eval;

import org.trucewatch.extract.AttackConfidence;

/**
 * L2-regularised logistic regression fitted by Newton's method on standardised features (the bias unpenalised):
 * no randomness, so the same rows give the same weights. Stateless.
 */
final class LogisticRegression {

  private LogisticRegression() {}

  /** A model of {@code y} (0 or 1) from the rows {@code x}, with penalty {@code lambda} and the threshold given. */
  static AttackConfidence fit(double[][] x, int[] y, double lambda, double threshold) {
    int n = x.length;
    int d = x[0].length;
    double[] mean = new double[d];
    double[] std = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      std[j] = std[j] > 1e-12 ? Math.sqrt(std[j]) : 1; // a constant feature: its weight goes to 0 by the penalty
    }
    double[][] z = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 0; j < d; j++) {
        z[i][j + 1] = (x[i][j] - mean[j]) / std[j];
      }
    }
    double[] w = new double[d + 1];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[d + 1];
      double[][] h = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(w, z[i]));
        double r = p - y[i];
        double s = Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a <= d; a++) {
          g[a] += r * z[i][a];
          for (int b = a; b <= d; b++) {
            h[a][b] += s * z[i][a] * z[i][b];
          }
        }
      }
      for (int a = 0; a <= d; a++) {
        for (int b = 0; b < a; b++) {
          h[a][b] = h[b][a];
        }
        if (a > 0) {
          g[a] += lambda * w[a];
          h[a][a] += lambda;
        }
      }
      h[0][0] += 1e-6; // keeps a fold with one class solvable
      double[] step = solve(h, g);
      double change = 0;
      for (int a = 0; a <= d; a++) {
        w[a] -= step[a];
        change = Math.max(change, Math.abs(step[a]));
      }
      if (change < 1e-8) {
        break;
      }
    }
    double[] weights = new double[d];
    System.arraycopy(w, 1, weights, 0, d);
    return new AttackConfidence(w[0], weights, mean, std, threshold, true);
  }

  private static double sigmoid(double t) {
    return 1 / (1 + Math.exp(-t));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Gaussian elimination with partial pivoting: the {@code x} with {@code a x = b}. */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      double tb = b[c];
      b[c] = b[p];
      b[p] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
