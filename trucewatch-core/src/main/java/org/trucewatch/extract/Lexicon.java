package org.trucewatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trucewatch.extract.pattern.Forms;
import org.trucewatch.nlp.Lemmas;
import org.trucewatch.nlp.Token;

/**
 * The extraction vocabulary ({@code lexicon.tsv} beside this class): phrases by category, each with a value and
 * flags. A phrase word matches a token by its lower-case text or its lemma, so one entry covers "shell", "shelled" and
 * "shelling". Immutable and thread-safe once loaded.
 */
public final class Lexicon {

  /** A phrase of a category. */
  public record Entry(String category, String[] words, String value, Set<String> flags) {
    public boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  /** Where an entry matched: tokens {@code [from, to)}. */
  public record Match(int from, int to, Entry entry) {
    public String value() {
      return entry.value();
    }
  }

  private final Map<String, Integer> categoryIds = new HashMap<>();
  // A first word's entries, one list per category id (null where none): one lookup serves every category.
  private final Map<String, List<Entry>[]> byFirstWord = new HashMap<>();
  // The inflections of every word after an entry's first, made once instead of at every match.
  private final Map<String, Set<String>> laterForms = new HashMap<>();
  // A bit per shape of a first word (first and last character, length): most tokens are settled without hashing.
  private final long[] firstWordShapes = new long[1 << 10];

