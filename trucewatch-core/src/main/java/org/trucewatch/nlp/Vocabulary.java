package org.trucewatch.nlp;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One id per distinct word, given once when a token is made, so that each per-token table (the extraction lexicon's
 * first words, the attack rules' anchors, the pattern memo's rows) answers by an array read instead of hashing and
 * comparing the word's string again. Reads the words asked; writes only its own table, which is shared, thread-safe
 * and bounded: the first {@link #LIMIT} distinct words get ids for the life of the JVM (so an id never changes
 * meaning, and a table filled by id stays valid), every later new word gets -1 and its tables look it up by string.
 * Also keeps a token's text as written ({@link Form}: its lower case, that form's id, an id of the text itself), found
 * from the characters of the text it stands in, so that the tokenizer makes neither a substring nor a lower-case string
 * nor a hash of either for a text seen before; bounded at {@link #FORM_LIMIT} texts, past which it answers null.
 */
public final class Vocabulary {

  /** The most words given an id: an endless stream of new words would grow the table. */
  public static final int LIMIT = 1 << 17;

  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** The most token texts (as written, in their case) given a {@link Form}. */
  public static final int FORM_LIMIT = 1 << 18;

  /**
   * A token text as written ({@code text}, one shared instance), its lower case ({@link Locale#ROOT}), the id of that
   * lower case's {@link #key} ({@code id}, -1 where it has none) and the text's own id ({@code textId}, one per
   * distinct text in its case, in {@code [0, FORM_LIMIT)}); {@code hash} is the text's {@link String#hashCode}.
   */
  public record Form(String text, String lower, int id, int textId, int hash) {}

  // Open addressing by the text's hash; written only under the class lock, read without it (a Form's fields are
  // final, so a reader that sees one sees it whole; a reader that misses a Form being added adds it under the lock,
  // where it is found). A grown table is published whole through the volatile field.
  private static volatile Form[] forms = new Form[1 << 12];
  private static int formCount; // guarded by Vocabulary.class

  private Vocabulary() {}

  /** The {@link Form} of {@code s}'s characters {@code [from, to)}, or null once {@link #FORM_LIMIT} texts have one. */
  public static Form form(String s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + s.charAt(k);
    }
    Form[] table = forms;
    int mask = table.length - 1;
    int len = to - from;
    for (int p = (h ^ h >>> 16) & mask; ; p = (p + 1) & mask) {
      Form f = table[p];
      if (f == null) {
        break;
      }
      if (f.hash == h && f.text.length() == len && f.text.regionMatches(0, s, from, len)) {
        return f;
      }
    }
    return addForm(s, from, to, h);
  }

  /** {@link #form(String, int, int)} of the whole of {@code text}. */
  public static Form form(String text) {
    return form(text, 0, text.length());
  }

  private static synchronized Form addForm(String s, int from, int to, int h) {
    Form[] table = forms;
    int mask = table.length - 1;
    int len = to - from;
    int p = (h ^ h >>> 16) & mask;
    for (; table[p] != null; p = (p + 1) & mask) {
      Form f = table[p];
      if (f.hash == h && f.text.length() == len && f.text.regionMatches(0, s, from, len)) {
        return f;
      }
    }
    if (formCount >= FORM_LIMIT) {
      return null;
    }
    String text = from == 0 && to == s.length() ? s : s.substring(from, to);
    String lower = text.toLowerCase(Locale.ROOT);
    Form f = new Form(text, lower, id(key(lower)), formCount++, h);
    if (formCount * 2 > table.length) { // kept at most half full: a miss ends at an empty slot soon
      Form[] bigger = new Form[table.length * 2];
      for (Form g : table) {
        if (g != null) {
          insert(bigger, g);
        }
      }
      insert(bigger, f);
      forms = bigger;
    } else {
      table[p] = f;
    }
    return f;
  }

  private static void insert(Form[] table, Form f) {
    int mask = table.length - 1;
    int p = (f.hash ^ f.hash >>> 16) & mask;
    while (table[p] != null) {
      p = (p + 1) & mask;
    }
    table[p] = f;
  }

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
