package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The token tests the speech frames share: where a clause, a verbless phrase or a short subject ends, which actor
 * stands in a stretch, where a word or a comma is. Reads a sentence's tokens and spans; writes nothing. Stateless.
 */
final class FrameTokens {

  static final Set<String> TRAILING =
      Set.of("on", "in", "at", "a", "statement", "late", "early", "also", "then", "the", "afternoon", "morning",
          "evening", "night", "later", "earlier", "today", "yesterday", "tonight");

  static ActorSpan firstActorIn(AnnotatedSentence s, int from, int to) {
    for (ActorSpan a : s.actors()) {
      if (a.from() >= from && a.to() <= to) {
        return a;
      }
    }
    return null;
  }

  /** The comma among the six tokens before the verb at {@code v} that opens its short subject, or -1. */
  static int commaShortlyBefore(List<Token> tokens, int v) {
    for (int k = v - 1; k >= Math.max(0, v - 6); k--) {
      if (tokens.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a prepositional phrase with no verb that starts at {@code i} ends ("said on its Facebook page", "in a
   * provisional toll"): the next comma or the sentence's end; {@code i} itself when no such phrase starts there.
   */
  static int afterPhrase(List<Token> tokens, int i) {
    if (i >= tokens.size() || !"ADP".equals(tokens.get(i).tag())) {
      return i;
    }
    int k = i + 1;
    for (; k < tokens.size() && k - i <= 8; k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",") || t.text().equals(".")) {
        return k;
      }
      if (t.tag() == null || t.tag().equals("VERB") || t.tag().equals("AUX") || t.tag().equals("SCONJ")
          || Lexicon.lower(t).equals("that")) {
        return i;
      }
    }
    return k == tokens.size() ? k : i;
  }

  /** Whether only time words, adverbs, a verbless prepositional phrase and punctuation follow token {@code i}. */
  static boolean endsClause(AnnotatedSentence s, int i) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = afterPhrase(tokens, i); k < tokens.size(); k++) {
      Token t = tokens.get(k);
      // "..., the ministry said on Sunday, adding that ...": a participle clause after the speaker is the speaker's
      if (t.text().equals(",") && k + 1 < tokens.size() && Lexicon.lower(tokens.get(k + 1)).endsWith("ing")
          && (tokens.get(k + 1).tag() == null || tokens.get(k + 1).tag().equals("VERB"))) {
        return true;
      }
      if (!(covered(s, k) || !t.isWord() || t.tag() != null && t.tag().equals("ADV")
          || TRAILING.contains(Lexicon.lower(t)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code k} is inside a time phrase ("on Friday"). */
  static boolean inTime(AnnotatedSentence s, int k) {
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() <= k && k < ts.to()) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(AnnotatedSentence s, int k) {
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() <= k && k < ts.to()) {
        return true;
      }
    }
    for (ActorSpan a : s.actors()) {
      if (a.from() <= k && k < a.to()) {
        return true;
      }
    }
    return false;
  }

  static int lastComma(List<Token> tokens, int before) {
    for (int k = before - 1; k >= 0; k--) {
      String t = tokens.get(k).text();
      // a semicolon ends the clause too: "Near X, troops fired ...; no losses were reported" says nothing of X
      if (t.equals(",") || t.equals(";") || t.equals("”") || t.equals("\"")) {
        return k;
      }
    }
    return -1;
  }

  static int skipThat(List<Token> tokens, int i) {
    return i < tokens.size() && Lexicon.lower(tokens.get(i)).equals("that") ? i + 1 : i;
  }

  static int indexOf(List<Token> tokens, String word, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.lower(tokens.get(k)).equals(word)) {
        return k;
      }
    }
    return -1;
  }

  static int indexOfAny(List<Token> tokens, Set<String> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.contains(Lexicon.lower(tokens.get(k)))) {
        return k;
      }
    }
    return -1;
  }

  static boolean isPunct(String t, String set) {
    return t.length() == 1 && set.indexOf(t.charAt(0)) >= 0;
  }

  private FrameTokens() {
  }
}
