package org.trucewatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trucewatch.clean.Article;
import org.trucewatch.nlp.Sentence;

/**
 * A learned confidence for attacks: L2-regularised logistic regression over {@link AttackFeatures}, its weights,
 * standardisation and threshold read from {@code attack-confidence.tsv} beside this class (written by the bench's
 * {@code AttackConfidenceTrainer}, whose header says how, on what and when). A dated attack scoring below the
 * threshold is kept with the undated mentions, off the log. Off when the file says {@code enabled false}, as the
 * shipped one does; the configuration's {@code extract.attackConfidence} turns it on, sets another threshold or another
 * weights file ({@link #load(Boolean, Double, Path)}). Immutable.
 */
public final class AttackConfidence {

  private final double bias;
  private final double[] weights;
  private final double[] mean;
  private final double[] std;
  private final double threshold;
  private final boolean enabled;

  /** A model over {@link AttackFeatures#NAMES}, in their order. */
  public AttackConfidence(double bias, double[] weights, double[] mean, double[] std, double threshold,
      boolean enabled) {
    int n = AttackFeatures.NAMES.size();
    if (weights.length != n || mean.length != n || std.length != n) {
      throw new IllegalArgumentException("attack confidence: " + n + " features wanted");
    }
    this.bias = bias;
    this.weights = weights.clone();
    this.mean = mean.clone();
    this.std = std.clone();
    this.threshold = threshold;
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  public double threshold() {
    return threshold;
  }

  /** The same model, on or off. */
  public AttackConfidence enabled(boolean on) {
    return new AttackConfidence(bias, weights, mean, std, threshold, on);
  }

  /** The same model with another threshold. */
  public AttackConfidence withThreshold(double t) {
    return new AttackConfidence(bias, weights, mean, std, t, enabled);
  }

  /** The probability the model gives that the attack is one the gold holds. */
  public double score(AttackFeatures.Vector v) {
    double[] x = v.values();
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * (x[i] - mean[i]) / std[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The dated events with the attacks scoring below the threshold taken out and added to {@code undated}; every
   * attack is scored against the list as given, so the order of removal does not matter.
   */
  public List<Event> keep(List<Event> dated, List<Event> undated, AttackFeatures features, Article article,
      List<Sentence> sentences, LocalDate anchor) {
    if (!enabled) {
      return dated;
    }
    List<Event> kept = new ArrayList<>(dated.size());
    for (Event e : dated) {
      if (e.type() == EventType.ATTACK && score(features.of(e, dated, article, sentences, anchor)) < threshold) {
        undated.add(e);
      } else {
        kept.add(e);
      }
    }
    return kept;
  }

  /** The shipped model, on or off as its file says. */
  public static AttackConfidence load() {
    return load(null, null, null);
  }

  /**
   * A model: the shipped weights or {@code weights}, turned on or off over the file's word by {@code enabled} and
   * with {@code threshold} in place of the file's, where these are not null.
   *
   * @throws IllegalArgumentException naming the file and line of a fault in it
   * @throws UncheckedIOException where the file cannot be read
   */
  public static AttackConfidence load(Boolean enabled, Double threshold, Path weights) {
    try (InputStream in = weights != null ? Files.newInputStream(weights)
        : AttackConfidence.class.getResourceAsStream("attack-confidence.tsv")) {
      if (in == null) {
        throw new IllegalStateException("attack-confidence.tsv missing from the classpath");
      }
      AttackConfidence m = parse(weights != null ? weights.toString() : "attack-confidence.tsv",
          new InputStreamReader(in, StandardCharsets.UTF_8));
      m = threshold == null ? m : m.withThreshold(threshold);
      return enabled == null ? m : m.enabled(enabled);
    } catch (IOException e) {
      throw new UncheckedIOException(weights + ": cannot read the attack-confidence weights: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a weights file: {@code enabled true|false}, {@code threshold T}, {@code bias B} and one row
   * {@code weight NAME W MEAN STD} for every feature; {@code #} lines are comments.
   *
   * @throws IllegalArgumentException naming the source and line of the first fault
   */
  public static AttackConfidence parse(String source, Reader reader) throws IOException {
    List<String> names = AttackFeatures.NAMES;
    double[] w = new double[names.size()];
    double[] mu = new double[names.size()];
    double[] sd = new double[names.size()];
    boolean[] seen = new boolean[names.size()];
    Double bias = null;
    Double threshold = null;
    Boolean enabled = null;
    BufferedReader r = new BufferedReader(reader);
    int n = 0;
    for (String line; (line = r.readLine()) != null; ) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = source + ":" + n + ": ";
      switch (f[0]) {
        case "enabled" -> {
          want(f, 2, where);
          if (!f[1].equals("true") && !f[1].equals("false")) {
            throw new IllegalArgumentException(where + "enabled must be true or false, not '" + f[1] + "'");
          }
          enabled = f[1].equals("true");
        }
        case "threshold" -> {
          want(f, 2, where);
          threshold = number(f[1], where);
          if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException(where + "threshold " + f[1] + " is not in [0, 1]");
          }
        }
        case "bias" -> {
          want(f, 2, where);
          bias = number(f[1], where);
        }
        case "weight" -> {
          want(f, 5, where);
          int i = names.indexOf(f[1]);
          if (i < 0) {
            throw new IllegalArgumentException(where + "unknown feature '" + f[1] + "'");
          }
          if (seen[i]) {
            throw new IllegalArgumentException(where + "feature '" + f[1] + "' given twice");
          }
          seen[i] = true;
          w[i] = number(f[2], where);
          mu[i] = number(f[3], where);
          sd[i] = number(f[4], where);
          if (!(sd[i] > 0)) {
            throw new IllegalArgumentException(where + "feature '" + f[1] + "': std must be above 0");
          }
        }
        default -> throw new IllegalArgumentException(where + "unknown row '" + f[0]
            + "' (enabled, threshold, bias or weight)");
      }
    }
    if (enabled == null || threshold == null || bias == null) {
      throw new IllegalArgumentException(source + ": needs the rows enabled, threshold and bias");
    }
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        throw new IllegalArgumentException(source + ": no weight for feature '" + names.get(i) + "'");
      }
    }
    return new AttackConfidence(bias, w, mu, sd, threshold, enabled);
  }

  /** The model as a weights file, under the header lines given (each written as a comment). */
  public String write(List<String> header) {
    StringBuilder b = new StringBuilder();
    header.forEach(h -> b.append("# ").append(h).append('\n'));
    b.append("enabled\t").append(enabled).append('\n');
    b.append("threshold\t").append(fmt(threshold)).append('\n');
    b.append("bias\t").append(fmt(bias)).append('\n');
    for (int i = 0; i < weights.length; i++) {
      b.append("weight\t").append(AttackFeatures.NAMES.get(i)).append('\t').append(fmt(weights[i])).append('\t')
          .append(fmt(mean[i])).append('\t').append(fmt(std[i])).append('\n');
    }
    return b.toString();
  }

  /** The weights, in the order of the features' names (for reports). */
  public double[] weights() {
    return Arrays.copyOf(weights, weights.length);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  private static void want(String[] f, int columns, String where) {
    if (f.length != columns) {
      throw new IllegalArgumentException(where + "'" + f[0] + "' wants " + columns + " tab-separated columns, not "
          + f.length);
    }
  }

  private static double number(String s, String where) {
    try {
      double d = Double.parseDouble(s.strip());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + "'" + s + "' is not a finite number");
    }
  }
}
