package org.trucewatch.nlp;

import java.util.Locale;

/**
 * A token: offsets {@code [start, end)} into the article body, its text, and its universal part-of-speech tag (UPOS:
 * NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, NUM, PRON, PUNCT...) and lemma where a tagger has run, else null; its
 * lower-case text, and that form's {@link Vocabulary} id (-1 where it has none), by which the per-token tables answer.
 */
public record Token(int start, int end, String text, String tag, String lemma, String lower, int id) {

  /**
   * {@code lower} must be the text in lower case ({@link Locale#ROOT}; the other constructors make it): made once when
   * the token is, since the lexicons ask a token's lower-case form many times (once per category and pattern tried).
   */
  public Token {
    java.util.Objects.requireNonNull(lower, "lower");
  }

  /**
   * {@code id} is the {@link Vocabulary} id of {@link Vocabulary#key} of {@code lower} (or -1 once that is full): made
   * once with the token, so that the per-token tables read it by an array index instead of hashing the form again.
   */
  public Token(int start, int end, String text, String tag, String lemma, String lower) {
    this(start, end, text, tag, lemma, lower, Vocabulary.id(Vocabulary.key(lower)));
  }

  public Token(int start, int end, String text, String tag, String lemma) {
    this(start, end, text, tag, lemma, text.toLowerCase(Locale.ROOT));
  }

  public Token(int start, int end, String text) {
    this(start, end, text, null, null);
  }

  public Token withTag(String newTag, String newLemma) {
    return new Token(start, end, text, newTag, newLemma, lower, id);
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  public boolean isWord() {
    return !text.isEmpty() && Character.isLetter(text.charAt(0));
  }

  public boolean isNumber() {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }

  /** Lower-case text, or the lemma where there is one. */
  public String base() {
    return lemma != null ? lemma : lower;
  }
}
