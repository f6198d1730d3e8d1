package org.trucewatch.conflict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the whole-word occurrences of names in a text, as written (case-sensitive), overlapping ones included: what an
 * Aho-Corasick trie with whole words only emits, found instead by looking up each word start's first three characters
 * in a sorted table (no boxed character per step). Reads names of three characters or more; immutable, thread-safe.
 */
final class NameScan<T> {

  /** Called once per occurrence. */
  interface Hit<T> {
    void found(int start, int end, T payload);
  }

  private final long[] prefixes; // sorted: the first three characters of the names, packed
  private final String[][] names; // by prefix
  private final List<List<T>> payloads; // by prefix, by name

  NameScan(Map<String, T> byName) {
    TreeMap<Long, List<Map.Entry<String, T>>> grouped = new TreeMap<>();
    byName.forEach((name, payload) -> {
      if (name.length() < 3) {
        throw new IllegalArgumentException("a name of fewer than three characters: " + name);
      }
      grouped.computeIfAbsent(prefix(name, 0), k -> new ArrayList<>()).add(Map.entry(name, payload));
    });
    prefixes = new long[grouped.size()];
    names = new String[grouped.size()][];
    payloads = new ArrayList<>();
    int k = 0;
    for (var e : grouped.entrySet()) {
      prefixes[k] = e.getKey();
      names[k] = e.getValue().stream().map(Map.Entry::getKey).toArray(String[]::new);
      payloads.add(e.getValue().stream().map(Map.Entry::getValue).toList());
      k++;
    }
  }

  private static long prefix(CharSequence s, int i) {
    return (long) s.charAt(i) << 32 | (long) s.charAt(i + 1) << 16 | s.charAt(i + 2);
  }

  /** Every occurrence of a name with no letter just before or just after it ({@link Character#isAlphabetic}). */
  void scan(String text, Hit<T> hit) {
    int n = text.length();
    for (int i = 0; i + 3 <= n; i++) {
      if (i > 0 && Character.isAlphabetic(text.charAt(i - 1))) {
        continue; // inside a word: no whole-word name starts here
      }
      int k = Arrays.binarySearch(prefixes, prefix(text, i));
      if (k < 0) {
        continue;
      }
      String[] ns = names[k];
      for (int j = 0; j < ns.length; j++) {
        String name = ns[j];
        int end = i + name.length();
        if (end <= n && text.startsWith(name, i) && (end == n || !Character.isAlphabetic(text.charAt(end)))) {
          hit.found(i, end, payloads.get(k).get(j));
        }
      }
    }
  }
}
