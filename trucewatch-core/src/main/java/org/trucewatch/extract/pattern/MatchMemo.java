package org.trucewatch.extract.pattern;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Whether a string matches a regular expression as a whole, each distinct string matched once: a pattern's token tests
 * ask the same few thousand words, lemmas and tags again at every position the VM tries, and a lookup costs less than
 * a new matcher run over the alternation. Reads the strings asked; writes only its own memo (bounded, cleared when
 * full, as an endless stream of new words would grow it) and the rows of a {@link MemoInput}, which keep its answers
 * per thread by its {@link #id}. The answers are the pattern's own. Thread-safe.
 */
final class MatchMemo {

  static final int LIMIT = 20_000;

  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final ConcurrentHashMap<String, MatchMemo> SHARED = new ConcurrentHashMap<>();

  private final Pattern pattern;
  private final ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();
  /** Its two bits in a {@link MemoInput.Row}: unique among the memos made in this JVM. */
  final int id = COUNT.getAndIncrement();

  MatchMemo(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The memo of a pattern, one for all the tests that write the same expression with the same flags. */
  static MatchMemo of(Pattern pattern) {
    return SHARED.computeIfAbsent(pattern.flags() + "/" + pattern.pattern(), k -> new MatchMemo(pattern));
  }

  /** How many memos were made: the ids are below it. */
  static int count() {
    return COUNT.get();
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

  /** Whether token {@code i}'s word matches. */
  boolean word(PatternInput in, int i) {
    return in instanceof MemoInput m ? matches(m.wordRow(i), in.word(i)) : matches(in.word(i));
  }

  /** Whether token {@code i}'s lemma matches. */
  boolean lemma(PatternInput in, int i) {
    return in instanceof MemoInput m ? matches(m.lemmaRow(i), in.lemma(i)) : matches(in.lemma(i));
  }

  /** Whether token {@code i} has a tag and it matches. */
  boolean tag(PatternInput in, int i) {
    String t = in.tag(i);
    if (t == null) {
      return false;
    }
    return in instanceof MemoInput m ? matches(m.tagRow(i), t) : matches(t);
  }

  /** {@code matches(s)}, answered from the row of {@code s} where this memo's bits there say it was asked. */
  private boolean matches(MemoInput.Row row, String s) {
    int at = id >>> 5;
    int shift = (id & 31) << 1;
    long[] bits = row.bits;
    if (at >= bits.length) {
      bits = Arrays.copyOf(bits, Math.max(at + 1, count() / 32 + 1)); // a memo made after the row
      row.bits = bits;
    }
    long b = bits[at] >>> shift;
    if ((b & 1) != 0) {
      return (b & 2) != 0;
    }
    boolean m = matches(s);
    bits[at] |= (m ? 3L : 1L) << shift;
    return m;
  }

  /** How many strings are remembered (for tests). */
  int size() {
    return seen.size();
  }
}
