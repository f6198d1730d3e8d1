package org.trucewatch.dedup;

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
 * Paragraph MinHash signatures and their LSH band keys, shared by {@link SyndicationIndex} and the Spark job so both
 * compare exactly the same paragraph pairs: word n-gram shingles hashed with {@code Hashing.hash64}, {@code k} hash
 * functions from salts drawn from a {@link SplittableRandom} seeded by the configuration (the same in every run and on
 * every machine), each band's rows hashed together with {@code Hashing.mix64}.
 *
 * <p>Immutable and thread-safe; serializable, so one instance travels to Spark's executors with the job.
 */
public final class ParagraphSignatures implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final long[] salts;
  private final int bands;
  private final int rows;
  private final int shingleWords;
  private final int minParagraphWords;

  public ParagraphSignatures(TrucewatchConfig.Dedup config) {
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
  public int[] signature(String paragraph) {
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
  public long[] bandKeys(int[] sig) {
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
  public static double similarity(int[] a, int[] b) {
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
