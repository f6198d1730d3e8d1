package org.trucewatch.nlp;

import java.util.function.UnaryOperator;

/**
 * A small cache of a function of token texts (a lower-cased or folded key), by the identity of the text: the lexicons
 * look up each token's key many times (once per category and entry tried), and a token's text is one string object
 * throughout, so the key is made, and its hash computed, once instead of at every lookup. Direct-mapped and bounded
 * (an entry is overwritten by a later text of the same slot); the function must be pure. Thread-safe: a slot holds an
 * immutable pair, and a race only costs a recomputation.
 */
public final class TextMemo {

  private static final int SLOTS = 1024; // a power of two: a few sentences' tokens

  private record Pair(String text, String value) {}

  private final UnaryOperator<String> function;
  private final Pair[] slots = new Pair[SLOTS];

  public TextMemo(UnaryOperator<String> function) {
    this.function = function;
  }

  /** {@code function.apply(text)}, from the cache when this very string was asked last in its slot. */
  public String apply(String text) {
    int slot = System.identityHashCode(text) & (SLOTS - 1);
    Pair p = slots[slot];
    if (p != null && p.text == text) {
      return p.value;
    }
    String value = function.apply(text);
    slots[slot] = new Pair(text, value);
    return value;
  }
}
