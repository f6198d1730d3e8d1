package org.trucewatch.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.internal.Hashing;

/** Word n-gram shingles of a paragraph, hashed to 64 bits. Stateless. */
final class Shingles {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Shingles() {}

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Distinct hashes of the {@code n}-word shingles of {@code words} (one shingle for shorter texts). */
  static long[] hashes(List<String> words, int n) {
    int count = Math.max(1, words.size() - n + 1);
    long[] out = new long[count];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.setLength(0);
      for (int j = i; j < Math.min(words.size(), i + n); j++) {
        sb.append(words.get(j)).append(' ');
      }
      out[i] = Hashing.hash64(sb);
    }
    return java.util.Arrays.stream(out).distinct().toArray();
  }
}
