package org.trucewatch.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.internal.Hashing;

/**
 * The paragraph MinHash signatures and LSH band keys of {@link org.trucewatch.dedup.SyndicationIndex}, computed the
 * same way bit for bit (word 4-gram shingles hashed with {@code Hashing.hash64}, {@code k} salts from a
 * {@link SplittableRandom} seeded by the configuration, bands hashed with {@code Hashing.mix64}), so that the Spark job
 * compares exactly the paragraph pairs the single-JVM index compares. Core keeps its own copies package-private;
 * {@code ParagraphSignaturesTest} checks both agree on similarities and on which pairs share a band.
 *
 * <p>Immutable and thread-safe; serializable, so one instance travels to the executors with the job.
 */
final class ParagraphSignatures implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final long[] salts;
  private final int bands;
  private final int rows;
  private final int shingleWords;
  private final int minParagraphWords;

  ParagraphSignatures(TrucewatchConfig.Dedup config) {
    if (config.hashes() % config.bands() != 0) {
      throw new IllegalArgumentException("dedup.hashes must be a multiple of dedup.bands");
    }
    SplittableRandom random = new SplittableRandom(config.seed());
    salts = new long[config.hashes()];
    for (int i = 0; i < salts.length; i++) {
      salts[i] = random.nextLong();
    }
    bands = config.bands();
    rows = config.hashes() / config.bands();
    shingleWords = config.shingleWords();
    minParagraphWords = config.minParagraphWords();
  }

  /** The paragraph's signature, or null when it has too few words to be compared at all. */
  int[] signature(String paragraph) {
    List<String> words = words(paragraph);
    if (words.size() < minParagraphWords) {
      return null;
    }
    long[] shingles = shingles(words);
    int[] sig = new int[salts.length];
    for (int i = 0; i < salts.length; i++) {
      long min = Long.MAX_VALUE;
      for (long s : shingles) {
        long h = Hashing.mix64(s ^ salts[i]);
        if (Long.compareUnsigned(h, min) < 0) {
          min = h;
        }
      }
      sig[i] = (int) min;
    }
    return sig;
  }

  /** The signature's key in each LSH band: two paragraphs are compared when they share one. */
  long[] bandKeys(int[] sig) {
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = band * 0x9E3779B97F4A7C15L;
      for (int r = band * rows; r < (band + 1) * rows; r++) {
        h = Hashing.mix64(h ^ (sig[r] & 0xFFFFFFFFL));
      }
      keys[band] = h;
    }
    return keys;
  }

  /** The share of positions where two signatures agree. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private long[] shingles(List<String> words) {
    int count = Math.max(1, words.size() - shingleWords + 1);
    long[] out = new long[count];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.setLength(0);
      for (int j = i; j < Math.min(words.size(), i + shingleWords); j++) {
        sb.append(words.get(j)).append(' ');
      }
      out[i] = Hashing.hash64(sb);
    }
    return java.util.Arrays.stream(out).distinct().toArray();
  }
}
