package org.trucewatch.nlp;

import java.util.Locale;

/**
 * A token: offsets {@code [start, end)} into the article body, its text, and its universal part-of-speech tag (UPOS:
 * NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, NUM, PRON, PUNCT...) and lemma where a tagger has run, else null; its
 * lower-case text, and that form's {@link Vocabulary} id (-1 where it has none), by which the per-token tables answer;
 * the id of its text as written ({@code textId}, {@link Vocabulary.Form#textId}, -1 where it has none), by which the
 * tagger finds the word; and the {@link Vocabulary} id of its lemma ({@code lemmaId}, -1 where it has none or no
 * lemma).
 */
public record Token(int start, int end, String text, String tag, String lemma, String lower, int id, int textId,
    int lemmaId) {

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
    this(start, end, text, tag, lemma, lower, Vocabulary.id(Vocabulary.key(lower)), -1, lemmaId(lemma));
  }

  /** A token whose lower case's id is given ({@code id}; -1: none), with no text id. */
  public Token(int start, int end, String text, String tag, String lemma, String lower, int id) {
    this(start, end, text, tag, lemma, lower, id, -1, lemmaId(lemma));
  }

  public Token(int start, int end, String text, String tag, String lemma) {
    this(start, end, Vocabulary.form(text), text, tag, lemma);
  }

  /** A token of a text's {@link Vocabulary.Form} (null: past the forms' bound, its text made as before). */
  private Token(int start, int end, Vocabulary.Form f, String text, String tag, String lemma) {
    this(start, end, f != null ? f.text() : text, tag, lemma, f != null ? f.lower() : text.toLowerCase(Locale.ROOT),
        f != null ? f.id() : Vocabulary.id(Vocabulary.key(text.toLowerCase(Locale.ROOT))), f != null ? f.textId() : -1,
        lemmaId(lemma));
  }

  /**
   * The untagged token of {@code source}'s characters {@code [from, to)}, at body offsets {@code [start, end)}: its
   * text found by its characters, so that a text seen before is neither copied nor lower-cased again.
   */
  public static Token of(int start, int end, String source, int from, int to) {
    Vocabulary.Form f = Vocabulary.form(source, from, to);
    return f != null ? new Token(start, end, f.text(), null, null, f.lower(), f.id(), f.textId(), -1)
        : new Token(start, end, source.substring(from, to));
  }

  private static int lemmaId(String lemma) {
    return lemma == null ? -1 : Vocabulary.id(lemma);
  }

  public Token(int start, int end, String text) {
    this(start, end, text, null, null);
  }

  public Token withTag(String newTag, String newLemma) {
    return new Token(start, end, text, newTag, newLemma, lower, id, textId,
        newLemma == lemma ? lemmaId : lemmaId(newLemma));
  }

  /** {@link #withTag(String, String)} where the caller knows the lemma's {@link Vocabulary} id ({@code newLemmaId}). */
  public Token withTag(String newTag, String newLemma, int newLemmaId) {
    return new Token(start, end, text, newTag, newLemma, lower, id, textId, newLemmaId);
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