  @SuppressWarnings("unchecked")
  private Lexicon(Map<String, Map<String, List<Entry>>> index) {
    index.keySet().stream().sorted().forEach(c -> categoryIds.put(c, categoryIds.size()));
    index.forEach((category, byWord) -> byWord.forEach((word, entries) -> {
      byFirstWord.computeIfAbsent(word, w -> new List[categoryIds.size()])[categoryIds.get(category)] = entries;
      for (Entry e : entries) {
        for (int k = 1; k < e.words().length; k++) {
          laterForms.computeIfAbsent(e.words()[k], Lexicon::inflections);
        }
      }
    }));
    for (String w : byFirstWord.keySet()) {
      int b = shape(w);
      firstWordShapes[b >>> 6] |= 1L << b;
    }
    int size = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 4) - 1) << 1; // at most a quarter full
    slotHashes = new int[size];
    slotKeys = new String[size];
    slotRows = new Object[size];
    slotMasks = new long[size];
    slotMore = new long[size][];
    int categories = categoryIds.size();
    byFirstWord.forEach((w, row) -> {
      int k = slot(w.hashCode());
      while (slotKeys[k] != null) {
        k = (k + 1) & (size - 1);
      }
      slotHashes[k] = w.hashCode();
      slotKeys[k] = w;
      slotRows[k] = row;
      // the categories the row starts, as a Reading ORs them into its mask (made once here, not at every token)
      long m = 0;
      long[] over = categories > 64 ? new long[(categories - 1) / 64] : null;
      for (int c = 0; c < Math.min(row.length, 64); c++) {
        m |= row[c] != null ? 1L << c : 0;
      }
      for (int c = 64; c < row.length; c++) {
        over[(c >>> 6) - 1] |= row[c] != null ? 1L << c : 0;
      }
      slotMasks[k] = m;
      slotMore[k] = over;
    });
  }

  // byFirstWord again as an open-addressed table: a miss reads one int array, not a chain of nodes and keys.
  private final int[] slotHashes;
  private final String[] slotKeys;
  private final Object[] slotRows;
  // each slot's row as category bits (ids past 63 in slotMore; null while there are none), for Reading's mask
  private final long[] slotMasks;
  private final long[][] slotMore;

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9 >>> 7 & (slotKeys.length - 1);
  }

  /** A word's bit in {@link #firstWordShapes}: its first and last characters and its length, hashed. */
  private static int shape(String w) {
    int n = w.length();
    int h = n == 0 ? 0 : (w.charAt(0) * 31 + w.charAt(n - 1)) * 64 + Math.min(n, 63);
    return h & ((1 << 16) - 1);
  }


  // A first word's slot by the key's vocabulary id: 1 for none, k + 2 for slot k; filled as keys are asked.
  private final org.trucewatch.nlp.Vocabulary.IdTable slotById = new org.trucewatch.nlp.Vocabulary.IdTable();

  /** {@link #slotOf(String)} of {@code key}, whose vocabulary id is {@code id} (-1: none), read by id once known. */
  private int slotOf(String key, int id) {
    if (id < 0) {
      return slotOf(key);
    }
    int v = slotById.get(id);
    if (v == 0) {
      v = slotOf(key) + 2;
      slotById.put(id, v);
    }
    return v - 2;
  }

  /** The rows of a first word, or null, by the key's vocabulary id as {@link #slotOf(String, int)}. */
  private List<Entry>[] rowOf(String key, int id) {
    int k = slotOf(key, id);
    if (k < 0) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Entry>[] row = (List<Entry>[]) slotRows[k];
    return row;
  }

  /** The slot of a first word, or -1; a key whose shape no first word has is not looked up. */
  private int slotOf(String key) {
    int b = shape(key);
    if ((firstWordShapes[b >>> 6] & 1L << b) == 0) {
      return -1;
    }
    int h = key.hashCode();
    for (int k = slot(h); slotKeys[k] != null; k = (k + 1) & (slotKeys.length - 1)) {
      if (slotHashes[k] == h && slotKeys[k].equals(key)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The embedded lexicon, read once per JVM: it is immutable, so every stage shares the one instance (and with it the
   * per-sentence readings, which are kept per lexicon).
   */
  public static Lexicon load() {
    return Embedded.LEXICON;
  }

  private static final class Embedded {
    static final Lexicon LEXICON = readEmbedded();
  }

  private static Lexicon readEmbedded() {
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.tsv missing from the classpath");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a lexicon in the form of {@code lexicon.tsv} (category, phrase, value, flags; tab-separated). */
  static Lexicon read(BufferedReader r) {
    Map<String, Map<String, List<Entry>>> index = new HashMap<>();
    try {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 3) {
          throw new IllegalStateException("lexicon.tsv:" + n + ": expected category, phrase, value");
        }
        // interned: callers ask by literals ("denies", "exact"), which equals then settles by identity
        Set<String> flags = cols.length > 3 && !cols[3].isBlank() ? Set.of(internAll(cols[3].split(","))) : Set.of();
        Entry e = new Entry(cols[0].intern(), internAll(cols[1].split(" ")), cols[2].intern(), flags);
        for (String form : forms(e, e.words()[0])) {
          index.computeIfAbsent(e.category(), k -> new HashMap<>())
              .computeIfAbsent(form, k -> new ArrayList<>()).add(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    index.values().forEach(m -> m.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length)));
    return new Lexicon(index);
  }

  private static String[] internAll(String[] words) {
    for (int i = 0; i < words.length; i++) {
      words[i] = words[i].intern();
    }
    return words;
  }

  /** Non-overlapping longest matches of {@code category} in {@code tokens}, left to right. */
  public List<Match> find(List<Token> tokens, String category) {
    List<Match> out = new ArrayList<>();
    Integer c = categoryIds.get(category);
    if (c == null) {
      return out;
    }
    Keys keys = KEYS.get();
    Reading r = keys.reading(this, tokens);
    if (r != null && !r.starts(c)) {
      return out; // no token of the sentence starts an entry of the category
    }
    for (int i = 0; i < tokens.size(); i++) {
      Entry best = match(keys, r, c, tokens, i);
      if (best != null) {
        out.add(new Match(i, i + best.words().length, best));
        i += best.words().length - 1;
      }
    }
    return out;
  }

  // entries() and phrases() by category, made once: they walk every first word, and Frames asks "outlet" per frame.
  private final java.util.concurrent.ConcurrentHashMap<String, List<Entry>> entriesMade =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<String, List<String>> phrasesMade =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The entries of {@code category} as written in the resource (each once, in no particular order). */
  public List<Entry> entries(String category) {
    return entriesMade.computeIfAbsent(category, this::collectEntries);
  }

  private List<Entry> collectEntries(String category) {
    Integer c = categoryIds.get(category);
    if (c == null) {
      return List.of();
    }
    Set<Entry> out = new LinkedHashSet<>();
    for (List<Entry>[] row : byFirstWord.values()) {
      if (row[c] != null) {
        out.addAll(row[c]);
      }
    }
    return List.copyOf(out);
  }

  /** The phrases of {@code category} as written in the resource (each once, in no particular order). */
  public List<String> phrases(String category) {
    return phrasesMade.computeIfAbsent(category, c -> collectPhrases(c));
  }

  private List<String> collectPhrases(String category) {
    return entries(category).stream().map(e -> String.join(" ", e.words())).distinct().toList();
  }

  /** The longest entry of {@code category} starting at token {@code i}, or null. */
  public Entry at(List<Token> tokens, int i, String category) {
    Integer c = categoryIds.get(category);
    if (c == null) {
      return null;
    }
    Keys keys = KEYS.get();
    Reading r = keys.reading(this, tokens);
    if (r != null && !r.starts(c)) {
      return null; // no token of the sentence starts an entry of the category
    }
    return match(keys, r, c, tokens, i);
  }

  /**
   * Whether some token could start an entry of one of {@code categories} (a cheap pre-check: a true answer still needs
   * {@link #any} or {@link #find}).
   */
  public boolean anyFirstWord(List<Token> tokens, String[] categories) {
    Keys keys = KEYS.get();
    Reading r = keys.reading(this, tokens);
    if (r != null && r.whole) { // (a part's mask is its sentence's: more than the part starts)
      for (String c : categories) {
        Integer id = categoryIds.get(c);
        if (id != null && r.starts(id)) {
          return true;
        }
      }
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      List<Entry>[] row = keys.row(this, tokens, i);
      if (row == null) {
        continue;
      }
      for (String c : categories) {
        Integer id = categoryIds.get(c);
        if (id != null && row[id] != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an entry of {@code category} starts at a token of {@code [from, to)} (clipped to the sentence); it may end
   * past {@code to}, as {@link #at} reads it.
   */
  public boolean startsIn(List<Token> tokens, int from, int to, String category) {
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      if (at(tokens, k, category) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether any entry of {@code category} occurs in {@code tokens}. */
  public boolean any(List<Token> tokens, String category) {
    Integer c = categoryIds.get(category);
    if (c == null) {
      return false;
    }
    Keys keys = KEYS.get();
    Reading r = keys.reading(this, tokens);
    if (r != null && !r.starts(c)) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (match(keys, r, c, tokens, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** The longest entry of category id {@code category} at token {@code i}; {@code r} is the tokens' reading or null. */
  @SuppressWarnings("unchecked")
  private Entry match(Keys keys, Reading r, int category, List<Token> tokens, int i) {
    List<Entry>[] row = r != null ? (List<Entry>[]) r.rows[r.offset + i] : keys.row(this, tokens, i);
    List<Entry> candidates = row == null ? null : row[category];
    if (candidates == null) {
      return null;
    }
    Entry first = null;
    String tag = tokens.get(i).tag();
    for (Entry e : candidates) {
      if (i + e.words().length > tokens.size() || first != null && e.words().length < first.words().length) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.words().length && ok; k++) {
        String w = r != null ? r.keys[r.offset + i + k] : keys.key(tokens, i + k);
        ok = e.words()[k].equals(w) || !e.has("exact") && laterForms.get(e.words()[k]).contains(w);
      }
      if (ok && (tag == null || e.words().length > 1 || posFits(e, tag))) {
        return e;
      }
      first = ok && first == null ? e : first;
    }
    return first;
  }

  /**
   * Whether a one-word entry's part of speech (flag {@code noun} or {@code verb}) fits the token's tag: of two rows of
   * one word ("shooting" the noun, "shoot" the verb), the one that fits is read.
   */
  private static boolean posFits(Entry e, String tag) {
    return !(e.has("verb") && !tag.equals("VERB") || e.has("noun") && !tag.equals("NOUN") && !tag.equals("PROPN"));
  }

  /**
   * The lower-case keys and lexicon rows of the tokens last asked on this thread, by position: finders ask one
   * sentence's tokens for many categories, and a key is made and looked up once instead of once per category. A slot
   * is valid for the tokens whose lower-case form is the very string it was made from (a row depends on nothing else):
   * the tagged copy of a token ({@link Token#withTag}) shares its form, so tagging does not make it looked up again.
   */
  private static final class Keys {
    // Whole readings of immutable token lists (a sentence's), by the list's identity: direct-mapped, so a sentence
    // asked again after others is found without validating each token's slot.
    private final Reading[] readings = new Reading[READINGS];

    /** The reading of {@code list} by {@code lexicon}, made if need be; null for a list that may change. */
    Reading reading(Lexicon lexicon, List<Token> list) {
      Class<?> c = list.getClass();
      if (c != LIST_N && c != LIST_12) {
        // only List.of/copyOf lists are immutable for sure (a sentence's tokens are such); a part of the sentence
        // read last ("tokens.subList(f.from(), f.to())") is read from its reading, checked at each call, never kept
        return last != null && last.lexicon == lexicon ? last.part(list) : null;
      }
      int h = System.identityHashCode(list) & (READINGS - 1);
      Reading r = readings[h];
      if (r == null || r.list != list || r.lexicon != lexicon) {
        r = sameForms(lexicon, list);
        if (r == null) {
          r = new Reading(lexicon, list);
        }
        readings[h] = r;
        if (!list.isEmpty()) {
          byFirstForm[System.identityHashCode(list.get(0).lower()) & (READINGS - 1)] = r;
        }
      }
      last = r;
      return r;
    }

    // the whole sentence's reading returned last: the finders ask parts of the sentence they are reading
    private Reading last;

    // Readings by the identity of their first token's lower-case form: a sentence's tagged copy (Token#withTag keeps
    // the very form strings) finds its untagged sentence's reading here and shares its keys, rows and mask.
    private final Reading[] byFirstForm = new Reading[READINGS];

    /** A reading of {@code list} made from an earlier list's whose tokens have the same form strings, or null. */
    private Reading sameForms(Lexicon lexicon, List<Token> list) {
      int n = list.size();
      if (n == 0) {
        return null;
      }
      Reading earlier = byFirstForm[System.identityHashCode(list.get(0).lower()) & (READINGS - 1)];
      if (earlier == null || earlier.lexicon != lexicon || earlier.list.size() != n) {
        return null;
      }
      for (int i = 0; i < n; i++) {
        if (earlier.list.get(i).lower() != list.get(i).lower()) { // identity: a row depends on the form alone
          return null;
        }
      }
      return new Reading(lexicon, list, earlier);
    }

    private String[] tokens = new String[64]; // the lower-case form each slot was made from
    private String[] keys = new String[64];
    private Object[] rows = new Object[64];
    private Lexicon rowsOf;

    // The same by the token's lower-case form (its String hash, then its identity), for a token whose position slot
    // holds another sentence's: the finders alternate between sentences, and each would make the slot again.
    private final String[] seenLower = new String[SEEN];
    private final String[] seenKeys = new String[SEEN];
    private final Object[] seenRows = new Object[SEEN];

    String key(List<Token> list, int i) {
      Token t = list.get(i);
      if (i >= tokens.length) {
        grow(i);
      }
      if (tokens[i] != t.lower() && !refill(t, i)) {
        fill(t, i);
      }
      return keys[i];
    }

    @SuppressWarnings("unchecked")
    List<Entry>[] row(Lexicon lexicon, List<Token> list, int i) {
      Token t = list.get(i);
      if (i >= tokens.length) {
        grow(i);
      }
      if (rowsOf != lexicon) { // another lexicon (tests load their own): its rows differ
        java.util.Arrays.fill(tokens, null);
        java.util.Arrays.fill(seenLower, null);
        rowsOf = lexicon;
      }
      if (tokens[i] != t.lower() && !refill(t, i)) {
        fill(t, i);
      }
      if (rows[i] == UNSET) {
        rows[i] = lexicon.rowOf(keys[i], t.id()); // keys[i] is lower(t), whose id the token holds
        int h = t.lower().hashCode() & (SEEN - 1);
        if (seenLower[h] == t.lower()) {
          seenRows[h] = rows[i];
        }
      }
      return (List<Entry>[]) rows[i];
    }

    /** Fills slot {@code i} from the seen table if it holds this very token form; whether it did. */
    private boolean refill(Token t, int i) {
      int h = t.lower().hashCode() & (SEEN - 1);
      if (seenLower[h] != t.lower()) {
        return false;
      }
      tokens[i] = seenLower[h];
      keys[i] = seenKeys[h];
      rows[i] = seenRows[h];
      return true;
    }

    private void fill(Token t, int i) {
      tokens[i] = t.lower();
      keys[i] = lower(t);
      rows[i] = UNSET;
      int h = t.lower().hashCode() & (SEEN - 1);
      seenLower[h] = tokens[i];
      seenKeys[h] = keys[i];
      seenRows[h] = UNSET;
    }

    private void grow(int i) {
      int n = Math.max(i + 1, tokens.length * 2);
      tokens = java.util.Arrays.copyOf(tokens, n);
      keys = java.util.Arrays.copyOf(keys, n);
      rows = java.util.Arrays.copyOf(rows, n);
    }
  }

  private static final Object UNSET = new Object();
  private static final int READINGS = 1 << 8; // a few articles' sentences (and their tagged copies)
  private static final Class<?> LIST_N = List.of(1, 2, 3).getClass();
  private static final Class<?> LIST_12 = List.of(1).getClass();

  /**
   * The lower-case keys and rows of every token of an immutable list, and the categories any of its tokens starts
   * (a bit per category id; ids past 63 in {@code more}, null while there are none): a category no token starts is
   * answered without looking at the tokens.
   */
  private static final class Reading {
    final Lexicon lexicon;
    final List<Token> list;
    final String[] keys;
    final Object[] rows;
    final long mask;
    final long[] more;
    final int offset; // where the list starts in keys and rows (a part of a sentence: see part)
    final boolean whole; // false for a part, whose mask is its sentence's

    Reading(Lexicon lexicon, List<Token> list) {
      this.lexicon = lexicon;
      this.list = list;
      this.offset = 0;
      this.whole = true;
      int n = list.size();
      keys = new String[n];
      rows = new Object[n];
      long m = 0;
      int categories = lexicon.categoryIds.size();
      long[] over = categories > 64 ? new long[(categories - 1) / 64] : null;
      for (int i = 0; i < n; i++) {
        keys[i] = lower(list.get(i));
        int k = lexicon.slotOf(keys[i], list.get(i).id()); // by the id of the key's form, held by the token
        if (k < 0) {
          continue; // (rows[i] stays null)
        }
        rows[i] = lexicon.slotRows[k];
        m |= lexicon.slotMasks[k]; // the row's categories, made at load
        long[] more = lexicon.slotMore[k];
        for (int j = 0; more != null && j < more.length; j++) {
          over[j] |= more[j];
        }
      }
      mask = m;
      more = over;
    }

    /** Whether a token of the list starts an entry of category id {@code c}. */
    boolean starts(int c) {
      return c < 64 ? (mask & 1L << c) != 0 : (more[(c >>> 6) - 1] & 1L << c) != 0;
    }

    /** The reading of {@code list}, whose tokens have the very form strings of {@code same}'s list. */
    Reading(Lexicon lexicon, List<Token> list, Reading same) {
      this.lexicon = lexicon;
      this.list = list;
      this.keys = same.keys;
      this.rows = same.rows;
      this.mask = same.mask;
      this.more = same.more;
      this.offset = same.offset;
      this.whole = same.whole;
    }

    private Reading(Reading whole, List<Token> part, int offset) {
      this.lexicon = whole.lexicon;
      this.list = part;
      this.keys = whole.keys;
      this.rows = whole.rows;
      this.mask = whole.mask; // the whole's categories: more than the part's, so only a cheap answer is lost
      this.more = whole.more;
      this.offset = offset;
      this.whole = false;
    }

    /**
     * The reading of {@code part} if its tokens have, in order, the very form strings of a run of this reading's
     * (keys and rows depend on the form alone), or null.
     */
    Reading part(List<Token> part) {
      int n = part.size();
      int size = list.size();
      if (n == 0 || n > size) {
        return null;
      }
      String first = part.get(0).lower();
      for (int p = 0; p + n <= size; p++) {
        if (list.get(p).lower() != first) {
          continue;
        }
        int k = 1;
        while (k < n && list.get(p + k).lower() == part.get(k).lower()) {
          k++;
        }
        if (k == n) {
          return new Reading(this, part, p);
        }
      }
      return null;
    }
  }
  private static final int SEEN = 1 << 12; // slots of Keys' table by form: a few articles' distinct tokens
  private static final ThreadLocal<Keys> KEYS = ThreadLocal.withInitial(Keys::new);


  /** The forms a word of {@code e} matches: itself only when flagged exact ("storm" is not "stormed"). */
  private static Set<String> forms(Entry e, String w) {
    return e.has("exact") ? Set.of(w) : inflections(w);
  }

  /** The regular inflections of a word (see {@link Forms#inflections}). */
  static Set<String> inflections(String w) {
    return Forms.inflections(w);
  }

  static String lower(Token t) {
    String lower = t.lower(); // made once with the token: the finders ask it of each token many times
    return lower.indexOf('’') < 0 ? lower : lower.replace('’', '\'');
  }

  /** Whether the token is the possessive mark ("'s" or "’s", as the tokenizer splits "Saturday's"). */
  static boolean possessive(Token t) {
    String x = t.text();
    return x.equals("'s") || x.equals("’s");
  }

  static String lemma(Token t) {
    return t.lemma() != null ? t.lemma() : Lemmas.lemma(t.text(), null);
  }
}
