package org.trucewatch.bench.eval;


import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trucewatch.clean.html.Shingles;

/**
 * The article-extraction benchmark's body measure (scrapinghub/article-extraction-benchmark {@code evaluate.py}),
 * ported so that Java runs can be compared with the published figures.
 *
 * <p>Text is split into {@code \w+} tokens with Python's Unicode semantics (letters, numbers and the underscore; unlike
 * Java's {@code UNICODE_CHARACTER_CLASS}, combining marks end a token). Each page's 4-gram shingle counts are matched,
 * giving true positives, false positives and false negatives that are divided by their sum so every page weighs the
 * same. Precision is the mean over pages with {@code tp + fp > 0}, recall the mean over pages with {@code tp + fn > 0},
 * and F1 is the harmonic mean of those two means. Stateless and thread-safe.
 */
public final class BodyF1 {

  /** Shingle length used by the benchmark. */
  public static final int NGRAM = 4;

  private BodyF1() {}

  /**
   * One page's normalised counts.
   *
   * @param tp matched shingles over all shingles
   * @param fp predicted but not true, over all shingles
   * @param fn true but not predicted, over all shingles
   * @param exact whether the two token sequences are equal (the benchmark's "accuracy")
   */
  public record Counts(double tp, double fp, double fn, boolean exact) {

    /** Whether this page counts towards mean precision (the prediction has a shingle). */
    public boolean hasPrecision() {
      return tp + fp > 0;
    }

    /** Whether this page counts towards mean recall (the truth has a shingle). */
    public boolean hasRecall() {
      return tp + fn > 0;
    }

    /** {@code evaluate.py}'s precision_score: 1 when nothing is wrong, 0 when nothing was predicted. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fp == 0) {
        return 0.0;
      }
      return tp / (tp + fp);
    }

    /** {@code evaluate.py}'s recall_score. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fn == 0) {
        return 0.0;
      }
      return tp / (tp + fn);
    }

    /** This page's own F1, used only to rank pages from worst to best. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Scores over a set of pages.
   *
   * @param f1 harmonic mean of {@code precision} and {@code recall} (0 when both are 0)
   * @param precision mean precision over pages with a predicted shingle (0 when there are none, where Python raises)
   * @param recall mean recall over pages with a true shingle (0 when there are none)
   * @param accuracy share of pages whose token sequences are equal
   * @param pages how many pages were scored
   */
  public record Score(double f1, double precision, double recall, double accuracy, int pages) {}

  /** The {@code \w+} tokens of {@code text} (null reads as empty), in order: core's {@link Shingles}. */
  public static List<String> tokenize(String text) {
    return Shingles.tokenize(text);
  }

  /** Shingle counts of a token list, as {@code _ngrams}: one short shingle when there are fewer than n tokens. */
  static Map<List<String>, Integer> shingles(List<String> tokens, int n) {
    return Shingles.of(tokens, n);
  }

  /** Matches one page's predicted body against its true body (either may be null, read as empty). */
  public static Counts match(String truth, String predicted) {
    List<String> trueTokens = tokenize(truth);
    List<String> predTokens = tokenize(predicted);
    Map<List<String>, Integer> t = shingles(trueTokens, NGRAM);
    Map<List<String>, Integer> p = shingles(predTokens, NGRAM);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      int tc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
      fp += Math.max(0, pc - tc);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      if (!t.containsKey(e.getKey())) {
        fp += e.getValue();
      }
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    return new Counts(tp, fp, fn, trueTokens.equals(predTokens));
  }

  /** Aggregates pages as {@code metrics_from_tp_fp_fns} does. */
  public static Score score(List<Counts> pages) {
    Objects.requireNonNull(pages, "pages");
    double pSum = 0;
    int pN = 0;
    double rSum = 0;
    int rN = 0;
    int exact = 0;
    for (Counts c : pages) {
      if (c.hasPrecision()) {
        pSum += c.precision();
        pN++;
      }
      if (c.hasRecall()) {
        rSum += c.recall();
        rN++;
      }
      if (c.exact()) {
        exact++;
      }
    }
    double precision = pN == 0 ? 0.0 : pSum / pN;
    double recall = rN == 0 ? 0.0 : rSum / rN;
    double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    double accuracy = pages.isEmpty() ? 0.0 : (double) exact / pages.size();
    return new Score(f1, precision, recall, accuracy, pages.size());
  }
}
