package org.trucewatch.nlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One id per distinct word, given once when a token is made, so that each per-token table (the extraction lexicon's
 * first words, the attack rules' anchors, the pattern memo's rows) answers by an array read instead of hashing and
 * comparing the word's string again. Reads the words asked; writes only its own table, which is shared, thread-safe
 * and bounded: the first {@link #LIMIT} distinct words get ids for the life of the JVM (so an id never changes
 * meaning, and a table filled by id stays valid), every later new word gets -1 and its tables look it up by string.
 */
public final class Vocabulary {

  /** The most words given an id: an endless stream of new words would grow the table. */
  public static final int LIMIT = 1 << 17;

  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private Vocabulary() {}

  /** The id of {@code word}, in {@code [0, LIMIT)}, or -1 once the table is full. */
  public static int id(String word) {
    Integer known = IDS.get(word);
    if (known != null) {
      return known;
    }
    if (NEXT.get() >= LIMIT) {
      return -1;
    }
    return IDS.computeIfAbsent(word, w -> {
      int n = NEXT.getAndIncrement();
      return n < LIMIT ? n : -1;
    });
  }

  /**
   * The form the tables look a token up by: its lower-case text with the typographic apostrophe made plain (as the
   * lexicon and the rules write their words).
   */
  public static String key(String lower) {
    return lower.indexOf('’') < 0 ? lower : lower.replace('’', '\'');
  }

  /**
   * Values by word id, filled lazily by whoever asks first: 0 means not yet known, so callers store their answer
   * plus one. Pages of ids are made when first written. Thread-safe by benign races: an int is written whole, every
   * writer of an id writes the same value (the answer is a function of the word alone), and a reader that sees 0, or
   * a page not yet published, only works the answer out again.
   */
  public static final class IdTable {
    private static final int PAGE_BITS = 12;
    private static final int PAGE = 1 << PAGE_BITS;

    private final int[][] pages = new int[(LIMIT + PAGE - 1) / PAGE][];

    /** The value stored for {@code id} (not -1), or 0 where none was. */
    public int get(int id) {
      int[] p = pages[id >>> PAGE_BITS];
      return p == null ? 0 : p[id & (PAGE - 1)];
    }

    /** Stores {@code value} (not 0) for {@code id} (not -1). */
    public void put(int id, int value) {
      int[] p = pages[id >>> PAGE_BITS];
      if (p == null) {
        p = new int[PAGE];
        pages[id >>> PAGE_BITS] = p;
      }
      p[id & (PAGE - 1)] = value;
    }
  }
}
