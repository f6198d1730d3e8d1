package org.trucewatch.dedup;

import java.util.SplittableRandom;
import org.trucewatch.internal.Hashing;

/**
 * MinHash signatures of shingle sets: immutable and thread-safe. The {@code k} hash functions are derived from a seeded
 * generator, so signatures are the same in every run and on every machine (the Spark job and the CLI agree).
 */
final class MinHasher {

  private final long[] salts;

  MinHasher(int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    salts = new long[k];
    for (int i = 0; i < k; i++) {
      salts[i] = random.nextLong();
    }
  }

  int size() {
    return salts.length;
  }

  /** The signature: for each hash function, the least 32 bits of the minimum over the set. */
  int[] signature(long[] shingles) {
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

  /** The share of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
