package org.trucewatch.extract.pattern;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a string matches a regular expression as a whole, each distinct string matched once: a pattern's token tests
 * ask the same few thousand words, lemmas and tags again at every position the VM tries, and a lookup costs less than
 * a new matcher run over the alternation. Reads the strings asked; writes only its own memo (bounded, cleared when
 * full, as an endless stream of new words would grow it). The answers are the pattern's own. Thread-safe.
 */
final class MatchMemo {

  static final int LIMIT = 20_000;

  private final Pattern pattern;
  private final ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();

  MatchMemo(Pattern pattern) {
    this.pattern = pattern;
  }

  /** {@code pattern.matcher(s).matches()}. */
  boolean matches(String s) {
    Boolean known = seen.get(s);
    if (known != null) {
      return known;
    }
    boolean m = pattern.matcher(s).matches();
    if (seen.size() >= LIMIT) {
      seen.clear();
    }
    seen.put(s, m);
    return m;
  }

  /** How many strings are remembered (for tests). */
  int size() {
    return seen.size();
  }
}
