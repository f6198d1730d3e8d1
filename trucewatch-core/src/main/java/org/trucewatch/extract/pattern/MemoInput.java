package org.trucewatch.extract.pattern;

import java.util.HashMap;
import org.trucewatch.nlp.Vocabulary;

/**
 * A sentence as {@link RuleSet#find} gives it to its programs: the same tokens and spans, and for each token's word,
 * lemma and tag a {@link Row} of this thread's answers of the regular-expression tests ({@link MatchMemo}), found once
 * a sentence instead of a shared hash lookup at every test of every start tried. Reads the sentence; writes its rows
 * and this thread's table of rows (bounded, cleared when full). One per sentence and thread.
 */
final class MemoInput implements PatternInput {

  /** The most strings a thread keeps rows for: an endless stream of new words would grow the table. */
  static final int LIMIT = 1 << 15;

  private static final ThreadLocal<HashMap<String, Row>> ROWS = ThreadLocal.withInitial(HashMap::new);
  // This thread's rows of words and lemmas by their vocabulary id (a word's id row and its string row, if both are made, hold
  // the same answers): a token's word row is found by an array read, not a hash lookup. Bounded as ROWS.
  private static final ThreadLocal<IdRows> ID_ROWS = ThreadLocal.withInitial(IdRows::new);

  private static final class IdRows {
    Row[] rows = new Row[1 << 10];
    int made;

    Row row(int id) {
      if (id >= rows.length) {
        rows = java.util.Arrays.copyOf(rows, Math.max(id + 1, Math.min(rows.length * 2, Vocabulary.LIMIT)));
      }
      Row r = rows[id];
      if (r == null) {
        if (made >= LIMIT) {
          java.util.Arrays.fill(rows, null); // the rows a sentence holds stay valid: they are only no longer shared
          made = 0;
        }
        r = new Row();
        rows[id] = r;
        made++;
      }
      return r;
    }
  }

  /** One string's answers: two bits per test ({@link MatchMemo#id}): asked, and matched. Confined to one thread. */
  static final class Row {
    long[] bits = new long[MatchMemo.count() / 32 + 1];
  }

  private final PatternInput in;
  private final HashMap<String, Row> rows = ROWS.get();
  private final IdRows idRows = ID_ROWS.get(); // one thread-local read a sentence, not one a row made
  private final Row[] words;
  private final Row[] lemmas;
  private final Row[] tags;

  MemoInput(PatternInput in) {
    this.in = in;
    int n = in.size();
    this.words = new Row[n];
    this.lemmas = new Row[n];
    this.tags = new Row[n];
  }

  /** The row of token {@code i}'s word. */
  Row wordRow(int i) {
    Row r = words[i];
    if (r == null) {
      int id = in.wordId(i);
      r = words[i] = id >= 0 ? idRows.row(id) : row(in.word(i));
    }
    return r;
  }

  /** The row of token {@code i}'s lemma. */
  Row lemmaRow(int i) {
    Row r = lemmas[i];
    if (r == null) {
      int id = in.lemmaId(i); // a word's and a lemma's row of the same string, by its id, hold the same answers
      r = lemmas[i] = id >= 0 ? idRows.row(id) : row(in.lemma(i));
    }
    return r;
  }

  /** The row of token {@code i}'s tag, which is not null. */
  Row tagRow(int i) {
    Row r = tags[i];
    return r != null ? r : (tags[i] = row(in.tag(i)));
  }

  private Row row(String s) {
    Row r = rows.get(s);
    if (r == null) {
      if (rows.size() >= LIMIT) {
        rows.clear(); // the rows this sentence holds stay valid: they are only no longer shared
      }
      r = new Row();
      rows.put(s, r);
    }
    return r;
  }

  /** How many strings this thread keeps rows for by string (for tests). */
  static int kept() {
    return ROWS.get().size();
  }

  /** How many words this thread keeps rows for by id (for tests). */
  static int keptById() {
    return ID_ROWS.get().made;
  }

  @Override
  public int size() {
    return in.size();
  }

  @Override
  public String word(int i) {
    return in.word(i);
  }

  @Override
  public int wordId(int i) {
    return in.wordId(i);
  }

  @Override
  public int lemmaId(int i) {
    return in.lemmaId(i);
  }

  @Override
  public String lemma(int i) {
    return in.lemma(i);
  }

  @Override
  public String tag(int i) {
    return in.tag(i);
  }

  @Override
  public int[] spans(SpanClass cls, int i) {
    return in.spans(cls, i);
  }

  @Override
  public int lexicon(String category, int i) {
    return in.lexicon(category, i);
  }
}
